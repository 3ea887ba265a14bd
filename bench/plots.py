"""Hand-written SVG plots for docs/benchmarks.md (no matplotlib):
bench-latency.svg (p50 vs corpus size, log-log), bench-ndcg.svg (nDCG@10
per query kind) and bench-indexing.svg (MB/s per data set)."""
import math
import os

COLORS = {"thidua": "#d62728", "sqlite": "#1f77b4", "pg": "#2ca02c", "xapian": "#9467bd"}
ORDER = ["thidua", "sqlite", "pg", "xapian"]
SHORT = {"abbreviation": "abbrev.", "tone_variant": "tone", "derived:accentless": "accentless*",
         "derived:tone": "tone*", "diacritics": "diacritics"}
W, H, L, R, T, B = 680, 360, 70, 180, 40, 50


def _esc(s):
    return str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _svg(title, body):
    return ('<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" '
            'font-family="sans-serif" font-size="12">\n<rect width="100%%" height="100%%" fill="white"/>\n'
            '<text x="%d" y="22" font-size="15" font-weight="bold">%s</text>\n%s</svg>\n') % (
        W, H, W, H, L, _esc(title), "\n".join(body))


def _legend(engines, names):
    out = []
    for i, e in enumerate(engines):
        y = T + 10 + i * 20
        out.append('<rect x="%d" y="%d" width="14" height="10" fill="%s"/>' % (W - R + 15, y - 9, COLORS[e]))
        out.append('<text x="%d" y="%d">%s</text>' % (W - R + 35, y, _esc(names[e])))
    return out


def _log_ticks(lo, hi):
    ticks, v = [], 10 ** math.floor(math.log10(lo))
    while v <= hi * 1.0001:
        for m in (1, 2, 5):
            if lo <= v * m <= hi:
                ticks.append(v * m)
        v *= 10
    return ticks


def latency_plot(res, names):
    sets = sorted([n for n in res["datasets"] if n.startswith("gen-")], key=lambda n: int(n.split("-")[1]))
    series = {}
    for e in ORDER:
        pts = []
        for ds in sets:
            v = res["datasets"][ds].get("engines", {}).get(e, {}).get("latency", {}).get("1", {}).get("latency_ms", {}).get("p50")
            if v:
                pts.append((int(ds.split("-")[1]), v))
        if pts:
            series[e] = pts
    if not series:
        return None
    xs = [p[0] for s in series.values() for p in s]
    ys = [p[1] for s in series.values() for p in s]
    xlo, xhi = min(xs) / 1.5, max(xs) * 1.5
    ylo, yhi = 10 ** math.floor(math.log10(min(ys))), 10 ** math.ceil(math.log10(max(ys)))
    fx = lambda x: L + (math.log10(x) - math.log10(xlo)) / (math.log10(xhi) - math.log10(xlo)) * (W - L - R)
    fy = lambda y: H - B - (math.log10(y) - math.log10(ylo)) / (math.log10(yhi) - math.log10(ylo)) * (H - T - B)
    body = ['<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="black"/>' % (L, H - B, W - R, H - B),
            '<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="black"/>' % (L, T, L, H - B)]
    for t in _log_ticks(ylo, yhi):
        body.append('<line x1="%d" y1="%.1f" x2="%d" y2="%.1f" stroke="#ddd"/>' % (L, fy(t), W - R, fy(t)))
        body.append('<text x="%d" y="%.1f" text-anchor="end">%g</text>' % (L - 5, fy(t) + 4, t))
    for x in sorted(set(xs)):
        body.append('<text x="%.1f" y="%d" text-anchor="middle">%s</text>' % (
            fx(x), H - B + 18, "%dk" % (x // 1000) if x < 10 ** 6 else "%dM" % (x // 10 ** 6)))
    body.append('<text x="%d" y="%d" text-anchor="middle">articles (log)</text>' % ((L + W - R) // 2, H - 10))
    body.append('<text x="15" y="%d" transform="rotate(-90 15 %d)" text-anchor="middle">p50 ms, 1 thread (log)</text>' % (
        (T + H - B) // 2, (T + H - B) // 2))
    for e, pts in series.items():
        body.append('<polyline fill="none" stroke="%s" stroke-width="2" points="%s"/>' % (
            COLORS[e], " ".join("%.1f,%.1f" % (fx(x), fy(y)) for x, y in pts)))
        for x, y in pts:
            body.append('<circle cx="%.1f" cy="%.1f" r="3.5" fill="%s"><title>%s %s: %.3f ms</title></circle>' % (
                fx(x), fy(y), COLORS[e], _esc(names[e]), x, y))
    return _svg("Query latency (p50) vs corpus size", body + _legend(list(series), names))


def bar_plot(title, groups, values, names, ylabel, ymax=None):
    """groups: list of group labels; values: engine -> list (None = missing)."""
    engines = [e for e in ORDER if e in values]
    top = ymax or max([v for vs in values.values() for v in vs if v is not None] + [1e-9]) * 1.1
    gw = (W - L - R) / max(1, len(groups))
    bw = gw * 0.8 / max(1, len(engines))
    fy = lambda y: H - B - y / top * (H - T - B)
    body = ['<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="black"/>' % (L, H - B, W - R, H - B)]
    for i in range(6):
        t = top * i / 5
        body.append('<line x1="%d" y1="%.1f" x2="%d" y2="%.1f" stroke="#ddd"/>' % (L, fy(t), W - R, fy(t)))
        body.append('<text x="%d" y="%.1f" text-anchor="end">%.2g</text>' % (L - 5, fy(t) + 4, t))
    for g, group in enumerate(groups):
        x0 = L + g * gw + gw * 0.1
        body.append('<text x="%.1f" y="%d" text-anchor="middle" font-size="10">%s</text>' % (
            L + g * gw + gw / 2, H - B + 16, _esc(group)))
        for k, e in enumerate(engines):
            v = values[e][g]
            if v is None:
                continue
            body.append('<rect x="%.1f" y="%.1f" width="%.1f" height="%.1f" fill="%s"><title>%s %s: %.3f</title></rect>' % (
                x0 + k * bw, fy(v), bw - 1, H - B - fy(v), COLORS[e], _esc(names[e]), _esc(group), v))
    body.append('<text x="15" y="%d" transform="rotate(-90 15 %d)" text-anchor="middle">%s</text>' % (
        (T + H - B) // 2, (T + H - B) // 2, _esc(ylabel)))
    return _svg(title, body + _legend(engines, names))


def write_all(res, outdir, names):
    made = []

    def write(name, svg):
        if svg:
            with open(os.path.join(outdir, name), "w") as f:
                f.write(svg)
            made.append("docs/img/" + name)
    write("bench-latency.svg", latency_plot(res, names))
    rel = {e: v for e, v in ((res.get("relevance") or {}).get("engines") or {}).items() if "error" not in v}
    if rel:
        found = {k for e in rel.values() for k in e if k not in ("all", "per_query", "found") and not k.startswith("paired:")}
        preferred = ["diacritics", "accentless", "tone_variant", "abbreviation", "phrase", "derived:accentless", "derived:tone"]
        kinds = ["all"] + [k for k in preferred if k in found] + sorted(found - set(preferred))
        values = {e: [(rel[e].get(k) or {}).get("ndcg10") for k in kinds] for e in ORDER if e in rel and "error" not in rel[e]}
        if any(v is not None for vs in values.values() for v in vs):
            write("bench-ndcg.svg", bar_plot("nDCG@10 per query kind (judged set, real corpus; * derived)",
                                             [SHORT.get(k, k) for k in kinds], values, names, "nDCG@10", ymax=1.0))
    sets = list(res["datasets"])
    values = {e: [res["datasets"][ds]["engines"].get(e, {}).get("index", {}).get("mb_per_s") for ds in sets]
              for e in ORDER if any(res["datasets"][ds]["engines"].get(e, {}).get("index") for ds in sets)}
    if values:
        write("bench-indexing.svg", bar_plot("Indexing throughput (MB/s of raw text)", sets, values, names, "MB/s"))
    return made
