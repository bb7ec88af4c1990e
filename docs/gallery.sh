#!/usr/bin/env bash
# Renders page 1 of one example per theme to docs/gallery/<theme>.png, for the README (or to
# the folder given as the first argument: GalleryTest compares a fresh set with these).
# Run after the examples are built (mvn -pl examples -am package -DskipTests). The page is
# printed by headless Chromium from the example's HTML, whose print style the PDF follows.
# Needs chromium and poppler-utils (pdftoppm).
set -euo pipefail
out=$(realpath -m "${1:-$(dirname "$0")/gallery}")
cd "$(dirname "$0")/.."
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# theme=example: each example in the theme it chose in its source
for pair in classic=academic modern=github-profile compact=senior-engineer; do
  theme=${pair%%=*}
  example=${pair#*=}
  page="examples/target/cv/$example/$example.html"
  [[ -f $page ]] || { echo "missing $page: build the examples first" >&2; exit 1; }
  chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
    --no-first-run --user-data-dir="$work/profile" --no-pdf-header-footer \
    --print-to-pdf="$work/$theme.pdf" "file://$PWD/$page" 2>/dev/null
  pdftoppm -r 50 -f 1 -l 1 -singlefile -png "$work/$theme.pdf" "$out/$theme"
  echo "$out/$theme.png"
done
