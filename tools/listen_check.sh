#!/usr/bin/env bash
# The listening test (tools/listen_check.py), with what it needs: installs
# PulseAudio's daemon and tools, GStreamer's gst-play-1.0 (for the
# playsound player) and the voice's engines (espeak-ng, and speech-dispatcher
# with its espeak-ng module, as a Debian desktop has them) where missing, as root like .ci/run's package loop, then
# runs the check with the project's .venv. Run from anywhere; exits non-zero
# when the check fails. Every process it starts ends with it.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(pulseaudio pulseaudio-utils gstreamer1.0-plugins-base-apps gstreamer1.0-plugins-base
          espeak-ng speech-dispatcher speech-dispatcher-espeak-ng
          gstreamer1.0-pulseaudio)
# shellcheck source=tools/packages.sh
source tools/packages.sh
install_missing listen_check "${packages[@]}" || exit $?

python=.venv/bin/python
[[ -x $python ]] || python=python3
exec "$python" tools/listen_check.py "$@"
