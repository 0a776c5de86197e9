#!/usr/bin/env bash
# Topic quality, ours vs LDA with the same K on the same documents: NPMI (top 10 words, document
# co-occurrence) and diversity (top 25), on TweetTopicXL (English, 1,000 tweets) and the SemEval-2017
# task 4 test set (12,284 tweets). Embeds both with `./starling embed`, then runs
# dev.starling.bench.topics.TopicQuality; prints markdown table rows.
# Usage: bench/scripts/topics-quality.sh [extra TopicQuality flags, default: --min-df 5]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DATA="${STARLING_DATASETS:-$ROOT/../shared/datasets}"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
FLAGS=("${@:---min-df 5}")
WORK="$(mktemp -d -t starling-topicq.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT

python3 - "$DATA" "$WORK" <<'PY'
import json, sys
data, work = sys.argv[1], sys.argv[2]
with open(data + '/tweet-topic-xl/data/en/en_1000.jsonl') as f, open(work + '/tweet-topic-xl.txt', 'w') as o:
    for line in f:
        o.write(json.loads(line)['text'].replace('\r', ' ').replace('\n', ' ') + '\n')
with open(data + '/semeval2017-task4/dataset/Subtask_A/gold/SemEval2017-task4-test.subtask-A.english.txt') as f, \
        open(work + '/semeval2017.txt', 'w') as o:
    for line in f:
        o.write(' '.join(line.rstrip('\n').split('\t')[2:]).replace('\r', ' ') + '\n')
PY
cd "$ROOT"
mvn -B -q -o -DskipTests -pl bench -am compile >/dev/null
CP="bench/target/classes:analysis/target/classes:engine/target/classes"
for c in tweet-topic-xl semeval2017; do
  ./starling embed --input "$WORK/$c.txt" --output "$WORK/$c.emb.jsonl" --format TEXT --threads 2 2>/dev/null
  # shellcheck disable=SC2086
  "$JAVA_HOME/bin/java" -Xmx3g -cp "$CP" dev.starling.bench.topics.TopicQuality "$c" "$WORK/$c.txt" "$WORK/$c.emb.jsonl" 20 ${FLAGS[*]} 2>/dev/null
done
