"""Settings: the cooperative profile used on every printout, language, backups."""
