"""What vulture reports as unused but is used, each group saying by whom.

vulture finds a name used when it is read anywhere in the code it scans
(``spasm_stretch``, ``tools``, ``bench``, this file included); it cannot see a
call from Qt or from a C library, a read by ``getattr``, or a call from the
tests, which it does not scan (so code only a test still calls counts as
dead). Each line below reads one such name, which keeps every definition of
that name alive; tests/test_house.py fails when a name here is no longer
reported by vulture, so the list cannot outlive its reasons.

    .venv/bin/vulture spasm_stretch tools bench --min-confidence 60

60 is vulture's confidence for every unused function, method, class,
attribute, property and variable (imports get 90, unreachable code and
unused arguments 100): any higher setting would skip exactly the dead code
this check is for.
"""


class _Used:
    """Stands for any object: reading an attribute of it marks that name as used."""

    def __getattr__(self, name: str) -> object:
        return name


_ = _Used()

# Qt calls these overrides of its virtual methods.
_.paintEvent  # chart, countdown ring, picture, timeline preview
_.headerData  # the log's table model
_.canFetchMore  # the log's table model, asked before it scrolls to the end
_.takeAt  # the flow layout (the message bar's answers), when Qt removes an item
_.expandingDirections  # the flow layout, asked by the layout above it

# expat calls the handlers core/svg_safety.py sets on its parser.
_.EntityDeclHandler
_.ExternalEntityRefHandler
_.StartElementHandler
_.EndElementHandler
_.CharacterDataHandler

# Test seams: what a widget shows, asked by the tests instead of its private state.
_.visible_ids  # picker: the routines the filters let through
_.is_dimmed  # countdown ring: faded while paused
_.is_flashing  # session page: a cue's word is showing
_.is_mirrored  # picture: flipped to show the other side
_.open_connections  # instance server: how many connections it keeps open (capped)

# The translation check tests/i18n/test_translations_complete.py runs.
_.wrong_fields

# Called by D-Bus through its SLOT() name: logind says the machine woke.
_._sleep_changed

# Test seam of the routine cache: the files it read (its ``hits`` are read by the app).
_.reads
