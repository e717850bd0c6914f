#!/usr/bin/env bash
# Rebuilds the generated PDF layout test set (src/test/resources/pdf/layouts): writes the .tex sources and
# gold.jsonl, then runs pdflatex on each. Development-time only; needs Debian's texlive-latex-extra,
# texlive-publishers, texlive-science, texlive-fonts-recommended and lmodern. Tests never run TeX.
set -euo pipefail
cd "$(dirname "$0")/.."
out=src/test/resources/pdf/layouts
python3 tools/pdf-layouts.py "$out"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for tex in "$out"/*.tex; do
  name=$(basename "$tex" .tex)
  src=$(realpath "$tex")
  if (cd "$tmp" && pdflatex -interaction=nonstopmode -halt-on-error "$src" >"$name.log" 2>&1 \
      && pdflatex -interaction=nonstopmode -halt-on-error "$src" >"$name.log" 2>&1); then
    cp "$tmp/$name.pdf" "$out/$name.pdf"
    echo "built $name.pdf"
  else
    echo "FAILED $name:"; grep -m5 -A3 '^!' "$tmp/$name.log" || tail -20 "$tmp/$name.log"; failed=1
  fi
done
exit "${failed:-0}"
