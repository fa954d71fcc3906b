#!/usr/bin/env bash
# Runs libFuzzer with AddressSanitizer over the HTML reader (and the whole pipeline behind it).
#   scripts/fuzz-html.sh [seconds]      default 600
# New crashers land in .build-fuzz/crashes/; copy the ones worth keeping to
# Tests/PlanXTests/Fixtures/fuzz/ so the normal test run replays them.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
swift build --product fuzz-html -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING \
  -Xswiftc -use-ld=lld --scratch-path .build-fuzz
mkdir -p .build-fuzz/corpus .build-fuzz/crashes
cp -n Tests/PlanXTests/Fixtures/html/* Tests/PlanXTests/Fixtures/fuzz/* .build-fuzz/corpus/ 2>/dev/null || true
ASAN_OPTIONS=detect_leaks=1 .build-fuzz/debug/fuzz-html .build-fuzz/corpus \
  -max_total_time="$seconds" -max_len=8192 -artifact_prefix=.build-fuzz/crashes/ -print_final_stats=1
