"""The ``kamura`` command line for the office admin, on the same services as the app.

Each book registers its subcommands from its own module (see ``main.COMMAND_MODULES``)."""
