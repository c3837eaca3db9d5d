#!/usr/bin/env bash
# Ledger exchange benchmark (issue 3). Not a test: it prints figures and ratios, asserts nothing.
#
#   tests/benchmarks/exchange.sh [BUILD_DIR] [ASSETS]
#
# Yardsticks, measured side by side in this run on the same 17-column ledger CSV:
#   - `sqlite3 .import` of the file (no validation at all): a validated import should be within 2x;
#   - LibreOffice converting the CSV to XLSX (if soffice is installed): XLSX export should be 10x faster.
# Beside them, the floors: the same rows with the register's indexes built by sqlite3 itself, and
# the same rows written as a workbook from memory (daicho-xlsx-floor-bench), by our writer and by
# libxlsxwriter alone.
set -euo pipefail
build="${1:-build/testing}"
assets="${2:-100000}"
cli="$(realpath "$build/app/daicho-cli")"
floor_bench="$(realpath "$build/tests/benchmarks/daicho-xlsx-floor-bench")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"

seconds() { # runs a command, prints its wall time in seconds
    local start end
    start=$(date +%s.%N)
    "$@" >/dev/null 2>"$work/stderr" || { cat "$work/stderr" >&2; return 1; }
    end=$(date +%s.%N)
    echo "$end - $start" | bc -l
}
peak_mb() { # runs a command, prints its peak resident memory in MB
    /usr/bin/time -f '%M' "$@" 2>&1 >/dev/null | tail -1 | awk '{ printf "%.0f", $1 / 1024 }'
}
ratio() { echo "scale=2; $1 / $2" | bc -l; }

echo "Generating a register of $assets assets..."
"$cli" --db source.sqlite init >/dev/null
"$cli" --db source.sqlite generate --assets "$assets" --seed 1 >/dev/null

t_export_csv=$(seconds "$cli" --db source.sqlite export full.csv)
t_export_xlsx=$(seconds "$cli" --db source.sqlite export full.xlsx)
m_export_xlsx=$(peak_mb "$cli" --db source.sqlite export again.xlsx)

# The canonical 17 columns (DESIGN.md §4) without 機関: what a city's ledger has.
python3 - <<'PY'
import csv
with open('full.csv', encoding='utf-8-sig', newline='') as src, open('ledger17.csv', 'w', encoding='utf-8', newline='') as dst:
    reader = csv.reader(src)
    header = next(reader)
    while '資産ID' not in header:  # the classification banner row comes first
        header = next(reader)
    keep = ['資産ID', '資産名称', '分類', '種別', '所管部局', '所管課室', '管理責任者', '担当者', '情報システム管理者',
            '通信経路区分', '機密性', '完全性', '可用性', '提供形態', '委託先・提供者', '保管場所', '備考']
    idx = [header.index(k) for k in keep]
    writer = csv.writer(dst, lineterminator='\r\n')
    writer.writerow(keep)
    for row in reader:
        writer.writerow([row[i] for i in idx])
PY
size_mb=$(du -m ledger17.csv | cut -f1)

t_sqlite=$(seconds sqlite3 plain.sqlite ".mode csv" ".import ledger17.csv ledger")
# What no importer can skip: the same rows with the register's indexes and trigram search
# index built by SQLite itself, still without any validation or audit trail.
t_floor=$(seconds sqlite3 floor.sqlite ".mode csv" ".import ledger17.csv ledger" \
    "CREATE UNIQUE INDEX i_code ON ledger (資産ID)" "CREATE INDEX i_name ON ledger (資産名称)" \
    "CREATE INDEX i_cat ON ledger (分類)" "CREATE INDEX i_section ON ledger (所管課室)" \
    "CREATE INDEX i_manager ON ledger (管理責任者)" "CREATE INDEX i_custodian ON ledger (担当者)" \
    "CREATE INDEX i_admin ON ledger (情報システム管理者)" "CREATE INDEX i_segment ON ledger (通信経路区分)" \
    "CREATE INDEX i_conf ON ledger (機密性)" "CREATE INDEX i_rating ON ledger (機密性, 完全性, 可用性)" \
    "CREATE INDEX i_status ON ledger (提供形態)" \
    "CREATE VIRTUAL TABLE f USING fts5(code, name, subtype, location, notes, people, tokenize = 'trigram')" \
    "INSERT INTO f (rowid, code, name, subtype, location, notes, people) SELECT rowid, 資産ID, 資産名称, 種別, 保管場所, 備考, 管理責任者 || ' ' || 担当者 || ' ' || 情報システム管理者 FROM ledger")
"$cli" --db target.sqlite init >/dev/null
t_import=$(seconds "$cli" --db target.sqlite import ledger17.csv)
# The same data as the 17-column file, exported: what LibreOffice's conversion below also writes.
t_export_xlsx17=$(seconds "$cli" --db target.sqlite export ledger17.xlsx)
# What no export with libxlsxwriter can beat: the same rows written from memory, no register read.
read -r t_floor_writer t_floor_library < <("$floor_bench" ledger17.csv "$work")
"$cli" --db target2.sqlite init >/dev/null
m_import=$(peak_mb "$cli" --db target2.sqlite import ledger17.csv)
"$cli" --db roundtrip.sqlite init >/dev/null
t_import_full=$(seconds "$cli" --db roundtrip.sqlite import full.csv)
"$cli" --db roundtrip.sqlite export back.csv >/dev/null
if cmp -s full.csv back.csv; then roundtrip="identical"; else roundtrip="DIFFERENT"; fi
"$cli" --db fromxlsx.sqlite init >/dev/null
t_import_xlsx=$(seconds "$cli" --db fromxlsx.sqlite import full.xlsx)
"$cli" --db fromxlsx.sqlite export fromxlsx.csv >/dev/null
if cmp -s full.csv fromxlsx.csv; then roundtrip_xlsx="identical"; else roundtrip_xlsx="DIFFERENT"; fi

echo
echo "Assets: $assets; 17-column ledger CSV: ${size_mb} MB"
printf 'sqlite3 .import (no validation):   %6.2f s\n' "$t_sqlite"
printf 'sqlite3 .import + same indexes:    %6.2f s   (11 indexes and the trigram search index, still unvalidated)\n' "$t_floor"
printf 'daicho-cli import, 17 columns:     %6.2f s   (ratio to sqlite3: %sx; to sqlite3 with indexes: %sx; peak memory %s MB)\n' "$t_import" "$(ratio "$t_import" "$t_sqlite")" "$(ratio "$t_import" "$t_floor")" "$m_import"
printf 'daicho-cli import, full export:    %6.2f s   (round trip CSV export → import → export: %s)\n' "$t_import_full" "$roundtrip"
printf 'daicho-cli import, full XLSX:     %6.2f s   (XLSX export → import → CSV export equals the CSV export: %s)\n' "$t_import_xlsx" "$roundtrip_xlsx"
printf 'daicho-cli export CSV:             %6.2f s\n' "$t_export_csv"
printf 'daicho-cli export XLSX:            %6.2f s   (peak memory %s MB)\n' "$t_export_xlsx" "$m_export_xlsx"
printf 'daicho-cli export XLSX, 17 columns: %5.2f s   (the register imported from the 17-column file)\n' "$t_export_xlsx17"
printf 'Its rows from memory, XlsxWriter:  %6.2f s   (no register read: the floor of our export)\n' "$t_floor_writer"
printf 'Its rows from memory, libxlsxwriter alone: %.2f s (one thread, strings only: the library'"'"'s floor)\n' "$t_floor_library"
if command -v soffice >/dev/null 2>&1; then
    t_lo=$(seconds soffice --headless --convert-to xlsx --outdir lo ledger17.csv)
    m_lo=$(peak_mb soffice --headless --convert-to xlsx --outdir lo2 ledger17.csv)
    head -3 ledger17.csv >tiny.csv
    t_lo_start=$(seconds soffice --headless --convert-to xlsx --outdir lo3 tiny.csv)
    printf 'LibreOffice CSV → XLSX:            %6.2f s   (peak memory %s MB; the same data exported is %sx faster, the whole register %sx)\n' "$t_lo" "$m_lo" "$(ratio "$t_lo" "$t_export_xlsx17")" "$(ratio "$t_lo" "$t_export_xlsx")"
    printf '                                            (of which %.2f s is starting: a 2-row file takes that long)\n' "$t_lo_start"
    printf '                                            (the floors above: XlsxWriter %sx, libxlsxwriter alone %sx)\n' "$(ratio "$t_lo" "$t_floor_writer")" "$(ratio "$t_lo" "$t_floor_library")"
else
    echo "LibreOffice not installed: no XLSX yardstick (apt-get install libreoffice-calc to measure it)."
fi
