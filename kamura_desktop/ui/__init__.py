"""PySide6 windows, dialogs and table models. Talks to services only (never to the
database): every write is a service call, and views refresh on change notices from the
signal hub."""
