"""The person's settings: typed values read safely from QSettings, and the model that is watched."""
