"""HTTP side of the benchmark: thidua-serve under wrk, and perf profiles.

run_http starts thidua-serve on a free loopback port, warms it with every
request once, then measures
  - one connection (wrk -c1): unloaded latency of typical requests with three
    exact facets (province, campaign, year), the issue's p50 <= 5 ms target;
  - 64 connections (wrk -c64): throughput and latency under load, no errors;
  - a match-all faceted request, sequentially (target <= 100 ms);
and the server's RSS after warm-up and after each wrk round (no growth).
The server is stopped with SIGTERM, which must exit 0 (graceful drain).
"""
import json
import os
import signal
import subprocess
import time
import urllib.parse
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
FACETS = "province,campaign,year"


def _paths(mix):
    paths = []
    with open(mix, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        for line in f:
            row = dict(zip(header, line.rstrip("\n").split("\t")))
            params = [("q", row["query"]), ("facets", FACETS), ("per_page", "10")]
            if row.get("province"):
                params.append(("province", row["province"]))
            paths.append("/api/v1/search?" + urllib.parse.urlencode(params))
    return paths


def _wrk(url, paths_file, connections, seconds, threads=2):
    argv = ["wrk", "-t%d" % min(threads, connections), "-c%d" % connections, "-d%ds" % max(1, round(seconds)),
            "--timeout", "10s", "-s", os.path.join(HERE, "wrk_queries.lua"), url, "--", paths_file]
    proc = subprocess.run(argv, capture_output=True, text=True, check=True)
    for line in proc.stdout.splitlines():
        if line.startswith("WRK_JSON "):
            return json.loads(line[len("WRK_JSON "):])
    raise RuntimeError("wrk printed no summary: " + proc.stdout[-500:] + proc.stderr[-500:])


def _get(url):
    start = time.monotonic()
    with urllib.request.urlopen(url, timeout=30) as response:
        body = response.read()
    return (time.monotonic() - start) * 1000, body


def _rss_mb(pid):
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def run_http(bench, index):
    from pg_server import free_port
    port = free_port()
    base = "http://127.0.0.1:%d" % port
    log_path = os.path.join(bench.work, "access.log")
    server = subprocess.Popen([bench.exe("thidua-serve"), "--index", index, "--listen", "127.0.0.1:%d" % port,
                               "--threads", "2", "--access-log", log_path],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        for _ in range(200):
            try:
                _get(base + "/healthz")
                break
            except OSError:
                if server.poll() is not None:
                    raise RuntimeError("thidua-serve exited: " + server.stderr.read().decode()[-500:])
                time.sleep(0.1)
        paths = _paths(os.path.join(HERE, "queries", "mix.tsv"))
        paths_file = os.path.join(bench.work, "http-paths.txt")
        with open(paths_file, "w") as f:
            f.write("\n".join(paths) + "\n")
        for path in paths:
            _get(base + path)
        match_all = [_get(base + "/api/v1/search?" + urllib.parse.urlencode(
            [("facets", FACETS), ("per_page", "10")]))[0] for _ in range(10)]
        match_all.sort()
        result = {"facets": FACETS, "rss_mb": {"after_warmup": _rss_mb(server.pid)},
                  "match_all_facets_ms": {"p50": match_all[len(match_all) // 2], "max": match_all[-1], "n": len(match_all)}}
        result["one_connection"] = _wrk(base, paths_file, 1, max(3, bench.args.wrk_seconds / 3), threads=1)
        result["rss_mb"]["after_c1"] = _rss_mb(server.pid)
        result["c64"] = _wrk(base, paths_file, 64, bench.args.wrk_seconds)
        result["rss_mb"]["after_c64"] = _rss_mb(server.pid)
        if getattr(bench.args, "wrk_rounds", 1) > 1:
            result["c64_second_round"] = _wrk(base, paths_file, 64, bench.args.wrk_seconds)
            result["rss_mb"]["after_c64_second_round"] = _rss_mb(server.pid)
        server.send_signal(signal.SIGTERM)
        result["sigterm_exit_code"] = server.wait(timeout=30)
        return result
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()


def perf_profile(bench, index, mix, name):
    """perf record (DWARF call graphs) of this project's query driver on one
    thread; inclusive time of this project's and Xapian's functions goes to
    bench/results/profile-query-<name>.txt."""
    data = os.path.join(bench.work, "perf.data")
    seconds = min(bench.args.seconds, 5)
    subprocess.run(["perf", "record", "-F", "199", "--call-graph", "dwarf,16384", "-o", data, "--",
                    bench.exe("thidua-bench-thidua"), "latency", "--db", index, "--queries", mix, "--threads", "1",
                    "--seconds", str(seconds), "--out", os.path.join(bench.work, "perf-driver.json")],
                   check=True, capture_output=True)
    report = subprocess.run(["perf", "report", "-i", data, "--stdio", "--children", "--sort", "symbol", "-g", "none"],
                            capture_output=True, text=True, check=True).stdout
    lines = []
    for line in report.splitlines():
        if line.startswith("#") or not ("thidua" in line or "Xapian" in line):
            continue
        fields = line.split()
        if len(fields) >= 4:
            lines.append(("%s %s " % (fields[0], fields[1]) + " ".join(fields[3:]).replace(" - -", ""))[:150])
        if len(lines) >= 30:
            break
    out = os.path.join(HERE, "results", "profile-query-%s.txt" % name)
    with open(out, "w") as f:
        f.write("# perf record -F 199 --call-graph dwarf: thidua-bench-thidua latency on bench/queries/mix.tsv, "
                "1 thread, %s; inclusive (children) and self %%\n" % name)
        f.write("\n".join(lines) + "\n")
    return {"file": os.path.relpath(out, os.path.dirname(HERE)), "top": lines[:15]}
