#!/usr/bin/env bash
# Builds the libFuzzer targets (cmake --preset fuzz: clang, ASan + UBSan) and runs each one in
# turn for SECONDS (default 600) or 10 million executions, whichever comes first.
#   tests/fuzz/run.sh [SECONDS] [TARGET...]     e.g. tests/fuzz/run.sh 60 csvreader xlsxreader
# Working corpora grow in build/fuzz/corpus/<target>, seeded from tests/fuzz/corpus/<target>,
# the test fixtures (tests/data) and the kept crashes (tests/data/fuzz/<target>). Crashing
# inputs go to build/fuzz/findings/<target>/; logs to build/fuzz/logs/<target>.log.
# Prints per target: executions, exec/s, coverage and whether anything was found.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
installer/setup.sh installer/debian-packages-dev.txt # clang and its fuzzer runtime

seconds="${1:-600}"
shift || true
all=(csvreader xlsxreader ledgervalues ledgermapping ledgerimport templatejson assetsearch serverlocation)
targets=("$@")
[[ ${#targets[@]} -eq 0 ]] && targets=("${all[@]}")

build=build/fuzz
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz >/dev/null

seed() { # seed TARGET FILES...: copy fixtures into the working corpus (never into git)
    local dir="$build/corpus/$1"
    shift
    mkdir -p "$dir"
    for f in "$@"; do
        [[ -f "$f" ]] && cp -n "$f" "$dir/seed-$(basename "$(dirname "$f")")-$(basename "$f")"
    done
    return 0
}

status=0
printf '%-14s %8s %12s %10s %8s %s\n' target seconds executions exec/s cov findings
for t in "${targets[@]}"; do
    bin="$build/tests/fuzz/fuzz_$t"
    [[ -x "$bin" ]] || { echo "no fuzz target $t (have: ${all[*]})" >&2; exit 2; }
    rm -rf "$build/findings/$t"
    mkdir -p "$build/corpus/$t" "$build/findings/$t" "$build/logs"
    shopt -s nullglob
    seed "$t" tests/fuzz/corpus/"$t"/* tests/data/fuzz/"$t"/*
    case "$t" in
    csvreader | ledgerimport) seed "$t" tests/data/csv/*.csv tests/data/ledger/*.csv ;;
    xlsxreader) seed "$t" tests/data/xlsx/*.xlsx ;;
    templatejson) seed "$t" resources/templates/*.json ;;
    esac
    shopt -u nullglob
    dict=()
    [[ -f tests/fuzz/dict/$t.dict ]] && dict=(-dict="tests/fuzz/dict/$t.dict")
    log="$build/logs/$t.log"
    start=$SECONDS
    rc=0
    # detect_leaks: Qt keeps one-time caches (codecs, translations) that LeakSanitizer would
    # report at exit; memory growth per input is still caught by -rss_limit_mb and -malloc_limit_mb.
    ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0}" UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1}" \
        "$bin" "$build/corpus/$t" -max_total_time="$seconds" -runs=10000000 -rss_limit_mb=2048 \
        -timeout=30 -print_final_stats=1 -artifact_prefix="$build/findings/$t/" "${dict[@]}" >"$log" 2>&1 || rc=$?
    elapsed=$((SECONDS - start))
    execs=$(grep -oP 'stat::number_of_executed_units:\s*\K[0-9]+' "$log" | tail -1 || true)
    rate=$(grep -oP 'stat::average_exec_per_sec:\s*\K[0-9]+' "$log" | tail -1 || true)
    cov=$(grep -oP '\bcov: \K[0-9]+' "$log" | tail -1 || true)
    found=$(ls "$build/findings/$t" | wc -l)
    if [[ $rc -ne 0 || $found -ne 0 ]]; then
        status=1
        verdict="FOUND ($found file(s) in $build/findings/$t, exit $rc; see $log)"
    else
        verdict=none
    fi
    printf '%-14s %8s %12s %10s %8s %s\n' "$t" "$elapsed" "${execs:-?}" "${rate:-?}" "${cov:-?}" "$verdict"
done
exit $status
