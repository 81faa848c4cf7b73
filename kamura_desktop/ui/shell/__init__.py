"""The application shell: login, first run, main window with navigation and status bar."""
