#!/usr/bin/env bash
# The tray and reminder check (tools/tray_reminder_check.py): with reminders
# set, closing the window keeps the app in the tray, the reminder comes as a
# notification (dunst shows it) and quitting withdraws it. Installs what it
# needs where missing (Xvfb, a session bus, the trayer tray, dunst), as root
# like .ci/run's package loop, then runs the check with the project's .venv.
# Exits non-zero when the check fails; every process it starts ends with it.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(xvfb dbus-daemon trayer dunst)
# shellcheck source=tools/packages.sh
source tools/packages.sh
install_missing tray_reminder_check "${packages[@]}" || exit $?

python=.venv/bin/python
[[ -x $python ]] || python=python3
exec "$python" tools/tray_reminder_check.py "$@"
