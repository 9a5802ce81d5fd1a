"""Cue players behind one small interface, chosen at run time.

A missing or broken player never stops a session: the next one takes over.
"""
