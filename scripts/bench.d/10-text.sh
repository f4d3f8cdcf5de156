# The text layer (issue 3): load, then sentences, then entities and quotes (which need them).
for spec in "bbc_news/bbc_news.dev.jsonl:BBC dev" "polnear_attribution/polnear.dev.jsonl:PolNeAR dev"; do
  file=$(bench_corpus "${spec%%:*}") || continue
  name="${spec#*:}"
  read -r words bytes <<<"$(bench_size "$file")"
  bench_row "$name" "load" "$words" "$bytes" "load '$file'"
  bench_row "$name" "load + sentences" "$words" "$bytes" "load '$file'; sentences | count"
  bench_row "$name" "load + entities" "$words" "$bytes" "load '$file'; entities | count"
  bench_row "$name" "load + quotes (whole text layer)" "$words" "$bytes" "load '$file'; quotes | count"
done
