# Start Debian's PostgreSQL cluster listening on 127.0.0.1 only, and create the
# test role and database. Sourced by .ci/run; usable by hand the same way.
start_postgres() {
  local version cluster=main
  version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
  if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -q "^${version} ${cluster}$"; then
    pg_createcluster "$version" "$cluster" >/dev/null
  fi
  local conf="/etc/postgresql/${version}/${cluster}/postgresql.conf"
  sed -i "s/^#\?listen_addresses.*/listen_addresses = '127.0.0.1'/" "$conf"
  PGPORT=$(pg_lsclusters -h | awk -v v="$version" -v c="$cluster" '$1==v && $2==c {print $3}')
  export PGPORT
  pg_ctlcluster "$version" "$cluster" start 2>/dev/null || pg_ctlcluster "$version" "$cluster" restart
  su postgres -c "psql -p ${PGPORT} -qtAc \"SELECT 1 FROM pg_roles WHERE rolname='warmonitor'\"" | grep -q 1 \
    || su postgres -c "psql -p ${PGPORT} -qc \"CREATE ROLE warmonitor LOGIN PASSWORD 'warmonitor' CREATEDB\""
  su postgres -c "psql -p ${PGPORT} -qtAc \"SELECT 1 FROM pg_database WHERE datname='warmonitor_test'\"" | grep -q 1 \
    || su postgres -c "psql -p ${PGPORT} -qc \"CREATE DATABASE warmonitor_test OWNER warmonitor\""
}
