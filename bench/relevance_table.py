#!/usr/bin/env python3
"""nDCG@10 and recall@10 of a judged relevance set for every engine, as
Markdown: per kind, and per query side by side.

Runs the bench query drivers once per query ("run" mode, see bench/driver.h)
on existing indexes and scores them with bench/relevance.py, the same code
run_bench.py uses, so the numbers match the benchmark's. Written for the
held-out set graded by reading (tests/relevance/read), works for any set in
that format:

  python3 bench/relevance_table.py --set tests/relevance/read \
      --thidua /tmp/thidua-bench/real/thidua --sqlite /tmp/thidua-bench/real/fts5.sqlite \
      --xapian /tmp/thidua-bench/real/plain-xapian [--build build] [--json out.json]

Unjudged documents count as not relevant (pool depth: a document no pooled
engine ranked in its top 10 was never graded).
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import relevance  # noqa: E402

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ENGINES = ("thidua", "sqlite", "xapian")


def run_driver(build, engine, db, queries_tsv):
    with tempfile.NamedTemporaryFile(suffix=".json") as out:
        subprocess.run([os.path.join(build, "bench", "thidua-bench-" + engine), "run", "--db", db,
                        "--queries", queries_tsv, "--out", out.name], check=True)
        with open(out.name, encoding="utf-8") as f:
            return json.load(f)["results"]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--set", default=os.path.join(REPO, "tests", "relevance", "read"))
    parser.add_argument("--build", default=os.path.join(REPO, "build"))
    parser.add_argument("--json", help="also write per-engine results and scores here")
    for engine in ENGINES:
        parser.add_argument("--" + engine, help="index / database of " + engine)
    args = parser.parse_args()
    loaded = relevance.load(args.set)
    if loaded is None:
        sys.exit("no queries.tsv + judgments.tsv in " + args.set)
    queries, judgments = loaded
    originals = [q for q in queries if not q["kind"].startswith("derived:")]
    engines = [e for e in ENGINES if getattr(args, e)]
    scores, raw = {}, {}
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "queries.tsv")
        relevance.write_queries_tsv(queries, path)
        for engine in engines:
            raw[engine] = run_driver(args.build, engine, getattr(args, engine), path)
            scores[engine] = {}
            for q in queries:
                grades = judgments.get(q["base"], {})
                ranked = raw[engine].get(q["id"], {}).get("ids", [])
                scores[engine][q["id"]] = (relevance.ndcg_at_10(ranked, grades), relevance.recall_at_10(ranked, grades))

    def mean(engine, ids, i):
        return sum(scores[engine][q][i] for q in ids) / len(ids) if ids else 0.0

    kinds = sorted({q["kind"] for q in queries}, key=lambda k: (k.startswith("derived:"), k))
    print("| kind | queries | " + " | ".join("%s nDCG@10 | %s R@10" % (e, e) for e in engines) + " |")
    print("|---|---" + "|---|---" * len(engines) + "|")
    for kind in kinds + ["all"]:
        ids = [q["id"] for q in (originals if kind == "all" else queries) if kind == "all" or q["kind"] == kind]
        print("| %s | %d | " % (kind, len(ids)) +
              " | ".join("%.3f | %.3f" % (mean(e, ids, 0), mean(e, ids, 1)) for e in engines) + " |")
    print()
    print("| query | kind | relevant | " + " | ".join("%s nDCG | R@10" % e for e in engines) + " |")
    print("|---|---|---" + "|---|---" * len(engines) + "|")
    for q in originals:
        relevant = sum(1 for g in judgments.get(q["base"], {}).values() if g > 0)
        print("| %s | %s | %d | " % (q["query"].replace("|", "\\|"), q["kind"], relevant) +
              " | ".join("%.3f | %.2f" % scores[e][q["id"]] for e in engines) + " |")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump({"results": raw, "scores": scores}, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
