#!/usr/bin/env python3
"""Black-box tests of the HTTP API, protocol phases (search phases:
api_test.py), over the same fixture index:

  Phase3Protocol     errors and limits: 400 naming the parameter, 404, 405,
                     413, 414, 431, a 1 MB header and a 100 MB body refused
                     without harm, keep-alive, /metrics, openapi.json.
  Phase4Shutdown     SIGTERM drains in-flight requests and exits 0.
"""
import json
import os
import re
import socket
import sys
import time
import unittest
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from api_common import (ALL_ROUTES, INDEX, PROMETHEUS_SAMPLE, ServerOverCorpus,  # noqa: E402
                        error_of)
from serve import Server, wait_until  # noqa: E402


class Phase3Protocol(ServerOverCorpus):

    def assert_alive(self):
        status, body = self.server.get_json("/healthz")
        self.assertEqual(status, 200, body)
        self.assertIs(body["ready"], True)

    def test_400_names_the_parameter(self):
        cases = {"per_page=1000": "per_page", "page=0": "page", "year=abc": "year",
                 "sort=sideways": "sort", "no_such_param=1": "no_such_param",
                 "q=%ZZ": "q", "highlight=perhaps": "highlight", "facets=colour": "facets"}
        for query, name in cases.items():
            with self.subTest(query=query):
                status, _, body = self.server.request("GET", "/api/v1/search?" + query)
                self.assertIn(name, error_of(self, status, body, 400))
        status, _, body = self.server.request("POST", "/api/v1/search", body=b"{not json",
                                              headers={"Content-Type": "application/json"})
        error_of(self, status, body, 400)

    def test_404_and_405(self):
        for path in ["/api/v1/nothing", "/api/v2/search", "/api/v1/search/extra", "/nope.html"]:
            status, headers, body = self.server.request("GET", path)
            error_of(self, status, body, 404)
            self.assertTrue(headers["content-type"].startswith("application/json"))
        status, headers, body = self.server.request("DELETE", "/api/v1/search")
        error_of(self, status, body, 405)
        self.assertEqual({m.strip() for m in headers["allow"].split(",")}, {"GET", "POST", "HEAD"})
        status, headers, body = self.server.request("POST", "/healthz", body=b"")
        error_of(self, status, body, 405)
        self.assertIn("GET", headers["allow"])

    def test_413_body_too_large(self):
        body = json.dumps({"q": "x" * (2 << 20)}).encode()
        status, _, data = self.server.request("POST", "/api/v1/search", body=body,
                                              headers={"Content-Type": "application/json"})
        error_of(self, status, data, 413)
        self.assert_alive()

    def test_414_url_too_long(self):
        status, _, body = self.server.request("GET", "/api/v1/search?q=" + "a" * 20000)
        error_of(self, status, body, 414)
        self.assert_alive()

    def raw_exchange(self, head, body_part=b"", send_timeout=30):
        """Sends raw bytes and returns (status, body) of the response, tolerating
        the server closing while we still send."""
        sock = socket.create_connection(("127.0.0.1", self.server.port), timeout=send_timeout)
        try:
            try:
                sock.sendall(head)
                if body_part:
                    sock.sendall(body_part)
            except (BrokenPipeError, ConnectionResetError):
                pass
            data = b""
            while True:
                try:
                    chunk = sock.recv(65536)
                except ConnectionResetError:
                    break
                if not chunk:
                    break
                data += chunk
                if b"\r\n\r\n" in data:
                    head_part, _, rest = data.partition(b"\r\n\r\n")
                    m = re.search(rb"content-length: *(\d+)", head_part, re.I)
                    if m and len(rest) >= int(m.group(1)):
                        break
            self.assertTrue(data.startswith(b"HTTP/1.1 "), data[:200])
            status = int(data[9:12])
            return status, data.partition(b"\r\n\r\n")[2]
        finally:
            sock.close()

    def test_one_megabyte_header_refused_without_harm(self):
        head = (b"GET /api/v1/search?q=a HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * (1 << 20) + b"\r\n\r\n")
        status, body = self.raw_exchange(head)
        error_of(self, status, body, 431)
        self.assert_alive()

    def test_hundred_megabyte_body_refused_without_harm(self):
        head = (b"POST /api/v1/search HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                b"Content-Length: 104857600\r\n\r\n")
        status, body = self.raw_exchange(head, b"{" + b" " * (256 << 10))
        error_of(self, status, body, 413)
        self.assert_alive()

    def test_malformed_http_is_400_json(self):
        status, body = self.raw_exchange(b"GARBAGE\r\n\r\n")
        error_of(self, status, body, 400)
        self.assert_alive()

    def test_expect_100_continue(self):
        body = json.dumps({"q": "hòa bình", "per_page": 1}).encode("utf-8")
        sock = socket.create_connection(("127.0.0.1", self.server.port), timeout=60)
        try:
            sock.sendall(b"POST /api/v1/search HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                         b"Expect: 100-continue\r\nContent-Length: %d\r\n\r\n" % len(body))
            interim = b""
            while b"\r\n\r\n" not in interim:
                chunk = sock.recv(4096)
                self.assertTrue(chunk, "connection closed before 100 Continue")
                interim += chunk
            self.assertTrue(interim.startswith(b"HTTP/1.1 100 "), interim)
            sock.sendall(body)
            reader = sock.makefile("rb")
            status_line = reader.readline()
            self.assertTrue(status_line.startswith(b"HTTP/1.1 200 "), status_line)
            length = 0
            while True:
                line = reader.readline().strip()
                if not line:
                    break
                name, _, value = line.partition(b":")
                if name.strip().lower() == b"content-length":
                    length = int(value)
            self.assertGreater(json.loads(reader.read(length))["found"], 0)
            reader.close()
        finally:
            sock.close()

    def test_keep_alive_reuses_one_connection(self):
        conn = self.server.connection()
        try:
            sockets = set()
            for q in ["doan ket", "hòa bình", "thi đua"]:
                conn.request("GET", "/api/v1/search?" + urllib.parse.urlencode({"q": q, "per_page": 1}))
                resp = conn.getresponse()
                self.assertEqual(resp.status, 200)
                self.assertNotEqual((resp.getheader("Connection") or "").lower(), "close")
                json.loads(resp.read())
                sockets.add(id(conn.sock))
                self.assertIsNotNone(conn.sock)
            self.assertEqual(len(sockets), 1)
        finally:
            conn.close()

    def test_head_has_no_body(self):
        conn = self.server.connection()
        try:
            conn.request("HEAD", "/healthz")
            resp = conn.getresponse()
            self.assertEqual(resp.status, 200)
            self.assertEqual(resp.read(), b"")
            self.assertGreater(int(resp.getheader("Content-Length")), 0)
        finally:
            conn.close()

    def test_metrics_is_prometheus_text(self):
        self.server.search({"q": "thi đua", "per_page": 1})
        self.server.request("GET", "/api/v1/nothing")
        status, headers, body = self.server.request("GET", "/metrics")
        self.assertEqual(status, 200)
        self.assertTrue(headers["content-type"].startswith("text/plain"))
        samples = {}
        for line in body.decode("utf-8").splitlines():
            if line.startswith("# HELP ") or line.startswith("# TYPE "):
                continue
            self.assertRegex(line, PROMETHEUS_SAMPLE)
            name, _, value = line.rpartition(" ")
            samples[name] = float(value)
        search_ok = [v for k, v in samples.items() if k.startswith("thidua_http_requests_total{")
                     and 'route="/api/v1/search"' in k and 'status="200"' in k]
        self.assertTrue(search_ok and search_ok[0] >= 1, samples)
        self.assertTrue(any('status="404"' in k for k in samples))
        _, health = self.server.get_json("/healthz")
        self.assertEqual(samples["thidua_index_documents"], health["documents"])
        self.assertEqual(samples["thidua_index_ready"], 1)
        self.assertTrue(any(k.startswith("thidua_http_request_duration_seconds_bucket{") for k in samples))

    def test_openapi_lists_every_route(self):
        status, doc = self.server.get_json("/api/v1/openapi.json")
        self.assertEqual(status, 200)
        listed = {(path, method) for path, item in doc["paths"].items() for method in item}
        self.assertEqual(listed, ALL_ROUTES)

    def test_access_log_has_one_json_line_per_request(self):
        marker = "/api/v1/documents/access-log-marker"
        self.server.request("GET", marker)
        def logged():
            with open(self.access_log, encoding="utf-8") as f:
                return [json.loads(line) for line in f if line.strip()]
        lines = wait_until(lambda: [l for l in logged() if l["path"] == marker], timeout=10)
        self.assertEqual(len(lines), 1)
        self.assertEqual(lines[0]["status"], 404)
        self.assertEqual(lines[0]["method"], "GET")
        self.assertGreater(lines[0]["bytes"], 0)
        self.assertGreaterEqual(lines[0]["ms"], 0)


class Phase4Shutdown(unittest.TestCase):

    def test_sigterm_drains_in_flight_requests_and_exits_0(self):
        if not INDEX or not os.path.isdir(INDEX):
            raise AssertionError(f"fixture index missing: {INDEX!r}")
        server = Server(INDEX, threads=1)
        try:
            # Heavy match-all faceted requests queue up on one search thread.
            path = "/api/v1/search?" + urllib.parse.urlencode(
                {"q": "", "facets": "province,province_2025,campaign,year,month,source",
                 "facet_limit": 1000, "per_page": 100})
            conns = [server.connection(timeout=120) for _ in range(12)]
            for conn in conns:
                conn.request("GET", path)
            time.sleep(0.3)  # the server has read the requests (in flight)
            server.proc.send_signal(15)
            statuses = []
            for conn in conns:
                resp = conn.getresponse()
                statuses.append(resp.status)
                json.loads(resp.read())
                conn.close()
            self.assertEqual(statuses, [200] * len(conns))
            self.assertEqual(server.proc.wait(60), 0, server.stderr())
            with self.assertRaises(OSError):
                socket.create_connection(("127.0.0.1", server.port), timeout=5).close()
        finally:
            server.kill()


if __name__ == "__main__":
    unittest.main()
