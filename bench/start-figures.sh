#!/usr/bin/env bash
# Start figures for the README: runs `npm start` (storefront off) on a data folder, waits for "ready in", prints the
# ready time, the RSS of every process it started (children and their children) and the total, and the load average;
# then stops it with SIGTERM. A fresh folder measures a cold start (migrations, demo seed); run again for a warm one.
#   bench/start-figures.sh /tmp/zero-data-cold      # cold (the folder is deleted first)
#   KEEP=1 bench/start-figures.sh /tmp/zero-data-cold   # warm (the folder is kept)
#   WITH_STOREFRONT=1 …    # the storefront on too (built if needed): measured after home, a listing and a product
#                          # page, with their pictures, have been served five times
set -euo pipefail
cd "$(dirname "$0")/.."
DATA="${1:?data folder}"
[ "${KEEP:-0}" = 1 ] || rm -rf "$DATA"
LOG=$(mktemp)
SETTLE="${SETTLE:-5}"
STOREFRONT=false
[ "${WITH_STOREFRONT:-0}" = 1 ] && STOREFRONT=true
DATA_DIR="$DATA" STOREFRONT=$STOREFRONT setsid npm start >"$LOG" 2>&1 &
LEADER=$!
for _ in $(seq 1 600); do
  grep -q 'ready in' "$LOG" && break
  if ! kill -0 "$LEADER" 2>/dev/null; then cat "$LOG"; exit 1; fi
  sleep 0.2
done
grep -o 'ready in [0-9.]* s' "$LOG" || { tail -50 "$LOG"; kill -TERM "$LEADER"; exit 1; }
if [ "$STOREFRONT" = true ]; then
  for _ in $(seq 1 900); do curl -sf -o /dev/null http://127.0.0.1:3000/ && break; sleep 1; done
  # Pages are read whole before they are searched, and the searches that stop early (`head`) may end their pipe with
  # SIGPIPE, which `set -o pipefail` would otherwise take for a failure.
  listing=$(curl -sf http://127.0.0.1:3000/c/clothing)
  product=$(grep -o 'href="/p/[^"?#]*"' <<<"$listing" | head -1 | cut -d'"' -f2) || true
  for _ in 1 2 3 4 5; do
    for path in / /c/clothing "$product"; do
      html=$(curl -sf "http://127.0.0.1:3000$path")
      images=$(grep -o 'src="[^"]*\.webp[^"]*"' <<<"$html" | cut -d'"' -f2 | sed 's/&amp;/\&/g' | head -8) || true
      for image in $images; do curl -sf -o /dev/null "$image"; done
    done
  done
  echo "storefront: served /, /c/clothing and $product with their pictures five times"
fi
sleep "$SETTLE" # let the first garbage collections and lazy loads settle
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
descendants() { local p; for p in $(pgrep -P "$1"); do echo "$p"; descendants "$p"; done; }
# RSS counts the pages processes share (the node binary, ~45 MiB in each) once per process; PSS divides them among
# the processes sharing them, so the PSS total is the memory the platform takes.
total=0
total_pss=0
printf '%8s %8s  %s\n' RSS PSS process
for pid in "$LEADER" $(descendants "$LEADER"); do
  rss=$(ps -o rss= -p "$pid" 2>/dev/null | tr -d ' ') || continue
  [ -n "$rss" ] || continue
  pss=$(awk '/^Pss:/ { print $2 }' "/proc/$pid/smaps_rollup" 2>/dev/null || echo 0)
  total=$((total + rss))
  total_pss=$((total_pss + pss))
  printf '%4d MiB %4d MiB  %s\n' $((rss / 1024)) $((pss / 1024)) "$(ps -o args= -p "$pid" | cut -c1-100)"
done
printf '%4d MiB %4d MiB  total\n' $((total / 1024)) $((total_pss / 1024))
kill -TERM "$LEADER"
for _ in $(seq 1 150); do kill -0 "$LEADER" 2>/dev/null || break; sleep 0.2; done
rm -f "$LOG"
