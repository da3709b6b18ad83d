#!/bin/sh
# The web image's entrypoint: render the configuration from the environment into a
# writable directory (the root filesystem may be read-only), then run nginx in front.
set -eu
prefix=${NGINX_PREFIX:-/tmp/nginx}
"$(dirname -- "$0")/render.sh" "$prefix"
exec nginx -p "$prefix" -c "$prefix/nginx.conf" -e stderr -g 'daemon off;'
