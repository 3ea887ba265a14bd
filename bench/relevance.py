"""The judged relevance set (tests/relevance/queries.tsv, judgments.tsv, from
the search issue) for every engine: query variants and nDCG@10 / recall@10.

Besides the set's own queries, two variants of every query that has
diacritics are derived here with the same judgments, so accentless and
tone-variant performance is compared on exactly the same information needs:
  accentless  every diacritic removed, đ -> d ("đoàn kết" -> "doan ket")
  tone        the other tone placement in oa/oe/uy syllables ("hòa" <-> "hoà")
Queries whose kind in the set already is accentless/tone are kept as they are.

Column names are matched loosely (id|query_id|qid, kind|type|category,
query|q|text; without an id column the query text is the id; judgments:
query_id|qid|id|query, doc_id|doc|article_id, grade|relevance|rel|score);
grades > 0 are relevant.
"""
import csv
import math
import os
import re
import unicodedata

TONES = "\u0300\u0301\u0309\u0303\u0323"  # grave, acute, hook, tilde, dot below


def fold(text):
    text = text.replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


def _move_tone(syllable_vowels, to_second):
    """'òa' -> 'oà' (to_second) or 'oà' -> 'òa' on an NFD-free pair."""
    a, b = syllable_vowels
    da, db = unicodedata.normalize("NFD", a), unicodedata.normalize("NFD", b)
    tone = [c for c in da + db if c in TONES]
    if not tone:
        return a + b
    base_a = "".join(c for c in da if c not in TONES)
    base_b = "".join(c for c in db if c not in TONES)
    if to_second:
        return unicodedata.normalize("NFC", base_a) + unicodedata.normalize("NFC", base_b + tone[0])
    return unicodedata.normalize("NFC", base_a + tone[0]) + unicodedata.normalize("NFC", base_b)




def tone_variant(text):
    """Swaps old/new tone placement in open syllables ending in oa, oe, uy."""
    out = []
    for word in re.split(r"(\W+)", text):
        nfd = unicodedata.normalize("NFD", word.lower())
        base = "".join(c for c in nfd if c not in TONES)
        base = unicodedata.normalize("NFC", base)
        if len(word) >= 2 and re.search(r"(oa|oe|uy)$", base) and not re.search(r"(qu|gi)(a|e|y)$", base):
            head, pair = word[:-2], word[-2:]
            first_has_tone = any(c in TONES for c in unicodedata.normalize("NFD", pair[0]))
            out.append(head + _move_tone(pair, to_second=first_has_tone))
        else:
            out.append(word)
    return "".join(out)


def _column(header, names):
    for name in names:
        if name in header:
            return header.index(name)
    return -1


def _read_tsv(path):
    with open(path, encoding="utf-8", newline="") as f:
        rows = [r for r in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE) if r and not r[0].startswith("#")]
    return [h.strip().lower() for h in rows[0]], rows[1:]


def load(relevance_dir):
    """Returns (queries, judgments) or None when the set is absent.
    queries: list of dicts id, kind, query, base (the id it derives from)."""
    qpath = os.path.join(relevance_dir, "queries.tsv")
    jpath = os.path.join(relevance_dir, "judgments.tsv")
    if not (os.path.exists(qpath) and os.path.exists(jpath)):
        return None
    header, rows = _read_tsv(qpath)
    qi, ki, ti = (_column(header, ["id", "query_id", "qid"]), _column(header, ["kind", "type", "category"]),
                  _column(header, ["query", "q", "text"]))
    if qi < 0:
        qi = ti  # the set may key queries by their text
    queries = []
    for r in rows:
        if qi < 0 or ti < 0 or len(r) <= max(qi, ti):
            continue
        kind = r[ki].strip() if 0 <= ki < len(r) and r[ki].strip() else "plain"
        queries.append({"id": r[qi].strip(), "kind": kind, "query": r[ti].strip(), "base": r[qi].strip()})
    header, rows = _read_tsv(jpath)
    qi, di, gi = (_column(header, ["query_id", "qid", "id", "query", "q"]), _column(header, ["doc_id", "doc", "article_id", "document"]),
                  _column(header, ["grade", "relevance", "rel", "score", "judgment"]))
    judgments = {}
    for r in rows:
        if min(qi, di, gi) < 0 or len(r) <= max(qi, di, gi):
            continue
        try:
            grade = float(r[gi])
        except ValueError:
            continue
        judgments.setdefault(r[qi].strip(), {})[r[di].strip()] = grade
    queries = [q for q in queries if q["id"] in judgments]
    derived = []
    for q in queries:
        if fold(q["query"]) != q["query"] and "accent" not in q["kind"] and "tone" not in q["kind"]:
            derived.append({"id": q["id"] + "~accentless", "kind": "derived:accentless", "query": fold(q["query"]),
                            "base": q["id"]})
            variant = tone_variant(q["query"])
            if variant != q["query"]:
                derived.append({"id": q["id"] + "~tone", "kind": "derived:tone", "query": variant, "base": q["id"]})
    return queries + derived, judgments


def write_queries_tsv(queries, path):
    with open(path, "w", encoding="utf-8") as f:
        f.write("id\tkind\tquery\n")
        for q in queries:
            f.write("%s\t%s\t%s\n" % (q["id"], q["kind"], q["query"].replace("\t", " ")))


def ndcg_at_10(ranked, grades):
    dcg = sum((2 ** grades.get(d, 0) - 1) / math.log2(i + 2) for i, d in enumerate(ranked[:10]))
    ideal = sorted(grades.values(), reverse=True)[:10]
    idcg = sum((2 ** g - 1) / math.log2(i + 2) for i, g in enumerate(ideal))
    return dcg / idcg if idcg > 0 else 0.0


def recall_at_10(ranked, grades):
    relevant = {d for d, g in grades.items() if g > 0}
    return len(relevant.intersection(ranked[:10])) / len(relevant) if relevant else 0.0


def evaluate(queries, judgments, results):
    """results: query id -> ranked doc ids. Returns per-kind and overall means
    plus, for derived variants, the paired mean of the same base queries."""
    per_query = {}
    for q in queries:
        grades = judgments.get(q["base"], {})
        ranked = results.get(q["id"], {}).get("ids", [])
        per_query[q["id"]] = (q["kind"], ndcg_at_10(ranked, grades), recall_at_10(ranked, grades), q["base"])
    by_kind = {}
    for kind, ndcg, recall, _ in per_query.values():
        by_kind.setdefault(kind, []).append((ndcg, recall))
    summary = {kind: {"n": len(v), "ndcg10": sum(x[0] for x in v) / len(v), "recall10": sum(x[1] for x in v) / len(v)}
               for kind, v in sorted(by_kind.items())}
    originals = [v for v in per_query.values() if not v[0].startswith("derived:")]
    if originals:
        summary["all"] = {"n": len(originals), "ndcg10": sum(v[1] for v in originals) / len(originals),
                          "recall10": sum(v[2] for v in originals) / len(originals)}
    summary["per_query"] = {qid: round(v[1], 4) for qid, v in per_query.items()}
    summary["found"] = {q["id"]: results.get(q["id"], {}).get("found", -1) for q in queries}
    for variant in ("accentless", "tone"):
        pairs = [(per_query[v[3]][1], v[1]) for v in per_query.values()
                 if v[0] == "derived:" + variant and v[3] in per_query]
        if pairs:
            summary["paired:" + variant] = {
                "n": len(pairs), "with_diacritics": sum(p[0] for p in pairs) / len(pairs),
                "variant": sum(p[1] for p in pairs) / len(pairs)}
    return summary
