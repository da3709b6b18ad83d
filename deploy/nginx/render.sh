#!/bin/sh
# Renders the nginx templates beside this script into <dir>, which nginx then uses as its
# prefix: nginx -p <dir> -c <dir>/nginx.conf. Used by the image at start and by the tests.
#
#   API_UPSTREAMS    api instances, "host:port host:port ..."      (required)
#   FILES_UPSTREAMS  files instances, the same way                 (required)
#   NGINX_LISTEN     port, or address:port                         (8080)
#   STATIC_ROOT      holds web/ and grocery/ (the built apps)      (/usr/share/saffron)
#   FILES_MAX_BYTES  the files service's per-file limit, in bytes  (26214400, 25 MiB)
#   IMPORT_ARCHIVE_MAX_BYTES  the largest export taken for import  (524288000, 500 MiB)
#   CSP_IMG_ORIGINS  extra origins for images, e.g. a CDN          (none)
set -eu

out=${1:?usage: render.sh <output-dir>}
here=$(CDPATH='' cd -- "$(dirname -- "$0")" && pwd)

fail() {
  echo "render.sh: $*" >&2
  exit 64
}

: "${API_UPSTREAMS:?set API_UPSTREAMS to the api instances, e.g. \"api-1:3001 api-2:3001\"}"
: "${FILES_UPSTREAMS:?set FILES_UPSTREAMS to the files instances, e.g. \"files:3002\"}"
NGINX_LISTEN=${NGINX_LISTEN:-8080}
STATIC_ROOT=${STATIC_ROOT:-/usr/share/saffron}
FILES_MAX_BYTES=${FILES_MAX_BYTES:-26214400}
IMPORT_ARCHIVE_MAX_BYTES=${IMPORT_ARCHIVE_MAX_BYTES:-524288000}
CSP_IMG_ORIGINS=${CSP_IMG_ORIGINS:-}

case $FILES_MAX_BYTES in '' | *[!0-9]*) fail "FILES_MAX_BYTES must be a number of bytes" ;; esac
case $IMPORT_ARCHIVE_MAX_BYTES in '' | *[!0-9]*) fail "IMPORT_ARCHIVE_MAX_BYTES must be a number of bytes" ;; esac
case $NGINX_LISTEN in '' | *[!0-9A-Za-z.:\[\]-]*) fail "NGINX_LISTEN must be a port or address:port" ;; esac
case $STATIC_ROOT in *[\"\;\$\\]*) fail "STATIC_ROOT must be a plain path" ;; esac
case $CSP_IMG_ORIGINS in *[\"\;\$\\\']*) fail "CSP_IMG_ORIGINS must be origins separated by spaces" ;; esac

# One `server` line per instance; an instance that fails is left alone for 5 s.
servers() {
  [ -n "$2" ] || fail "$1 names no instance"
  for address in $2; do
    host=${address%:*}
    port=${address##*:}
    case $host in '' | "$address" | *[!0-9A-Za-z.:_\[\]-]*) fail "$1: '$address' is not host:port" ;; esac
    case $port in '' | *[!0-9]*) fail "$1: '$address' is not host:port" ;; esac
    printf '    server %s max_fails=1 fail_timeout=5s;\n' "$address"
  done
}

API_SERVERS=$(servers API_UPSTREAMS "$API_UPSTREAMS")
FILES_SERVERS=$(servers FILES_UPSTREAMS "$FILES_UPSTREAMS")
# Room for the multipart framing around a file of the largest allowed size.
FILES_MAX_BODY=$((FILES_MAX_BYTES + 1048576))
IMPORT_ARCHIVE_MAX_BODY=$((IMPORT_ARCHIVE_MAX_BYTES + 1048576))
export API_SERVERS FILES_SERVERS NGINX_LISTEN STATIC_ROOT FILES_MAX_BODY IMPORT_ARCHIVE_MAX_BODY CSP_IMG_ORIGINS

mkdir -p "$out/snippets" "$out/tmp"
cd "$here"
for template in nginx.conf mime.types snippets/*.conf; do
  # Only these names: nginx's own $variables pass through untouched.
  envsubst '${API_SERVERS} ${FILES_SERVERS} ${NGINX_LISTEN} ${STATIC_ROOT} ${FILES_MAX_BODY} ${IMPORT_ARCHIVE_MAX_BODY} ${CSP_IMG_ORIGINS}' \
    <"$template" >"$out/$template"
done
