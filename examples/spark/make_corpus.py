#!/usr/bin/env python3
"""Write a JSONL corpus from the fixture articles plus N variants with shuffled paragraphs.

Usage: make_corpus.py FIXTURES_DIR OUTPUT_DIR N
Writes OUTPUT_DIR/fixtures.jsonl (every .txt under FIXTURES_DIR, id = file name) and
OUTPUT_DIR/generated-K.jsonl (N documents: a fixture's headline block followed by its
paragraphs in a seeded random order, ids gen-000000 …), about 100 documents a file.
"""
import json
import os
import random
import sys


def main(argv):
    fixtures, output, count = argv[1], argv[2], int(argv[3])
    texts = []
    for folder, _, names in sorted(os.walk(fixtures)):
        for name in sorted(names):
            if name.endswith(".txt"):
                with open(os.path.join(folder, name), encoding="utf-8") as f:
                    texts.append((name[:-4], f.read()))
    os.makedirs(output, exist_ok=True)
    with open(os.path.join(output, "fixtures.jsonl"), "w", encoding="utf-8") as f:
        for doc_id, text in texts:
            f.write(json.dumps({"id": doc_id, "text": text, "source": "fixture"}, ensure_ascii=False) + "\n")
    rng = random.Random(20261122)
    out = None
    for i in range(count):
        if i % 100 == 0:
            if out:
                out.close()
            out = open(os.path.join(output, f"generated-{i // 100}.jsonl"), "w", encoding="utf-8")
        _, text = texts[i % len(texts)]
        paragraphs = text.split("\n")
        head, rest = paragraphs[:3], paragraphs[3:]
        rng.shuffle(rest)
        out.write(json.dumps({"id": f"gen-{i:06d}", "text": "\n".join(head + rest)}, ensure_ascii=False) + "\n")
    if out:
        out.close()


if __name__ == "__main__":
    main(sys.argv)
