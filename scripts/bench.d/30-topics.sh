# Topics (issue 5): load + topics on BBC dev (k = 5, and --k auto), AG News dev (5.3 k short
# items, k = 4) and 20 k short items (AG News dev replicated with distinct ids and texts, made
# in /tmp), to show how the cost grows. With WB_SKLEARN_PYTHON set to a Python that has
# scikit-learn, also times the scikit-learn pipeline on BBC dev (scripts/bench.d/topics_sklearn.py,
# whole process, best of 3) and prints the ratios, by CPU time and by wall time.

if bbc=$(bench_corpus "bbc_news/bbc_news.dev.jsonl"); then
  read -r words bytes <<<"$(bench_size "$bbc")"
  bench_row "BBC dev" "load" "$words" "$bytes" "load '$bbc'"
  bench_row "BBC dev" "load + topics --k 5" "$words" "$bytes" "load '$bbc'; topics --k 5"
  bench_row "BBC dev" "load + topics (--k auto, 2-12)" "$words" "$bytes" "load '$bbc'; topics"
  if [ -n "${WB_SKLEARN_PYTHON:-}" ]; then
    if "$WB_SKLEARN_PYTHON" -c 'import sklearn' 2>/dev/null; then
      read -r py_cpu py_wall py_kb <<<"$(bench_best_of_3 bench_measure_command "$WB_SKLEARN_PYTHON" scripts/bench.d/topics_sklearn.py "$bbc" 5)"
      read -r wb_cpu wb_wall wb_kb <<<"$(bench_best "load '$bbc'; topics --k 5")"
      bench_print "BBC dev" "scikit-learn TF-IDF + KMeans(5)" "$py_cpu" "$py_wall" "$words" "$py_kb" "$bytes"
      awk -v pc="$py_cpu" -v pw="$py_wall" -v wc="$wb_cpu" -v ww="$wb_wall" \
        'BEGIN {printf "topics: wb load + topics --k 5 is %.1fx faster than scikit-learn in CPU time (%.3f s vs %.3f s), %.1fx in wall time (%.3f s vs %.3f s)\n", pc / wc, wc, pc, pw / ww, ww, pw}'
    else
      echo "scripts/bench: WB_SKLEARN_PYTHON=$WB_SKLEARN_PYTHON cannot import sklearn; scikit-learn not timed" >&2
    fi
  else
    echo "scripts/bench: set WB_SKLEARN_PYTHON to a Python with scikit-learn to time the scikit-learn pipeline" >&2
  fi
fi

if ag=$(bench_corpus "ag_news_test/ag_news_test.dev.jsonl"); then
  read -r words bytes <<<"$(bench_size "$ag")"
  bench_row "AG News dev" "load" "$words" "$bytes" "load '$ag'"
  bench_row "AG News dev" "load + topics --k 4" "$words" "$bytes" "load '$ag'; topics --k 4"
  many="$(mktemp /tmp/wb-bench-ag20k.XXXXXX.jsonl)"
  # Every item gets a new id and "(copy N)" at the end of its text, so that `load` does not
  # skip the copies as duplicates; numbers are not terms, and "copy" (in every item) is over --max-df.
  python3 -c 'import json, sys
items = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
with open(sys.argv[2], "w", encoding="utf-8") as out:
    for n in range(20000):
        copy, item = divmod(n, len(items))
        record = dict(items[item], id="%s-%d" % (items[item]["id"], copy), text="%s (copy %d)" % (items[item]["text"], copy))
        out.write(json.dumps(record) + "\n")' "$ag" "$many"
  read -r words bytes <<<"$(bench_size "$many")"
  bench_row "AG News x20k" "load" "$words" "$bytes" "load '$many'"
  bench_row "AG News x20k" "load + topics --k 4" "$words" "$bytes" "load '$many'; topics --k 4"
  bench_row "AG News x20k" "load + topics --k 20" "$words" "$bytes" "load '$many'; topics --k 20"
  rm -f "$many"
fi
