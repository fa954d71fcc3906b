#!/usr/bin/env bash
# Instruction profile of planx on the text corpus, reproducible on a loaded machine.
#   scripts/profile.sh [copies]        callgrind over `planx batch --jobs 1` on the corpus replicated
#   scripts/profile.sh --check DIR     convert corpus + test fixtures into DIR (compare two DIRs with diff -r)
# Prints instructions per input byte and the top inclusive functions (demangled); the raw profile is
# left in $CG_OUT (default /tmp/planx-callgrind.out) for callgrind_annotate. Under valgrind the CPU has
# no SHA instructions, so SHA-256 shows its portable cost (~105 instr/byte) that native runs do not pay.
set -euo pipefail
cd "$(dirname "$0")/.."
# Its own build folder, with DWARF 4 for C code: valgrind cannot read the DWARF 5 clang writes by default.
swift build -c release --product planx -Xcc -gdwarf-4 --scratch-path .build-profile >/dev/null
bin=.build-profile/release/planx
if [ "${1:-}" = "--check" ]; then
  out=${2:?output dir}; rm -rf "$out"; mkdir -p "$out"
  for f in corpus/*.txt corpus/*.html Tests/PlanXTests/Fixtures/html/*.html ../shared/realdocs/*; do
    [ -f "$f" ] || continue
    "$bin" extract "$f" -o "$out/$(basename "$f").json" 2>/dev/null || echo "exit $? $f" >>"$out/exits.txt"
  done
  echo "wrote $(ls "$out" | wc -l) files to $out"; exit 0
fi
copies=${1:-4}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/in"
for i in $(seq 1 "$copies"); do for f in corpus/*.txt; do cp "$f" "$tmp/in/$i-$(basename "$f")"; done; done
bytes=$(cat "$tmp"/in/* | wc -c)
valgrind --tool=callgrind --callgrind-out-file="$tmp/cg.out" "$bin" batch "$tmp/in" -o "$tmp/out" --jobs 1 --quiet 2>"$tmp/vg.txt"
total=$(grep -o 'Collected : [0-9]*' "$tmp/vg.txt" | grep -o '[0-9]*$')
cp "$tmp/cg.out" "${CG_OUT:-/tmp/planx-callgrind.out}"
echo "input $bytes bytes ($copies copies of corpus/*.txt); $total instructions; $((total / bytes)) instr/byte (incl. process start)"
callgrind_annotate --inclusive=yes "$tmp/cg.out" 2>/dev/null | grep -E '^ *[0-9,]+ \(' | swift demangle --simplified \
  | grep -E 'PlanX/|JSON|SHA' | sed -E 's#\[/work[^]]*\]##; s#/work/[^:]*/Sources/##' | head -${TOP:-45} | cut -c1-170
