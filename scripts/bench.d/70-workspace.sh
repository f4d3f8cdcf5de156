# Workspaces (issue 8): save the text layer to a .wbdb file, then reopen it and count quotes
# by speaker (read from the file, nothing recomputed). Prints the file's size too.
for spec in "bbc_news/bbc_news.dev.jsonl:BBC dev"; do
  file=$(bench_corpus "${spec%%:*}") || continue
  name="${spec#*:}"
  read -r words bytes <<<"$(bench_size "$file")"
  workspace="$(mktemp -u /tmp/wb-bench-XXXXXX.wbdb)"
  bench_row "$name" "load + quotes + save" "$words" "$bytes" "load '$file'; quotes | count; save '$workspace'"
  bench_row "$name" "open + quotes | count by speaker" "$words" "$bytes" "open '$workspace'; quotes | count by speaker"
  echo "$name workspace file: $(( $(stat -c %s "$workspace") / 1024 / 1024 )) MB for $(( bytes / 1024 / 1024 )) MB of text" >&2
  rm -f "$workspace" "$workspace-lock" "$workspace-journal"
done
