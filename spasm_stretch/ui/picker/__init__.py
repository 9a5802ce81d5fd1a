"""The routine list: cards, the cramp strip, problems found in routine files, live folders."""
