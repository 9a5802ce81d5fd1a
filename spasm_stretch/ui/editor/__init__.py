"""The routine editor: a form over a routine's plain data, checked by the loader as one types.

``form`` holds the widgets, ``preview`` draws the timeline, ``stage`` keeps
chosen pictures until saving, ``dialog`` ties them together and
``controller`` offers New, Duplicate, Edit, Import and Export to the window.
"""
