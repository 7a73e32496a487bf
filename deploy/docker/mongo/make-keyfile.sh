#!/bin/bash
# docker-compose's one-shot `mongo-keyfile`: the replica set members' shared key (internal authentication), made
# once into the `mongo-keyfile` volume, readable by the mongodb user (uid 999 in the mongo image) only.
set -eu
if [ ! -s /keys/keyfile ]; then
    tr -dc 'A-Za-z0-9' < /dev/urandom | head -c 756 > /keys/keyfile || true
fi
chown 999:999 /keys/keyfile
chmod 400 /keys/keyfile
