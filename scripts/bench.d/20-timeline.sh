# The timeline plugin (issue 4): time expressions over the text layer; goal >= 1 M words/s
# for `times` on BBC dev. dateparser (the peer, 7.3 k words/s) is timed when
# $WB_DATEPARSER_VENV points at a venv with dateparser installed (never installed here).
for spec in "bbc_news/bbc_news.dev.jsonl:BBC dev" "isaf_press_releases/isaf_pr.dev.jsonl:ISAF dev"; do
  file=$(bench_corpus "${spec%%:*}") || continue
  name="${spec#*:}"
  read -r words bytes <<<"$(bench_size "$file")"
  bench_row "$name" "load + times" "$words" "$bytes" "load '$file'; times | count"
  bench_row "$name" "load + timeline (with entities)" "$words" "$bytes" "load '$file'; timeline | count"
done
