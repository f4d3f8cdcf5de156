# Shared by the parts of scripts/bench: measuring one wb run, and printing a row.
bench_log="$(mktemp /tmp/wb-bench.XXXXXX)"
trap 'rm -f "$bench_log"' EXIT

# "cpu_seconds wall_seconds peak_kb" of one run of the wb statements in $1.
bench_measure() {
  /usr/bin/time -v "$WB" -c "$1" >/dev/null 2>"$bench_log"
  awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} /Elapsed \(wall clock\)/ {w=$2} /Maximum resident set size/ {r=$2}
    END {n=split(w, p, ":"); secs=(n==3)? p[1]*3600+p[2]*60+p[3] : p[1]*60+p[2]; printf "%.3f %.3f %s\n", u + s, secs, r}' "$bench_log"
}

# The best (least CPU) of 3 runs.
bench_best() {
  local b="" r
  for _ in 1 2 3; do
    r=$(bench_measure "$1")
    if [ -z "$b" ] || awk -v a="${r%% *}" -v c="${b%% *}" 'BEGIN {exit !(a < c)}'; then b="$r"; fi
  done
  echo "$b"
}

# "words bytes" of the text field of a JSONL file.
bench_size() {
  python3 -c 'import json,sys
t=[json.loads(l)[sys.argv[2]] for l in open(sys.argv[1],encoding="utf-8") if l.strip()]
print(sum(len(x.split()) for x in t), sum(len(x.encode()) for x in t))' "$1" "${2:-text}"
}

# bench_row CORPUS LABEL WORDS BYTES STATEMENTS: runs and prints one row.
bench_row() {
  local cpu wall kb
  read -r cpu wall kb <<<"$(bench_best "$5")"
  awk -v n="$1" -v l="$2" -v c="$cpu" -v w="$wall" -v words="$3" -v kb="$kb" -v bytes="$4" \
    'BEGIN {printf "%-14s %-34s %9.3f %9.3f %12.0f %10.1f %8.1f\n", n, l, c, w, (c > 0 ? words / c : 0), kb / 1024, kb * 1024 / bytes}'
}

# The corpus file, or a note on stderr and a non-zero status when it is absent.
bench_corpus() {
  local file="$CORPORA/$1"
  if [ ! -f "$file" ]; then echo "scripts/bench: $file is absent, skipped" >&2; return 1; fi
  echo "$file"
}
