"""``--speed`` is for demonstrations: its sped-up times never reach the person's own log."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from datetime import datetime
from pathlib import Path

from spasm_stretch.log.store import LogStore
from tests.helpers.log import log_cramp

SCRIPT = textwrap.dedent("""
    import argparse
    from spasm_stretch.app import build_window
    args = argparse.Namespace(routines=[], speed=60.0, audio="silent")
    window = build_window(args, relief=True)
    window.cramp.relief_for_area("neck")
    window.cramp.end_now()
    bar = window.services.messages.showing("demo-log")
    print(bar.label.text() if bar else "no notice", flush=True)
""")


def test_speed_60_leaves_the_persons_log_untouched_and_says_so(tmp_path: Path) -> None:
    data = tmp_path / "data"
    own = LogStore(data / "spasm-stretch" / "history.db")
    own_start = datetime(2026, 11, 3, 3, 12).astimezone()
    log_cramp(own, own_start, 2, "Calf or foot")
    own.close()
    before = (data / "spasm-stretch" / "history.db").read_bytes()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_DATA_HOME=str(data),
               XDG_CONFIG_HOME=str(tmp_path / "config"))  # fmt: skip
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, check=False
    )
    assert done.returncode == 0, done.stderr
    assert "separate demo history" in done.stdout and "never to your own log" in done.stdout
    assert "separate demo history" in done.stderr
    assert (data / "spasm-stretch" / "history.db").read_bytes() == before
    own = LogStore(data / "spasm-stretch" / "history.db")
    assert [(e.started, e.area) for e in own.episodes()] == [(own_start, "Calf or foot")]
    (demo,) = LogStore(data / "spasm-stretch" / "demo-history.db").episodes()
    assert demo.area == "Neck"
