#!/usr/bin/env python3
"""Regenerates the comparative sections of docs/benchmarks.md and the plots
docs/img/bench-*.svg from bench/results/*.json (stdlib only).

Only the text between this script's markers is replaced (a summary after
the title, and the comparison at the end); other sections of the file
(Analyzer, Indexing, Relevance, ...) are left as they are.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
import plots  # noqa: E402

NAMES = {"thidua": "this project", "sqlite": "SQLite FTS5", "pg": "PostgreSQL 15 FTS", "xapian": "plain Xapian"}
PEERS = ["sqlite", "pg", "xapian"]
KINDS = ["words", "accentless", "phrase", "filtered", "faceted"]


def load(name):
    path = os.path.join(HERE, "results", name)
    if os.path.exists(path):
        with open(path) as f:
            return json.load(f)
    return None


def fmt(v, digits=2):
    if v is None:
        return "–"
    if isinstance(v, str):
        return v
    if abs(v) >= 100:
        return "{:,.0f}".format(v)
    return ("{:.%df}" % digits).format(v)


def ratio(a, b):
    return a / b if a is not None and b else None


def get(d, *keys):
    for k in keys:
        if not isinstance(d, dict) or k not in d:
            return None
        d = d[k]
    return d


def gen_sets(res):
    sets = [n for n in res["datasets"] if n.startswith("gen-")]
    return sorted(sets, key=lambda n: int(n.split("-")[1]))


def label(name, res=None):
    entry = res["datasets"].get(name, {}) if res is not None else {}
    star = "*" if entry.get("from_quick_run") else "†" if entry.get("from_run") else ""
    if name == "real":
        return "real" + star
    n = int(name.split("-")[1])
    return ("%dk" % (n // 1000) if n < 1000000 else "%dM" % (n // 1000000)) + star


def p50(res, ds, engine, threads="1"):
    return get(res, "datasets", ds, "engines", engine, "latency", threads, "latency_ms", "p50")


# ------------------------------------------------------------- sections --
def machine_block(res):
    m = res["machine"]
    v = res["versions"]
    return ("Machine: {nproc} cores ({cpu}), {ram} GB RAM, Linux {kernel}; load average at start {load}. "
            "Run {start} → {end} ({elapsed}), mode `{mode}`, command `{cmd}` at commit {commit}. Versions: SQLite {sq}, PostgreSQL {pg}, "
            "Xapian {xa}, {wrk}.").format(
        nproc=m["nproc"], cpu=m["cpu"], ram=m["ram_gb"], kernel=m["kernel"],
        load=", ".join("%.1f" % x for x in m["load_avg_at_start"]), start=res["started"],
        end=res.get("finished", "(unfinished)"), mode=res["mode"], commit=res.get("commit") or "?",
        elapsed="%.1f min" % (res["elapsed_s"] / 60) if res.get("elapsed_s") else "time not recorded", cmd=res["command"],
        sq=(v.get("sqlite") or "?").split(" ")[0], pg=v.get("postgresql") or "?", xa=v.get("xapian") or "?",
        wrk=v.get("wrk") or "wrk ?")


def indexing_table(res):
    rows = ["| data | articles | raw MB | engine | time s | MB/s | peak RSS MB | size MB | size ÷ raw |",
            "|---|---:|---:|---|---:|---:|---:|---:|---:|"]
    for ds, entry in res["datasets"].items():
        for engine in ["thidua"] + PEERS:
            e = get(entry, "engines", engine)
            if e is None:
                continue
            ix = e.get("index")
            if ix is None:
                rows.append("| %s | | | %s | error: %s | | | | |" % (label(ds, res), NAMES[engine], e.get("error", "?")[:80].replace("|", "/")))
                continue
            rows.append("| %s | %s | %s | %s | %s | %s | %s | %s | %s |" % (
                label(ds, res), "{:,}".format(entry["articles"]), fmt(entry["raw_bytes"] / 1e6, 1), NAMES[engine],
                fmt(ix["seconds"], 1), fmt(ix["mb_per_s"]), fmt(ix["peak_rss_mb"], 0), fmt(ix["bytes_on_disk"] / 1e6, 1),
                fmt(ix["size_ratio"])))
    return "\n".join(rows)


def ratio_table(res):
    """this project ÷ each peer, within one run: < 1 is better for latency,
    size and RSS; > 1 is better for QPS and MB/s."""
    rows = ["| data | peer | p50 latency | p99 latency | QPS, 1 thread | QPS, 2 threads | indexing MB/s | index size | peak RSS indexing |",
            "|---|---|---:|---:|---:|---:|---:|---:|---:|"]
    for ds, entry in res["datasets"].items():
        ours = get(entry, "engines", "thidua")
        if not ours or "index" not in ours:
            continue
        for peer in PEERS:
            p = get(entry, "engines", peer)
            if not p or "index" not in p:
                continue
            q = lambda e, *k: get(e, "latency", *k)
            rows.append("| %s | %s | %s | %s | %s | %s | %s | %s | %s |" % (
                label(ds, res), NAMES[peer],
                fmt(ratio(q(ours, "1", "latency_ms", "p50"), q(p, "1", "latency_ms", "p50"))),
                fmt(ratio(q(ours, "1", "latency_ms", "p99"), q(p, "1", "latency_ms", "p99"))),
                fmt(ratio(q(ours, "1", "qps"), q(p, "1", "qps"))), fmt(ratio(q(ours, "2", "qps"), q(p, "2", "qps"))),
                fmt(ratio(ours["index"]["mb_per_s"], p["index"]["mb_per_s"]), 3),
                fmt(ratio(ours["index"]["bytes_on_disk"], p["index"]["bytes_on_disk"])),
                fmt(ratio(ours["index"]["peak_rss_mb"], p["index"]["peak_rss_mb"]))))
    return "\n".join(rows)


def latency_table(res):
    rows = ["| data | engine | p50 ms | p95 ms | p99 ms | QPS 1 thread | p50 ms, 2 threads | QPS 2 threads | ours ÷ peer, p50 |",
            "|---|---|---:|---:|---:|---:|---:|---:|---:|"]
    for ds, entry in res["datasets"].items():
        ours = p50(res, ds, "thidua")
        for engine in ["thidua"] + PEERS:
            one = get(entry, "engines", engine, "latency", "1")
            two = get(entry, "engines", engine, "latency", "2")
            if one is None:
                continue
            rows.append("| %s | %s | %s | %s | %s | %s | %s | %s | %s |" % (
                label(ds, res), NAMES[engine], fmt(one["latency_ms"]["p50"], 3), fmt(one["latency_ms"]["p95"], 3),
                fmt(one["latency_ms"]["p99"], 3), fmt(one["qps"], 0), fmt(get(two, "latency_ms", "p50"), 3),
                fmt(get(two, "qps"), 0), "1" if engine == "thidua" else fmt(ratio(ours, one["latency_ms"]["p50"]), 3)))
    return "\n".join(rows)


def kind_table(res, ds):
    rows = ["| engine | " + " | ".join(KINDS) + " |", "|---|" + "---:|" * len(KINDS)]
    for engine in ["thidua"] + PEERS:
        by = get(res, "datasets", ds, "engines", engine, "latency", "1", "latency_ms_by_kind")
        if by:
            rows.append("| %s | %s |" % (NAMES[engine], " | ".join(
                "%s / %s" % (fmt(get(by, k, "p50"), 2), fmt(get(by, k, "p99"), 2)) for k in KINDS)))
    return "\n".join(rows)


def growth_table(res):
    sets = gen_sets(res)
    if len(sets) < 2:
        return "(only one generated size in this run: no growth figures)"
    first, last = sets[0], sets[-1]
    factor = int(last.split("-")[1]) / int(first.split("-")[1])
    rows = ["| engine | p50 %s → %s | × p50 | × p99 | × index size | × indexing time |" % (label(first, res), label(last, res)),
            "|---|---|---:|---:|---:|---:|"]
    for engine in ["thidua"] + PEERS:
        a = get(res, "datasets", first, "engines", engine)
        b = get(res, "datasets", last, "engines", engine)
        if not (get(a, "latency", "1") and get(b, "latency", "1")):
            continue
        rows.append("| %s | %s → %s ms | %s | %s | %s | %s |" % (
            NAMES[engine], fmt(a["latency"]["1"]["latency_ms"]["p50"], 3), fmt(b["latency"]["1"]["latency_ms"]["p50"], 3),
            fmt(ratio(b["latency"]["1"]["latency_ms"]["p50"], a["latency"]["1"]["latency_ms"]["p50"]), 1),
            fmt(ratio(b["latency"]["1"]["latency_ms"]["p99"], a["latency"]["1"]["latency_ms"]["p99"]), 1),
            fmt(ratio(b["index"]["bytes_on_disk"], a["index"]["bytes_on_disk"]), 1),
            fmt(ratio(b["index"]["seconds"], a["index"]["seconds"]), 1)))
    return "\n".join(rows) + "\n\n(the corpus grows %.0f×)" % factor


def facet_table(res, ds):
    rows = ["| query | " + " | ".join(NAMES[e] for e in ["thidua"] + PEERS) + " |", "|---|" + "---|" * 4]
    ours = get(res, "datasets", ds, "engines", "thidua", "latency", "1", "faceted_results") or {}
    for qid in sorted(ours):
        cells = []
        for engine in ["thidua"] + PEERS:
            r = get(res, "datasets", ds, "engines", engine, "latency", "1", "faceted_results", qid)
            if r is None:
                cells.append("–")
                continue
            top = r["facet"][0] if r["facet"] else None
            cells.append("%s found; %s" % (fmt(r["found"], 0) if r["found"] >= 0 else "?",
                                            "%s %s" % (top[0], top[1]) if top else "no facet"))
        rows.append("| %s | %s |" % (qid, " | ".join(cells)))
    return "\n".join(rows)


def accent_table(res):
    """Mix queries w<i> (diacritics) and a<i> (the same words without them):
    how much of the diacritic query's top 10 the accentless one returns."""
    rows = ["| data | " + " | ".join(NAMES[e] for e in ["thidua"] + PEERS) + " |", "|---|" + "---:|" * 4]
    for ds in res["datasets"]:
        cells = []
        for engine in ["thidua"] + PEERS:
            top = get(res, "datasets", ds, "engines", engine, "latency", "1", "top_ids") or {}
            pairs = [(top[q], top["a" + q[1:]]) for q in top if q.startswith("w") and "a" + q[1:] in top]
            shares = [len(set(w) & set(a)) / len(w) for w, a in pairs if w]
            cells.append(fmt(sum(shares) / len(shares), 2) if shares else "–")
        rows.append("| %s | %s |" % (label(ds, res), " | ".join(cells)))
    return "\n".join(rows)


def relevance_table(res):
    rel = res.get("relevance")
    if not rel or "skipped" in rel or not any("all" in e for e in rel.get("engines", {}).values()):
        return None
    kinds = sorted({k for e in rel["engines"].values() for k in e
                    if not k.startswith("paired:") and k not in ("all", "per_query", "found", "error")})
    rows = ["| engine | all (%d) | " % rel["queries"] + " | ".join(kinds) + " | accentless ÷ diacritics | tone variant ÷ original |",
            "|---|---:|" + "---:|" * (len(kinds) + 2)]
    for engine in ["thidua"] + PEERS:
        e = rel["engines"].get(engine)
        if not e or "error" in e:
            continue
        cells = ["%s / %s" % (fmt(get(e, k, "ndcg10"), 3), fmt(get(e, k, "recall10"), 2)) for k in ["all"] + kinds]
        for variant in ("accentless", "tone"):
            pair = e.get("paired:" + variant)
            cells.append(fmt(ratio(pair["variant"], pair["with_diacritics"]), 3) if pair else "–")
        rows.append("| %s | %s |" % (NAMES[engine], " | ".join(cells)))
    return "\n".join(rows)


def http_table(http):
    rows = ["| data | connections | requests | QPS | p50 ms | p90 ms | p99 ms | errors | RSS MB after warm-up → after |",
            "|---|---:|---:|---:|---:|---:|---:|---:|---|"]
    for ds, h in http.items():
        star = "*" if h.get("from_quick_run") else ""
        if "error" in h:
            rows.append("| %s | error: %s | | | | | | | |" % (label(ds) + star, h["error"][:100].replace("|", "/")))
            continue
        rss = h["rss_mb"]
        for key, conns in (("one_connection", 1), ("c64", 64), ("c64_second_round", 64)):
            w = h.get(key)
            if not w:
                continue
            errors = sum(w["errors"].values())
            rows.append("| %s | %d | %s | %s | %s | %s | %s | %d | %s |" % (
                label(ds) + star, conns, "{:,}".format(w["requests"]), fmt(w["qps"], 0), fmt(w["p50_ms"], 2), fmt(w["p90_ms"], 2),
                fmt(w["p99_ms"], 2), errors, " → ".join(fmt(v, 0) for v in rss.values())))
    return "\n".join(rows)


# --------------------------------------------------------------- targets --
def targets(res, http, missed=None):
    sets = gen_sets(res)
    big = sets[-1] if sets else "real"
    out = []
    missed = [] if missed is None else missed

    def add(name, met, detail):
        if met is False:
            missed.append(name)
        out.append("| %s | %s | %s |" % (name, "—" if met is None else ("**met**" if met else "**missed**"), detail))
    rel = res.get("relevance") or {}
    engines = rel.get("engines", {})
    ours = get(engines, "thidua", "all", "ndcg10")
    peers = {e: get(engines, e, "all", "ndcg10") for e in PEERS if get(engines, e, "all", "ndcg10") is not None}
    if ours is not None and peers:
        add("nDCG@10 above every peer", all(ours > v for v in peers.values()),
            "ours %.3f; " % ours + ", ".join("%s %.3f" % (NAMES[e], v) for e, v in peers.items()))
    else:
        add("nDCG@10 above every peer", None, "judged set not available in this run")
    pair = get(engines, "thidua", "paired:accentless")
    if pair:
        r = ratio(pair["variant"], pair["with_diacritics"])
        add("accentless within 2 % of diacritics", r >= 0.98, "nDCG@10 %.3f vs %.3f (%.1f %%) on %d paired queries" % (
            pair["variant"], pair["with_diacritics"], 100 * r, pair["n"]))
    else:
        add("accentless within 2 % of diacritics", None, "judged set not available in this run")
    o, s, p = p50(res, big, "thidua"), p50(res, big, "sqlite"), p50(res, big, "pg")
    where = "at %s articles" % label(big, res) + ("" if big.endswith("1000000") else " (1M not in this run)")
    if o and s:
        add("median latency ≤ FTS5's", o <= s, "p50 %.2f ms vs %.2f ms %s" % (o, s, where))
    if o and p:
        add("median latency ≥ 3× lower than PostgreSQL's", p / o >= 3, "p50 %.2f ms vs %.2f ms = %.1f× %s" % (o, p, p / o, where))
    # The largest set whose indexing this run measured (--reuse-index skips it).
    sets_for_index = [n for n in sets if get(res, "datasets", n, "engines", "thidua", "index", "mb_per_s")] or ["real"]
    ix = get(res, "datasets", sets_for_index[-1], "engines", "thidua", "index")
    fx = get(res, "datasets", sets_for_index[-1], "engines", "sqlite", "index")
    if ix and fx:
        add("indexing throughput within 2× of FTS5's", ix["mb_per_s"] * 2 >= fx["mb_per_s"],
            "%.2f vs %.2f MB/s at %s (ours extracts entities; 2 threads)" % (ix["mb_per_s"], fx["mb_per_s"], label(sets_for_index[-1])))
        add("index size ≤ 1.5× raw text", ix["size_ratio"] <= 1.5, "%.2f× at %s" % (ix["size_ratio"], label(sets_for_index[-1])))
    big = next((n for n in reversed(sets) if http and n in http), big)  # the largest set served under wrk
    h = http.get(big) if http else None
    if h and "one_connection" in h:
        w = h["one_connection"]
        add("HTTP p50 ≤ 5 ms, p99 ≤ 50 ms (3 exact facets, 1 connection)", w["p50_ms"] <= 5 and w["p99_ms"] <= 50,
            "p50 %.2f ms, p99 %.2f ms at %s" % (w["p50_ms"], w["p99_ms"], label(big)))
        add("match-all faceted request ≤ 100 ms", h["match_all_facets_ms"]["p50"] <= 100,
            "p50 %.1f ms, max %.1f ms at %s" % (h["match_all_facets_ms"]["p50"], h["match_all_facets_ms"]["max"], label(big)))
        c64 = h.get("c64")
        if c64:
            rss = list(h["rss_mb"].values())
            add("wrk 64 connections: no errors, no memory growth", sum(c64["errors"].values()) == 0 and rss[-1] <= rss[0] * 1.1 + 5,
                "%d errors; RSS %s MB" % (sum(c64["errors"].values()), " → ".join("%.0f" % v for v in rss)))
    return "| target | status | measured |\n|---|---|---|\n" + "\n".join(out)


# ------------------------------------------------------------------ file --
def replace_block(text, name, body, at_top):
    begin, end = "<!-- bench:%s:begin (generated by bench/report.py) -->" % name, "<!-- bench:%s:end -->" % name
    block = begin + "\n" + body.strip() + "\n" + end
    if begin in text and end in text:
        return text[:text.index(begin)] + block + text[text.index(end) + len(end):]
    if at_top:
        lines = text.split("\n")
        at = 1 if lines and lines[0].startswith("# ") else 0
        return "\n".join(lines[:at] + ["", block, ""] + lines[at:])
    return text.rstrip("\n") + "\n\n" + block + "\n"


def in_size_order(datasets):
    """The real corpus first, then the generated sets by size."""
    return dict(sorted(datasets.items(), key=lambda kv: -1 if kv[0] == "real" else int(kv[0].split("-")[1])))


def merge_quick(res, quick):
    """A full run may skip sets the quick run measured (--no-real, smaller
    sizes): take those from quick.json, marked, so growth and relevance
    tables stay complete. Ratios are only ever taken within one run."""
    if not quick or quick is res or res["mode"] != "full":
        return
    merged = {}
    for name, entry in quick["datasets"].items():
        if name not in res["datasets"]:
            merged[name] = dict(entry, from_quick_run=quick["started"])
    if not merged:
        return
    merged.update(res["datasets"])
    res["datasets"] = in_size_order(merged)
    if not res.get("relevance") and quick.get("relevance"):
        res["relevance"] = dict(quick["relevance"], from_quick_run=quick["started"])
    for name, h in (quick.get("http") or {}).items():
        res.setdefault("http", {}).setdefault(name, dict(h, from_quick_run=quick["started"]))
    res.setdefault("notes", []).append("Rows marked * come from the quick run of %s (same machine, same "
                                       "command with --quick); everything else from this run." % quick["started"])


def merge_larger(res, other):
    """A separate full run at sizes the main run did not reach (scripts/bench
    engines --sizes 1000000 --reuse-index --out bench/results/million.json):
    its sets are added, marked †. Ratios are still taken within one run."""
    if not other or other is res:
        return
    added = {name: dict(entry, from_run=other["started"]) for name, entry in other["datasets"].items()
             if name not in res["datasets"]}
    if not added:
        return
    res["datasets"].update(added)
    res["datasets"] = in_size_order(res["datasets"])
    res.setdefault("notes", []).append("Rows marked † come from the run of %s at commit %s (`%s`) on the same "
                                       "machine; %s" % (other["started"], other.get("commit", "?"), other.get("command", "?"),
                                                        " ".join(other.get("notes") or [])))


def main():
    import argparse
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--results", help="results JSON (default bench/results/full.json, else quick.json)")
    parser.add_argument("--quick-results", help="quick-run JSON to fill sets the full run skipped")
    parser.add_argument("--docs", default=os.path.join(REPO, "docs", "benchmarks.md"))
    args = parser.parse_args()
    if args.results:
        with open(args.results) as f:
            res = json.load(f)
    else:
        res = load("full.json") or load("quick.json")
    if res is None:
        sys.exit("report: no bench/results/full.json or quick.json")
    quick = load("quick.json")
    if args.quick_results:
        with open(args.quick_results) as f:
            quick = json.load(f)
    merge_quick(res, quick)
    merge_larger(res, load("million.json"))
    http = res.get("http") or {}
    for extra in ("http-full.json", "http-quick.json"):
        other = load(extra)
        if other and other.get("http") and not http:
            http = other["http"]
    img = os.path.join(os.path.dirname(os.path.abspath(args.docs)), "img")
    os.makedirs(img, exist_ok=True)
    made = plots.write_all(res, img, NAMES)
    from report_text import analysis_text, comparative_text, summary_text  # noqa: E402
    missed = []
    summary = summary_text(res, targets(res, http, missed))
    body = comparative_text(res, http, machine_block(res), ratio_table(res), indexing_table(res), latency_table(res), kind_table,
                            growth_table(res), facet_table, accent_table(res), relevance_table(res), http_table(http) if http else None, made)
    path = args.docs
    text = open(path, encoding="utf-8").read() if os.path.exists(path) else "# Benchmarks\n"
    text = replace_block(text, "summary", summary, at_top=True)
    body += "\n" + analysis_text(res, missed, os.path.join(HERE, "results"))
    text = replace_block(text, "comparative", body, at_top=False)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    print("report: %s (%s run), %s" % (os.path.relpath(path, REPO), res["mode"], ", ".join(made)))


if __name__ == "__main__":
    main()
