"""The letters that answer the relief page's questions: the language's own first, then English.

A person in pain reaches for the first letter of the word in their own
language ("D" for *droite*, "S" for *sí*); L/R and Y/N keep working for
anyone used to them. A translation that is not one letter, or that would
answer both ways, is ignored.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def answer_keys() -> dict[str, tuple[str, ...]]:
    """For each answer (left, right, yes, no), the letters that give it, the language's first."""
    own = {
        "left": QCoreApplication.translate(
            "ReliefView", "L", "the key for the left leg: the first letter of 'left'"
        ),
        "right": QCoreApplication.translate(
            "ReliefView", "R", "the key for the right leg: the first letter of 'right'"
        ),
        "yes": QCoreApplication.translate(
            "ReliefView", "Y", "the key for yes: the first letter of 'yes'"
        ),
        "no": QCoreApplication.translate(
            "ReliefView", "N", "the key for no: the first letter of 'no'"
        ),
    }
    english = {"left": "L", "right": "R", "yes": "Y", "no": "N"}
    keys = {
        answer: tuple(dict.fromkeys((own[answer].upper(), letter)))
        for answer, letter in english.items()
    }
    usable = all(len(key) == 1 and key.isalpha() for key in own.values()) and not any(
        set(keys[one]) & set(keys[other]) for one, other in (("left", "right"), ("yes", "no"))
    )
    return keys if usable else {answer: (letter,) for answer, letter in english.items()}
