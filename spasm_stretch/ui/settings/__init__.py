"""The settings dialogs: timings, sound, language, night theme, cramp buttons and reminders."""
