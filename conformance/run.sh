#!/usr/bin/env bash
# Real-client conformance suite: starts an already-built Isomargin on free loopback ports with a fresh data directory and a
# generated operator token, runs conformance/node/test/*.test.mjs (node:test) against it with the npm clients pinned in
# conformance/node/package-lock.json, stops the server, and exits with the test runner's status.
#
#   mvn -B -q -DskipTests package && conformance/run.sh
#
# Needs: JDK 17+, Node >= 20.19 (npm), and server/target/isomargin.jar. Nothing global is installed.
# Environment knobs (all optional):
#   ISOMARGIN_JAR                  jar to run (default: <repo>/server/target/isomargin.jar)
#   CONFORMANCE_SKIP_NPM_CI=1      reuse conformance/node/node_modules as it is (local iteration)
#   CONFORMANCE_HEALTH_TIMEOUT=60  seconds to wait for GET /admin/health
#   CONFORMANCE_TEST_TIMEOUT=120000  per-test timeout in ms (node --test-timeout)
#   CONFORMANCE_CONCURRENCY        node --test-concurrency (default 1: files run one after another; they also run
#                                  concurrently, since each file owns its accounts and markets)
#   CONFORMANCE_TEST_FILES         test files to run, relative to conformance/node (default: test/*.test.mjs)
#   CONFORMANCE_KEEP_DATA=1        keep the temporary data directory and server log
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
NODE_DIR="$HERE/node"
JAR="${ISOMARGIN_JAR:-$ROOT/server/target/isomargin.jar}"
HEALTH_TIMEOUT="${CONFORMANCE_HEALTH_TIMEOUT:-60}"

log() { printf '[conformance] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 2; }

# ---------------------------------------------------------------- prerequisites
[[ -f "$JAR" ]] || die "$JAR not found. Build it first:  (cd $ROOT && mvn -B -q -DskipTests package)"
command -v java >/dev/null || die "java not on PATH (JDK 17+ needed)"
command -v node >/dev/null || die "node not on PATH (Node >= 20.19 needed)"
command -v npm >/dev/null || die "npm not on PATH"
node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>20||(a===20&&b>=19)?0:1)' \
  || die "Node $(node --version) is too old: >= 20.19 needed (@nktkas/hyperliquid 0.32.2 engines)"

# ---------------------------------------------------------------- state + cleanup
WORK="$(mktemp -d "${TMPDIR:-/tmp}/isomargin-conformance.XXXXXX")"
DATA_DIR="$WORK/data"
SERVER_LOG="$WORK/server.log"
SERVER_PID=""
STATUS=1

stop_server() {
  [[ -n "$SERVER_PID" ]] || return 0
  if kill -0 "$SERVER_PID" 2>/dev/null; then
    kill -TERM "$SERVER_PID" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.1; done
    if kill -0 "$SERVER_PID" 2>/dev/null; then
      log "server did not stop within 5 s; killing pid $SERVER_PID"
      kill -KILL "$SERVER_PID" 2>/dev/null || true
    fi
  fi
  wait "$SERVER_PID" 2>/dev/null || true
  SERVER_PID=""
}

on_exit() {
  local rc=$?
  [[ $STATUS -eq 0 ]] || rc=$STATUS
  stop_server
  if [[ $rc -ne 0 && -f "$SERVER_LOG" ]]; then
    log "---- server log (last 80 lines of $SERVER_LOG) ----"
    tail -n 80 "$SERVER_LOG" >&2 || true
    log "---- end of server log ----"
  fi
  if [[ "${CONFORMANCE_KEEP_DATA:-0}" == 1 ]]; then log "kept $WORK"; else rm -rf "$WORK"; fi
  exit "$rc"
}
trap on_exit EXIT
trap 'STATUS=130; exit 130' INT
trap 'STATUS=143; exit 143' TERM

# ---------------------------------------------------------------- npm ci (pinned by the committed lock file)
if [[ "${CONFORMANCE_SKIP_NPM_CI:-0}" == 1 && -d "$NODE_DIR/node_modules" ]]; then
  log "CONFORMANCE_SKIP_NPM_CI=1: using the existing node_modules"
else
  log "npm ci in $NODE_DIR"
  (cd "$NODE_DIR" && npm ci --prefer-offline --no-audit --no-fund --loglevel=error) >&2 || die "npm ci failed"
fi

# ---------------------------------------------------------------- free ports, token
read -r PUBLIC_PORT ADMIN_PORT < <(node -e '
  const net = require("node:net");
  const grab = () => new Promise((ok, ko) => { const s = net.createServer(); s.unref(); s.on("error", ko);
    s.listen(0, "127.0.0.1", () => ok(s)); });
  (async () => { const a = await grab(), b = await grab();
    const ports = [a.address().port, b.address().port]; a.close(); b.close(); console.log(ports.join(" ")); })();')
[[ -n "${PUBLIC_PORT:-}" && -n "${ADMIN_PORT:-}" ]] || die "could not pick free ports"
ADMIN_TOKEN="$(node -e 'console.log(require("node:crypto").randomBytes(24).toString("hex"))')"

# ---------------------------------------------------------------- start the server
mkdir -p "$DATA_DIR"
log "starting $(basename "$JAR"): public 127.0.0.1:$PUBLIC_PORT, operator 127.0.0.1:$ADMIN_PORT, data $DATA_DIR"
ISOMARGIN_ADMIN_TOKEN="$ADMIN_TOKEN" java ${CONFORMANCE_JAVA_OPTS:-} -jar "$JAR" \
  --port "$PUBLIC_PORT" --admin-port "$ADMIN_PORT" --data-dir "$DATA_DIR" >"$SERVER_LOG" 2>&1 </dev/null &
SERVER_PID=$!

PUBLIC_URL="http://127.0.0.1:$PUBLIC_PORT"
ADMIN_URL="http://127.0.0.1:$ADMIN_PORT"
SERVER_PID="$SERVER_PID" ADMIN_URL="$ADMIN_URL" HEALTH_TIMEOUT="$HEALTH_TIMEOUT" node -e '
  const deadline = Date.now() + Number(process.env.HEALTH_TIMEOUT) * 1000;
  const alive = () => { try { process.kill(Number(process.env.SERVER_PID), 0); return true; } catch { return false; } };
  (async () => {
    for (;;) {
      if (!alive()) { console.error("[conformance] the server exited during start-up"); process.exit(1); }
      try {
        const r = await fetch(process.env.ADMIN_URL + "/admin/health", { signal: AbortSignal.timeout(2000) });
        const body = await r.json().catch(() => ({}));
        if (r.ok && body.status === "ok") process.exit(0);
      } catch {}
      if (Date.now() > deadline) { console.error(`[conformance] no {"status":"ok"} from /admin/health within ${process.env.HEALTH_TIMEOUT} s`); process.exit(1); }
      await new Promise((r) => setTimeout(r, 200));
    }
  })();' || { STATUS=3; die "server not healthy"; }
log "server healthy (pid $SERVER_PID)"

# ---------------------------------------------------------------- run the tests
cd "$NODE_DIR"
if [[ -n "${CONFORMANCE_TEST_FILES:-}" ]]; then
  read -r -a FILES <<<"$CONFORMANCE_TEST_FILES"
else
  FILES=(test/*.test.mjs)
fi
[[ -e "${FILES[0]}" ]] || die "no test files in $NODE_DIR/test"
log "node --test ${FILES[*]}"
set +e
ISOMARGIN_PUBLIC_URL="$PUBLIC_URL" ISOMARGIN_ADMIN_URL="$ADMIN_URL" ISOMARGIN_ADMIN_TOKEN="$ADMIN_TOKEN" \
  node --test --test-reporter=spec --test-concurrency="${CONFORMANCE_CONCURRENCY:-1}" \
  --test-timeout="${CONFORMANCE_TEST_TIMEOUT:-120000}" "${FILES[@]}"
STATUS=$?
set -e
if [[ $STATUS -eq 0 ]]; then log "all conformance tests passed"; else log "conformance tests FAILED (node --test exit $STATUS)"; fi
exit "$STATUS"
