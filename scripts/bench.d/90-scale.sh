# Scale (issue 8): 1 k, 10 k and 100 k documents (the shared news corpora repeated with
# distinct ids, made once in /tmp by make_scale_corpus.py), through every analysis: ingest,
# sentences, entities, quotes, times, topics (k = 20), coop, sentiment; then saved into a
# workspace (save time, file size) and reopened for `quotes | count by speaker` (best of 3). One run each (the
# 100 k run takes minutes), so the figures are wall and CPU time of that run. Only runs when
# named (`scripts/bench ../shared/corpora scale`) or with WB_BENCH_SCALE=1; WB_SCALE_SIZES
# overrides the sizes ("1000 10000").
scale_all_analyses() { # FILE
  echo "load '$1'; sentences | count; entities | count; quotes | count; times | count; topics --k 20 | count; coop | count; sentiment | count"
}

if [[ " $* " == *" scale "* ]] || [ "${WB_BENCH_SCALE:-0}" = 1 ]; then
  for n in ${WB_SCALE_SIZES:-1000 10000 100000}; do
    corpus="/tmp/wb-scale-$n.jsonl"
    if [ ! -s "$corpus" ]; then
      python3 scripts/bench.d/make_scale_corpus.py "$CORPORA" "$n" "$corpus" >/dev/null || continue
    fi
    read -r words bytes <<<"$(bench_size "$corpus")"
    read -r cpu wall kb <<<"$(bench_measure "$(scale_all_analyses "$corpus")")"
    awk -v n="$n docs" -v c="$cpu" -v w="$wall" -v words="$words" -v kb="$kb" -v bytes="$bytes" \
      'BEGIN {printf "%-14s %-34s %9.3f %9.3f %12.0f %10.1f %8.1f\n", n, "every analysis, in memory", c, w, (w > 0 ? words / w : 0), kb / 1024, kb * 1024 / bytes}'
    # Into a workspace (load + quotes, with what they need, + save), then reopened: the
    # saved quotes are read, the layers they were computed from are not.
    ws="/tmp/wb-scale-$n.wbdb"
    rm -f "$ws"
    read -r cpu wall kb <<<"$(bench_measure_command "$WB" --workspace "$ws" -c "load '$corpus'; quotes | count; save")"
    awk -v n="$n docs" -v c="$cpu" -v w="$wall" -v kb="$kb" -v mb="$(du -m "$ws" | cut -f1)" \
      'BEGIN {printf "%-14s %-34s %9.3f %9.3f %12s %10.1f %8s\n", n, "load + quotes + save (" mb " MB)", c, w, "", kb / 1024, ""}'
    read -r cpu wall kb <<<"$(bench_best_of_3 bench_measure_command "$WB" --workspace "$ws" -c "quotes | count by speaker")"
    awk -v n="$n docs" -v c="$cpu" -v w="$wall" -v kb="$kb" \
      'BEGIN {printf "%-14s %-34s %9.3f %9.3f %12s %10.1f %8s\n", n, "reopen + quotes | count by speaker", c, w, "", kb / 1024, ""}'
    rm -f "$ws"
  done
fi
