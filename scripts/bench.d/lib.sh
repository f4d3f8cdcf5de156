# Shared by the parts of scripts/bench: measuring one wb run, and printing a row.
bench_log="$(mktemp /tmp/wb-bench.XXXXXX)"
trap 'rm -f "$bench_log"' EXIT

# "cpu_seconds wall_seconds peak_kb" of one run of the wb statements in $1.
bench_measure() {
  bench_measure_command "$WB" -c "${WB_THREADS:+set threads $WB_THREADS; }$1"
}

# The same for any command (its stderr goes to $bench_log). Timed by python3 rather than
# /usr/bin/time, whose report has 10 ms steps: a whole BBC dev run now takes about 70 ms,
# so the steps were a seventh of it. Wall time is taken around the child's run; CPU time
# (user + system) and peak RSS come from getrusage of the one child, in microseconds and KB.
bench_measure_command() {
  python3 - "$bench_log" "$@" <<'PY'
import resource, subprocess, sys, time
with open(sys.argv[1], "w") as log:
    start = time.perf_counter()
    subprocess.run(sys.argv[2:], stdout=subprocess.DEVNULL, stderr=log)
    wall = time.perf_counter() - start
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(f"{usage.ru_utime + usage.ru_stime:.4f} {wall:.4f} {usage.ru_maxrss}")
PY
}

# "cpu wall peak_kb" of $WB_BENCH_RUNS runs (default 3; more on a busy machine) of the wb
# statements in $1: the least CPU time, the least wall time (each the best of the runs,
# possibly from different runs) and the largest peak RSS.
bench_best() {
  bench_best_of_3 bench_measure "$1"
}

# bench_best_of_3 MEASURE ARGS…: the same for any measuring command that prints "cpu wall kb"
# (named when it was 3 runs; now $WB_BENCH_RUNS).
bench_best_of_3() {
  local runs="" r
  for _ in $(seq "${WB_BENCH_RUNS:-3}"); do
    r=$("$@")
    runs="$runs$r"$'\n'
  done
  printf '%s' "$runs" | awk 'NF == 3 {if (c == "" || $1 < c) c = $1; if (w == "" || $2 < w) w = $2; if ($3 > k) k = $3}
    END {printf "%s %s %s\n", c, w, k}'
}

# bench_print CORPUS LABEL CPU WALL WORDS KB BYTES: one row. words/s is given per CPU second
# (user + system: the work done, steadier on a shared machine) and per wall second (what
# the user waits for: with several threads, less than the CPU time).
bench_print() {
  awk -v n="$1" -v l="$2" -v c="$3" -v w="$4" -v words="$5" -v kb="$6" -v bytes="$7" \
    'BEGIN {printf "%-14s %-34s %7.3f %7.3f %13.0f %14.0f %8.1f %6.1f\n", n, l, c, w, (c > 0 ? words / c : 0), (w > 0 ? words / w : 0), kb / 1024, kb * 1024 / bytes}'
}

# The header of the table bench_print fills.
bench_header() {
  printf '%-14s %-34s %7s %7s %13s %14s %8s %6s\n' corpus run cpu_s wall_s words/cpu_s words/wall_s peak_MB xtext
}

# bench_row CORPUS LABEL WORDS BYTES STATEMENTS: runs and prints one row.
bench_row() {
  local cpu wall kb
  read -r cpu wall kb <<<"$(bench_best "$5")"
  bench_print "$1" "$2" "$cpu" "$wall" "$3" "$kb" "$4"
}

# "words bytes" of the text field of a JSONL file.
bench_size() {
  python3 -c 'import json,sys
t=[json.loads(l)[sys.argv[2]] for l in open(sys.argv[1],encoding="utf-8") if l.strip()]
print(sum(len(x.split()) for x in t), sum(len(x.encode()) for x in t))' "$1" "${2:-text}"
}

# The corpus file, or a note on stderr and a non-zero status when it is absent.
bench_corpus() {
  local file="$CORPORA/$1"
  if [ ! -f "$file" ]; then echo "scripts/bench: $file is absent, skipped" >&2; return 1; fi
  echo "$file"
}
