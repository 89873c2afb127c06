#!/usr/bin/env bash
# Rebuilds the README screenshots from the real binary: runs repdash in tmux at 120x40 on the
# embedded data, drives it with send-keys, captures each screen with colours, renders PNGs.
# Needs tmux, python3 with Pillow, and DejaVu Sans Mono (installed here when missing).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v tmux >/dev/null || apt-get install -y -qq tmux
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf ] || apt-get install -y -qq fonts-dejavu-core
python3 -c 'import PIL' 2>/dev/null || pip install -q pillow
cargo build --release --quiet
W=120 H=40 SOCK="repdash-shots-$$"
tmp=$(mktemp -d)
trap 'tmux -L "$SOCK" kill-server 2>/dev/null || true; rm -rf "$tmp"' EXIT
tmux -L "$SOCK" new-session -d -s s -x "$W" -y "$H" \
  "cd '$tmp' && env -u NO_COLOR REPDASH_CONFIG=/nonexistent TERM=xterm-256color '$PWD/target/release/repdash' --theme dark"
sleep 1
shot() { # name, keys...
  local name=$1; shift
  for k in "$@"; do tmux -L "$SOCK" send-keys -t s "$k"; sleep 0.4; done
  sleep 0.5
  tmux -L "$SOCK" capture-pane -e -p -t s > "$tmp/$name.ansi"
  python3 screenshots/ansi2png.py "$tmp/$name.ansi" "screenshots/$name.png" "$W" "$H"
  echo "screenshots/$name.png"
}
shot overview
shot prisoners 2
shot source / 2023-12 Enter s
shot detentions Escape 3 / 2022-01..2024-12 Enter m m
shot extremism 5
shot articles 6 a 411 Enter
shot person x 6 / 2024 Enter / k u l s h a
shot coverage Escape x 7
shot help '?'
# The prisoners tab in Belarusian (README's section in Belarusian and Russian).
tmux -L "$SOCK" kill-server 2>/dev/null || true
tmux -L "$SOCK" new-session -d -s s -x "$W" -y "$H" \
  "cd '$tmp' && env -u NO_COLOR REPDASH_CONFIG=/nonexistent TERM=xterm-256color '$PWD/target/release/repdash' --theme dark --lang be"
sleep 1
shot prisoners-be 2
# The chart image and the HTML report as a reader sees them (headless Chromium from Debian).
./target/release/repdash chart --metric political_prisoners --from 2020-08 --force \
  -o screenshots/chart-political-prisoners.png
echo screenshots/chart-political-prisoners.png
command -v chromium >/dev/null || apt-get install -y -qq --no-install-recommends chromium
./target/release/repdash report --from 2024-01 --to 2024-12 --format html --force -o "$tmp/report.html"
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1200,1500 \
  --screenshot="$PWD/screenshots/report-2024.png" "file://$tmp/report.html" 2>/dev/null
echo screenshots/report-2024.png
