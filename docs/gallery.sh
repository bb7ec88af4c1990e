#!/usr/bin/env bash
# Renders page 1 of one example per theme to docs/gallery/<theme>.png, for the README (or to
# the folder given as the first argument: GalleryTest compares a fresh set with these).
# Run after the examples are built (mvn -B -DskipTests package): the pictures are page 1 of
# the PDFs the processor wrote, drawn by poppler-utils' pdftoppm.
set -euo pipefail
out=$(realpath -m "${1:-$(dirname "$0")/gallery}")
cd "$(dirname "$0")/.."
mkdir -p "$out"
# theme=example: each example in the theme it chose in its source
for pair in classic=academic modern=github-profile compact=senior-engineer; do
  theme=${pair%%=*}
  example=${pair#*=}
  pdf="examples/target/cv/$example/$example.pdf"
  [[ -f $pdf ]] || { echo "missing $pdf: build the examples first" >&2; exit 1; }
  pdftoppm -r 50 -f 1 -l 1 -singlefile -png "$pdf" "$out/$theme"
  echo "$out/$theme.png"
done
