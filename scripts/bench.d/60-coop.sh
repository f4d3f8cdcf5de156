# Cooperation-area tagging (issue 6): the whole process — load, tokens, sentences, entities
# (the partners), then tagging every paragraph — against load + entities alone, so that the
# tagging's own cost is the difference. Goal: >= 2 M words/s for the whole process on BBC dev.
for spec in "bbc_news/bbc_news.dev.jsonl:BBC dev" "un_general_debates_subset/ungdc_subset.jsonl:UNGDC subset"; do
  file=$(bench_corpus "${spec%%:*}") || continue
  name="${spec#*:}"
  read -r words bytes <<<"$(bench_size "$file")"
  bench_row "$name" "load + entities" "$words" "$bytes" "load '$file'; entities | count"
  bench_row "$name" "load + coop (paragraphs)" "$words" "$bytes" "load '$file'; coop | count"
  bench_row "$name" "load + coop --unit sentence" "$words" "$bytes" "load '$file'; coop --unit sentence | count"
done
