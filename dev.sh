#!/usr/bin/env bash
# The two commands of the README quick start:
#   ./dev.sh run [ARGS...]   installs what is missing, builds, and starts Daicho
#   ./dev.sh test            installs what is missing, builds, and runs every test
# and, for CI (.ci/run) and before a release:
#   ./dev.sh sanitize        the same suite built with ASan + UBSan (build/sanitize), reports fatal
# Dependencies come from installer/debian-packages.txt through installer/setup.sh.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

command="${1:-}"
shift || true

case "$command" in
run)
    installer/setup.sh
    cmake --preset release >/dev/null
    cmake --build --preset release
    exec build/release/app/daicho "$@"
    ;;
test | sanitize)
    preset=$([[ $command == test ]] && echo testing || echo sanitize)
    installer/setup.sh
    # A private PostgreSQL cluster for the suites that run on the shared register too.
    # Under /tmp: initdb runs as the postgres user, who may not enter a checkout under /root.
    pgdir="${DAICHO_TEST_PG_DIR:-/tmp/daicho-test-postgres-$(id -u)}"
    pgurl="$(tests/support/postgres-cluster.sh start "$pgdir" "${DAICHO_TEST_PG_PORT:-54329}")"
    trap 'tests/support/postgres-cluster.sh stop "$pgdir"' EXIT
    cmake --preset "$preset" -DDAICHO_TEST_POSTGRES="$pgurl" >/dev/null
    cmake --build --preset "$preset"
    ctest --preset "$preset"
    ;;
*)
    echo "usage: ./dev.sh run [FILE] | ./dev.sh test | ./dev.sh sanitize" >&2
    exit 2
    ;;
esac
