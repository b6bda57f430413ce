"""A `luoshi serve --demo` of its own, for the scripts that test a running server.

It listens on a free loopback port, keeps its database and attachments in a
temporary folder, and is stopped by its process id (SIGTERM, then SIGKILL)
whatever happens; the folder goes with it. When something went wrong, the end
of the server's log is printed.

    with DemoServer(binary, password="…", prefix="luoshi-browser-") as server:
        server.base      # http://127.0.0.1:PORT
        server.database  # the SQLite file, for `luoshi token create … --database`
"""
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import urllib.request


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url, seconds=60):
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as answer:
                if answer.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise SystemExit(f"the server did not answer {url} within {seconds} s")


class DemoServer:
    def __init__(self, binary, password, prefix="luoshi-"):
        self.binary, self.password, self.prefix = os.path.abspath(binary), password, prefix

    def __enter__(self):
        self.work = tempfile.mkdtemp(prefix=self.prefix)
        self.database = os.path.join(self.work, "demo.sqlite")
        self.base = f"http://127.0.0.1:{free_port()}"
        self.log = open(os.path.join(self.work, "server.log"), "w")
        self.process = subprocess.Popen(
            [self.binary, "serve", "--demo", "--port", self.base.rsplit(":", 1)[1], "--database", self.database,
             "--attachments", os.path.join(self.work, "attachments"), "--demo-password", self.password],
            cwd=self.work, stdout=self.log, stderr=subprocess.STDOUT)
        try:
            wait_for(self.base + "/health")
        except BaseException:
            self.__exit__(SystemExit, None, None)
            raise
        return self

    def __exit__(self, kind, error, trace):
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.log.close()
        if kind is not None or self.process.returncode not in (0, -signal.SIGTERM):
            with open(self.log.name, encoding="utf-8", errors="replace") as lines:
                print("server log (last lines):", *lines.read().splitlines()[-40:], sep="\n")
            print(f"server ended with {self.process.returncode}")
        shutil.rmtree(self.work, ignore_errors=True)
        return False
