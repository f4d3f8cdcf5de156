# Sentiment (issue 7): every sentence of BBC dev scored, whole process (goal: 20× VADER's
# 378 k words/s, i.e. 7.56 M words/s). "load + sentences" is the text layer alone; the
# difference between the two runs is the sentiment step's own cost (terms, scoring, the
# result table).
if file=$(bench_corpus "bbc_news/bbc_news.dev.jsonl"); then
  read -r words bytes <<<"$(bench_size "$file")"
  read -r base_cpu base_wall base_kb <<<"$(bench_best "load '$file'; sentences | count")"
  bench_print "BBC dev" "load + sentences" "$base_cpu" "$base_wall" "$words" "$base_kb" "$bytes"
  read -r cpu wall kb <<<"$(bench_best "load '$file'; sentiment --unit sentence | count")"
  bench_print "BBC dev" "load + sentiment of every sentence" "$cpu" "$wall" "$words" "$kb" "$bytes"
  awk -v c="$cpu" -v b="$base_cpu" -v w="$wall" -v bw="$base_wall" -v words="$words" \
    'BEGIN {d = c - b; e = w - bw; printf "%-14s %-34s %7.3f %7.3f %13.0f %14.0f\n", "BBC dev", "  the sentiment step alone", d, e, (d > 0 ? words / d : 0), (e > 0 ? words / e : 0)}'
fi
