#!/usr/bin/env python3
"""Loopback receivers for the delivery tests: a real SMTP server (aiosmtpd) and
webhook receivers that behave as told by the path, standing in for DingTalk and
WeCom robots. With --tls CERT KEY the SMTP server requires STARTTLS. Prints one JSON line with the ports, then serves until killed.

  /ok/...                 answers {"errcode":0}
  /dingtalk/<secret>/...  checks DingTalk's timestamp and sign against <secret>;
                          answers errcode 310000 when they do not match
  /fail500/...            always HTTP 500
  /flaky/<n>/...          HTTP 500 for the first <n> tries of each Idempotency-Key
  /hang/...               never answers within the sender's timeout (sleeps 60 s)
  /errcode/<code>/...     HTTP 200 with {"errcode": <code>}
  /slow/<ms>/...          answers ok after <ms> milliseconds
  ...?delay=<ms>          any of these, after <ms> milliseconds

Every request is recorded; a key already taken is counted as a duplicate and not
taken again ("dedupes"), the way a receiver that honours Idempotency-Key would.
SMTP messages are deduped by Message-ID. GET /_state returns what arrived.
"""
import base64
import hashlib
import hmac
import json
import os
import socket
import ssl
import sys
import threading
import time
import urllib.parse
from email import message_from_bytes
from email.header import decode_header, make_header
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from aiosmtpd.controller import Controller

lock = threading.Lock()
state = {"webhooks": [], "mail": [], "duplicates": 0, "mail_duplicates": 0, "failures": 0, "tries": {}}
taken_keys = set()
taken_mail = set()


class Mailbox:
    async def handle_DATA(self, server, session, envelope):
        message = message_from_bytes(envelope.content)
        message_id = message.get("Message-ID", "")
        subject = str(make_header(decode_header(message.get("Subject", ""))))
        body = message.get_payload(decode=True).decode("utf-8") if not message.is_multipart() else ""
        with lock:
            if message_id in taken_mail:
                state["mail_duplicates"] += 1
            else:
                taken_mail.add(message_id)
                state["mail"].append({"id": message_id, "to": envelope.rcpt_tos, "from": envelope.mail_from,
                                      "subject": subject, "body": body,
                                      "raw_subject": message.get("Subject", ""),
                                      "content_type": message.get("Content-Type", ""),
                                      "encoding": message.get("Content-Transfer-Encoding", "")})
        return "250 OK"


class Hooks(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def answer(self, status, payload):
        data = json.dumps(payload, ensure_ascii=False).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        if self.path.startswith("/_state"):
            with lock:
                self.answer(200, state)
        else:
            self.answer(404, {})

    def do_POST(self):
        length = int(self.headers.get("Content-Length", "0"))
        body = self.rfile.read(length)
        url = urllib.parse.urlsplit(self.path)
        parts = [p for p in url.path.split("/") if p]
        query = urllib.parse.parse_qs(url.query)
        key = self.headers.get("Idempotency-Key", "")
        behaviour = parts[0] if parts else "ok"
        with lock:
            tries = state["tries"].get(key, 0) + 1
            state["tries"][key] = tries
        if behaviour == "hang":
            time.sleep(60)
            return
        if behaviour == "slow":
            time.sleep(int(parts[1]) / 1000)
        if "delay" in query:
            time.sleep(int(query["delay"][0]) / 1000)
        if behaviour == "fail500" or (behaviour == "flaky" and tries <= int(parts[1])):
            with lock:
                state["failures"] += 1
            self.answer(500, {"error": "injected failure"})
            return
        if behaviour == "errcode":
            with lock:
                state["failures"] += 1
            self.answer(200, {"errcode": int(parts[1]), "errmsg": "injected errcode"})
            return
        signed = None
        if behaviour == "dingtalk":
            secret = urllib.parse.unquote(parts[1])
            timestamp = query.get("timestamp", [""])[0]
            sign = query.get("sign", [""])[0]
            expected = base64.b64encode(hmac.new(secret.encode(), f"{timestamp}\n{secret}".encode(),
                                                 hashlib.sha256).digest()).decode()
            fresh = timestamp.isdigit() and abs(int(timestamp) - time.time() * 1000) < 3600 * 1000
            signed = sign == expected and fresh
            if not signed:
                with lock:
                    state["failures"] += 1
                self.answer(200, {"errcode": 310000, "errmsg": "sign not match"})
                return
        with lock:
            if key and key in taken_keys:
                state["duplicates"] += 1
            else:
                taken_keys.add(key)
                state["webhooks"].append({"path": url.path, "key": key, "signed": signed,
                                          "text": body.decode("utf-8")})
        self.answer(200, {"errcode": 0, "errmsg": "ok"})


class Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        # A sender killed mid-request (the point of the delivery test) resets its connection: not news.
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


def exit_with_parent():
    """The test that started us holds our stdin; when it ends, for whatever reason, so do we."""
    sys.stdin.read()
    os._exit(0)


def main():
    threading.Thread(target=exit_with_parent, daemon=True).start()
    # aiosmtpd's controller cannot listen on port 0 (it connects to itself to
    # check it started), so a free port is found first.
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    smtp_port = probe.getsockname()[1]
    probe.close()
    # --tls CERT KEY: the SMTP server offers STARTTLS with that certificate and requires it before mail.
    tls = None
    if "--tls" in sys.argv:
        cert, key = sys.argv[sys.argv.index("--tls") + 1:sys.argv.index("--tls") + 3]
        tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        tls.load_cert_chain(cert, key)
    controller = Controller(Mailbox(), hostname="127.0.0.1", port=smtp_port, tls_context=tls, require_starttls=tls is not None)
    controller.start()
    http = Server(("127.0.0.1", 0), Hooks)
    print(json.dumps({"smtp": smtp_port, "http": http.server_address[1]}), flush=True)
    try:
        http.serve_forever()
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
