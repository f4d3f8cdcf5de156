#!/usr/bin/env python3
"""Writes a JSONL corpus of N documents for the scale benchmark (issue 8).

    make_scale_corpus.py CORPORA_DIR N OUT.jsonl

The shared corpora are small, so their news articles, press releases and speeches (BBC dev,
PolNeAR dev, ISAF dev, the UN General Debate subset: about 600 words a document on average)
are repeated until there are N documents. Each copy gets its own id and one closing line
naming the copy: wb skips documents whose text it has already loaded, and a real corpus of
this size has no exact duplicates either. The order is fixed, so the same N always gives
the same bytes.
"""
import json
import os
import sys

SOURCES = [
    # (file under CORPORA_DIR, field holding a date or None)
    ("bbc_news/bbc_news.dev.jsonl", None),
    ("polnear_attribution/polnear.dev.jsonl", "publication_date"),
    ("isaf_press_releases/isaf_pr.dev.jsonl", "date"),
    ("un_general_debates_subset/ungdc_subset.jsonl", "year"),
]


def originals(corpora):
    docs = []
    seen = set()
    for name, date_field in SOURCES:
        path = os.path.join(corpora, name)
        if not os.path.isfile(path):
            sys.exit(f"make_scale_corpus.py: {path} is absent (the shared corpora live outside the project)")
        with open(path, encoding="utf-8") as f:
            for line in f:
                if not line.strip():
                    continue
                row = json.loads(line)
                text = row.get("text") or ""
                if not text.strip() or text in seen:
                    continue  # BBC dev holds a few exact duplicates of its own
                seen.add(text)
                doc = {"title": row.get("title") or "", "text": text}
                if date_field and row.get(date_field):
                    doc["date"] = str(row[date_field])
                docs.append(doc)
    return docs


def main():
    if len(sys.argv) != 4:
        sys.exit("usage: make_scale_corpus.py CORPORA_DIR N OUT.jsonl")
    corpora, count, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    docs = originals(corpora)
    words = 0
    with open(out, "w", encoding="utf-8") as f:
        for n in range(count):
            doc = docs[n % len(docs)]
            copy = n // len(docs)
            record = {"id": f"s{n:06d}", "title": doc["title"], "text": doc["text"].rstrip() + f"\n\nCopy {copy} of this text."}
            if "date" in doc:
                record["date"] = doc["date"]
            words += len(record["text"].split())
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(words)


if __name__ == "__main__":
    main()
