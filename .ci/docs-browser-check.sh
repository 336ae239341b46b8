#!/usr/bin/env bash
# Headless-browser check of the documentation pages (issue 5): Debian's chromium renders /docs
# (Swagger UI) and /redoc from the server's own assets, and every experiment endpoint must appear
# in the rendered DOM; GraphiQL at /gql runs { experiments { id } } and shows the answer.
#   bash .ci/docs-browser-check.sh                                    starts ./ert-storage serve on a free port
#   ERT_STORAGE_URL=http://127.0.0.1:8000 bash .ci/docs-browser-check.sh   checks a server already running
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

if ! command -v chromium >/dev/null 2>&1; then
  echo "Installing Debian's chromium"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi

work=$(mktemp -d)
server_pid=
cleanup() {
  if [ -n "$server_pid" ]; then
    # Its own process group: a first run may still be building with Maven.
    kill -- "-$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

url=${ERT_STORAGE_URL:-}
if [ -z "$url" ]; then
  port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  ERT_STORAGE_NO_TOKEN=1 setsid ./ert-storage serve --port "$port" >"$work/server.log" 2>&1 &
  server_pid=$!
  url=http://127.0.0.1:$port
  # The first run may build the application first.
  for _ in $(seq 1 300); do
    curl -fsS "$url/healthcheck" >/dev/null 2>&1 && break
    if ! kill -0 "$server_pid" 2>/dev/null; then
      echo "the server stopped before answering:" >&2
      cat "$work/server.log" >&2
      exit 1
    fi
    sleep 1
  done
fi
curl -fsS "$url/healthcheck" >/dev/null || { echo "no server answers at $url" >&2; exit 1; }

# The flags keep chromium off the network, which is closed here; the virtual time budget lets the
# page fetch /openapi.json and render before the DOM is dumped.
render() {
  chromium --headless --no-sandbox --disable-gpu --disable-quic --disable-background-networking \
    --disable-component-update --disable-sync --no-first-run --user-data-dir="$work/profile" \
    --virtual-time-budget=20000 --dump-dom "$url$1" 2>"$work/chromium.log"
}
render /docs >"$work/docs.html"
render /redoc >"$work/redoc.html"
# Chromium's navigation Accept header names text/html, so /gql answers the GraphiQL page.
curl -fsS -X POST -H 'Content-Type: application/json' -d '{"query":"mutation { createExperiment(name: \"browser-check\") { id } }"}' \
  "$url/gql" >/dev/null
render '/gql?run=1&query=%7B%20experiments%20%7B%20id%20%7D%20%7D' >"$work/graphiql.html"

python3 - "$work/docs.html" "$work/redoc.html" "$work/graphiql.html" <<'PY'
import html, re, sys

docs, redoc, graphiql = (open(path, encoding="utf-8").read() for path in sys.argv[1:4])
expected = [
    "GET /experiments", "POST /experiments",
    "GET /experiments/{experiment_id}", "DELETE /experiments/{experiment_id}",
    "GET /experiments/{experiment_id}/ensembles", "POST /experiments/{experiment_id}/ensembles",
    "GET /experiments/{experiment_id}/observations", "POST /experiments/{experiment_id}/observations",
    "GET /experiments/{experiment_id}/userdata", "PUT /experiments/{experiment_id}/userdata",
    "PATCH /experiments/{experiment_id}/userdata",
]
# Swagger UI renders each operation as a block "opblock opblock-<method>" holding data-path="<path>".
rendered = {f"{m.group(1).upper()} {m.group(2)}"
            for m in re.finditer(r'class="opblock opblock-(\w+)\b.*?data-path="([^"]*)"', docs, re.S)}
missing = [operation for operation in expected if operation not in rendered]
print(f"/docs: Swagger UI rendered {len(rendered)} operations")
failed = False
if missing:
    print(f"/docs: experiment endpoints missing from the rendered page: {missing}")
    failed = True
# ReDoc renders the document's title and operation summaries as text.
for text in ("ERT Storage API", "All experiments, in creation order", "Create an experiment with its priors"):
    if text not in redoc:
        print(f"/redoc: '{text}' missing from the rendered page")
        failed = True
# GraphiQL's result pane is a CodeMirror editor: one <pre> per line of the JSON answer.
pane = graphiql[graphiql.find("result-window"):]
answer = "".join(html.unescape(re.sub(r"<[^>]+>", "", line)) for line in
                 re.findall(r'<pre class=" CodeMirror-line " role="presentation">(.*?)</pre>', pane))
if '"experiments": [' not in answer.replace("\xa0", " ") or '"id"' not in answer:
    print(f"/gql: GraphiQL did not show the answer of {{ experiments {{ id }} }}: {answer[:300]!r}")
    failed = True
if not failed:
    print("/gql: GraphiQL ran { experiments { id } }")
    print(f"/docs lists all {len(expected)} experiment endpoints; /redoc renders the document")
sys.exit(1 if failed else 0)
PY
