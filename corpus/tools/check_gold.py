#!/usr/bin/env python3
"""Validate corpus articles and the gold file; fill derived gold fields in place.

Derived fields: provinces_2025 (from provinces via reference/provinces.tsv) and
published (from the article). Everything else is hand-annotated and only checked:
figure texts, people names and model names must occur in the article body/title.
"""
import glob, json, os, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
REF = os.path.join(REPO, "..", "shared", "data", "reference")

def tsv(name):
    with open(os.path.join(REF, name), encoding="utf-8") as f:
        rows = [l.rstrip("\n").split("\t") for l in f]
    return [dict(zip(rows[0], r)) for r in rows[1:]]

prov = {r["name"]: r["merged_into_2025"] for r in tsv("provinces.tsv")}
camps = {r["name"] for r in tsv("campaigns.tsv")}
arts = {}
for path in sorted(glob.glob(os.path.join(REPO, "corpus", "articles-*.jsonl"))):
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        d = json.loads(line)
        assert set(d) == {"id", "title", "body", "url", "source", "published"}, (path, n)
        words = len(d["body"].split())
        if not 150 <= words <= 600:
            print(f"WARN {d['id']}: {words} words")
        assert d["id"] not in arts, d["id"]
        arts[d["id"]] = d
gold_path = os.path.join(REPO, "tests", "gold", "corpus.jsonl")
out, errors = [], 0
for n, line in enumerate(open(gold_path, encoding="utf-8"), 1):
    g = json.loads(line)
    a = arts[g["id"]]
    text = unicodedata.normalize("NFC", a["title"] + "\n" + a["body"]).replace("\u00a0", " ")
    def err(msg):
        global errors
        errors += 1
        print(f"ERR {g['id']}: {msg}")
    for p in g["provinces"]:
        if p not in prov: err(f"unknown province {p}")
    if g["primary_province"] is not None and g["primary_province"] not in g["provinces"]:
        err("primary not in provinces")
    new = []
    for p in g["provinces"]:
        m = prov.get(p)
        if m and m not in new: new.append(m)
    for c in g["campaigns"]:
        if c not in camps: print(f"NOTE {g['id']}: campaign not in list: {c}")
    for f in g["figures"]:
        if f["text"] not in text: err(f"figure text not found: {f['text']}")
    for p in g["people"]:
        if p["name"] not in text: err(f"person not found: {p['name']}")
    for m in g["models"]:
        if m not in text: err(f"model not found: {m}")
    ordered = {"id": g["id"], "provinces": g["provinces"], "provinces_2025": new,
               "primary_province": g["primary_province"], "campaigns": g["campaigns"],
               "figures": g["figures"], "people": g["people"], "models": g["models"],
               "published": a["published"]}
    out.append(json.dumps(ordered, ensure_ascii=False))
with open(gold_path, "w", encoding="utf-8") as f:
    f.write("\n".join(out) + "\n")
print(f"{len(arts)} articles, {len(out)} gold records, {errors} errors")
sys.exit(1 if errors else 0)
