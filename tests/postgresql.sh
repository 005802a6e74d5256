#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Airlock developers
#
# A throw-away PostgreSQL for the team trail's tests: Debian's own server,
# initdb into the build folder, reachable only by a Unix socket there.
#
#   postgresql.sh start DIR BINDIR SETUP_SQL   initdb, start, create the
#                                              database "airlock", run the
#                                              set-up script, add test roles
#   postgresql.sh stop DIR                     stop it (the files stay, for
#                                              reading its log)
#   postgresql.sh resume DIR                   start a stopped one again
#   postgresql.sh psql DIR ROLE [ARGS...]      psql as ROLE
#
# PostgreSQL refuses to run as root: as root, the server runs as the
# system account "postgres" that Debian's package creates. Test roles: the administrator airlock_admin, the
# writers writer1, writer2 and writer3 and the reviewer reviewer1.
set -euo pipefail

action="$1"
dir="$(readlink -m "$2")"
socket="$dir/socket"

as_server() {
    if [[ $EUID -eq 0 ]]; then
        local ServerUid ServerGid
        ServerUid="$(id -u postgres 2>/dev/null)" && ServerGid="$(id -g postgres)" || {
            echo "postgresql.sh: no account postgres to run the server as (apt-get install postgresql-17)" >&2
            exit 1
        }
        setpriv --reuid "$ServerUid" --regid "$ServerGid" --clear-groups --inh-caps=-all \
            env HOME="$dir" LC_ALL=C.UTF-8 "$@"
    else
        env LC_ALL=C.UTF-8 "$@"
    fi
}

bindir_of() { cat "$dir/bindir"; }

case "$action" in
start)
    bindir="$3"
    setup="$4"
    if [[ -f "$dir/data/postmaster.pid" ]]; then
        "$0" stop "$dir" || true
    fi
    rm -rf "$dir"
    mkdir -p "$dir/socket"
    echo "$bindir" > "$dir/bindir"
    if [[ $EUID -eq 0 ]]; then
        chown -R postgres:postgres "$dir"
        if ! as_server test -x "$dir"; then
            echo "postgresql.sh: the account postgres cannot reach $dir; every folder above the build must be" \
                 "searchable by others (chmod o+x)" >&2
            exit 1
        fi
    fi
    chmod 0700 "$dir"
    chmod 0755 "$dir/socket"
    as_server "$bindir/initdb" --pgdata="$dir/data" --username=airlock_admin --auth=trust \
        --encoding=UTF8 --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1 || {
        cat "$dir/initdb.log" >&2
        exit 1
    }
    as_server "$bindir/pg_ctl" --pgdata="$dir/data" --log="$dir/server.log" --wait --timeout=60 \
        -o "-c listen_addresses='' -c unix_socket_directories='$socket' -c unix_socket_permissions=0777" start || {
        cat "$dir/server.log" >&2
        exit 1
    }
    # Anyone may use the socket; the server's folder stays the server's.
    [[ $EUID -eq 0 ]] && chmod 0755 "$dir"
    psql=("$bindir/psql" --no-psqlrc --quiet -v ON_ERROR_STOP=1 -h "$socket" -U airlock_admin)
    "${psql[@]}" -d postgres -c "CREATE DATABASE airlock ENCODING 'UTF8'"
    "${psql[@]}" -d airlock -f "$setup"
    "${psql[@]}" -d airlock <<'SQL'
CREATE ROLE writer1 LOGIN IN ROLE airlock_writer;
CREATE ROLE writer2 LOGIN IN ROLE airlock_writer;
CREATE ROLE writer3 LOGIN IN ROLE airlock_writer;
CREATE ROLE reviewer1 LOGIN IN ROLE airlock_reviewer;
SQL
    echo "PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') is up at $socket"
    ;;
resume)
    # Starts a stopped server again, as it was (the offline test).
    as_server "$(bindir_of)/pg_ctl" --pgdata="$dir/data" --log="$dir/server.log" --wait --timeout=60 \
        -o "-c listen_addresses='' -c unix_socket_directories='$socket' -c unix_socket_permissions=0777" start
    ;;
stop)
    if [[ -f "$dir/data/postmaster.pid" ]]; then
        as_server "$(bindir_of)/pg_ctl" --pgdata="$dir/data" --wait --timeout=60 --mode=fast stop
    fi
    ;;
psql)
    role="$3"
    shift 3
    exec "$(bindir_of)/psql" --no-psqlrc -v ON_ERROR_STOP=1 -h "$socket" -U "$role" -d airlock "$@"
    ;;
*)
    echo "usage: postgresql.sh start DIR BINDIR SETUP_SQL | stop DIR | resume DIR | psql DIR ROLE [ARGS...]" >&2
    exit 2
    ;;
esac
