#!/bin/bash
# The desktop acceptance run, on a private X display with a real tray and notification daemon:
# tray icon and menu, "Cramp help" from the menu, a reminder two minutes ahead shown by dunst
# and started with a click, a second `spasm-stretch relief` timed, kill -9 and a new start,
# and --background. Screenshots go to OUTDIR.
#
#   dbus-run-session -- tools/desktop_demo.sh OUTDIR [DISPLAY_NUMBER]
#
# Needs Xvfb, trayer, dunst, xdotool and ImageMagick's `import`; uses private XDG folders
# under OUTDIR, so the user's own settings and log are never touched. Takes about 2.5 minutes.
set -u
OUT=$(realpath "${1:?usage: dbus-run-session -- tools/desktop_demo.sh OUTDIR [DISPLAY_NUMBER]}")
NUMBER=${2:-94}
APP=${SPASM_STRETCH:-$(dirname "$0")/../.venv/bin/spasm-stretch}
mkdir -p "$OUT/xdg/config/spasm-stretch" "$OUT/xdg/data" "$OUT/xdg/run"
chmod 700 "$OUT/xdg/run"
export XDG_CONFIG_HOME=$OUT/xdg/config XDG_DATA_HOME=$OUT/xdg/data XDG_RUNTIME_DIR=$OUT/xdg/run
export DISPLAY=:$NUMBER
shot() { import -window root "$OUT/$1.png"; echo "screenshot $OUT/$1.png"; }
timed() { python3 -c 'import subprocess, sys, time
start = time.perf_counter(); code = subprocess.run(sys.argv[1:]).returncode
print(f"{sys.argv[2:]}: exit {code} after {(time.perf_counter() - start) * 1000:.0f} ms")' "$@"; }

Xvfb "$DISPLAY" -screen 0 1280x900x24 >/dev/null 2>&1 & XVFB=$!
sleep 1
trayer --edge top --align right --widthtype request --height 32 --transparent false \
    --tint 0x444444 --SetDockType true >/dev/null 2>&1 & TRAYER=$!
sed -e 's/^\(\s*\)mouse_left_click = .*/\1mouse_left_click = do_action, close_current/' \
    -e 's/^\(\s*\)font = .*/\1font = Sans 11/' /etc/xdg/dunst/dunstrc > "$OUT/dunstrc"
dunst -config "$OUT/dunstrc" >/dev/null 2>&1 & DUNST=$!
sleep 1

AT=$(date -d '+2 minutes' +%H:%M)
printf '[General]\ndisclaimer_seen=true\nkeep_in_tray=true\nreminders=%s daily neck\n' "$AT" \
    > "$XDG_CONFIG_HOME/spasm-stretch/spasm-stretch.ini"
echo "a reminder for the neck stretch at $AT"
"$APP" --audio silent & FIRST=$!
sleep 4
shot 01-started
xdotool mousemove 1268 16 click 3; sleep 1
shot 02-tray-menu
xdotool key Down Down Return; sleep 1
shot 03-cramp-help-from-tray
xdotool mousemove 1268 16 click 1; sleep 1   # a left click hides the window
echo "main window visible after a left click on the icon: $(xdotool search --onlyvisible --name '^spasm-stretch$' | wc -l)"
for _ in $(seq 1 150); do [ "$(dunstctl count displayed)" -gt 0 ] && break; sleep 1; done
echo "notification shown at $(date +%T)"
sleep 1; shot 04-reminder
xdotool mousemove 1100 130 click 1; sleep 2   # a click on the notification: its default action
shot 05-reminder-started
echo "window title: $(xdotool search --onlyvisible --name 'spasm-stretch' getwindowname | head -1)"
for _ in 1 2 3 4 5; do timed "$APP" relief; sleep 0.5; done
sleep 1; shot 06-second-relief
kill -9 $FIRST; wait $FIRST 2>/dev/null
"$APP" --audio silent relief & AGAIN=$!   # the killed copy's socket file is still there
sleep 4; shot 07-started-again-after-kill-9
kill $AGAIN; wait $AGAIN 2>/dev/null
"$APP" --audio silent --background & HIDDEN=$!
sleep 4; shot 08-background
echo "windows with --background (the 22x30 one is the tray icon):"
for id in $(xdotool search --onlyvisible --class spasm-stretch); do
    echo "  $(xdotool getwindowname "$id") $(xdotool getwindowgeometry "$id" | tail -1)"
done
kill $HIDDEN $DUNST $TRAYER $XVFB 2>/dev/null
