"""Shared by the black-box API tests (api_test.py, api_protocol_test.py): the
fixture index and work directory from the environment, the error-shape
check, a throwaway web root and one server per phase over the fixture index.
"""
import json
import os
import re
import shutil
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from serve import Server  # noqa: E402

INDEX = os.environ.get("THIDUA_API_INDEX", "")
WORK = os.environ.get("THIDUA_API_WORK", tempfile.gettempdir())
SHARED = os.environ.get("THIDUA_SHARED_DATA", "")

ALL_ROUTES = {
    ("/api/v1/search", "get"), ("/api/v1/search", "post"), ("/api/v1/documents/{id}", "get"),
    ("/api/v1/models", "get"), ("/api/v1/figures", "get"), ("/api/v1/facets/{field}", "get"),
    ("/api/v1/suggest", "get"), ("/api/v1/openapi.json", "get"), ("/healthz", "get"),
    ("/metrics", "get"),
}
PROMETHEUS_SAMPLE = re.compile(
    r'^[a-zA-Z_:][a-zA-Z0-9_:]*(\{[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\]|\\.)*"'
    r'(,[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\]|\\.)*")*\})? [-+0-9.eE]+$|^[^ ]+ \+Inf$')


def error_of(test, status, body, expected_status):
    """Asserts an error response {"error": {"code", "message"}} and returns the message."""
    test.assertEqual(status, expected_status, body)
    payload = json.loads(body) if isinstance(body, (bytes, str)) else body
    test.assertEqual(set(payload), {"error"}, payload)
    test.assertEqual(payload["error"]["code"], expected_status)
    test.assertIsInstance(payload["error"]["message"], str)
    test.assertTrue(payload["error"]["message"])
    return payload["error"]["message"]


def make_web_dir(base):
    web = os.path.join(base, "web")
    os.makedirs(os.path.join(web, "js"), exist_ok=True)
    with open(os.path.join(web, "index.html"), "w", encoding="utf-8") as f:
        f.write("<!doctype html><title>Thi Đua</title>")
    with open(os.path.join(web, "js", "app.js"), "w", encoding="utf-8") as f:
        f.write("export const ok = true;\n")
    with open(os.path.join(base, "secret.txt"), "w", encoding="utf-8") as f:
        f.write("outside the web root")
    return web


class ServerOverCorpus(unittest.TestCase):
    """One server over the fixture index, shared by a phase's tests."""
    server = None

    @classmethod
    def setUpClass(cls):
        if not INDEX or not os.path.isdir(INDEX):
            raise AssertionError(f"fixture index missing: {INDEX!r} (api_build_index must run first)")
        cls.base = tempfile.mkdtemp(prefix="thidua_api_", dir=WORK if os.path.isdir(WORK) else None)
        cls.access_log = os.path.join(cls.base, "access.log")
        cls.server = Server(INDEX, web_dir=make_web_dir(cls.base), access_log=cls.access_log)

    @classmethod
    def tearDownClass(cls):
        code = cls.server.terminate()
        shutil.rmtree(cls.base, ignore_errors=True)
        if code != 0:
            raise AssertionError(f"thidua-serve exited {code}:\n{cls.server.stderr()}")

    def search_ok(self, params):
        status, body = self.server.search(params)
        self.assertEqual(status, 200, body)
        return body

    def all_hits(self, params):
        """Every hit of a search, by paging with per_page=100."""
        hits, page = [], 1
        while True:
            body = self.search_ok(dict(params, page=page, per_page=100, highlight="false"))
            hits.extend(body["hits"])
            if len(body["hits"]) < 100 or len(hits) >= body["found"]:
                self.assertEqual(len(hits), body["found"])
                return hits
            page += 1
