# Scale (issue 8): 1 k, 10 k and 100 k documents (the shared news corpora repeated with
# distinct ids, made once in /tmp by make_scale_corpus.py), through every analysis into a
# workspace: ingest, sentences, entities, quotes, times, topics (k = 20), coop, sentiment,
# then `save` to a new .wbdb file, which is then reopened for `quotes | count by speaker`
# (best of 3: the saved quotes are read, the layers they were computed from are not). One run each (the 100 k run takes minutes), so the figures
# are wall and CPU time of that run; the goal for 100 k is under 2 minutes and 8 GB peak.
# Under each row, the seconds each statement took (from WB_TIMING marks on stderr). Only
# runs when named (`scripts/bench ../shared/corpora scale`) or with WB_BENCH_SCALE=1;
# WB_SCALE_SIZES overrides the sizes ("1000 10000").
scale_all_analyses() { # CORPUS WORKSPACE
  echo "load '$1'; sentences | count; entities | count; quotes | count; times | count; topics --k 20 | count; coop | count; sentiment | count; save '$2'"
}

# The seconds each statement took, from one WB_TIMING stderr log: the `loaded`, `output`
# (one per `| count`) and `saved` marks end the statements in turn.
scale_steps() { # LOG
  awk 'BEGIN {split("load sentences entities quotes times topics coop sentiment save", names, " ")}
       match($0, /^\[[0-9.]+s\]/) && ($0 ~ /loaded |note: output|saved /) {
         t = substr($0, 2, RLENGTH - 3) + 0
         printf "%s %.1f  ", names[++i], t - last
         last = t
       }
       END {printf "\n"}' "$1"
}

if [[ " $* " == *" scale "* ]] || [ "${WB_BENCH_SCALE:-0}" = 1 ]; then
  printf '%-10s %-40s %8s %8s %10s %9s %9s %8s\n' corpus run cpu_s wall_s words/wall peak_MB file_MB text_MB
  for n in ${WB_SCALE_SIZES:-1000 10000 100000}; do
    corpus="/tmp/wb-scale-$n.jsonl"
    if [ ! -s "$corpus" ]; then
      python3 scripts/bench.d/make_scale_corpus.py "$CORPORA" "$n" "$corpus" >/dev/null || continue
    fi
    read -r words bytes <<<"$(bench_size "$corpus")"
    workspace="$(mktemp -u /tmp/wb-scale-XXXXXX.wbdb)"
    read -r cpu wall kb <<<"$(WB_TIMING=1 bench_measure "$(scale_all_analyses "$corpus" "$workspace")")"
    # bench_measure kept stderr in $bench_log: the timing notes are there.
    steps="$(scale_steps "$bench_log")"
    size=$(stat -c %s "$workspace" 2>/dev/null || echo 0)
    awk -v n="$n docs" -v c="$cpu" -v w="$wall" -v words="$words" -v kb="$kb" -v size="$size" -v bytes="$bytes" \
      'BEGIN {printf "%-10s %-40s %8.1f %8.1f %10.0f %9.0f %9.0f %8.0f\n", n, "every analysis + save (workspace)", c, w, (w > 0 ? words / w : 0), kb / 1024, size / 1048576, bytes / 1048576}'
    echo "           steps (wall s): $steps"
    read -r cpu wall kb <<<"$(bench_best_of_3 bench_measure_command "$WB" --workspace "$workspace" -c "quotes | count by speaker")"
    awk -v n="$n docs" -v c="$cpu" -v w="$wall" -v kb="$kb" \
      'BEGIN {printf "%-10s %-40s %8.1f %8.1f %10s %9.0f\n", n, "reopen + quotes | count by speaker", c, w, "", kb / 1024}'
    rm -f "$workspace" "$workspace-lock" "$workspace-journal"
  done
fi
