#!/usr/bin/env python3
"""Kill the server in the middle of delivery and show that nothing is lost.

The demo as of 2019-10-23 owes every unit a reminder (October's report is due on
the 25th; three units still owe September's, and a notice is past its reply
date). Every unit gets an e-mail address (aiosmtpd), a signed DingTalk robot and a
WeCom robot that fails the first try of each message (scripts/receivers.py), all
answering slowly, so delivery takes a while. The server is killed with SIGKILL
when part of the messages have arrived, started again on the same database, and
left to finish. Then every message in the outbox must be sent and must have
arrived, and none twice at the receivers (which dedupe by Message-ID and
Idempotency-Key; the retries they turned away are counted).

Usage: scripts/delivery_test.py path/to/luoshi
"""
import json
import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.request

here = os.path.dirname(os.path.abspath(__file__))


def free_port():
    import socket
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def main():
    luoshi = os.path.abspath(sys.argv[1])
    work = tempfile.mkdtemp(prefix="luoshi-delivery-")
    database = os.path.join(work, "demo.sqlite")
    receivers = subprocess.Popen([sys.executable, os.path.join(here, "receivers.py")], stdin=subprocess.PIPE,
                                 stdout=subprocess.PIPE, text=True)
    ports = json.loads(receivers.stdout.readline())
    hooks = f"http://127.0.0.1:{ports['http']}"

    def state():
        with urllib.request.urlopen(hooks + "/_state", timeout=5) as answer:
            return json.load(answer)

    # The receivers are on loopback: the operator's leave for robots off DingTalk's and WeCom's hosts.
    os.environ["LUOSHI_WEBHOOK_HOSTS"] = "127.0.0.1"

    def run(*args):
        subprocess.run([luoshi, *args, "--database", database], check=True, cwd=work, stdout=subprocess.DEVNULL)

    run("serve", "--demo", "--demo-password", "Demo-pass-2019", "--prepare-only")
    units = [row[0] for row in sqlite3.connect(database).execute("SELECT DISTINCT name FROM units ORDER BY name")]
    for n, unit in enumerate(units):
        run("channels", "add", "--unit", unit, "--email", f"unit{n}@example.gov.cn")
        run("channels", "add", "--unit", unit, "--secret", f"SECdemo{n}",
            "--dingtalk", f"{hooks}/dingtalk/SECdemo{n}/robot/send?access_token=t{n}&delay=120")
        run("channels", "add", "--unit", unit, "--wecom", f"{hooks}/flaky/1/cgi-bin/webhook/send?key=k{n}&delay=120")

    port = free_port()
    environment = dict(os.environ, LUOSHI_SMTP_URL=f"smtp://127.0.0.1:{ports['smtp']}?from=guihua@example.gov.cn&tls=none",
                       LUOSHI_DELIVERY_IDLE="0.1", LUOSHI_DELIVERY_BACKOFF="0.3", LUOSHI_DELIVERY_TIMEOUT="2",
                       LUOSHI_DELIVERY_ATTEMPTS="10", LUOSHI_REMINDER_INTERVAL="1")
    command = [luoshi, "serve", "--demo", "--demo-password", "Demo-pass-2019", "--database", database,
               "--as-of", "2019-10-23", "--port", str(port)]
    log = open(os.path.join(work, "serve.log"), "w")

    def arrived(s):
        return len(s["mail"]) + len(s["webhooks"])

    server = subprocess.Popen(command, env=environment, cwd=work, stdout=log, stderr=subprocess.STDOUT)
    deadline = time.time() + 60
    while arrived(state()) < 15 and time.time() < deadline and server.poll() is None:
        time.sleep(0.05)
    before_kill = arrived(state())
    server.send_signal(signal.SIGKILL)
    server.wait()
    outbox = sqlite3.connect(database)
    expected = outbox.execute("SELECT COUNT(*) FROM outbox WHERE channel <> 'none'").fetchone()[0]
    in_flight = outbox.execute("SELECT COUNT(*) FROM outbox WHERE state = 'sending'").fetchone()[0]
    print(f"killed the server with {before_kill} of {expected} messages arrived, {in_flight} being sent")
    if before_kill >= expected:
        sys.exit("delivery_test: everything arrived before the kill; nothing was tested")

    server = subprocess.Popen(command, env=environment, cwd=work, stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.time() + 120
        while time.time() < deadline:
            left = outbox.execute("SELECT COUNT(*) FROM outbox WHERE channel <> 'none' AND state <> 'sent'").fetchone()[0]
            if left == 0 and arrived(state()) >= expected:
                break
            time.sleep(0.2)
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)

    rows = outbox.execute("SELECT message_key, channel, state FROM outbox WHERE channel <> 'none'").fetchall()
    final = state()
    receivers.kill()
    received = {m["id"].strip("<>").removesuffix("@luoshi") for m in final["mail"]} | {h["key"] for h in final["webhooks"]}
    keys = {key for key, _, _ in rows}
    lost = keys - received
    unsent = [key for key, _, s in rows if s != "sent"]
    unsigned = [h for h in final["webhooks"] if h["path"].startswith("/dingtalk/") and not h["signed"]]
    reminders = [m for m in final["mail"] if m["subject"].startswith("【报送提醒】")]
    print(f"delivery: {len(rows)} messages ({len(final['mail'])} e-mails, {len(final['webhooks'])} robot calls), "
          f"{final['failures']} failures injected, {final['duplicates'] + final['mail_duplicates']} repeated tries "
          f"turned away by the receivers, {len(lost)} lost, {len(unsent)} not marked sent")
    problems = []
    if lost:
        problems.append(f"{len(lost)} messages never arrived")
    if unsent:
        problems.append(f"{len(unsent)} messages not marked sent")
    if received - keys:
        problems.append("a receiver got a message the outbox does not have")
    if unsigned:
        problems.append(f"{len(unsigned)} DingTalk calls were not signed")
    if not reminders:
        problems.append("no 报送提醒 e-mail arrived")
    if problems:
        sys.exit("delivery_test: " + "; ".join(problems) + f" (server log: {log.name})")
    print("0 lost: every message arrived, each taken once")


if __name__ == "__main__":
    main()
