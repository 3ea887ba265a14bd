#!/usr/bin/env python3
"""did_you_mean on text the index really holds: a seeded sample of 2-4-word
fragments of the corpus's own sentences (no digits), each asked twice
through thidua-search:

  as written      a suggestion is a false alarm (the text is right);
  without marks   the suggestion should restore the fragment exactly.

Usage: bench/did_you_mean_check.py --search build/search/thidua-search
           --index var/index --corpus ../shared/data/corpus/unc.jsonl [--n 80]
Prints both rates and every miss. Not a test: fragments cut across words
("tich khi do" from "chủ tịch khi đó") are ambiguous by nature.
"""
import argparse
import json
import random
import re
import subprocess
import unicodedata


def fold(text):
    text = text.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


def fragments(corpus, n, seed):
    articles = [json.loads(line) for line in open(corpus, encoding="utf-8") if line.strip()]
    rng = random.Random(seed)
    out = []
    while len(out) < n:
        body = unicodedata.normalize("NFC", rng.choice(articles).get("body", ""))
        words = rng.choice(re.split(r'[.,;:!?“”"()\n]', body)).split()
        if len(words) < 4:
            continue
        k = rng.randint(2, 4)
        i = rng.randint(0, len(words) - k)
        piece = words[i:i + k]
        if any(re.search(r"[0-9%]", w) for w in piece):
            continue
        out.append(" ".join(piece).lower())
    return out


def suggestion(search, index, query):
    result = subprocess.run([search, "--index", index, "--per-page", "0", query],
                            check=True, capture_output=True, text=True)
    return json.loads(result.stdout)["did_you_mean"]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--search", required=True)
    parser.add_argument("--index", required=True)
    parser.add_argument("--corpus", required=True)
    parser.add_argument("--n", type=int, default=80)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    alarms, restored = [], 0
    samples = fragments(args.corpus, args.n, args.seed)
    for text in samples:
        got = suggestion(args.search, args.index, text)
        if got:
            alarms.append(f"{text!r} -> {got!r}")
        plain = fold(text)
        got = suggestion(args.search, args.index, plain)
        if (got or plain) == text:
            restored += 1
        else:
            print(f"not restored: {plain!r} -> {got!r} (want {text!r})")
    for alarm in alarms:
        print(f"false alarm: {alarm}")
    print(f"as written: {len(alarms)} of {len(samples)} got a suggestion (false alarms)")
    print(f"without diacritics: {restored} of {len(samples)} restored exactly")


if __name__ == "__main__":
    main()
