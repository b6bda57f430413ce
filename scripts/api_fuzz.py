#!/usr/bin/env python3
"""Schemathesis against the JSON API of a running `luoshi serve --demo`.

Starts the server on a free loopback port with a temporary database, makes
access tokens with `luoshi token create`, and lets schemathesis generate
requests from the served /openapi.yaml (valid and invalid ones, in the
coverage, fuzzing and stateful phases) in three passes: as the supervisor
(every operation), as a reporter (reports and notices) and as the
administrator (accounts). It fails when any answer is a 5xx, prints how many
requests were made and which statuses came back, and stops the server by its
process id whatever happens (scripts/demo_server.py).

Usage: scripts/api_fuzz.py LUOSHI_BINARY
Environment: LUOSHI_API_FUZZ_EXAMPLES (examples per operation and pass, 50),
LUOSHI_API_FUZZ_SEED (a seed to replay; random otherwise).
"""
import collections
import glob
import json
import os
import random
import subprocess
import sys
import time

from demo_server import DemoServer

PASSWORD = "api-fuzz-2019-demo"
# (login, what the pass covers, schemathesis filters)
PASSES = [
    ("guihua", "supervisor, every operation", []),
    ("yanglao", "reporter, reports and notices", ["--include-tag", "reports", "--include-tag", "notices"]),
    ("admin", "administrator, accounts", ["--include-tag", "accounts"]),
]
PASS_TIMEOUT = 150  # seconds; the three passes together take well under three minutes


def interactions(report_dir):
    """(operation, status) of every request schemathesis recorded in its NDJSON report."""
    for path in glob.glob(os.path.join(report_dir, "*.ndjson")):
        with open(path, encoding="utf-8") as events:
            for line in events:
                finished = json.loads(line).get("ScenarioFinished")
                if not finished:
                    continue
                recorded = finished["recorder"].get("interactions", [])
                for item in recorded.values() if isinstance(recorded, dict) else (pair[1] for pair in recorded):
                    request, response = item["request"], item.get("response")
                    path_only = request["uri"].split("/api/v1", 1)[-1].split("?", 1)[0]
                    yield f"{request['method']} {path_only}", response["status_code"] if response else None


def main():
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    binary = os.path.abspath(sys.argv[1])
    with DemoServer(binary, PASSWORD, prefix="luoshi-api-fuzz-") as server:
        if not fuzz(binary, server):
            raise SystemExit("api_fuzz: failed")
    print("api fuzz: no server error")


def fuzz(binary, server):
    """The passes against `server`; whether every answer was below 500."""
    examples = os.environ.get("LUOSHI_API_FUZZ_EXAMPLES", "50")
    seed = os.environ.get("LUOSHI_API_FUZZ_SEED", str(random.randrange(1, 1 << 31)))
    started, passed = time.time(), True
    statuses, by_operation, total = collections.Counter(), collections.defaultdict(collections.Counter), 0
    for login, covers, filters in PASSES:
        token = subprocess.run(
            [binary, "token", "create", login, "--name", "api fuzz", "--days", "1", "--database", server.database],
            cwd=server.work, check=True, capture_output=True, text=True).stdout.strip()
        reports = os.path.join(server.work, "report-" + login)
        command = [sys.executable, "-m", "schemathesis.cli", "run", server.base + "/openapi.yaml", "--url", server.base + "/api/v1",
                   "-H", f"Authorization: Bearer {token}", "--checks", "not_a_server_error",
                   "--max-examples", examples, "--seed", seed, "--report", "ndjson", "--report-dir", reports, *filters]
        print(f"==> schemathesis as {login} ({covers}), {examples} examples per operation, seed {seed}", flush=True)
        pass_started = time.time()
        run = subprocess.run(command, cwd=server.work, capture_output=True, text=True, timeout=PASS_TIMEOUT)
        seen = collections.Counter()
        for operation, status in interactions(reports):
            seen[status] += 1
            by_operation[operation][status] += 1
        statuses.update(seen)
        total += sum(seen.values())
        server_errors = sum(n for status, n in seen.items() if status is None or status >= 500)
        print(f"    {sum(seen.values())} requests in {time.time() - pass_started:.0f} s; statuses {listing(seen)}", flush=True)
        if run.returncode != 0 or server_errors:
            passed = False
            print(run.stdout[-6000:], run.stderr[-2000:], sep="\n")
            print(f"api_fuzz: the pass as {login} failed (exit {run.returncode}, {server_errors} answers without a status or 5xx)")
    print(f"==> {total} requests, statuses {listing(statuses)}; {time.time() - started:.0f} s in all")
    for operation, seen in sorted(by_operation.items()):
        if any(status is None or status >= 500 for status in seen):
            print(f"    5xx at {operation}: {dict(seen)}")
    return passed


def listing(statuses):
    return ", ".join(f"{status}: {n}" for status, n in sorted(statuses.items(), key=lambda item: item[0] or 0))


if __name__ == "__main__":
    main()
