"""Speech made ahead of time: engines found or hidden, crashes and hangs cost one phrase."""

from __future__ import annotations

import struct
import sys
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from spasm_stretch.audio import speech
from spasm_stretch.audio.speech import (
    MAX_CHARS,
    LibraryEngine,
    ProgramEngine,
    SpeechClip,
    SpeechError,
    Synthesiser,
    find_engine,
    library_loads,
    speakable,
)

REAL = pytest.mark.skipif(not library_loads(), reason="libespeak-ng is not installed")

# A stand-in for espeak_child.py speaking the same protocol: each phrase's PCM is its
# text's bytes; "hang" is never answered, "crash" ends the process at once.
FAKE_CHILD = """\
import json, os, struct, sys
out = sys.stdout.buffer
status = {"xx": 2}.get(sys.argv[1], 0)
out.write(struct.pack("<ii", 22050, status)); out.flush()
for line in sys.stdin.buffer:
    text = json.loads(line)
    if text == "hang":
        sys.stdin.buffer.read()
    if text == "crash":
        os._exit(9)
    pcm = text.encode().ljust(8, b"\\0")[:8]
    out.write(struct.pack("<i", len(pcm)) + pcm); out.flush()
"""


@pytest.fixture
def fake_child(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> LibraryEngine:
    """A library engine whose child is FAKE_CHILD, with a short deadline per phrase."""
    script = tmp_path / "child.py"
    script.write_text(FAKE_CHILD)
    monkeypatch.setattr(speech, "PHRASE_SECONDS", 0.3)
    return LibraryEngine([sys.executable, "-I", str(script)])


def spoken_by(engine: speech.Engine, texts: Sequence[str], voice: str = "en") -> list[str]:
    said: list[str] = []
    engine.speak(voice, texts, lambda text, pcm, rate: said.append(text), lambda: False)
    return said


def test_a_hung_child_is_killed_and_costs_only_its_phrase(fake_child: LibraryEngine) -> None:
    """The phrase it hung on is dropped; the ones after it are made by a new child."""
    assert spoken_by(fake_child, ["Relax", "hang", "Switch sides"]) == ["Relax", "Switch sides"]


def test_a_crashed_child_costs_only_its_phrase(fake_child: LibraryEngine) -> None:
    assert spoken_by(fake_child, ["crash", "Relax"]) == ["Relax"]


def test_an_engine_that_keeps_failing_is_given_up_with_words(fake_child: LibraryEngine) -> None:
    """Three failures in a batch: the voice is off for the session, and the message says so."""
    with pytest.raises(SpeechError, match="crashed or hung"):
        spoken_by(fake_child, ["crash", "hang", "crash", "Relax"])


def test_two_failures_are_still_survived(fake_child: LibraryEngine) -> None:
    """The limit is MAX_FAILURES (2): one fewer than the failures that give up."""
    assert spoken_by(fake_child, ["crash", "hang", "Relax"]) == ["Relax"]


def test_a_language_without_a_voice_says_what_to_install(fake_child: LibraryEngine) -> None:
    with pytest.raises(SpeechError, match=r'no voice for "xx".*espeak-ng-data'):
        spoken_by(fake_child, ["Relax"], voice="xx")


def test_a_missing_child_program_is_no_crash(tmp_path: Path) -> None:
    """A child that cannot start answers nothing: after MAX_FAILURES the engine is given up."""
    engine = LibraryEngine([sys.executable, "-I", str(tmp_path / "gone.py")])
    with pytest.raises(SpeechError):
        spoken_by(engine, ["a", "b", "c"])


def fake_program(tmp_path: Path, body: str) -> ProgramEngine:
    program = tmp_path / "espeak-ng"
    program.write_text(f"#!/bin/sh\n{body}\n")
    program.chmod(0o755)
    return ProgramEngine(str(program))


WAV_HEADER = (
    b"RIFF\xff\xff\xff\x7fWAVEfmt \x10\x00\x00\x00\x01\x00\x01\x00"
    + struct.pack("<IIHH", 22050, 44100, 2, 16)
    + b"data\xff\xff\xff\x7f"
)


def test_the_program_engine_reads_the_wav_espeak_ng_writes_to_a_pipe(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Its sizes are placeholders (it cannot seek back): the samples run to the end."""
    header = tmp_path / "header"
    header.write_bytes(WAV_HEADER)
    engine = fake_program(tmp_path, f'cat "{header}"; printf "$5"')  # -v V --stdout -- TEXT
    got: list[tuple[bytes, int]] = []
    engine.speak("en", ["abcd"], lambda text, pcm, rate: got.append((pcm, rate)), lambda: False)
    assert got == [(b"abcd", 22050)]


def test_a_hung_program_run_is_killed_at_its_deadline(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(speech, "PHRASE_SECONDS", 0.3)
    engine = fake_program(tmp_path, "exec tail -f /dev/null")
    with pytest.raises(SpeechError, match="crashed or hung"):
        spoken_by(engine, ["a", "b", "c"])


def test_the_program_says_when_it_has_no_voice(tmp_path: Path) -> None:
    engine = fake_program(
        tmp_path, 'echo "Error: The specified espeak-ng voice does not exist." >&2; exit 1'
    )
    with pytest.raises(SpeechError, match="espeak-ng-data"):
        spoken_by(engine, ["Relax"], voice="xx")


def test_the_engine_is_the_library_then_the_program_and_can_be_hidden() -> None:
    """SPASM_STRETCH_SPEECH=none hides every engine, as on a computer with none installed."""
    which: Callable[[str], str | None] = lambda name: "/usr/bin/espeak-ng"  # noqa: E731
    assert isinstance(find_engine({}, which, lambda: True), LibraryEngine)
    assert isinstance(find_engine({}, which, lambda: False), ProgramEngine)
    assert isinstance(
        find_engine({"SPASM_STRETCH_SPEECH": "program"}, which, lambda: True), ProgramEngine
    )
    assert find_engine({"SPASM_STRETCH_SPEECH": "none"}, which, lambda: True) is None
    assert find_engine({}, lambda name: None, lambda: False) is None
    assert find_engine({"SPASM_STRETCH_SPEECH": "library"}, which, lambda: False) is None


def test_what_the_voice_says_is_one_short_line() -> None:
    """Control characters and line breaks go; a long name is cut at a word; blank says nothing."""
    assert speakable("  Calf\n\tstretch\u200b\x00 ") == "Calf stretch"
    assert speakable(" \n ") == ""
    exact = "a" * MAX_CHARS
    assert speakable(exact) == exact
    assert speakable("word " * 40) == ("word " * 40)[:MAX_CHARS].rsplit(" ", 1)[0]
    assert len(speakable("x" * (MAX_CHARS + 1))) == MAX_CHARS


class GatedEngine:
    """An engine that makes each phrase only when the test opens its gate."""

    name = "gated"

    def __init__(self) -> None:
        self.gate = threading.Event()
        self.asked: list[list[str]] = []

    def speak(
        self,
        voice: str,
        texts: Sequence[str],
        deliver: Callable[[str, bytes, int], None],
        should_stop: Callable[[], bool],
    ) -> None:
        self.asked.append(list(texts))
        for text in texts:
            self.gate.wait(5)
            deliver(text, text.encode().ljust(4, b"\0"), 8000)


def test_a_phrase_not_ready_is_none_at_once_never_waited_for() -> None:
    engine = GatedEngine()
    made: list[SpeechClip] = []
    synth = Synthesiser(engine, "de", on_ready=made.append)
    synth.prepare(["Seite wechseln", "Seite wechseln", ""])
    assert synth.clip("Seite wechseln") is None  # the engine is still on it
    engine.gate.set()
    assert synth.join(5)
    assert engine.asked == [["Seite wechseln"]]  # once, blank skipped
    assert synth.clip(" Seite  wechseln") == made[0]
    assert made[0].language == "de"


def test_the_cache_is_bounded_dropping_the_least_recently_used() -> None:
    engine = GatedEngine()
    engine.gate.set()
    synth = Synthesiser(engine, "en", cache_bytes=8)
    synth.prepare(["aaaa", "bbbb"])
    assert synth.join(5)
    assert synth.clip("aaaa") is not None  # now the most recent
    synth.prepare(["cccc"])
    assert synth.join(5)
    assert synth.clip("bbbb") is None
    assert synth.clip("aaaa") is not None
    assert synth.clip("cccc") is not None


def test_a_broken_engine_says_so_once_and_is_asked_no_more(fake_child: LibraryEngine) -> None:
    problems: list[str] = []
    synth = Synthesiser(fake_child, "xx", on_problem=problems.append)
    synth.prepare(["Relax"])
    assert synth.join(5)
    synth.prepare(["Relax"])
    assert not synth.busy()
    assert len(problems) == 1 and "espeak-ng-data" in problems[0]
    synth.prepare(["Relax"], again=True)  # the next session tries it again
    assert synth.join(5)
    assert len(problems) == 2


@REAL
@pytest.mark.parametrize("language", ["en", "de", "fr", "es"])
def test_each_app_language_has_its_espeak_ng_voice(language: str) -> None:
    """The real library speaks each of the four languages (where it is installed)."""
    made: list[SpeechClip] = []
    synth = Synthesiser(LibraryEngine(), language, on_ready=made.append)
    synth.prepare(["Relax"])
    assert synth.join(10)
    assert [clip.rate for clip in made] == [22050]
    assert 0.2 < made[0].seconds < 3


@REAL
def test_odd_text_is_spoken_within_bounds_or_not_at_all() -> None:
    """Emoji, right-to-left text and a very long name: spoken, never longer than MAX_SECONDS."""
    made: list[SpeechClip] = []
    synth = Synthesiser(LibraryEngine(), "en", on_ready=made.append)
    synth.prepare(["\U0001f600 stretch", "\u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627",
                   "very long name " * 100, "\u200f"])  # fmt: skip
    assert synth.join(10)
    assert len(made) == 3
    assert all(0 < clip.seconds <= speech.MAX_SECONDS for clip in made)


def test_silence_around_the_words_is_cut_so_they_begin_as_the_chime_ends() -> None:
    """Samples at SILENT_LEVEL (64) or below, before the first and after the last louder one."""
    import array

    from spasm_stretch.audio.speech import trimmed

    samples = array.array("h", [0, 64, -64, 65, 0, -65, 64, 0])
    assert array.array("h", trimmed(samples.tobytes())).tolist() == [65, 0, -65]
    assert trimmed(array.array("h", [64, -64, 0]).tobytes()) == b""


def test_a_phrase_of_only_silence_is_not_kept() -> None:
    class Quiet(GatedEngine):
        def speak(
            self,
            voice: str,
            texts: Sequence[str],
            deliver: Callable[[str, bytes, int], None],
            should_stop: Callable[[], bool],
        ) -> None:
            for text in texts:
                deliver(text, bytes(400), 8000)

    made: list[SpeechClip] = []
    synth = Synthesiser(Quiet(), "en", on_ready=made.append)
    synth.prepare(["\U0001f914"])
    assert synth.join(5)
    assert made == [] and synth.clip("\U0001f914") is None
