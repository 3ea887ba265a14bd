#!/usr/bin/env python3
"""Fixture for the API and browser tests: index ../shared/data/corpus/*.jsonl
(and the repository's corpus/) with the real thidua-index into a fresh
directory. Fails (never skips) when the indexer is missing or the run fails."""
import argparse
import glob
import os
import shutil
import subprocess
import sys


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--indexer", required=True)
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--extra", action="append", default=[],
                    help="more inputs (the repository's corpus/), indexed after the shared corpus")
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    if not os.access(args.indexer, os.X_OK):
        print(f"api_build_index: indexer binary not found: {args.indexer}", file=sys.stderr)
        return 1
    inputs = sorted(glob.glob(os.path.join(args.corpus, "*.jsonl")))
    names = {os.path.basename(p) for p in inputs}
    for required in ("unc.jsonl", "seeds.jsonl", "legal.jsonl"):
        if required not in names:
            print(f"api_build_index: {required} missing from {args.corpus}", file=sys.stderr)
            return 1
    shutil.rmtree(args.out, ignore_errors=True)
    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    cmd = [args.indexer, "--index", args.out, "--threads", "2"] + inputs + args.extra
    print("api_build_index:", " ".join(cmd), flush=True)
    result = subprocess.run(cmd, stdin=subprocess.DEVNULL)
    if result.returncode != 0:
        print(f"api_build_index: thidua-index exited {result.returncode}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
