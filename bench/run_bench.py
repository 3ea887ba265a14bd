#!/usr/bin/env python3
"""The comparative benchmark behind `scripts/bench engines|http|all`.

For each data set (the real corpus in ../shared/data/corpus, then
corpus/generate at the requested sizes) it indexes with this project,
SQLite FTS5, PostgreSQL 15 and plain Xapian, measures time, MB/s, size on
disk and peak RSS, runs the fixed query mix (bench/queries/mix.tsv) on 1 and
2 client threads, runs the judged relevance set on the real corpus, and for
this project measures the HTTP server under wrk. Everything lands in one
JSON file (bench/results/<quick|full>.json); bench/report.py turns it into
docs/benchmarks.md sections and SVG plots.
"""
import argparse
import datetime
import json
import os
import platform
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
import pg_server  # noqa: E402
import relevance  # noqa: E402

ENGINES = ["thidua", "sqlite", "pg", "xapian"]
DRIVERS = {"thidua": "thidua-bench-thidua", "sqlite": "thidua-bench-sqlite", "pg": "thidua-bench-pg",
           "xapian": "thidua-bench-xapian"}


def log(*args):
    print("[bench %s]" % time.strftime("%H:%M:%S"), *args, file=sys.stderr, flush=True)


def run_timed(argv, stdout=None):
    """Runs argv under /usr/bin/time -v: wall seconds, peak RSS (MB), stdout."""
    start = time.monotonic()
    proc = subprocess.run(["/usr/bin/time", "-v"] + argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    wall = time.monotonic() - start
    if proc.returncode != 0:
        raise RuntimeError("%s failed (%d): %s" % (argv[0], proc.returncode, proc.stderr[-2000:]))
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", proc.stderr)
    return {"seconds": wall, "peak_rss_mb": int(rss.group(1)) / 1024 if rss else None}, proc.stdout


def du_bytes(path):
    if os.path.isfile(path):
        return os.path.getsize(path)
    total = 0
    for root, _, files in os.walk(path):
        for name in files:
            total += os.path.getsize(os.path.join(root, name))
    return total


def rss_mb(pid):
    try:
        with open("/proc/%d/status" % pid) as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def dataset_stats(files):
    articles, raw = 0, 0
    for path in files:
        with open(path, encoding="utf-8") as f:
            for line in f:
                try:
                    record = json.loads(line)
                except ValueError:
                    continue
                articles += 1
                raw += len(record.get("title", "").encode()) + len(record.get("body", "").encode())
    return {"articles": articles, "raw_bytes": raw, "file_bytes": sum(os.path.getsize(p) for p in files)}


def ids_in(files):
    ids = set()
    for path in files:
        with open(path, encoding="utf-8") as f:
            for line in f:
                try:
                    ids.add(json.loads(line).get("id"))
                except (ValueError, AttributeError):
                    pass
    return ids


def generate(count, work, shared):
    path = os.path.join(work, "gen-%d.jsonl" % count)
    if not os.path.exists(path):
        log("generating %d articles" % count)
        env = dict(os.environ)
        if os.path.isdir(os.path.join(shared, "reference")):  # the same text from any checkout location
            env.setdefault("THIDUA_REFERENCE_DIR", os.path.join(shared, "reference"))
        subprocess.run([os.path.join(REPO, "corpus", "generate"), "--count", str(count), "--seed", "7",
                        "--out", path + ".tmp"], check=True, env=env)
        os.rename(path + ".tmp", path)
    return [path]


class Bench:
    def __init__(self, args):
        self.args = args
        self.bin = os.path.abspath(args.build_dir)
        self.work = os.path.abspath(args.work)
        os.makedirs(self.work, exist_ok=True)
        self.pg = None
        self.reused = set()  # indexes --reuse-index kept: never deleted
        self.t0 = time.monotonic()
        self.results = {"mode": "quick" if args.quick else "full", "command": os.environ.get("THIDUA_BENCH_COMMAND", " ".join(sys.argv)),
                        "started": datetime.datetime.utcnow().strftime("%Y-%m-%d %H:%M UTC"),
                        "commit": os.environ.get("THIDUA_BENCH_COMMIT") or git_commit(),
                        "machine": machine(), "versions": versions(), "settings": {
                            "seconds_per_latency_run": args.seconds, "wrk_seconds": args.wrk_seconds,
                            "query_mix": "bench/queries/mix.tsv"},
                        "datasets": {}, "http": {}, "relevance": None, "notes": args.note}

    def exe(self, name):
        for sub in ("bench", "indexer", "search", "server"):
            path = os.path.join(self.bin, sub, name)
            if os.path.exists(path):
                return path
        raise RuntimeError("%s not built in %s" % (name, self.bin))

    # ---------------------------------------------------------- indexing --
    def indexed_count(self, target):
        """Documents in an existing index at target (0 when there is none)."""
        if not os.path.isdir(target):
            return 0
        proc = subprocess.run(["xapian-delve", target], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        found = re.search(r"number of documents = (\d+)", proc.stdout)
        return int(found.group(1)) if proc.returncode == 0 and found else 0

    def index(self, engine, files, dsdir, provinces, raw_bytes, dbname, articles):
        if engine == "thidua" and self.args.reuse_index and self.indexed_count(os.path.join(dsdir, "thidua")) == articles:
            # An index of this data set built earlier (a 1M build takes hours): its
            # build is not measured here; the queries and the peers' runs are.
            target = os.path.join(dsdir, "thidua")
            log("thidua: reusing %s (%d documents); indexing not measured in this run" % (target, articles))
            self.reused.add(target)
            stats = {"seconds": None, "peak_rss_mb": None, "reused": True}
            with open(provinces, "w") as out:
                subprocess.run([self.exe("thidua-bench-dump-provinces"), target], stdout=out, check=True,
                               stderr=subprocess.DEVNULL)
        elif engine == "thidua":
            target = os.path.join(dsdir, "thidua")
            shutil.rmtree(target, ignore_errors=True)
            # --compact: the bulk-build setting, as FTS5 gets 'optimize' and PostgreSQL a GIN build + VACUUM.
            stats, _ = run_timed([self.exe("thidua-index"), "--index", target, "--threads", str(self.args.index_threads),
                                  "--quiet"] + (["--compact"] if self.args.compact else []) + files)
            stats["compact"] = self.args.compact
            with open(provinces, "w") as out:
                subprocess.run([self.exe("thidua-bench-dump-provinces"), target], stdout=out, check=True,
                               stderr=subprocess.DEVNULL)
            # Table sizes of the compacted index (what --compact gives, or would give).
            compact = target if self.args.compact else target + "-compact"
            if not self.args.compact:
                shutil.rmtree(compact, ignore_errors=True)
                subprocess.run(["xapian-compact", target, compact], stdout=subprocess.DEVNULL)
            if os.path.isdir(compact):
                stats["compacted_bytes"] = du_bytes(compact)
                # Per table, summed over the shards (DIR/shard-NN) of a sharded index.
                by_table = {}
                for root, _dirs, names in os.walk(compact):
                    for f in names:
                        if f.endswith(".glass"):
                            by_table[f] = by_table.get(f, 0) + os.path.getsize(os.path.join(root, f))
                stats["compacted_by_table"] = by_table
            if not self.args.compact:
                shutil.rmtree(compact, ignore_errors=True)
        elif engine == "sqlite":
            target = os.path.join(dsdir, "fts5.sqlite")
            stats, _ = run_timed([self.exe("thidua-bench-sqlite"), "load", "--db", target, "--provinces", provinces] + files)
        elif engine == "xapian":
            target = os.path.join(dsdir, "plain-xapian")
            shutil.rmtree(target, ignore_errors=True)
            stats, _ = run_timed([self.exe("thidua-bench-xapian"), "index", "--db", target, "--provinces", provinces] + files)
        else:
            self.pg.psql('DROP DATABASE IF EXISTS "%s"' % dbname)
            self.pg.psql('CREATE DATABASE "%s"' % dbname)
            target = self.pg.conninfo(dbname)
            peak = {"one": 0.0, "sum": 0.0}
            done = threading.Event()

            def sample():
                while not done.wait(0.25):
                    values = [rss_mb(p) for p in self.pg.backend_pids()]
                    if values:
                        peak["one"] = max(peak["one"], max(values))
                        peak["sum"] = max(peak["sum"], sum(values))
            sampler = threading.Thread(target=sample)
            sampler.start()
            try:
                stats, out = run_timed([self.exe("thidua-bench-pg"), "load", "--db", target, "--provinces", provinces] + files)
            finally:
                done.set()
                sampler.join()
            stats["peak_rss_mb"] = peak["one"]
            stats["peak_rss_note"] = "largest single server process, sampled every 0.25 s"
            stats["bytes_on_disk"] = json.loads(out.strip().splitlines()[-1])["bytes_on_disk"]
        if "bytes_on_disk" not in stats:
            stats["bytes_on_disk"] = du_bytes(target)
        stats["mb_per_s"] = raw_bytes / 1e6 / stats["seconds"] if stats["seconds"] else None
        stats["size_ratio"] = stats["bytes_on_disk"] / raw_bytes
        return target, stats

    # ------------------------------------------------------------ queries --
    def drive(self, engine, target, mode, queries, threads=1, seconds=1.0):
        out = os.path.join(self.work, "driver-%s.json" % engine)
        argv = [self.exe(DRIVERS[engine]), mode, "--db", target, "--queries", queries, "--out", out]
        if mode == "latency":
            argv += ["--threads", str(threads), "--seconds", str(seconds)]
        subprocess.run(argv, check=True)
        with open(out) as f:
            return json.load(f)

    def dataset(self, name, files):
        log("data set %s" % name)
        dsdir = os.path.join(self.work, name)
        os.makedirs(dsdir, exist_ok=True)
        stats = dataset_stats(files)
        entry = dict(stats, files=[os.path.relpath(p, os.path.dirname(REPO)) if p.startswith(os.path.dirname(REPO))
                                   else p for p in files], engines={})
        self.results["datasets"][name] = entry
        provinces = os.path.join(dsdir, "provinces.tsv")
        targets = {}
        mix = os.path.join(HERE, "queries", "mix.tsv")
        for engine in self.args.engines:
            if engine == "pg" and self.pg is None:
                entry["engines"][engine] = {"error": "PostgreSQL not available"}
                continue
            result = entry["engines"].setdefault(engine, {})
            try:
                log("%s: indexing %s" % (engine, name))
                targets[engine], result["index"] = self.index(engine, files, dsdir, provinces, stats["raw_bytes"],
                                                              "bench_" + re.sub(r"\W", "_", name), stats["articles"])
                log("%s: %.1f s, %.2f MB/s, %.0f MB peak RSS, size %.2f x raw" % (
                    engine, result["index"]["seconds"] or 0, result["index"]["mb_per_s"] or 0,
                    result["index"]["peak_rss_mb"] or 0, result["index"]["size_ratio"]))
                result["latency"] = {}
                for threads in (1, 2):
                    run = self.drive(engine, targets[engine], "latency", mix, threads, self.args.seconds)
                    all_results = run.pop("results")
                    run["top_ids"] = {qid: r["ids"] for qid, r in all_results.items()}
                    faceted = {qid: r for qid, r in all_results.items() if r["facet"]}
                    run["faceted_results"] = {qid: {"found": r["found"], "facet": r["facet"][:5]} for qid, r in faceted.items()}
                    result["latency"][str(threads)] = run
                    log("%s: %d thread(s): p50 %.2f ms, p99 %.2f ms, %.0f QPS" % (
                        engine, threads, run["latency_ms"]["p50"], run["latency_ms"]["p99"], run["qps"]))
            except Exception as e:  # one engine failing must not lose the others' numbers
                log("%s failed on %s: %s" % (engine, name, e))
                result["error"] = str(e)[:1500]
                if engine == "thidua":
                    raise
        if name == "real":
            self.relevance(targets)
        if name in self.args.http_sets and "thidua" in targets:
            self.http(name, targets["thidua"])
        if self.args.perf and name == self.args.perf_set and "thidua" in targets:
            self.profile(name, targets["thidua"], mix)
        if self.pg is not None and name != "real":
            self.pg.psql('DROP DATABASE IF EXISTS "bench_%s"' % re.sub(r"\W", "_", name))
        if name != "real" and not self.args.keep:
            for engine, target in targets.items():
                if engine != "pg" and target not in self.reused:
                    shutil.rmtree(target, ignore_errors=True) if os.path.isdir(target) else os.remove(target)

    def relevance(self, targets):
        loaded = relevance.load(os.environ.get("THIDUA_RELEVANCE_DIR", os.path.join(REPO, "tests", "relevance")))
        if loaded is None:
            log("relevance: tests/relevance/{queries,judgments}.tsv not found; skipped")
            self.results["relevance"] = {"skipped": "tests/relevance/queries.tsv and judgments.tsv not found"}
            return
        queries, judgments = loaded
        path = os.path.join(self.work, "relevance-queries.tsv")
        relevance.write_queries_tsv(queries, path)
        out = {"queries": len([q for q in queries if not q["kind"].startswith("derived:")]),
               "derived": len([q for q in queries if q["kind"].startswith("derived:")]), "engines": {}}
        for engine, target in targets.items():
            try:
                run = self.drive(engine, target, "run", path)
                out["engines"][engine] = relevance.evaluate(queries, judgments, run["results"])
                log("relevance %s: nDCG@10 %.3f" % (engine, out["engines"][engine].get("all", {}).get("ndcg10", 0)))
            except Exception as e:
                out["engines"][engine] = {"error": str(e)[:500]}
        self.results["relevance"] = out

    # --------------------------------------------------------------- http --
    def http(self, name, index):
        from http_bench import run_http  # noqa: E402  (kept apart: wrk + server lifecycle)
        try:
            self.results["http"][name] = run_http(self, index)
        except Exception as e:
            log("http on %s failed: %s" % (name, e))
            self.results["http"][name] = {"error": str(e)[:1500]}

    def profile(self, name, index, mix):
        from http_bench import perf_profile  # noqa: E402
        try:
            self.results.setdefault("profiles", {})[name] = perf_profile(self, index, mix, name)
        except Exception as e:
            log("perf failed: %s" % e)
            self.results.setdefault("profiles", {})[name] = {"error": str(e)[:500]}

    def real_files(self):
        """The shared corpus, plus the project's own corpus/*.jsonl when the
        judged set refers to articles only they hold."""
        files = sorted(os.path.join(self.args.shared, "corpus", f)
                       for f in os.listdir(os.path.join(self.args.shared, "corpus")) if f.endswith(".jsonl"))
        loaded = relevance.load(os.environ.get("THIDUA_RELEVANCE_DIR", os.path.join(REPO, "tests", "relevance")))
        if loaded:
            judged = {d for grades in loaded[1].values() for d in grades}
            missing = judged - ids_in(files)
            own = sorted(os.path.join(REPO, "corpus", f) for f in os.listdir(os.path.join(REPO, "corpus"))
                         if f.endswith(".jsonl"))
            if missing and missing & ids_in(own):
                log("judged set refers to %d articles of corpus/: indexing corpus/*.jsonl too" % len(missing & ids_in(own)))
                files += own
        return files

    def run(self):
        sets = [] if self.args.no_real else [("real", self.real_files())]
        sets += [("gen-%d" % n, None) for n in self.args.sizes]
        marker = os.path.join(self.work, ".pg-running")
        server = pg_server.PgServer(marker) if "pg" in self.args.engines else None
        try:
            if server is not None:
                try:
                    self.pg = server.__enter__()
                    self.results["versions"]["postgresql"] = self.pg.version()
                except Exception as e:
                    log("PostgreSQL could not start: %s" % e)
                    self.pg = None
            for name, files in sets:
                self.dataset(name, files if files else generate(int(name.split("-")[1]), self.work, self.args.shared))
                self.save()
        finally:
            if self.pg is not None:
                server.__exit__(None, None, None)
        self.results["finished"] = datetime.datetime.utcnow().strftime("%Y-%m-%d %H:%M UTC")
        self.results["elapsed_s"] = time.monotonic() - self.t0
        self.save()

    def save(self):
        os.makedirs(os.path.dirname(self.args.out), exist_ok=True)
        with open(self.args.out, "w") as f:
            json.dump(self.results, f, indent=1, ensure_ascii=False)
            f.write("\n")


def git_commit():
    try:
        return subprocess.run(["git", "-C", REPO, "rev-parse", "--short", "HEAD"], capture_output=True,
                              text=True).stdout.strip() or None
    except OSError:
        return None


def machine():
    cpu = "?"
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    with open("/proc/meminfo") as f:
        mem_kb = int(f.readline().split()[1])
    return {"nproc": os.cpu_count(), "cpu": cpu, "ram_gb": round(mem_kb / 1024 / 1024, 1),
            "kernel": platform.release(), "load_avg_at_start": os.getloadavg()}


def versions():
    def out(argv):
        try:
            return subprocess.run(argv, capture_output=True, text=True).stdout.strip().splitlines()[0]
        except (OSError, IndexError):
            return None
    return {"sqlite": out(["sqlite3", "--version"]), "xapian": out(["xapian-config", "--version"]),
            "wrk": out(["sh", "-c", "wrk --version 2>&1 | head -1"]), "postgresql": None}


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--build-dir", default=os.path.join(REPO, "build"))
    parser.add_argument("--work", default=os.environ.get("THIDUA_BENCH_WORK", "/tmp/thidua-bench"))
    parser.add_argument("--shared", default=os.path.join(os.path.dirname(REPO), "shared", "data"))
    parser.add_argument("--sizes", default=None, help="comma-separated generated sizes")
    parser.add_argument("--engines", default=",".join(ENGINES))
    parser.add_argument("--seconds", type=float, default=None, help="per latency run")
    parser.add_argument("--wrk-seconds", type=float, default=None)
    parser.add_argument("--index-threads", type=int, default=2)
    parser.add_argument("--no-compact", dest="compact", action="store_false",
                        help="index without thidua-index --compact")
    parser.add_argument("--wrk-rounds", type=int, default=1, help="64-connection wrk rounds (RSS read after each)")
    parser.add_argument("--no-http", action="store_true")
    parser.add_argument("--no-real", action="store_true", help="skip the real corpus (and relevance)")
    parser.add_argument("--note", action="append", default=[], help="a note printed with the results")
    parser.add_argument("--perf", action="store_true", help="perf profile of this project at the largest size")
    parser.add_argument("--keep", action="store_true", help="keep generated indexes")
    parser.add_argument("--reuse-index", action="store_true",
                        help="reuse this project's index of a generated set left by --keep when it holds every article")
    parser.add_argument("--out", default=None)
    args = parser.parse_args()
    args.sizes = [int(s) for s in (args.sizes or ("10000" if args.quick else "10000,100000")).split(",") if s]
    args.engines = [e for e in args.engines.split(",") if e]
    args.seconds = args.seconds or (3.0 if args.quick else 10.0)
    args.wrk_seconds = args.wrk_seconds or (6.0 if args.quick else 30.0)
    largest = "gen-%d" % max(args.sizes) if args.sizes else "real"
    args.http_sets = [] if args.no_http else ["real", largest]
    args.perf_set = largest
    args.out = args.out or os.path.join(HERE, "results", ("quick" if args.quick else "full") + ".json")

    def on_signal(signum, _frame):
        raise SystemExit(128 + signum)  # unwinds through the finally that stops PostgreSQL
    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    Bench(args).run()
    log("results in %s" % os.path.relpath(args.out, REPO))


if __name__ == "__main__":
    main()
