#!/bin/sh
# Run by the nginx image's entrypoint before nginx starts: reloads nginx every six hours, so that a
# certificate certbot renewed (twice a day at most) is served without a restart.
set -eu
(
  while :; do
    sleep 21600
    nginx -s reload || true
  done
) &
