#!/usr/bin/env bash
# Renders a workbook to PNG pages, so anyone can look at it without Excel:
# LibreOffice (headless) prints it to PDF as Calc would, then pdftoppm turns each page into a PNG.
#
#   scripts/render-workbook.sh FILE.xlsx [OUTDIR]
#
# OUTDIR defaults to FILE's folder/<name>-pages. It receives <name>.pdf and <name>-<page>.png, one
# PNG per PDF page; the PNGs are listed on stdout. Exit 0 when every page was rendered, 1 when
# LibreOffice or pdftoppm reports a problem (the file cannot be loaded, no PDF, no pages), 2 on bad
# usage or a missing tool. Needs `soffice` (Debian: libreoffice-calc-nogui) and `pdftoppm` and
# `pdfinfo` (Debian: poppler-utils). RENDER_DPI sets the resolution (default 110).
set -euo pipefail

usage() { echo "usage: $0 FILE.xlsx [OUTDIR]" >&2; exit 2; }
[[ $# -ge 1 && $# -le 2 ]] || usage
file=$1
[[ -f "$file" ]] || { echo "error: no such file: $file" >&2; exit 2; }
for tool in soffice pdftoppm pdfinfo; do
  command -v "$tool" >/dev/null || { echo "error: $tool is not installed (apt-get install libreoffice-calc-nogui poppler-utils)" >&2; exit 2; }
done

name=$(basename "$file"); name=${name%.*}
outdir=${2:-$(dirname "$file")/$name-pages}
mkdir -p "$outdir"
outdir=$(cd "$outdir" && pwd)
rm -f "$outdir/$name.pdf" "$outdir/$name"-*.png

# A profile of its own: runs beside an open LibreOffice and never touches the user's settings.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
log=$work/soffice.log
status=0
timeout "${RENDER_TIMEOUT:-180}" soffice -env:UserInstallation="file://$work/profile" --headless --norestore \
  --nolockcheck --convert-to pdf:calc_pdf_Export --outdir "$work" "$file" >"$log" 2>&1 || status=$?
pdf=$work/$name.pdf
# soffice exits 0 even when it cannot load a file: its output and the PDF tell.
if [[ $status -ne 0 ]] || grep -qiE '(^|[^a-z])error|exception' "$log" || [[ ! -s "$pdf" ]]; then
  echo "error: LibreOffice could not render $file (exit $status):" >&2
  sed 's/^/  /' "$log" >&2
  exit 1
fi
pages=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')
if [[ -z "$pages" || "$pages" -lt 1 ]]; then
  echo "error: LibreOffice produced a PDF without pages for $file" >&2
  exit 1
fi
cp "$pdf" "$outdir/$name.pdf"
pdftoppm -png -r "${RENDER_DPI:-110}" "$pdf" "$outdir/$name"
shopt -s nullglob
pngs=("$outdir/$name"-*.png)
if [[ ${#pngs[@]} -ne $pages ]]; then
  echo "error: $pages pages in the PDF but ${#pngs[@]} PNG files" >&2
  exit 1
fi
printf '%s\n' "${pngs[@]}"
echo "$pages pages of $file rendered into $outdir" >&2
