#!/usr/bin/env bash
# Topics on 100,000 real tweets: builds the corpus from ../shared/datasets (TweetEval's text files,
# SemEval-2017 task 4's downloaded tweets, TweetTopicXL in its four languages), de-duplicated and
# shuffled with a fixed random source, then runs `./starling topics` on it under /usr/bin/time -v
# with a 3 GB heap, and prints wall time, peak RSS, topics and the share of posts without a topic.
# Acceptance: under 10 minutes and 4 GB peak on 2 cores. A 15-minute timeout stops a runaway run.
# Usage: bench/scripts/topics-100k.sh [N=100000] [extra `starling topics` flags, e.g. --incremental]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
N="${1:-100000}"
shift || true
DATA="${STARLING_DATASETS:-$ROOT/../shared/datasets}"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
WORK="$(mktemp -d -t starling-topics.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT

{
  find "$DATA/tweeteval/datasets" -name '*_text.txt' -print0 | sort -z | xargs -0 cat
  cat "$DATA"/semeval2017-task4/dataset/Subtask_A/downloaded/*.tsv | cut -f3-
  # TweetTopicXL is JSON: decoded properly (a sed extraction left \u00e9-style escapes in the text)
  python3 -c 'import json, sys
for line in sys.stdin:
    print(json.loads(line)["text"].replace("\n", " "))' < <(cat "$DATA"/tweet-topic-xl/data/*/*_1000.jsonl)
} | tr -d '\r' | awk 'length($0) > 3 && !seen[$0]++' | shuf --random-source=<(yes starling) > "$WORK/all.txt"
head -n "$N" "$WORK/all.txt" > "$WORK/corpus.txt"   # (not a pipe: with pipefail, head closing early would fail the script)
GOT=$(wc -l < "$WORK/corpus.txt")
if (( GOT < N )); then
  echo "only $GOT distinct tweets found under $DATA (wanted $N)" >&2
  exit 1
fi
echo "corpus: $GOT distinct tweets, $(du -h "$WORK/corpus.txt" | cut -f1)"

cd "$ROOT"
./starling --version >/dev/null 2>&1   # build outside the timing
set +e
JAVA_OPTS="-Xmx3g" timeout 900 /usr/bin/time -v -o "$WORK/time.log" \
  ./starling topics "$WORK/corpus.txt" --format text --out "$WORK/out" --threads 2 "$@" > "$WORK/stdout.log" 2> "$WORK/stderr.log"
STATUS=$?
set -e
head -n 12 "$WORK/stdout.log"
if (( STATUS != 0 )); then
  echo "starling topics failed or timed out (status $STATUS):" >&2
  tail -n 5 "$WORK/stderr.log" >&2
  exit "$STATUS"
fi
WALL=$(grep 'Elapsed (wall clock)' "$WORK/time.log" | awk '{print $NF}')
RSS_KB=$(grep 'Maximum resident set size' "$WORK/time.log" | awk '{print $NF}')
POSTS=$(grep -o '"posts":[0-9]*' "$WORK/out/topics.json" | head -1 | cut -d: -f2)
OUTLIERS=$(grep -o '"outliers":[0-9]*' "$WORK/out/topics.json" | head -1 | cut -d: -f2)
printf 'wall %s, peak RSS %.2f GB, %s posts, %s without a topic (%.2f%%)\n' "$WALL" "$(echo "$RSS_KB / 1048576" | bc -l)" \
  "$POSTS" "$OUTLIERS" "$(echo "100 * $OUTLIERS / $POSTS" | bc -l)"
