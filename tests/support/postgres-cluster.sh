#!/usr/bin/env bash
# A private PostgreSQL cluster on 127.0.0.1 for the tests that run against the shared-register
# back end. It lives in a folder of its own and is never the machine's cluster.
#   tests/support/postgres-cluster.sh start DIR PORT   initdb (first time) and start; prints the URL
#   tests/support/postgres-cluster.sh stop DIR
# initdb and the server refuse to run as root, so as root they run as the postgres user.
set -euo pipefail

command="${1:-}"
dir="${2:-}"
[[ -n "$command" && -n "$dir" ]] || { echo "usage: $0 start DIR PORT | stop DIR" >&2; exit 2; }
dir="$(realpath -m "$dir")" # the server runs elsewhere and takes it for its socket too

bindir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
[[ -x "$bindir/initdb" ]] || { echo "PostgreSQL server binaries not found (package postgresql)" >&2; exit 1; }

as_owner() {
    if [[ $(id -u) -eq 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

case "$command" in
start)
    port="${3:?port}"
    mkdir -p "$dir"
    [[ $(id -u) -eq 0 ]] && chown postgres:postgres "$dir"
    chmod 700 "$dir"
    if [[ ! -f "$dir/PG_VERSION" ]]; then
        as_owner "$bindir/initdb" -D "$dir" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
    fi
    if ! as_owner "$bindir/pg_ctl" -D "$dir" status >/dev/null 2>&1; then
        as_owner "$bindir/pg_ctl" -D "$dir" -l "$dir/server.log" -w \
            -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null
    fi
    url="postgresql://postgres@127.0.0.1:$port/postgres"
    # Registers on this server search through trigram indexes; the extension is made once here
    # rather than by suites racing each other.
    PGOPTIONS="-c client_min_messages=warning" psql -q -X "$url" -c "CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public" >/dev/null
    # Every login is trusted, except members of daicho_password_checked: the tests that a server
    # login's password works (and a wrong one does not) put their logins in it.
    psql -q -X "$url" -c "DO \$\$ BEGIN CREATE ROLE daicho_password_checked NOLOGIN;
        EXCEPTION WHEN duplicate_object THEN NULL; END \$\$" >/dev/null
    if ! grep -q daicho_password_checked "$dir/pg_hba.conf"; then
        as_owner sed -i '1i host all +daicho_password_checked 127.0.0.1/32 scram-sha-256' "$dir/pg_hba.conf"
        as_owner "$bindir/pg_ctl" -D "$dir" reload >/dev/null
    fi
    echo "$url"
    ;;
stop)
    as_owner "$bindir/pg_ctl" -D "$dir" -m fast -w stop >/dev/null 2>&1 || true
    ;;
*)
    echo "usage: $0 start DIR PORT | stop DIR" >&2
    exit 2
    ;;
esac
