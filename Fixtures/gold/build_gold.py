#!/usr/bin/env python3
"""Build the gold JSONL files from the hand-written labels.

Usage: Fixtures/gold/build_gold.py [ATTRIB_BINARY]

Reads Fixtures/gold/labels/<doc>.yaml (format: Fixtures/gold/GUIDELINES.md), takes the
sentences of each document from `attrib annotate` (headline and body, so the gold
shares the tool's segmentation), puts the labelled chains on them, and writes
Fixtures/gold/seeds.jsonl (the scraped pages), Fixtures/gold/wikinews.jsonl (the
Wikinews articles the rules were developed on) and Fixtures/gold/heldout.jsonl (label
files with `split: heldout`: Wikinews articles labelled by a second annotator and kept
out of rule development, to measure accuracy on unseen text).
Registry ids and kinds come from the built-in registry (`attrib registry list
--json`), matched by mention or name. Stops with FILE: message on any label that
does not fit the text.
"""
import glob
import json
import os
import subprocess
import sys
import unicodedata

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def fold(s):
    s = s.replace("\u2019", "'").replace("\u2018", "'")
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    s = " ".join(s.replace(",", " ").split())
    if s.lower().startswith("the "):
        s = s[4:]
    if s.endswith("'s"):
        s = s[:-2]
    return s


def registry_index(binary):
    entries = json.loads(subprocess.check_output([binary, "registry", "list", "--json"], text=True))
    exact, loose = {}, {}
    for e in entries:
        for name in [e["name"]] + e.get("aliases", []):
            key = fold(name)
            letters = [c for c in key if c.isalpha()]
            if len(letters) >= 2 and all(c.isupper() for c in letters):
                exact.setdefault(key, e)
            else:
                loose.setdefault(key.lower(), e)
    return exact, loose


def lookup(index, *names):
    exact, loose = index
    for name in names:
        if not name:
            continue
        key = fold(name)
        if key in exact:
            return exact[key]
        if key.lower() in loose:
            return loose[key.lower()]
    return None


def label_of(hops):
    outlets = [h["name"] for h in hops if h["id"] is not None and h["kind"] != "person"]
    others = [h["name"] for h in hops if not (h["id"] is not None and h["kind"] != "person")]
    names = []
    for n in outlets + others:
        if n not in names:
            names.append(n)
    return " via ".join(names)


def find_word(text, mention, lo, hi):
    """Starts of `mention` in text[lo:hi] that do not begin or end inside a word
    ("he" is not found in "the")."""
    starts = []
    i = text.find(mention, lo, hi)
    while i >= 0:
        end = i + len(mention)
        before = text[i - 1] if i > 0 else " "
        after = text[end] if end < len(text) else " "
        if not (mention[0].isalnum() and before.isalnum()) and not (mention[-1].isalnum() and after.isalnum()):
            starts.append(i)
        i = text.find(mention, i + 1, hi)
    return starts


def main(argv):
    binary = argv[1] if len(argv) > 1 else os.path.join(ROOT, ".build/debug/attrib")
    index = registry_index(binary)
    outputs = {"seeds": [], "wikinews": [], "heldout": []}
    problems = []
    label_files = sorted(glob.glob(os.path.join(ROOT, "Fixtures/gold/labels/*.yaml")))
    for path in label_files:
        with open(path, encoding="utf-8") as f:
            labels = yaml.safe_load(f)
        doc = labels["doc"]
        corpus = "wikinews" if doc.startswith("wikinews-") else "seeds"
        article = os.path.join(ROOT, "Fixtures/articles", "wikinews" if corpus == "wikinews" else "", doc + ".txt")
        if labels.get("split") == "heldout":
            corpus = "heldout"
        with open(article, encoding="utf-8") as f:
            text = f.read()
        run = subprocess.run([binary, "annotate", article], capture_output=True, text=True, check=True).stdout
        records = [json.loads(line) for line in run.splitlines()]
        for r in records:
            r["attributions"] = []
        rel = os.path.relpath(path, ROOT)
        for item in labels.get("labels") or []:
            key = item["sentence"]
            hits = [r for r in records if key in r["text"]]
            if len(hits) != 1:
                # The key may span a line break the sentence keeps; try with folded spaces.
                hits = [r for r in records if " ".join(key.split()) in " ".join(r["text"].split())]
            if len(hits) != 1:
                problems.append(f"{rel}: sentence key {key!r} matches {len(hits)} sentences")
                continue
            record = hits[0]
            for chain in item.get("chains") or []:
                hops = []
                for hop in chain["hops"]:
                    mention = hop["mention"]
                    if hop.get("in_previous"):
                        found = find_word(text, mention, 0, record["start"])
                        start = found[-1] if found else -1
                    elif hop.get("in_next"):
                        found = find_word(text, mention, record["end"], len(text))
                        start = found[0] if found else -1
                    else:
                        found = find_word(text, mention, record["start"], record["end"])
                        at = hop.get("at", 1)
                        start = found[at - 1] if len(found) >= at else -1
                    if start < 0:
                        problems.append(f"{rel}: mention {mention!r} not found for sentence {key!r}")
                        start = record["start"]
                    # Offsets in code points: Python str indices are code points.
                    entry = lookup(index, hop["name"], mention) if hop.get("kind") not in ("group",) else None
                    if entry is not None and entry["kind"] == "person" and hop.get("kind") not in (None, "person"):
                        entry = None
                    hops.append({
                        "name": entry["name"] if entry else hop["name"],
                        "id": entry["id"] if entry else None,
                        "kind": entry["kind"] if entry else hop.get("kind", "organization"),
                        "mention": mention,
                        "start": start,
                        "end": start + len(mention),
                        "cue": hop.get("cue", ""),
                        "anonymous": bool(hop.get("anonymous", False)),
                        "affiliation": hop.get("affiliation") or (entry.get("affiliation") if entry else None),
                    })
                record["attributions"].append({
                    "label": label_of(hops),
                    "inherited": bool(chain.get("inherited", False)),
                    "rule": "gold",
                    "chain": hops,
                })
        outputs[corpus].extend(records)
    if problems:
        for p in problems:
            print(p, file=sys.stderr)
        return 1
    for corpus, records in outputs.items():
        out = os.path.join(ROOT, f"Fixtures/gold/{corpus}.jsonl")
        with open(out, "w", encoding="utf-8") as f:
            for r in records:
                f.write(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n")
        labelled = sum(1 for r in records if r["attributions"])
        print(f"{out}: {len(records)} sentences, {labelled} attributed, "
              f"{sum(len(r['attributions']) for r in records)} chains", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
