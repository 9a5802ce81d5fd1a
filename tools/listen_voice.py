"""The listening check's voice stages: speech heard after its chime, never over it.

Run by tools/listen_check.py (stage 7) on its private PulseAudio with two
null sinks, the chosen output being the second. A routine whose every phrase
(step names, "switch sides", "relax", "routine complete") has room to be
heard, one step name falling with the "step done" before it (no rest), runs
through ``trace --audio auto --voice --json`` three times:

a. libespeak-ng as speech-dispatcher's espeak-ng module installs it, the
   espeak-ng program not used (``SPASM_STRETCH_SPEECH=library``: a Debian
   desktop with speech-dispatcher-espeak-ng but not the espeak-ng package);
b. the espeak-ng program (``SPASM_STRETCH_SPEECH=program``);
c. no engine at all (``SPASM_STRETCH_SPEECH=none``, the app's documented
   switch that hides every engine, as on a computer with none installed).

In each: speech-dispatcher never started by the app; every chime heard on
the chosen sink and nothing on the default, the
first chime included, each chime whole (its recorded envelope matches its
WAV's: nothing spoken over it); with an engine, each phrase found in the
recording (the same engine synthesises it here as the reference, matched by
its envelope) starting no earlier than its chime's end and at most
SPEECH_LATE_S after it; without one, one message saying what to install and
no speech. Standard library only (plus the app itself).
"""

from __future__ import annotations

import array
import json
import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from sound_rig import RATE, PrivateServer, Recorder, Sound, find_sounds, wav_sound

from spasm_stretch.audio.speech import LibraryEngine, SpeechClip, Synthesiser

SOUNDS = Path(__file__).resolve().parent.parent / "assets" / "sounds"
VOICE_ROUTINE = """\
id: voice-check
name: Voice check
area: calf
summary: Every phrase the voice says, with room to be heard after its chime.
prepare: 3
steps:
  - name: Wall calf stretch
    instructions: [Hold.]
    hold: 4
    sides: both
    rest: 3
  - name: Neck tilt
    instructions: [Tilt.]
    hold: 3
  - name: Back twist
    instructions: [Twist.]
    hold: 3
"""
SPEECH_LATE_S = 0.100
EARLY_S = 0.005  # the envelope's resolution
HOP_S = 0.001
WINDOW_S = 0.005
CHIME_WHOLE = 0.95  # envelope correlation of a chime with its WAV when nothing covers it
SPEECH_FOUND = 0.80
CUE_WAIT_S = 0.85  # a cue may wait up to 0.8 s behind another (README)
CUT_HEARD_S = 0.13  # a cue cut off by the next is heard this long (output.CUT_SECONDS + the gap)
MIN_JUDGED = 20  # envelope points (ms): less of a chime than this is not judged
COARSE = 5  # envelope points (ms) per step of the first, rough search
ENGINE_STAGES = (("a", "library", "libespeak-ng (speech-dispatcher's module)"),
                 ("b", "program", "the espeak-ng program"),
                 ("c", "none", "no speech engine"))  # fmt: skip


class AppRun(Protocol):
    """A command of the app running (listen_check.Run)."""

    lines: list[tuple[float, str]]
    errors: list[tuple[float, str]]

    def wait(self, timeout: float = 60) -> int:
        """The exit code."""

    def save(self, path: Path) -> None:
        """Keep what it printed."""


@dataclass(frozen=True)
class Said:
    """A phrase the voice should say after the chime of the event at ``at`` (monotonic)."""

    phrase: str
    cue: str
    at: float


def envelope(samples: array.array[int], rate: int, start: int = 0, end: int | None = None
             ) -> list[float]:  # fmt: skip
    """RMS over WINDOW_S every HOP_S, from sample ``start`` to ``end``."""
    end = len(samples) if end is None else min(end, len(samples))
    hop, window = rate * HOP_S, max(1, round(rate * WINDOW_S))
    points = []
    at = float(start)
    while at + window <= end:
        chunk = samples[round(at) : round(at) + window]
        points.append(math.sqrt(sum(v * v for v in chunk) / window))
        at += hop
    return points


def correlation(a: list[float], b: list[float]) -> float:
    """Pearson correlation of two equally long series (0 when either is flat)."""
    n = min(len(a), len(b))
    if n < 2:
        return 0.0
    mean_a, mean_b = sum(a[:n]) / n, sum(b[:n]) / n
    cov = sum((x - mean_a) * (y - mean_b) for x, y in zip(a[:n], b[:n], strict=True))
    var_a = sum((x - mean_a) ** 2 for x in a[:n])
    var_b = sum((y - mean_b) ** 2 for y in b[:n])
    return cov / math.sqrt(var_a * var_b) if var_a and var_b else 0.0


def wav_envelope(cue: str) -> list[float]:
    """A chime's envelope from its WAV (the built-in cues are 16-bit mono)."""
    import wave

    with wave.open(str(SOUNDS / f"{cue}.wav"), "rb") as reader:
        samples = array.array("h", reader.readframes(reader.getnframes()))
        return envelope(samples, reader.getframerate())


def expected_phrases(lines: list[tuple[float, str]]) -> tuple[list[tuple[str, float]], list[Said]]:
    """From a trace's JSON lines: every cue (name, monotonic time), and every phrase due.

    A cue's time is its event's planned one: the driver fires then, and the
    chime starts before the trace stamps the event ('actual' comes after
    the sound's handler, so it is late by whatever that handler took).
    """
    records = [(read, json.loads(line)) for read, line in lines if line.startswith("{")]
    start = min(read - record["actual"] for read, record in records)
    cues: list[tuple[str, float]] = []
    said: list[Said] = []
    last_cue, last_at = "", 0.0
    for _, r in records:
        at = start + r["planned"]
        if r["cue"]:
            cues.append((r["cue"], at))
            last_cue, last_at = r["cue"], at
        phrase = None
        if r["event"] == "segment_started" and r["segment"] == "prepare":
            phrase = r["step_name"]
        elif r["event"] == "segment_started" and r["segment"] == "rest":
            phrase = "Relax"
        elif r["event"] == "switch_sides":
            phrase = "Switch sides"
        elif r["event"] == "routine_done":
            phrase = "Routine complete. Well done."
        if phrase is not None:
            said.append(Said(phrase, last_cue, last_at))  # "relax": after "step done"
    return cues, said


def reference_clips(phrases: list[str], engine: str) -> dict[str, SpeechClip]:
    """The phrases as the app's own engine makes them (it is deterministic)."""
    from spasm_stretch.audio.speech import ProgramEngine

    made: dict[str, SpeechClip] = {}
    chosen = LibraryEngine() if engine == "library" else ProgramEngine("espeak-ng")

    def keep(clip: SpeechClip) -> None:
        made[clip.text] = clip

    synth = Synthesiser(chosen, "en", on_ready=keep)
    synth.prepare(phrases)
    synth.join(30)
    return made


def chime_heard(at: float, sounds: list[Sound], recorder: Recorder) -> bool:
    """True when a sound was playing or began just after the event at ``at``."""
    moment = at - recorder.started_at
    return any(
        sound.start <= moment + CUE_WAIT_S and sound.end >= moment - 0.02 for sound in sounds
    )


def locate(
    reference: list[float], samples: array.array[int], lo_s: float, hi_s: float
) -> tuple[float, float]:
    """Where ``reference`` (an envelope) best matches the recording from ``lo_s`` to ``hi_s``.

    Returns the onset (seconds) and the envelope correlation there (~1 for
    the sound heard whole with nothing over it). Matched in COARSE steps
    first, then to HOP_S around the best.
    """
    lo = max(0, round(lo_s * RATE))
    hi = round((hi_s + len(reference) * HOP_S + WINDOW_S) * RATE)
    recorded = envelope(samples, RATE, lo, hi)
    coarse = reference[::COARSE]
    steps = range(0, max(1, len(recorded) - len(reference)), COARSE)
    rough = max(steps, key=lambda lag: correlation(coarse, recorded[lag : lag + len(reference)
                                                                    : COARSE]))  # fmt: skip
    fine = range(max(0, rough - COARSE), rough + COARSE + 1)
    best = max(fine, key=lambda lag: correlation(reference, recorded[lag : lag + len(reference)]))
    return lo / RATE + best * HOP_S, correlation(reference, recorded[best : best + len(reference)])


def chime_onsets(
    cues: list[tuple[str, float]], samples: array.array[int], sounds: list[Sound],
    recorder: Recorder,
) -> dict[tuple[str, float], float]:  # fmt: skip
    """Each heard chime's onset on the recording's clock, by its cue and its event's time.

    Keyed by both: "step done" and "get ready" fall at the same moment, and
    keyed by the moment alone one's onset took the other's place.

    A chime the next cue cuts off (it comes before the chime's end: "step
    done" then "get ready") is heard only until that cue starts, at most
    CUT_HEARD_S after its own event: it is located by that part of its
    envelope, near its event. Matched whole, it was found on the next chime.
    """
    onsets: dict[tuple[str, float], float] = {}
    for index, (cue, at) in enumerate(cues):
        if chime_heard(at, sounds, recorder):
            moment = at - recorder.started_at  # it may wait behind the cue before it
            shape, latest = wav_envelope(cue), moment + CUE_WAIT_S
            following = cues[index + 1][1] - at if index + 1 < len(cues) else math.inf
            if following < len(shape) * HOP_S:
                shape = shape[: round((max(following, 0.0) + CUT_HEARD_S) / HOP_S) - 5]
                latest = moment + 0.1
            onsets[cue, at], _ = locate(shape, samples, moment - 0.02, latest)
    return onsets


def wholeness(cue: str, samples: array.array[int], onset: float, next_onset: float) -> float:
    """How well the recording from ``onset`` matches the chime's envelope (~1: nothing over it).

    A chime the next one cuts off (the cue for now wins) is compared up to
    that cut only.
    """
    shape = wav_envelope(cue)
    if next_onset - onset < len(shape) * HOP_S:
        shape = shape[: max(0, round((next_onset - onset) / HOP_S) - 5)]
    if len(shape) < MIN_JUDGED:
        return 1.0  # cut off at once by the cue for now: too little of it to judge
    start = round(onset * RATE)
    return correlation(shape, envelope(samples, RATE, start, start + (len(shape) + 5) * 48))


def heard_end(samples: array.array[int], onset: float, length: float) -> tuple[float, float]:
    """Where a chime of ``length`` audible seconds begun at ``onset`` ended, and its dropouts.

    A dropout (1 ms blocks of exact zeros: the output ran dry) delays the
    chime's end by its length; the seconds lost that way are returned too.
    """
    block = RATE // 1000
    at, played, dropped = round(onset * RATE), 0, 0
    while played < round(length * 1000) and at + block <= len(samples):
        if any(samples[at : at + block]):
            played += 1
        elif played >= 5:  # not in its first 5 ms: the onset is known to a few ms, and the
            dropped += 1  # cue it cut off may end a moment before it begins
        at += block
    return at / RATE, dropped / 1000


def speech_dispatchers(runtime: str) -> list[int]:
    """speech-dispatcher processes started with this runtime folder (by the app, so never).

    The voice uses speech-dispatcher's espeak-ng library, never the
    dispatcher itself (whose first connection held the window up to 2 s).
    """
    found = []
    for proc in Path("/proc").glob("[0-9]*"):
        try:
            if not (proc / "comm").read_text().startswith("speech-dispatch"):
                continue
            if f"XDG_RUNTIME_DIR={runtime}".encode() in (proc / "environ").read_bytes():
                found.append(int(proc.name))
        except OSError:
            continue
    return found


def voice_stages(
    server: PrivateServer, folder: Path, env: dict[str, str], *, config: Path,
    check: Callable[[bool, str], None], run_app: Callable[[list[str], dict[str, str]], AppRun],
    write_settings: Callable[..., None],
) -> None:  # fmt: skip
    """Stages 7a-7c (see the module's docstring)."""
    routine = folder / "voice-check.yaml"
    routine.write_text(VOICE_ROUTINE)
    for mark, engine, title in ENGINE_STAGES:
        print(f"\n7{mark}. voice on, {title} (trace --audio auto --voice, output_device=second)",
              flush=True)  # fmt: skip
        write_settings(config, 100, "second")
        default = Recorder(server, folder / f"voice-{engine}-default.raw", "rig")
        chosen = Recorder(server, folder / f"voice-{engine}-second.raw", "second")
        default.wait_for_data(0.3)
        chosen.wait_for_data(0.3)
        stage_env = dict(env, SPASM_STRETCH_SPEECH=engine)
        run = run_app(["--audio", "auto", "trace", str(routine), "--json", "--voice"], stage_env)
        code = run.wait(90)
        time.sleep(0.3)
        on_default = find_sounds(default.stop())
        samples = chosen.stop()
        on_chosen = find_sounds(samples)
        run.save(folder / f"voice-{engine}.log")
        errors = [line for _, line in run.errors]
        for line in errors:
            print(f"  app: {line}", flush=True)
        check(code == 0, f"7{mark}: the trace exited {code}")
        started = speech_dispatchers(stage_env["XDG_RUNTIME_DIR"])
        check(not started, f"7{mark}: the app started speech-dispatcher ({started})")
        check(not on_default, f"7{mark}: {len(on_default)} sounds on the default sink")
        cues, said = expected_phrases(run.lines)
        stamps = [json.loads(line)["late_ms"] for _, line in run.lines if line.startswith("{")]
        print(f"  events stamped (after their sound's handler) up to {max(stamps):.1f} ms late",
              flush=True)  # fmt: skip
        onsets = chime_onsets(cues, samples, on_chosen, chosen)
        print("  cue            onset ms  whole (envelope r)", flush=True)
        for index, (cue, at) in enumerate(cues):
            if (cue, at) not in onsets:
                print(f"  {cue:<14} NOT HEARD", flush=True)
                check(False, f"7{mark}: {cue} not heard on the chosen sink")
                continue
            later = [onsets[key] for key in cues[index + 1 :] if key in onsets]
            whole = wholeness(cue, samples, onsets[cue, at], later[0] if later else math.inf)
            late = (onsets[cue, at] - (at - chosen.started_at)) * 1000
            print(f"  {cue:<14} {late:8.1f}  {whole:.3f}", flush=True)
            check(whole >= CHIME_WHOLE, f"7{mark}: {cue} at {late:.0f} ms not heard whole "
                  f"(r={whole:.2f}: something over it)")  # fmt: skip
        if engine == "none":
            told = [line for line in errors if "install espeak-ng" in line]
            check(len(told) == 1, f"7{mark}: said {len(told)} times what to install, not once")
            spoken = [s for s in on_chosen if s.length > 1.2]  # the longest chime is 1.03 s
            check(not spoken, f"7{mark}: {len(spoken)} sounds as long as speech with no engine")
            continue
        clips = reference_clips([s.phrase for s in said], engine)
        print("  phrase                        chime ends  speech starts  gap ms  match r",
              flush=True)  # fmt: skip
        for item in said:
            clip = clips.get(item.phrase)
            found = onsets.get((item.cue, item.at))
            if clip is None or found is None:
                check(False, f"7{mark}: no reference or chime for {item.phrase!r}")
                continue
            audible = wav_sound(SOUNDS / f"{item.cue}.wav").end
            chime_end, dropped = heard_end(samples, found, audible)
            check(not dropped, f"7{mark}: the {item.cue} chime before {item.phrase!r} had "
                  f"{dropped * 1000:.0f} ms of dropouts (the output ran dry)")  # fmt: skip
            speech = envelope(array.array("h", clip.pcm), clip.rate)
            begins, score = locate(speech, samples, chime_end - 0.3, chime_end + 0.5)
            gap = (begins - chime_end) * 1000
            print(f"  {item.phrase:<29} {chime_end:10.3f}  {begins:13.3f}  {gap:6.1f}  "
                  f"{score:.3f}", flush=True)  # fmt: skip
            check(score >= SPEECH_FOUND, f"7{mark}: {item.phrase!r} not heard (r={score:.2f})")
            check(-EARLY_S * 1000 <= gap <= SPEECH_LATE_S * 1000,
                  f"7{mark}: {item.phrase!r} began {gap:.0f} ms after its chime's end")  # fmt: skip
