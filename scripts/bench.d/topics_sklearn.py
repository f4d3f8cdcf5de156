"""The scikit-learn pipeline wb's topics are compared with: read a JSONL file (records whose
text repeats an earlier one skipped, as `wb load` does), TfidfVectorizer + KMeans(k).

    topics_sklearn.py FILE K             the timed pipeline (scripts/bench.d/30-topics.sh):
                                         stop_words="english", KMeans(k, random_state=0);
                                         prints the cluster sizes
    topics_sklearn.py FILE K --nmi       NMI against the records' `category` for seeds 0-9,
                                         with and without English stop words, n_init auto and 10

Needs a Python with scikit-learn:
    python3 -m venv /tmp/venv-sk && /tmp/venv-sk/bin/pip install scikit-learn
    WB_SKLEARN_PYTHON=/tmp/venv-sk/bin/python scripts/bench ../shared/corpora topics
"""
import collections
import json
import statistics
import sys

from sklearn.cluster import KMeans
from sklearn.feature_extraction.text import TfidfVectorizer

path, k = sys.argv[1], int(sys.argv[2])
seen, texts, gold = set(), [], []
for line in open(path, encoding="utf-8"):
    if not line.strip():
        continue
    record = json.loads(line)
    if record["text"] in seen:
        continue
    seen.add(record["text"])
    texts.append(record["text"])
    gold.append(record.get("category"))

if "--nmi" not in sys.argv[3:]:
    X = TfidfVectorizer(stop_words="english").fit_transform(texts)
    labels = KMeans(n_clusters=k, random_state=0).fit_predict(X)
    print(sorted(collections.Counter(labels).values(), reverse=True))
    sys.exit(0)

from sklearn.metrics import normalized_mutual_info_score

print(f"{len(texts)} documents, k = {k}")
for name, vectorizer in [("TfidfVectorizer()", TfidfVectorizer()),
                         ("TfidfVectorizer(stop_words='english')", TfidfVectorizer(stop_words="english"))]:
    X = vectorizer.fit_transform(texts)
    for n_init in ["auto", 10]:
        scores = [normalized_mutual_info_score(gold, KMeans(k, random_state=seed, n_init=n_init).fit_predict(X))
                  for seed in range(10)]
        print(f"{name} + KMeans(n_init={n_init}), seeds 0-9:", " ".join(f"{s:.3f}" for s in scores),
              f"| min {min(scores):.3f} median {statistics.median(scores):.3f} max {max(scores):.3f}")
