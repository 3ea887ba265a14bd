#!/usr/bin/env python3
"""Black-box tests of the HTTP API: a real thidua-serve over an index built by
thidua-index from ../shared/data/corpus (fixture api_build_index). Phased
like Typesense's tests (protocol and shutdown: api_protocol_test.py):

  Phase1Unavailable  server over a missing index: 503s, /healthz not ready,
                     static files served; then the index appears and grows
                     and the running server sees it (no restart).
  Phase2Search       search behaviour over the real corpus: accents, tone
                     placement, provinces old/new, facets vs brute force,
                     snippets, documents, figures CSV, CLI == API.
"""
import collections
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from api_common import (INDEX, SHARED, WORK, ServerOverCorpus,  # noqa: E402
                        error_of, make_web_dir)
from serve import Server, wait_until  # noqa: E402


class Phase1Unavailable(unittest.TestCase):
    """An index that does not exist yet, then appears, then grows."""

    @classmethod
    def setUpClass(cls):
        cls.base = tempfile.mkdtemp(prefix="thidua_api_p1_", dir=WORK if os.path.isdir(WORK) else None)
        cls.index = os.path.join(cls.base, "index")  # not created yet
        cls.web = make_web_dir(cls.base)
        cls.server = Server(cls.index, web_dir=cls.web)

    @classmethod
    def tearDownClass(cls):
        cls.server.kill()
        shutil.rmtree(cls.base, ignore_errors=True)

    def test_1_api_routes_answer_503_json(self):
        for path in ["/api/v1/search?q=thi+%C4%91ua", "/api/v1/documents/seed-003", "/api/v1/models",
                     "/api/v1/figures", "/api/v1/facets/province", "/api/v1/suggest?q=doan"]:
            status, headers, body = self.server.request("GET", path)
            error_of(self, status, body, 503)
            self.assertTrue(headers["content-type"].startswith("application/json"), path)

    def test_2_healthz_reports_not_ready(self):
        status, body = self.server.get_json("/healthz")
        self.assertEqual(status, 503)
        self.assertIs(body["ready"], False)

    def test_3_static_files_and_openapi_still_served(self):
        status, headers, body = self.server.request("GET", "/")
        self.assertEqual(status, 200)
        self.assertTrue(headers["content-type"].startswith("text/html"))
        self.assertIn("Thi Đua", body.decode("utf-8"))
        status, headers, body = self.server.request("GET", "/js/app.js")
        self.assertEqual(status, 200)
        self.assertTrue(headers["content-type"].startswith("text/javascript"))
        status, _, _ = self.server.request("GET", "/api/v1/openapi.json")
        self.assertEqual(status, 200)

    def test_4_no_directory_traversal(self):
        for path in ["/../secret.txt", "/js/../../secret.txt", "/%2e%2e/secret.txt",
                     "/js/%2E%2E/%2E%2E/secret.txt", "/..%2fsecret.txt", "/missing.html"]:
            status, _, body = self.server.request("GET", path)
            self.assertNotIn(b"outside the web root", body, path)
            self.assertIn(status, (400, 404), path)
            error_of(self, status, body, status)

    def test_5_index_appears_then_grows_without_restart(self):
        indexer = os.environ["THIDUA_INDEXER"]
        seeds = os.path.join(SHARED, "corpus", "seeds.jsonl")
        subprocess.run([indexer, "--index", self.index, seeds], check=True,
                       stdout=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
        # The server retries opening about once a second.
        ready = wait_until(lambda: self.server.get_json("/healthz")[0] == 200, timeout=30)
        self.assertTrue(ready, "server did not pick up the new index")
        status, body = self.server.search({"q": "", "per_page": 0})
        self.assertEqual(status, 200, body)
        before = body["found"]
        self.assertEqual(before, 5)
        legal = os.path.join(SHARED, "corpus", "legal.jsonl")
        subprocess.run([indexer, "--index", self.index, legal], check=True,
                       stdout=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
        grown = wait_until(lambda: self.server.search({"q": "", "per_page": 0})[1]["found"] == before + 1,
                           timeout=30)
        self.assertTrue(grown, "server did not see the new commit")
        status, health = self.server.get_json("/healthz")
        self.assertEqual(health["documents"], before + 1)


class Phase2Search(ServerOverCorpus):

    def top_ids(self, q, n=5):
        body = self.search_ok({"q": q, "per_page": n})
        return [h["id"] for h in body["hits"]], body["found"]

    def test_accent_and_case_variants_give_same_top_results(self):
        exact, found = self.top_ids("Đoàn kết sáng tạo")
        self.assertGreater(found, 0)
        self.assertEqual(self.top_ids("ĐOÀN KẾT SÁNG TẠO"), (exact, found))
        import unicodedata
        self.assertEqual(self.top_ids(unicodedata.normalize("NFD", "Đoàn kết sáng tạo")), (exact, found))
        # The articles that really contain the phrase (its four syllables
        # marked together in a snippet) must lead for the accentless query
        # too, in the same order; below them both lists hold weaker partial
        # matches whose order may differ.
        body = self.search_ok({"q": "Đoàn kết sáng tạo", "per_page": 10})
        true_matches = [h["id"] for h in body["hits"]
                        if any("<mark>đoàn kết sáng tạo</mark>" in s.lower() for s in h["snippets"])]
        self.assertGreaterEqual(len(true_matches), 3, body["hits"])
        self.assertEqual(exact[:len(true_matches)], true_matches[:len(exact)])
        accentless, _ = self.top_ids("doan ket sang tao", n=len(true_matches))
        self.assertEqual(accentless, true_matches)
        # With accent restoration (the dominant reading "đoàn kết sáng tạo"
        # boosts its exact terms) the whole first page is the same.
        exact10, _ = self.top_ids("Đoàn kết sáng tạo", n=10)
        accentless10, _ = self.top_ids("doan ket sang tao", n=10)
        self.assertEqual(accentless10, exact10)

    def test_tone_placement_variants_count_equal(self):
        _, old_style = self.top_ids("hoà bình")
        _, new_style = self.top_ids("hòa bình")
        self.assertGreater(new_style, 0)
        self.assertEqual(old_style, new_style)

    def test_new_province_finds_old_province_article(self):
        ids = {h["id"] for h in self.all_hits({"q": "", "province": "Vĩnh Long"})}
        self.assertIn("seed-003", ids)  # a Trà Vinh article: Trà Vinh is part of Vĩnh Long since 2025
        accentless = {h["id"] for h in self.all_hits({"q": "", "province": "vinh long"})}
        self.assertEqual(ids, accentless)

    def test_old_province_facet_value_finds_its_count(self):
        # "Vĩnh Long" is a pre-2025 province and the post-2025 one that took in
        # Trà Vinh and Bến Tre: province= means the latter, province_pre2025=
        # the former, whose count the province facet shows.
        base = self.search_ok({"q": "", "facets": "province", "facet_limit": 1000, "per_page": 0})
        counts = {f["value"]: f["count"] for f in base["facets"]["province"]}
        self.assertIn("Vĩnh Long", counts)
        old = self.search_ok({"q": "", "province_pre2025": "vinh long", "facets": "province",
                              "facet_limit": 1000, "per_page": 0})
        self.assertEqual(old["found"], counts["Vĩnh Long"])
        self.assertEqual({f["value"]: f["count"] for f in old["facets"]["province"]}, counts)  # disjunctive
        ids = {h["id"] for h in self.all_hits({"q": "", "province_pre2025": "Vĩnh Long"})}
        self.assertNotIn("seed-003", ids)  # the Trà Vinh article
        new = self.search_ok({"q": "", "province": "Vĩnh Long", "per_page": 0})
        self.assertGreater(new["found"], old["found"])
        status, _, body = self.server.request("GET", "/api/v1/search?province_pre2025=Atlantis")
        self.assertIn("province_pre2025", error_of(self, status, body, 400))

    def check_facets_against_brute_force(self, q):
        fields = {"province": "provinces", "province_2025": "provinces_2025", "campaign": "campaigns"}
        body = self.search_ok({"q": q, "facets": ",".join(list(fields) + ["year", "source"]),
                               "facet_limit": 1000, "per_page": 0})
        hits = self.all_hits({"q": q})
        self.assertEqual(len(hits), body["found"])
        for facet, hit_field in fields.items():
            expected = collections.Counter(v for h in hits for v in set(h.get(hit_field) or []))
            got = {f["value"]: f["count"] for f in body["facets"][facet]}
            self.assertEqual(got, dict(expected), f"{facet} for q={q!r}")
        years = collections.Counter(h["published"][:4] for h in hits if h.get("published"))
        self.assertEqual({f["value"]: f["count"] for f in body["facets"]["year"]}, dict(years), q)
        sources = collections.Counter(h["source"] for h in hits if h.get("source"))
        self.assertEqual({f["value"]: f["count"] for f in body["facets"]["source"]}, dict(sources), q)

    def test_facet_counts_equal_brute_force(self):
        for q in ["thi đua", "doan ket", "nông thôn mới", "Quảng Ninh"]:
            with self.subTest(q=q):
                self.check_facets_against_brute_force(q)

    def test_few_every_word_matches_go_on_with_all_but_one(self):
        # Five-word queries that few articles hold whole: the fill (relax_below)
        # puts every-word matches first, then all-but-one-word matches.
        filled_any = False
        for q in ["học sinh nghèo vượt khó", "giá Bitcoin giảm mạnh", "xoá đói giảm nghèo"]:
            with self.subTest(q=q):
                strict = self.all_hits({"q": q, "relax_below": 0})
                body = self.search_ok({"q": q, "per_page": 100, "facets": "province", "facet_limit": 1000})
                if body["found_all_words"] is None:
                    self.assertEqual(body["found"], len(strict))
                    continue
                filled_any = True
                self.assertEqual(body["relaxed"], "words")
                self.assertEqual(body["found_all_words"], len(strict))
                self.assertGreater(body["found"], len(strict))
                head = [h["id"] for h in body["hits"][:len(strict)]]
                self.assertEqual(head, [h["id"] for h in strict])
                self.check_facets_against_brute_force(q)  # facets count the filled set
        self.assertTrue(filled_any, "no query was short enough to be filled")
        status, _, body = self.server.request("GET", "/api/v1/search?q=a+b+c&relax_below=101")
        self.assertIn("relax_below", error_of(self, status, body, 400))

    def test_selected_facet_values_keep_sibling_counts(self):
        q = "thi đua"
        base = self.search_ok({"q": q, "facets": "province", "facet_limit": 1000, "per_page": 0})
        counts = {f["value"]: f["count"] for f in base["facets"]["province"]}
        self.assertGreaterEqual(len(counts), 2, base["facets"])
        first, second = [f["value"] for f in base["facets"]["province"][:2]]
        narrowed = self.search_ok({"q": q, "province": first, "facets": "province",
                                   "facet_limit": 1000, "per_page": 0})
        self.assertEqual(narrowed["found"], counts[first])
        values = {f["value"]: f for f in narrowed["facets"]["province"]}
        self.assertEqual({v: f["count"] for v, f in values.items()}, counts)
        self.assertIs(values[first]["selected"], True)
        self.assertIs(values[second]["selected"], False)
        both = self.search_ok([("q", q), ("province", first), ("province", second), ("per_page", 0)])
        self.assertGreaterEqual(both["found"], max(counts[first], counts[second]))
        self.assertLessEqual(both["found"], counts[first] + counts[second])

    def test_diacritics_typed_match_that_word_only(self):
        import re
        import unicodedata
        import urllib.parse
        typed = self.search_ok({"q": "ô nhiễm", "per_page": 10})
        accentless = self.search_ok({"q": "o nhiem", "per_page": 0})
        self.assertGreater(typed["found"], 0)
        # "o nhiem" also reads "ở ... nhiệm", "ổ ... nhiệm" and so on.
        self.assertLess(typed["found"], accentless["found"])
        for hit in typed["hits"]:
            status, doc = self.server.get_json("/api/v1/documents/" + urllib.parse.quote(hit["id"]))
            self.assertEqual(status, 200, doc)
            words = set(re.findall(r"\w+", unicodedata.normalize("NFC", doc["title"] + " " + doc["text"]).lower()))
            self.assertTrue({"ô", "nhiễm"} <= words, hit["id"])
            self.assertTrue(any("<mark>ô nhiễm</mark>" in s.lower() for s in hit["snippets"]), hit["snippets"])
        self.check_facets_against_brute_force("ô nhiễm")

    def test_did_you_mean_restores_diacritics_but_leaves_codes(self):
        self.assertEqual(self.search_ok({"q": "doan ket sang tao"})["did_you_mean"], "đoàn kết sáng tạo")
        for q in ["5G", "COVID-19", "Đoàn kết sáng tạo"]:
            with self.subTest(q=q):
                self.assertIsNone(self.search_ok({"q": q})["did_you_mean"])

    def test_snippets_mark_accentless_matches(self):
        body = self.search_ok({"q": "doan ket sang tao", "per_page": 5})
        self.assertTrue(body["hits"])
        for hit in body["hits"]:
            self.assertTrue(any("<mark>" in s for s in hit["snippets"]), hit)
        plain = self.search_ok({"q": "doan ket sang tao", "per_page": 5, "highlight": "false"})
        self.assertFalse(any("<mark>" in s for h in plain["hits"] for s in h.get("snippets", [])))

    def test_post_json_and_form_equal_get(self):
        params = {"q": "thi đua yêu nước", "facets": "province,year", "per_page": 5}
        _, got = self.server.search(params)
        for body, ctype in [(json.dumps({"q": "thi đua yêu nước", "facets": ["province", "year"],
                                         "per_page": 5}), "application/json"),
                            (urllib.parse.urlencode(params), "application/x-www-form-urlencoded")]:
            status, _, data = self.server.request("POST", "/api/v1/search", body=body.encode("utf-8"),
                                                  headers={"Content-Type": ctype})
            self.assertEqual(status, 200, data)
            posted = json.loads(data)
            posted.pop("took_ms"), got.pop("took_ms", None)
            self.assertEqual(posted, got, ctype)

    def test_repeated_params_or_within_field(self):
        a = self.search_ok({"q": "", "year": "2020", "per_page": 0})["found"]
        b = self.search_ok({"q": "", "year": "2021", "per_page": 0})["found"]
        both = self.search_ok([("q", ""), ("year", "2020"), ("year", "2021"), ("per_page", 0)])["found"]
        self.assertGreater(a, 0)
        self.assertGreater(b, 0)
        self.assertEqual(both, a + b)

    def test_document_endpoint(self):
        status, doc = self.server.get_json("/api/v1/documents/seed-003")
        self.assertEqual(status, 200, doc)
        self.assertEqual(doc["id"], "seed-003")
        self.assertIn("text", doc)
        self.assertIn("entities", doc)
        status, raw = self.server.get_json("/api/v1/documents/seed-003?raw=1")
        self.assertEqual(status, 200)
        self.assertIn("raw", raw)
        status, _, body = self.server.request("GET", "/api/v1/documents/no-such-article")
        error_of(self, status, body, 404)
        status, _, body = self.server.request("GET", "/api/v1/documents/seed-003?raw=maybe")
        self.assertIn("raw", error_of(self, status, body, 400))

    def test_figures_json_and_csv(self):
        status, body = self.server.get_json("/api/v1/figures?per_page=5")
        self.assertEqual(status, 200, body)
        self.assertIn("figures", body)
        for path, headers in [("/api/v1/figures?format=csv&per_page=5", {}),
                              ("/api/v1/figures?per_page=5", {"Accept": "text/csv"})]:
            status, resp_headers, data = self.server.request("GET", path, headers=headers)
            self.assertEqual(status, 200, data)
            self.assertTrue(resp_headers["content-type"].startswith("text/csv"))
            text = data.decode("utf-8")
            self.assertTrue(text.startswith("value,unit,"), text[:100])
            self.assertEqual(len(text.splitlines()) >= 1, True)
        status, _, data = self.server.request("GET", "/api/v1/figures?format=xml")
        self.assertIn("format", error_of(self, status, data, 400))

    def test_models_facets_suggest(self):
        status, body = self.server.get_json("/api/v1/models?per_page=5")
        self.assertEqual(status, 200, body)
        self.assertIn("models", body)
        status, body = self.server.get_json("/api/v1/facets/province?q=vinh")
        self.assertEqual(status, 200, body)
        self.assertEqual(body["field"], "province")
        self.assertTrue(body["values"], body)
        for v in body["values"]:
            self.assertGreater(v["count"], 0)
        status, _, data = self.server.request("GET", "/api/v1/facets/no_such_field")
        self.assertIn("field", error_of(self, status, data, 400).lower())
        status, body = self.server.get_json("/api/v1/suggest?q=" + urllib.parse.quote("quang n"))
        self.assertEqual(status, 200, body)
        self.assertIn("suggestions", body)

    def test_cli_prints_the_api_json(self):
        cli = os.environ["THIDUA_SEARCH"]
        cases = [
            (["doan ket sang tao"], {"q": "doan ket sang tao"}),
            (["--filter", "province=Vĩnh Long", "--facets", "province,year", "--per-page", "3", "thi đua"],
             {"q": "thi đua", "province": "Vĩnh Long", "facets": "province,year", "per_page": 3}),
            (["--sort", "newest", "--page", "2", "--no-highlight", "nông thôn mới"],
             {"q": "nông thôn mới", "sort": "newest", "page": 2, "highlight": "false"}),
        ]
        for args, params in cases:
            with self.subTest(args=args):
                out = subprocess.run([cli, "--index", INDEX] + args, check=True, capture_output=True)
                from_cli = json.loads(out.stdout)
                from_api = self.search_ok(params)
                from_cli.pop("took_ms", None)
                from_api.pop("took_ms", None)
                self.assertEqual(from_cli, from_api)


if __name__ == "__main__":
    unittest.main()
