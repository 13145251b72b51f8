#!/bin/bash
# docs/web-server/nginx.conf in front of a real export, with a real nginx on loopback: types and
# charset, caching headers and 304s, private/ and dotfiles, and the folder swapped by a second
# export under the running server. The snippet is served both ways its comment shows: as the
# whole site (root) and under /hubs/ (alias, here through a symbolic link to the folder).
#
# Usage: test-nginx.sh SOURCE_ROOT HUBROTA_CLI
# NGINX names another nginx binary.
set -eu
set -o pipefail

if [ $# -ne 2 ]; then
  echo "usage: $0 SOURCE_ROOT HUBROTA_CLI" >&2
  exit 2
fi
src=$1
cli=$2
nginx=${NGINX:-/usr/sbin/nginx}
snippet=$src/docs/web-server/nginx.conf

for need in "$nginx" "$cli" "$snippet"; do
  if [ ! -e "$need" ]; then
    echo "FAIL: expected $need to exist, found nothing" >&2
    exit 1
  fi
done
command -v curl >/dev/null || { echo "FAIL: expected curl on PATH, found none" >&2; exit 1; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/hubrota-web.XXXXXX")
nginx_pid=
cleanup () {
  # Not cut short by a second signal, so nothing is left behind.
  trap '' HUP INT TERM
  if [ -n "$nginx_pid" ]; then
    kill "$nginx_pid" 2>/dev/null || true
    wait "$nginx_pid" 2>/dev/null || true
  fi
  rm -rf "$tmp"
}
trap cleanup EXIT
# meson's timeout sends SIGTERM: leave through the EXIT trap, so nginx goes too.
trap 'exit 1' HUP INT TERM

failures=0
checks=0
fail () {
  echo "FAIL: $*" >&2
  failures=$((failures + 1))
}

# --- nginx, in the foreground as whoever runs this, with everything it writes in $tmp -------

out=$tmp/www/hubs
mkdir -p "$tmp/nginx" "$tmp/www"
ln -s "$out" "$tmp/link"
token=$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')

write_config () {
  local user=
  # The user directive counts only for root (CI), whose workers would otherwise run as nobody,
  # who cannot enter mktemp's 0700 folder.
  if [ "$(id -u)" -eq 0 ]; then
    user="user $(id -un) $(id -gn);"
  fi
  cat >"$tmp/nginx/nginx.conf" <<EOF
$user
daemon off;
master_process on;
worker_processes 1;
pid "$tmp/nginx/nginx.pid";
lock_file "$tmp/nginx/nginx.lock";
error_log "$tmp/nginx/error.log" notice;
events { worker_connections 64; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log "$tmp/nginx/access.log";
    client_body_temp_path "$tmp/nginx/body";
    proxy_temp_path "$tmp/nginx/proxy";
    fastcgi_temp_path "$tmp/nginx/fastcgi";
    uwsgi_temp_path "$tmp/nginx/uwsgi";
    scgi_temp_path "$tmp/nginx/scgi";
    server {
        listen 127.0.0.1:$port;
        server_name localhost;
        # Tells this nginx from anything else that may answer on the port.
        location = /hubrota-test-alive {
            default_type text/plain;
            return 200 "$token";
        }
        location / {
            root "$out";
            include "$snippet";
        }
        location /hubs/ {
            alias "$tmp/link/";
            include "$snippet";
        }
    }
}
EOF
}

print_error_log () {
  echo "--- nginx's error log ---" >&2
  cat "$tmp/nginx/error.log" >&2 2>/dev/null || echo "(none)" >&2
  echo "---" >&2
}

# A random high port, again if it turns out to be taken.
start_nginx () {
  local attempt i
  for attempt in 1 2 3 4 5 6 7 8 9 10; do
    port=$((20000 + $(od -An -N2 -tu2 /dev/urandom | tr -d ' ') % 40000))
    write_config
    : >"$tmp/nginx/error.log"
    "$nginx" -p "$tmp/nginx/" -c "$tmp/nginx/nginx.conf" -e "$tmp/nginx/error.log" &
    nginx_pid=$!
    for i in $(seq 200); do
      if ! kill -0 "$nginx_pid" 2>/dev/null; then
        break
      fi
      if [ "$(curl -s --max-time 2 "http://127.0.0.1:$port/hubrota-test-alive" 2>/dev/null)" \
           = "$token" ]; then
        return 0
      fi
      sleep 0.05
    done
    if kill -0 "$nginx_pid" 2>/dev/null; then
      echo "FAIL: expected nginx to answer on 127.0.0.1:$port within 10 s, it did not" >&2
      print_error_log
      exit 1
    fi
    wait "$nginx_pid" || true
    nginx_pid=
    if ! grep -q 'Address already in use' "$tmp/nginx/error.log"; then
      echo "FAIL: expected nginx to start, it exited" >&2
      print_error_log
      exit 1
    fi
  done
  echo "FAIL: expected a free port in 10 tries, found none" >&2
  print_error_log
  exit 1
}

start_nginx
echo "# nginx $("$nginx" -v 2>&1 | sed 's/.*nginx\///') on 127.0.0.1:$port, pid $nginx_pid"

# --- the published folder ------------------------------------------------------------------

base_url=http://127.0.0.1:$port/
"$cli" --database "$tmp/demo.db" init --demo >/dev/null
"$cli" --database "$tmp/demo.db" export --output "$out" --base-url "$base_url" --officers \
  >/dev/null

hub_feed=$(cd "$out" && ls -- *.ics | grep -v '^all-hubs\.ics$' | head -n 1)
officer_feed=$(cd "$out/private" && ls -- *.ics | head -n 1)
if [ -z "$hub_feed" ] || [ -z "$officer_feed" ]; then
  echo "FAIL: expected export to write a hub's feed and an officer's, found '$hub_feed' and" \
    "'$officer_feed'" >&2
  exit 1
fi
# Files export does not write, as an admin or an older publish leaves them.
printf '{"ok": true}\n' >"$out/status.json"
printf 'User-agent: *\n' >"$out/robots.txt"
printf 'old\n' >"$out/.all-hubs.ics.new"
printf 'old\n' >"$out/private/.$officer_feed.new"
mkdir "$out/.git"
printf '[core]\n' >"$out/.git/config"
mkdir "$out/extra"
printf 'x\n' >"$out/extra/listed-if-listing.txt"

# --- requests and their checks -------------------------------------------------------------

# get PATH [CURL OPTION...]: the status in $status, the headers in $tmp/headers, the body in
# $tmp/body.
get () {
  path=$1
  shift
  checks=$((checks + 1))
  # curl makes no output file for an answer without a body (a 304).
  rm -f "$tmp/body" "$tmp/headers"
  status=$(curl -sS --max-time 10 -o "$tmp/body" -D "$tmp/headers" -w '%{http_code}' "$@" \
             "http://127.0.0.1:$port$path") || status="no answer (curl exit $?)"
  touch "$tmp/body" "$tmp/headers"
}

# The value of the last header NAME in $tmp/headers, or nothing.
header () {
  sed -n "s/^$1:[[:space:]]*//Ip" "$tmp/headers" | tr -d '\r' | tail -n 1
}

# expect_status WANT [WHAT]
expect_status () {
  if [ "$status" != "$1" ]; then
    fail "GET $path${2:+ $2}: expected status $1, got $status"
  fi
}

# expect_header NAME WANT [WHAT]
expect_header () {
  local got
  got=$(header "$1")
  if [ "$got" != "$2" ]; then
    fail "GET $path${3:+ $3}: expected $1: $2, got ${got:-no $1 header}"
  fi
}

# expect_body FILE: the body is that file's bytes.
expect_body () {
  if ! cmp -s "$tmp/body" "$1"; then
    fail "GET $path: expected the bytes of $1, got $(wc -c <"$tmp/body") other bytes"
  fi
}

# The ETag nginx makes for a static file: its mtime and size in hex.
etag_of () {
  set -- $(stat -c '%Y %s' "$1")
  printf '"%x-%x"' "$1" "$2"
}

# A feed fetched whole and re-polled both ways, as a calendar app does.
check_feed () {
  local url=$1 file=$2 cache=$3 etag modified
  get "$url"
  expect_status 200
  expect_header Content-Type 'text/calendar; charset=utf-8'
  expect_header Cache-Control "$cache"
  expect_header X-Content-Type-Options nosniff
  expect_header ETag "$(etag_of "$file")"
  expect_header Last-Modified "$(TZ=GMT LC_ALL=C date -r "$file" '+%a, %d %b %Y %H:%M:%S GMT')"
  expect_body "$file"
  etag=$(header ETag)
  modified=$(header Last-Modified)
  if [ -z "$etag" ] || [ -z "$modified" ]; then
    fail "GET $url: expected an ETag and a Last-Modified to re-poll with, got '$etag' and '$modified'"
    return
  fi
  get "$url" -H "If-None-Match: $etag"
  expect_status 304 "with If-None-Match: $etag"
  expect_header ETag "$etag" "with If-None-Match"
  expect_header Cache-Control "$cache" "with If-None-Match"
  if [ -s "$tmp/body" ]; then
    fail "GET $url with If-None-Match: expected no body, got $(wc -c <"$tmp/body") bytes"
  fi
  get "$url" -H "If-Modified-Since: $modified"
  expect_status 304 "with If-Modified-Since: $modified"
  get "$url" -H 'If-None-Match: "0-0"'
  expect_status 200 'with If-None-Match: "0-0"'
}

for prefix in "" /hubs; do
  check_feed "$prefix/all-hubs.ics" "$out/all-hubs.ics" no-cache
  check_feed "$prefix/$hub_feed" "$out/$hub_feed" no-cache
  check_feed "$prefix/private/$officer_feed" "$out/private/$officer_feed" 'private, no-cache'

  for page in /index.html /; do
    get "$prefix$page"
    expect_status 200
    expect_header Content-Type 'text/html; charset=utf-8'
    expect_header Cache-Control no-cache
    expect_header X-Content-Type-Options nosniff
    expect_body "$out/index.html"
  done

  get "$prefix/status.json"
  expect_status 200
  expect_header Content-Type application/json
  # The site's own files: with nosniff a browser runs a script only if it says it is one.
  get "$prefix/hubrota.js"
  expect_status 200
  expect_header Content-Type 'text/javascript; charset=utf-8'
  get "$prefix/hubrota.css"
  expect_status 200
  expect_header Content-Type 'text/css; charset=utf-8'
  get "$prefix/hubrota.svg"
  expect_status 200
  expect_header Content-Type image/svg+xml
  get "$prefix/hubs.json"
  expect_status 200
  expect_header Content-Type application/json
  get "$prefix/ampthill.html"
  expect_status 200
  expect_header Content-Type 'text/html; charset=utf-8'
  get "$prefix/robots.txt"
  expect_status 200
  expect_header Content-Type 'text/plain; charset=utf-8'

  # No folder is listed.
  get "$prefix/extra/"
  expect_status 403 "(a folder without index.html)"
  if grep -q listed-if-listing "$tmp/body"; then
    fail "GET $path: expected no listing, got one naming listed-if-listing.txt"
  fi

  # private/ lists nothing, and has no page of its own either (not even export's empty one).
  for hidden in /private/ "/private/$officer_feed.missing" \
                /.all-hubs.ics.new "/private/.$officer_feed.new" /.git/config /.git/; do
    get "$prefix$hidden"
    expect_status 404
    if grep -q "$officer_feed" "$tmp/body"; then
      fail "GET $path: expected no officer's token in the answer, got $officer_feed"
    fi
  done
done

# One look with HEAD, as an admin would check it; for the log.
echo "# curl -sI $base_url""all-hubs.ics"
curl -sSI --max-time 10 "${base_url}all-hubs.ics" | tr -d '\r' | sed 's/^/#   /'

# --- a second export with nothing changed, swapped in under the running nginx --------------

first_etag=$(etag_of "$out/all-hubs.ics")
cp "$out/all-hubs.ics" "$tmp/all-hubs.first.ics"
# A rewritten file then shows in the ETag, whose mtime is in whole seconds.
sleep 1.1
"$cli" --database "$tmp/demo.db" export --output "$out" --base-url "$base_url" --officers \
  >/dev/null
second_etag=$(etag_of "$out/all-hubs.ics")
if cmp -s "$tmp/all-hubs.first.ics" "$out/all-hubs.ics"; then
  same_bytes="the same"
else
  same_bytes=other
fi
echo "# second export, nothing changed: all-hubs.ics ETag $first_etag then $second_etag," \
  "$same_bytes bytes"

# Whatever it wrote, nginx serves the new set at once, and it revalidates.
check_feed /all-hubs.ics "$out/all-hubs.ics" no-cache
check_feed "/hubs/private/$officer_feed" "$out/private/$officer_feed" 'private, no-cache'
get /all-hubs.ics -H "If-None-Match: $first_etag"
echo "# re-poll with the first export's ETag: $status"
# Unchanged feeds are left as they were (the same file, so the same ETag), and a re-poll
# after such an export is a 304.
if [ "$first_etag" != "$second_etag" ]; then
  fail "second export with nothing changed: expected all-hubs.ics's ETag to stay $first_etag, got $second_etag"
fi
expect_status 304 "with the first export's ETag"

if grep -E '\[(emerg|alert|crit)\]' "$tmp/nginx/error.log" >&2; then
  fail "expected nothing worse than an error in nginx's error log, got the lines above"
fi

if [ "$failures" -ne 0 ]; then
  print_error_log
  echo "$failures of $checks requests failed a check" >&2
  exit 1
fi
echo "# all $checks requests answered as expected"
