"""The app on the desktop: one instance, tray icon, reminders, notifications, menu entry.

Importing this package (and ``handover``) loads no Qt, so a second launch can
pass its request to the running copy before paying for Qt.
"""
