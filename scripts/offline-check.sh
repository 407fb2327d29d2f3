#!/usr/bin/env bash
# With the network closed apart from loopback, `npm install && npm start` work and the storefront serves its
# pages. Checked for real: a fresh clone of this repository's HEAD (no node_modules, no .next, no .data) in a
# network namespace of its own (`unshare -n`: only a loopback interface, so nothing outside the machine can be
# reached, not even DNS). npm installs from its cache (~/.npm, filled by any earlier install of this lockfile);
# `npm start` then builds the storefront and starts everything; the check fetches the storefront's home page, a
# listing, a product page and a product image, and the API's Explorer, from inside the namespace.
#
#   sudo scripts/offline-check.sh     # root (or CAP_SYS_ADMIN) for unshare; 5-10 minutes on a quiet machine
#   OFFLINE_CHECK_DIR=/tmp/x …        # where the clone goes (default: a new temporary folder)
#
# Exits 0 when every check passed; the clone's `npm start` log is kept at $OFFLINE_CHECK_DIR.log.
set -euo pipefail

if [[ "${OFFLINE_CHECK_INSIDE:-}" != 1 ]]; then
  repo=$(git -C "$(dirname "$0")/.." rev-parse --show-toplevel)
  dir=${OFFLINE_CHECK_DIR:-$(mktemp -d /tmp/zero-offline-XXXXXX)}
  if [[ -e "$dir/.git" ]]; then
    echo "offline-check: $dir already holds a clone; give an empty OFFLINE_CHECK_DIR" >&2
    exit 2
  fi
  git clone --quiet "$repo" "$dir"
  echo "offline-check: $(git -C "$dir" log --oneline -1) cloned into $dir"
  exec unshare --net env OFFLINE_CHECK_INSIDE=1 OFFLINE_CHECK_DIR="$dir" bash "$0"
fi

# Inside the namespace from here on.
dir=$OFFLINE_CHECK_DIR
log="$dir.log"
ip link set lo up
if curl --silent --max-time 5 --output /dev/null https://registry.npmjs.org/; then
  echo "offline-check: the registry is reachable, so this is not an offline check" >&2
  exit 2
fi
echo "offline-check: network closed (loopback only)"

cd "$dir"
step() { printf 'offline-check: %s\n' "$*"; }
fail() { printf 'offline-check: FAILED: %s (npm start log: %s)\n' "$*" "$log" >&2; exit 1; }

step "npm install"
if ! npm install --no-audit --no-fund; then
  # The usual cause: the lockfile has no `resolved` tarball URLs (npm's omit-lockfile-registry-resolved), so npm
  # looks each package up in its registry metadata, and offline it can only use metadata it cached in the form
  # `npm install` asks for. A package added with another command (`npm view`, a full-metadata fetch) has none.
  fail "npm install could not complete from the cache; run \`npm install\` once with the network, then retry"
fi

step "npm start (builds the storefront on its first start; log: $log)"
# Its own process group, so that everything it started stops with it. A first start migrates and seeds every
# database and builds the storefront: on a busy machine that takes longer than npm start's default 300 s a service.
START_TIMEOUT_SECONDS=${START_TIMEOUT_SECONDS:-900} setsid npm start >"$log" 2>&1 &
start_pid=$!
stop() { kill -TERM -- -"$start_pid" 2>/dev/null || true; wait "$start_pid" 2>/dev/null || true; }
trap stop EXIT

# Waits until the URL answers 200 or npm start has exited; $2 seconds at most.
wait_for() {
  local url=$1 deadline=$((SECONDS + $2))
  until curl --silent --fail --max-time 10 --output /dev/null "$url"; do
    kill -0 "$start_pid" 2>/dev/null || fail "npm start exited before $url answered"
    ((SECONDS < deadline)) || fail "$url did not answer within $2 s"
    sleep 2
  done
}

wait_for http://127.0.0.1:8000/health/ready 1200
step "API ready"
wait_for http://127.0.0.1:3000/ 1800
step "storefront ready"

page() { curl --silent --fail --max-time 30 "http://127.0.0.1:3000$1" || fail "GET $1"; }
home=$(page /)
grep -q 'New arrivals' <<<"$home" || fail "the home page has no new arrivals"
listing=$(page /c/clothing)
product=$(grep -o 'href="/p/[^"?#]*"' <<<"$listing" | head -1 | cut -d'"' -f2)
[[ -n "$product" ]] || fail "the listing /c/clothing links no product"
product_html=$(page "$product")
grep -q 'Add to cart' <<<"$product_html" || fail "$product has no Add to cart button"
image=$(grep -o '<img[^>]* src="[^"]*"' <<<"$product_html" | head -1 | sed 's/.* src="//; s/"$//; s/&amp;/\&/g')
[[ -n "$image" ]] || fail "$product shows no image"
image_type=$(curl --silent --fail --max-time 30 --output /dev/null --write-out '%{content_type}' "$image") || fail "the product image $image"
# The catalog's WebP renditions are drawn by sharp, whose prebuilt binary must have come from the cache too.
[[ "$image_type" == image/webp ]] || fail "the product image $image is $image_type, not a WebP rendition"
# The Explorer is the router's landing page for a browser (Accept: text/html), every asset inlined. Read whole before
# it is searched: `curl | grep -q` fails under pipefail when grep stops reading early (curl gets SIGPIPE).
explorer=$(curl --silent --fail --location --max-time 60 --header 'Accept: text/html' http://127.0.0.1:8000/) || fail "GET the Explorer"
grep -q 'Explorer' <<<"$explorer" || fail "the Explorer"
step "home, /c/clothing, $product, its image ($image) and the Explorer answered"
step "PASSED"
