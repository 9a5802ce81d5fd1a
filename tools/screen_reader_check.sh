#!/usr/bin/env bash
# The screen-reader test (tools/screen_reader_check.py): the real Orca, speaking
# through speech-dispatcher into a log file, against the real window. Installs
# Orca, speech-dispatcher, pyatspi, the AT-SPI core, xdotool and Xvfb where
# missing (as root, like .ci/run); where Orca cannot be installed it says so
# and exits 0 without checking. Everything runs in a private D-Bus session,
# display and XDG folders under a temporary folder, removed afterwards.
# Run from anywhere; exits non-zero when a check fails.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(orca speech-dispatcher python3-pyatspi at-spi2-core xdotool xvfb xauth dbus
          dbus-x11 libglib2.0-bin)
# shellcheck source=tools/packages.sh
source tools/packages.sh
mapfile -t missing < <(missing_packages "${packages[@]}")
if ((${#missing[@]})); then
  if [[ $(id -u) -ne 0 ]]; then
    echo "screen_reader_check: SKIPPED, Orca cannot be installed here (needs root for: ${missing[*]})"
    exit 0
  fi
  echo "installing: ${missing[*]}"
  if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
         apt-get install -y -qq --no-install-recommends "${missing[@]}"; }; then
    echo "screen_reader_check: SKIPPED, Orca cannot be installed here (apt-get failed for: ${missing[*]})"
    exit 0
  fi
fi

python=${PYTHON:-.venv/bin/python}
[[ -x $python ]] || python=python3
python=$(command -v "$python")
work=$(mktemp -d "${TMPDIR:-/tmp}/screen-reader-check.XXXXXX")
trap 'rm -rf "$work"' EXIT
for folder in config data cache state runtime; do mkdir -p "$work/$folder"; done
chmod 700 "$work/runtime"
echo "screen_reader_check: Orca $(orca --version | sed 's/^orca //'), logs in $work"
status=0
XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_CACHE_HOME="$work/cache" \
XDG_STATE_HOME="$work/state" XDG_RUNTIME_DIR="$work/runtime" HOME="$work" \
  timeout 300 dbus-run-session -- /usr/bin/python3 tools/screen_reader_check.py \
    "$work" "$python" "$PWD" || status=$?
if ((status)) && [[ -n ${KEEP_LOGS:-} ]]; then
  cp -r "$work" "$KEEP_LOGS"
  echo "logs kept in $KEEP_LOGS"
fi
exit "$status"
