#!/usr/bin/env bash
# The listening test (tools/listen_check.py), with what it needs: installs
# PulseAudio's daemon and tools and GStreamer's gst-play-1.0 (for the
# playsound player) where missing, as root like .ci/run's package loop, then
# runs the check with the project's .venv. Run from anywhere; exits non-zero
# when the check fails. Every process it starts ends with it.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(pulseaudio pulseaudio-utils gstreamer1.0-plugins-base-apps gstreamer1.0-plugins-base
          gstreamer1.0-pulseaudio)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
    || missing+=("$package")
done
if ((${#missing[@]})); then
  if [[ $(id -u) -ne 0 ]]; then
    echo "listen_check: needs ${missing[*]} (run as root, or: sudo apt-get install ${missing[*]})" >&2
    exit 2
  fi
  echo "installing: ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

python=.venv/bin/python
[[ -x $python ]] || python=python3
exec "$python" tools/listen_check.py "$@"
