"""Window tests: the shared window fixtures (tests/helpers/windows.py)."""

from tests.helpers.windows import (  # noqa: F401 - fixtures are found by name
    clock,
    language,
    long_routine,
    make_window,
    settings_file,
)
