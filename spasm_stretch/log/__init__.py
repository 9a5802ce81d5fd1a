"""The log, Qt-free: the SQLite store of sessions and cramps, its writer and its reports."""
