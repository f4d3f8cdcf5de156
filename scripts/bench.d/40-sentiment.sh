# Sentiment (issue 7): every sentence of BBC dev scored, whole process (goal: 20× VADER's
# 378 k words/s). "load + sentences" is the text layer alone; the difference between the two
# runs is the sentiment step's own cost (terms, scoring, the result table).
sentiment_print() { # CORPUS LABEL CPU WALL WORDS KB BYTES
  awk -v n="$1" -v l="$2" -v c="$3" -v w="$4" -v words="$5" -v kb="$6" -v bytes="$7" \
    'BEGIN {printf "%-14s %-34s %9.3f %9.3f %12.0f %10.1f %8.1f\n", n, l, c, w, (c > 0 ? words / c : 0), kb / 1024, kb * 1024 / bytes}'
}
if file=$(bench_corpus "bbc_news/bbc_news.dev.jsonl"); then
  read -r words bytes <<<"$(bench_size "$file")"
  read -r base_cpu base_wall base_kb <<<"$(bench_best "load '$file'; sentences | count")"
  sentiment_print "BBC dev" "load + sentences" "$base_cpu" "$base_wall" "$words" "$base_kb" "$bytes"
  read -r cpu wall kb <<<"$(bench_best "load '$file'; sentiment --unit sentence | count")"
  sentiment_print "BBC dev" "load + sentiment of every sentence" "$cpu" "$wall" "$words" "$kb" "$bytes"
  awk -v c="$cpu" -v b="$base_cpu" -v words="$words" \
    'BEGIN {d = c - b; printf "%-14s %-34s %9.3f %9s %12.0f\n", "BBC dev", "  the sentiment step alone", d, "-", (d > 0 ? words / d : 0)}'
fi
