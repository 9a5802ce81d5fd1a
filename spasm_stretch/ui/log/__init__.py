"""The log in the window: its controller, the History page, chart, cramp editor and reports."""
