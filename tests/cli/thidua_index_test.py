#!/usr/bin/env python3
"""CLI scenarios for thidua-index, checked with xapian-delve.

usage: thidua_index_test.py SCENARIO --bin PATH --shared DIR --data DIR
Exits non-zero with a message on the first failed check.
"""
import argparse
import gzip
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

ARGS = None


def fail(message):
    print("FAIL: " + message, file=sys.stderr)
    sys.exit(1)


def check(condition, message):
    if not condition:
        fail(message)


def run(*args, stdin=None, expect=None):
    env = dict(os.environ, THIDUA_DATA_DIR=ARGS.data)
    proc = subprocess.run([ARGS.bin, *args], input=stdin, capture_output=True, env=env)
    out, err = proc.stdout.decode("utf-8", "replace"), proc.stderr.decode("utf-8", "replace")
    if expect is not None and proc.returncode != expect:
        fail(f"{' '.join(args)}: exit {proc.returncode}, wanted {expect}\nstdout:\n{out}\nstderr:\n{err}")
    return proc.returncode, out, err


def delve(*args):
    tool = shutil.which("xapian-delve") or shutil.which("delve")
    check(tool is not None, "xapian-delve not found (apt-get install xapian-tools)")
    for _ in range(20):  # a concurrent writer may modify the index under us: retry
        proc = subprocess.run([tool, *args], capture_output=True)
        if proc.returncode == 0:
            return proc.stdout.decode("utf-8", "replace")
        time.sleep(0.05)
    fail(f"xapian-delve {' '.join(args)}: {proc.stderr.decode()}")


def doc_count(index):
    match = re.search(r"number of documents = (\d+)", delve(index))
    check(match is not None, "no document count from xapian-delve")
    return int(match.group(1))


def docs_with_term(index, term):
    out = delve("-t", term, index)
    match = re.search(r"Posting List for term '.*' \(termfreq (\d+)", out)
    return int(match.group(1)) if match else 0


def ids_in(database):
    """Ids (Q terms) stored in one database (a shard, or the whole index)."""
    out = delve("-1", "-A", "Q", database)
    return {line[1:] for line in out.splitlines()[1:] if line.startswith("Q")}


def fnv1a64(text):
    """The shard routing hash (docs/schema.md "Index layout: shards")."""
    value = 0xcbf29ce484222325
    for byte in text.encode("utf-8"):
        value = ((value ^ byte) * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
    return value


def shard_paths(index):
    """The shard databases listed in index/XAPIANDB, in order."""
    with open(os.path.join(index, "XAPIANDB"), encoding="utf-8") as f:
        lines = [l.split() for l in f if l.strip() and not l.lstrip().startswith("#")]
    return [os.path.join(index, parts[1]) for parts in lines]


def openable(index):
    """The stub and every shard it lists exist (a run may be creating them)."""
    if not os.path.exists(os.path.join(index, "XAPIANDB")):
        return False
    return all(os.path.exists(os.path.join(p, "iamglass")) for p in shard_paths(index))


def summary_number(out, name):
    match = re.search(name + r" (\d+)", out)
    check(match is not None, f"summary has no '{name}': {out}")
    return int(match.group(1))


def seeds():
    return os.path.join(ARGS.shared, "corpus", "seeds.jsonl")


def write_small_inputs(tmp):
    """A directory with .txt, .html and .jsonl.gz articles (written for the test)."""
    folder = os.path.join(tmp, "in")
    os.makedirs(os.path.join(folder, "sub"))
    with open(os.path.join(folder, "bai-a.txt"), "w", encoding="utf-8") as f:
        f.write("Chi tiết tin - Tin địa phương\n\nTỉnh Nghệ An phát động phong trào thi đua mới\n\n"
                "Sáng 3/4, Ủy ban MTTQ tỉnh Nghệ An phát động phong trào thi đua trong toàn tỉnh.\nXem thêm\n")
    with open(os.path.join(folder, "sub", "bai-b.html"), "w", encoding="utf-8") as f:
        f.write("<html><head><title>Bài B | Báo</title></head><body><nav>Trang chủ</nav>"
                "<article><h1>Lâm Đồng tuyên dương điển hình tiên tiến</h1>"
                "<p>Ngày 9/9/2024, tỉnh Lâm Đồng tuyên dương 40 tập thể.</p></article></body></html>")
    with gzip.open(os.path.join(folder, "sub", "c.jsonl.gz"), "wt", encoding="utf-8") as f:
        f.write(json.dumps({"id": "gz-1", "title": "Cà Mau xây dựng nông thôn mới",
                            "body": "Tỉnh Cà Mau có thêm 5 xã đạt chuẩn.", "published": "2022-05-01"}) + "\n")
    return folder


def scenario_basic(tmp):
    index = os.path.join(tmp, "index")
    folder = write_small_inputs(tmp)
    stdin = json.dumps({"id": "stdin-1", "title": "Bến Tre", "body": "Tỉnh Bến Tre khen thưởng."}) + "\n"
    _, out, err = run("--index", index, "--threads", "2", seeds(), folder, "-", stdin=stdin.encode(), expect=0)
    check(summary_number(out, "indexed") == 9, f"indexed: {out}")
    check(summary_number(out, "new") == 9, out)
    check("MB/s" in out, "summary has MB/s")
    check(doc_count(index) == 9, "index holds 9 documents")
    for doc_id in ("seed-000", "seed-004", "bai-a", "bai-b", "gz-1", "stdin-1"):
        check(docs_with_term(index, "Q" + doc_id) == 1, f"document {doc_id} is in the index")
    check(docs_with_term(index, "XPROVtra-vinh") >= 1, "seed-003 is filed under Trà Vinh")
    check(docs_with_term(index, "D20230925") >= 1, "seed-004's dateline date is indexed")
    check(docs_with_term(index, "Y2022") >= 1, "the gzip record's date is indexed")
    check(docs_with_term(index, "XSFdoan") >= 3, "folded title terms are indexed")


def scenario_bad_input(tmp):
    index = os.path.join(tmp, "index")
    bad = os.path.join(tmp, "bad.jsonl")
    with open(bad, "wb") as f:
        f.write(b'{"id": "ok-1", "title": "T", "body": "B"}\n')
        f.write(b'{"id": "broken", "title": \n')
        f.write(b'{"id": "empty"}\n')
        f.write(b'{"id": "latin", "body": "' + b"\xe9" * 200 + b'"}\n')
        f.write(b'{"id": "huge", "body": "' + b"a" * 3000 + b'"}\n')
        f.write(b'{"id": "ok-2", "title": "T2", "body": "B2"}\n')
    code, out, err = run("--index", index, "--max-line-bytes", "2000", bad, expect=0)
    for line_no, reason in ((2, "malformed JSON"), (3, "no title and no body"), (4, "not UTF-8"), (5, "longer than")):
        check(re.search(re.escape(f"{bad}:{line_no}: skipped: ") + ".*" + reason, err) is not None,
              f"line {line_no} reported as '{reason}':\n{err}")
    check(summary_number(out, "skipped") == 4, out)
    check(summary_number(out, "indexed") == 2, out)
    check(doc_count(index) == 2, "the good records are indexed")
    run("--index", index, "--strict", "--max-line-bytes", "2000", bad, expect=1)
    code, _, err = run("--index", index, os.path.join(tmp, "missing.jsonl"), expect=1)
    check("missing.jsonl" in err, "a missing path is reported")


def scenario_replace_delete(tmp):
    index = os.path.join(tmp, "index")
    _, out, _ = run("--index", index, seeds(), expect=0)
    check(summary_number(out, "new") == 5, out)
    _, out, _ = run("--index", index, seeds(), expect=0)
    check(summary_number(out, "replaced") == 5 and summary_number(out, "new") == 0, out)
    check(doc_count(index) == 5, "re-indexing replaces")
    _, out, _ = run("--index", index, "--delete", "seed-001", "seed-404", expect=0)
    check(summary_number(out, "deleted") == 1, out)
    check("1 ids not found" in out, out)
    check(doc_count(index) == 4, "deleted")
    check(docs_with_term(index, "Qseed-001") == 0, "seed-001 is gone")
    _, out, _ = run("--index", index, "--compact", seeds(), expect=0)
    check("compacted" in out, out)
    check(doc_count(index) == 5, "the compacted index holds every document")
    check(sorted(os.listdir(tmp)) == ["index"], f"no temporary directories left: {os.listdir(tmp)}")


def scenario_extract_only(tmp):
    _, out, err = run("--extract-only", seeds(), expect=0)
    lines = out.splitlines()
    check(len(lines) == 5, f"one line per article: {out}")
    keys = {"id", "provinces", "provinces_2025", "primary_province", "campaigns", "figures", "people", "models",
            "published"}
    for line in lines:
        record = json.loads(line)
        check(keys <= set(record), f"keys {keys - set(record)} missing")
    by_id = {json.loads(l)["id"]: json.loads(l) for l in lines}
    check(by_id["seed-004"]["published"] == "2023-09-25", "published from the record")
    check("Trà Vinh" in by_id["seed-003"]["provinces"], "seed-003 mentions Trà Vinh")
    check("extracted 5" in err, "summary on stderr")
    check(not os.path.exists(os.path.join(tmp, "index")), "no index written")


def scenario_deterministic(tmp):
    unc = os.path.join(ARGS.shared, "corpus", "unc.jsonl")
    sample = os.path.join(tmp, "sample.jsonl")
    with open(unc, encoding="utf-8") as src, open(sample, "w", encoding="utf-8") as dst:
        for i, line in enumerate(src):
            if i >= 60:
                break
            dst.write(line)
    outputs = [run("--extract-only", "--threads", str(n), sample, expect=0)[1] for n in (1, 3)]
    check(outputs[0] == outputs[1], "--extract-only output does not depend on --threads")
    dumps = []
    for n in (1, 3):
        # Docids depend on the shard count (shard s's docid d is (d-1)*N+s+1),
        # not on the analysis threads: each shard gets its documents in input order.
        index = os.path.join(tmp, f"index{n}")
        run("--index", index, "--threads", str(n), "--shards", "2", "--batch", "7", sample, expect=0)
        dumps.append([delve("-r", str(d), "-d", index) for d in (1, 2, 29, 30)])
    check(dumps[0] == dumps[1], "documents and docids do not depend on --threads")
    check(all("Term List for record" in d for d in dumps[0]), f"docids 1, 2, 29, 30 exist: {dumps[0]}")
    # Any shard count holds the same documents.
    one = os.path.join(tmp, "one-shard")
    run("--index", one, "--shards", "1", sample, expect=0)
    check(ids_in(one) == ids_in(os.path.join(tmp, "index1")) and len(ids_in(one)) == 60, "same ids in 1 and 2 shards")


def scenario_kill9(tmp):
    # 300 real records with batches of 20: kill -9 after the first commit.
    unc = os.path.join(ARGS.shared, "corpus", "unc.jsonl")
    big = os.path.join(tmp, "big.jsonl")
    total = 300
    with open(unc, encoding="utf-8") as src, open(big, "w", encoding="utf-8") as dst:
        for i, line in enumerate(src):
            if i >= total:
                break
            record = json.loads(line)
            record["id"] = f"kill-{i:04d}"
            dst.write(json.dumps(record, ensure_ascii=False) + "\n")
    index = os.path.join(tmp, "index")
    env = dict(os.environ, THIDUA_DATA_DIR=ARGS.data)
    # --threads 2: two shards, each with its own writer thread and batches.
    proc = subprocess.Popen([ARGS.bin, "--index", index, "--batch", "20", "--threads", "2", big],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    deadline = time.time() + 300
    committed = 0
    while time.time() < deadline and proc.poll() is None:
        if openable(index):
            committed = doc_count(index)
            if committed > 0:
                break
        time.sleep(0.02)
    check(proc.poll() is None, "the run ended before it could be killed: make the input larger")
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    after_kill = doc_count(index)  # it opens
    check(after_kill >= 20, f"at least one committed batch survives ({after_kill})")
    check(after_kill < total, "killed before the end")
    # Every shard holds whole batches of its own documents, in input order:
    # the first 20*k ids routed to it, nothing else.
    shards = shard_paths(index)
    check(len(shards) == 2, f"--threads 2 makes 2 shards: {shards}")
    ids = [f"kill-{i:04d}" for i in range(total)]
    for s, path in enumerate(shards):
        held = ids_in(path)
        routed = [i for i in ids if fnv1a64(i) % len(shards) == s]
        check(len(held) % 20 == 0, f"shard {s}: only whole batches are committed ({len(held)})")
        check(held == set(routed[:len(held)]), f"shard {s}: holds its first {len(held)} ids")
        if held:
            check(docs_with_term(index, "Q" + routed[0]) == 1, f"shard {s}'s first batch is searchable")
    # --resume skips what the committed batches hold and indexes the rest.
    _, out, _ = run("--index", index, "--batch", "20", "--resume", big, expect=0)
    check(doc_count(index) == total, f"the second run completes the job ({doc_count(index)})")
    check(summary_number(out, "new") == total - after_kill, out)
    check(summary_number(out, "unchanged") == after_kill, out)
    # A plain re-run re-indexes everything, idempotently.
    _, out, _ = run("--index", index, "--batch", "20", big, expect=0)
    check(doc_count(index) == total, "still complete")
    check(summary_number(out, "replaced") == total and summary_number(out, "new") == 0, out)
    for s, path in enumerate(shard_paths(index)):
        check(ids_in(path) == {i for i in ids if fnv1a64(i) % 2 == s}, f"shard {s} holds exactly its ids")


def scenario_shards(tmp):
    index = os.path.join(tmp, "index")
    _, out, _ = run("--index", index, "--shards", "3", "--threads", "2", seeds(), expect=0)
    check("in 3 shard(s)" in out, out)
    check(len(shard_paths(index)) == 3, "the stub lists 3 shards")
    all_ids = ids_in(index)
    check(len(all_ids) == 5 and doc_count(index) == 5, f"the directory opens as one index: {all_ids}")
    for s, path in enumerate(shard_paths(index)):
        check(ids_in(path) == {i for i in all_ids if fnv1a64(i) % 3 == s}, f"shard {s} holds the ids routed to it")
    # The shard count is fixed at creation.
    _, out, err = run("--index", index, "--shards", "2", "--delete", "seed-002", expect=0)
    check("--shards 2 ignored" in err and summary_number(out, "deleted") == 1, out + err)
    # A renamed sharded directory (scripts/run) still opens.
    moved = os.path.join(tmp, "moved")
    os.rename(index, moved)
    check(doc_count(moved) == 4 and ids_in(moved) == all_ids - {"seed-002"}, "a renamed index opens")
    # Compaction merges the shards into one plain database with every id.
    _, out, _ = run("--index", moved, "--compact", seeds(), expect=0)
    check(not os.path.exists(os.path.join(moved, "XAPIANDB")), "compacted: no stub left")
    check(doc_count(moved) == 5 and ids_in(moved) == all_ids, "compacted: one database, 5 documents")
    # A plain glass index (made before shards, or merged) is written as one shard.
    plain = os.path.join(tmp, "plain")
    os.rename(moved, plain)
    before = doc_count(plain)
    _, out, _ = run("--index", plain, "--threads", "2", seeds(), expect=0)
    check("in 1 shard(s)" in out and not os.path.exists(os.path.join(plain, "XAPIANDB")), out)
    check(doc_count(plain) == 5 and summary_number(out, "replaced") == before, out)


def scenario_usage(tmp):
    for args in ((), ("--index",), (seeds(),), ("--index", tmp, "--threads", "x", seeds()),
                 ("--index", tmp, "--bogus", seeds()), ("--extract-only", "--index", tmp, seeds()),
                 ("--index", tmp, "--delete"), ("--index", tmp, "--shards", "0", seeds())):
        code, _, err = run(*args)
        check(code == 2, f"{args}: exit {code}, wanted 2")
        check("usage:" in err, f"{args}: usage text on stderr")
    code, out, _ = run("--help", expect=0)
    check("--extract-only" in out, "help lists the options")


def main():
    global ARGS
    parser = argparse.ArgumentParser()
    parser.add_argument("scenario")
    parser.add_argument("--bin", required=True)
    parser.add_argument("--shared", required=True)
    parser.add_argument("--data", required=True)
    ARGS = parser.parse_args()
    scenario = globals().get("scenario_" + ARGS.scenario)
    check(scenario is not None, "unknown scenario " + ARGS.scenario)
    with tempfile.TemporaryDirectory(prefix="thidua-cli-") as tmp:
        scenario(tmp)
    print(f"cli {ARGS.scenario}: 1 passed, 0 failed")


if __name__ == "__main__":
    main()
