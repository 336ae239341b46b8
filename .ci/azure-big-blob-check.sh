#!/usr/bin/env bash
# Issue 4's "1 GB in a 256 MB heap" check, by hand (too slow for every CI run): starts the
# packaged server with -Xmx256m and its blobs in Azure (ERT_STORAGE_AZURE_CONNECTION_STRING, e.g.
# Azurite's, see README "Azure Blob Storage"), uploads 1 GiB in one request and again in 8 blocks,
# downloads both and compares their SHA-256, then deletes the experiment.
#   ERT_STORAGE_AZURE_CONNECTION_STRING=... .ci/azure-big-blob-check.sh [size-in-MiB]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
: "${ERT_STORAGE_AZURE_CONNECTION_STRING:?set it to the Azure (or Azurite) account to use}"
mib=${1:-1024} port=${ERT_STORAGE_CHECK_PORT:-18765} base=http://127.0.0.1:${ERT_STORAGE_CHECK_PORT:-18765}
work=$(mktemp -d)
ERT_STORAGE_NO_TOKEN=1 ERT_STORAGE_JAVA_OPTS="-Xmx256m" ERT_STORAGE_AZURE_BLOB_CONTAINER=ert-big-check \
  ./ert-storage serve --port "$port" >"$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 120); do curl -sf "$base/healthcheck" >/dev/null && break; sleep 1; done
json_id() { python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])'; }
experiment=$(curl -sf -X POST "$base/experiments" -H 'Content-Type: application/json' -d '{"name":"big-blob-check"}' | json_id)
ensemble=$(curl -sf -X POST "$base/experiments/$experiment/ensembles" -H 'Content-Type: application/json' \
  -d '{"size":1,"parameter_names":[],"response_names":[]}' | json_id)
head -c $((mib * 1024 * 1024)) /dev/urandom >"$work/big.bin"
expected=$(sha256sum <"$work/big.bin" | cut -d' ' -f1)

curl -sf -o /dev/null -F "file=@$work/big.bin;type=application/octet-stream" "$base/ensembles/$ensemble/records/single/file"
curl -sf -X POST "$base/ensembles/$ensemble/records/chunked/blob" >/dev/null
split -n 8 -d "$work/big.bin" "$work/block."
for block in "$work"/block.*; do
  curl -sf -o /dev/null -X PUT --data-binary "@$block" -H 'Content-Type: application/octet-stream' \
    "$base/ensembles/$ensemble/records/chunked/blob?block_index=$((10#${block##*.}))"
done
curl -sf -X PATCH "$base/ensembles/$ensemble/records/chunked/blob" >/dev/null

status=0
for record in single chunked; do
  actual=$(curl -sf "$base/ensembles/$ensemble/records/$record" | sha256sum | cut -d' ' -f1)
  if [ "$actual" = "$expected" ]; then echo "$record: ${mib} MiB round trip OK"; else echo "$record: MISMATCH" >&2; status=1; fi
done
curl -sf -X DELETE "$base/experiments/$experiment" >/dev/null
if grep -q OutOfMemoryError "$work/server.log"; then echo "the server ran out of memory" >&2; status=1; fi
exit $status
