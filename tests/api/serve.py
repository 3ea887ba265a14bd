"""Helpers for the API tests: start and stop a real thidua-serve, and make
HTTP requests with the standard library only."""
import http.client
import json
import os
import re
import signal
import subprocess
import threading
import time
import urllib.parse

STARTUP_TIMEOUT = 120  # seconds; ASan builds load the gazetteer slowly


class Server:
    """A thidua-serve process on a free loopback port (--listen 127.0.0.1:0;
    the port is read from its "listening on" line)."""

    def __init__(self, index_dir, web_dir=None, access_log=None, threads=2, extra_env=None):
        self.binary = os.environ["THIDUA_SERVE"]
        cmd = [self.binary, "--index", index_dir, "--listen", "127.0.0.1:0",
               "--threads", str(threads), "--access-log", access_log or ""]
        env = dict(os.environ)
        if web_dir:
            env["THIDUA_WEB_DIR"] = web_dir
        env.update(extra_env or {})
        self.stderr_lines = []
        self.proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                     stderr=subprocess.PIPE, env=env)
        self.port = None
        ready = threading.Event()

        def drain():
            for raw in self.proc.stderr:
                line = raw.decode("utf-8", "replace").rstrip("\n")
                self.stderr_lines.append(line)
                m = re.search(r"listening on http://127\.0\.0\.1:(\d+)", line)
                if m and self.port is None:
                    self.port = int(m.group(1))
                    ready.set()
            ready.set()

        self.reader = threading.Thread(target=drain, daemon=True)
        self.reader.start()
        if not ready.wait(STARTUP_TIMEOUT) or self.port is None:
            self.kill()
            raise RuntimeError("thidua-serve did not start:\n" + "\n".join(self.stderr_lines))

    def stderr(self):
        return "\n".join(self.stderr_lines)

    def connection(self, timeout=60):
        return http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)

    def request(self, method, path, body=None, headers=None, timeout=120):
        """One request on a fresh connection: (status, headers dict, body bytes)."""
        conn = self.connection(timeout)
        try:
            conn.request(method, path, body=body, headers=headers or {})
            resp = conn.getresponse()
            data = resp.read()
            return resp.status, {k.lower(): v for k, v in resp.getheaders()}, data
        finally:
            conn.close()

    def get_json(self, path, **kw):
        status, headers, data = self.request("GET", path, **kw)
        return status, json.loads(data.decode("utf-8")) if data else None

    def search(self, params):
        """GET /api/v1/search with params as a list of pairs or a dict."""
        return self.get_json("/api/v1/search?" + urllib.parse.urlencode(params, doseq=True))

    def terminate(self, timeout=60):
        """SIGTERM and wait; returns the exit code."""
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        try:
            code = self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.kill()
            raise
        self.reader.join(5)
        self.proc.stderr.close()
        return code

    def kill(self):
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
        self.reader.join(5)
        if not self.proc.stderr.closed:
            self.proc.stderr.close()


def wait_until(predicate, timeout=30, interval=0.1):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    return predicate()
