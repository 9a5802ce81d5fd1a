"""Two writers of the same quieter cue at once: each gets a whole file at that volume."""

from __future__ import annotations

import threading
import wave
from pathlib import Path

import pytest

from spasm_stretch.audio import samples
from spasm_stretch.audio.cue_files import cue_files
from spasm_stretch.core.cues import Cue
from spasm_stretch.resources import assets_dir

FILES, _ = cue_files(assets_dir() / "sounds", None)


def test_the_window_and_the_set_up_thread_scaling_one_cue_together_both_get_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The sound set-up thread preloads the cues while the first cue plays at 80 %.

    Both write the same scaled copy; neither may fall back to the file at 100 %.
    """
    source = FILES[Cue.PREPARE]
    cache = tmp_path / "cues"
    writing = threading.Event()
    finish = threading.Event()
    scale = samples.scale_samples
    first = threading.current_thread()

    def scale_slowly(data: bytes, width: int, factor: float) -> bytes:
        if threading.current_thread() is not first:
            writing.set()
            assert finish.wait(10)
        return scale(data, width, factor)

    monkeypatch.setattr(samples, "scale_samples", scale_slowly)
    results: list[Path | OSError] = []

    def set_up() -> None:
        try:
            results.append(samples.scaled_copy(source, 80, cache))
        except OSError as error:  # handed to the test's thread
            results.append(error)

    thread = threading.Thread(target=set_up)
    thread.start()
    assert writing.wait(10), "the set-up thread is writing its copy"
    played = samples.scaled_copy(source, 80, cache)
    finish.set()
    thread.join(10)
    assert results == [played]
    assert played.name.endswith("-80.wav")
    with wave.open(str(played), "rb") as reader, wave.open(str(source), "rb") as original:
        assert reader.getnframes() == original.getnframes()
    assert sorted(p.name for p in cache.iterdir()) == [played.name], "no partial file left"
