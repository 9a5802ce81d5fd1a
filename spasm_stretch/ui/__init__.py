"""The Qt interface, one package per feature.

- ``shell``: the main window, its menus and toolbar, the About box;
- ``session``: running a routine: its page, the countdown ring, the summary;
- ``relief``: a cramp right now: the relief page and its controller;
- ``log``: the history page, its chart, the cramp editor, reports, and the
  keeper every write to the log goes through;
- ``picker``: the routine list, problems in routine files, live folders;
- ``settings``: the settings dialogs;
- ``editor``: the routine editor, and importing and sharing routines;
- ``widgets``: what several features share: labels that fit, message bars,
  the theme, icons, pictures.

What a routine is, how a session runs and what the log keeps live outside
``ui`` and without Qt (``core``, ``log``); the settings are ``settings``, and a
session's timing reaches the window through ``qt_driver``.
"""
