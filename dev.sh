#!/usr/bin/env bash
# The two commands of the README quick start, and nothing else:
#   ./dev.sh run [ARGS...]   installs what is missing, builds, and starts Daicho
#   ./dev.sh test            installs what is missing, builds, and runs every test
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
test)
    installer/setup.sh
    # A private PostgreSQL cluster for the suites that run on the shared register too.
    # Under /tmp: initdb runs as the postgres user, who may not enter a checkout under /root.
    pgdir="${DAICHO_TEST_PG_DIR:-/tmp/daicho-test-postgres-$(id -u)}"
    pgurl="$(tests/support/postgres-cluster.sh start "$pgdir" "${DAICHO_TEST_PG_PORT:-54329}")"
    trap 'tests/support/postgres-cluster.sh stop "$pgdir"' EXIT
    cmake --preset testing -DDAICHO_TEST_POSTGRES="$pgurl" >/dev/null
    cmake --build --preset testing
    ctest --preset testing
    ;;
*)
    echo "usage: ./dev.sh run [FILE] | ./dev.sh test" >&2
    exit 2
    ;;
esac
