"""Body areas read in the person's language, and routine files keep their English names."""

from __future__ import annotations

from spasm_stretch.core.areas import area_label, area_name, area_of
from tests.helpers.speak import speaking

GERMAN = {("AreaNames", "Calf"): "Wade", ("AreaNames", "Full body"): "Ganzkörper"}


def test_known_areas_read_in_the_language_and_own_areas_as_written() -> None:
    with speaking("de", GERMAN):
        assert area_label("calf") == "Wade"
        assert area_label("Full body") == "Ganzkörper"
        assert area_label("wrist") == "Wrist"
        assert area_name("wrist") is None


def test_a_chosen_or_typed_area_is_written_back_in_english() -> None:
    with speaking("de", GERMAN):
        assert area_of("Wade") == "calf"
        assert area_of(" wade ") == "calf"
        assert area_of("calf") == "calf"  # an author typing the file's own word
        assert area_of("wrist") == "wrist"  # the author's own area, as typed
    assert area_of("Calf") == "calf"
