"""The person's language: which one the app speaks, and its words in that language.

The interface text is marked the Qt way (``self.tr`` in Qt objects, a ``Text``
context class elsewhere) so that ``pyside6-lupdate`` finds every string and the
translations live in one set of ``.ts`` files; see ``docs/translating.md``.
"""
