"""The main window as a shell: pages, menus and toolbar filled from the controllers' actions."""
