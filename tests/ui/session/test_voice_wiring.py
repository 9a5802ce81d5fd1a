"""A session's voice: phrases ready when it opens, each said after its own chime has started."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from pytestqt.qtbot import QtBot

from spasm_stretch.audio.cue_files import cue_files
from spasm_stretch.audio.output import AudioOutput
from spasm_stretch.core.cues import Cue
from spasm_stretch.core.engine import Session
from spasm_stretch.core.plan import make_plan
from spasm_stretch.library import load_all
from spasm_stretch.qt_driver import SessionDriver
from spasm_stretch.resources import assets_dir
from spasm_stretch.settings.store import AppSettings
from spasm_stretch.ui.session.sound import SessionSound
from tests.helpers.clock import FakeClock

FILES, _ = cue_files(assets_dir() / "sounds", None)


class Log:
    """What the player and the voice were asked, in one order."""

    def __init__(self) -> None:
        self.rows: list[tuple[str, ...]] = []


class LoggingPlayer:
    """A player that logs each chime it is asked to start."""

    name = "logging"

    def __init__(self, log: Log) -> None:
        self.log = log

    def play(self, path: Path) -> None:
        self.log.rows.append(("chime", path.stem.split("-")[0]))

    def close(self) -> None:
        """Nothing to release."""


class LoggingVoice:
    """A voice that logs what it is asked, and when."""

    available = True
    reason = ""

    def __init__(self, log: Log) -> None:
        self.log = log

    def prepare(self, texts: Iterable[str]) -> None:
        self.log.rows.append(("prepare", *texts))

    def say(self, text: str, chime_seconds: float = 0.0) -> None:
        self.log.rows.append(("say", text, f"{chime_seconds:.2f}"))

    def interrupt(self) -> None:
        self.log.rows.append(("interrupt",))

    def notices(self, show: Callable[[str], None]) -> None:
        """Nothing to say."""

    def set_volume(self, volume: float) -> None:
        """The output's volume applies."""


def session_with_voice(
    settings: AppSettings, clock: FakeClock, routine: str = "calf", folders: Sequence[Path] = ()
) -> tuple[SessionDriver, SessionSound, AudioOutput, Log]:
    log = Log()

    def factory(paths: Sequence[Path]) -> LoggingPlayer:
        return LoggingPlayer(log)

    audio = AudioOutput(FILES, "qt", {"qt": factory}, clock=lambda: clock.now)
    audio.load()
    found = load_all(folders, cached=False).find(routine)
    assert found is not None
    driver = SessionDriver(Session(make_plan(found), clock))
    current = [settings]
    sound = SessionSound(
        audio, settings=lambda: current[0], make_voice=lambda: LoggingVoice(log), parent=driver
    )
    sound.follow(driver)
    return driver, sound, audio, log


def run(driver: SessionDriver, clock: FakeClock, seconds: float) -> None:
    end = clock.now + seconds
    while clock.now < end:
        clock.advance(0.25)
        driver.refresh()


def test_the_phrases_are_asked_for_when_the_session_opens_and_follow_their_chimes(
    qtbot: QtBot,
) -> None:
    """Prepared before the start; each phrase handed over after its chime, with its length."""
    clock = FakeClock()
    driver, _, audio, log = session_with_voice(AppSettings(voice=True), clock)
    assert log.rows == [
        ("prepare", "Wall calf stretch", "Switch sides", "Routine complete. Well done.")
    ]
    driver.start()
    run(driver, clock, 80)
    said = [index for index, row in enumerate(log.rows) if row[0] == "say"]
    assert [log.rows[index][1:] for index in said] == [
        ("Wall calf stretch", "0.46"),  # prepare.wav is 0.46 s long
        ("Switch sides", "0.54"),
        ("Routine complete. Well done.", "1.08"),
    ]
    before = [log.rows[index - 1] for index in said]
    assert before == [("chime", "prepare"), ("chime", "switch_sides"), ("chime", "routine_done")]
    assert ("interrupt",) in log.rows  # the other chimes drop any late phrase
    audio.close()


NO_REST = """\
id: no-rest
name: No rest
area: calf
summary: Two steps with no rest between them.
prepare: 2
steps:
  - name: First stretch
    instructions: [Hold.]
    hold: 3
  - name: Second stretch
    instructions: [Hold.]
    hold: 3
"""


def test_a_phrase_whose_chime_waits_follows_it_not_the_chime_before(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """No rest: "get ready" waits behind "step done", and the step's name waits for it."""
    (tmp_path / "no-rest.yaml").write_text(NO_REST)
    clock = FakeClock()
    driver, _, audio, log = session_with_voice(
        AppSettings(voice=True), clock, "no-rest", [tmp_path]
    )
    driver.start()
    run(driver, clock, 5)  # to the first step's end
    assert log.rows[-2:] == [("chime", "step_done"), ("interrupt",)]  # "get ready" waits
    assert ("say", "Second stretch", "0.46") not in log.rows
    clock.advance(0.8)
    qtbot.waitUntil(lambda: ("chime", "prepare") in log.rows[-2:])
    assert log.rows[-2:] == [("chime", "prepare"), ("say", "Second stretch", "0.46")]
    audio.close()


def test_a_muted_chime_leaves_its_phrase_to_follow_what_plays_now(qtbot: QtBot) -> None:
    clock = FakeClock()
    driver, _, audio, log = session_with_voice(AppSettings(voice=True), clock)
    audio.muted_cues = frozenset({Cue.PREPARE})
    driver.start()
    assert log.rows[1:] == [("say", "Wall calf stretch", "0.00")]
    audio.close()


def test_with_the_voice_off_nothing_is_prepared_or_said_until_it_is_turned_on(
    qtbot: QtBot,
) -> None:
    clock = FakeClock()
    driver, sound, audio, log = session_with_voice(AppSettings(voice=False), clock)
    driver.start()
    run(driver, clock, 30)
    assert [row for row in log.rows if row[0] != "chime"] == []
    sound.apply(AppSettings(voice=True))
    assert log.rows[-1] == (
        "prepare", "Wall calf stretch", "Switch sides", "Routine complete. Well done."
    )  # fmt: skip
    audio.close()
