"""Qt widgets and windows: thin views over the catalog and the session driver."""
