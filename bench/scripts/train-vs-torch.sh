#!/usr/bin/env bash
# Training throughput: Starling (bench's TrainThroughput) vs the PyTorch anchor
# (torch_train_anchor.py, Debian's python3-torch), MiniLM-sized model, batch 32 x 64 tokens, AdamW,
# 2 threads, full fine-tuning; R interleaved rounds, each printing the median tokens/s of its
# measured steps; then the median over rounds and the ratio.
# Usage: bench/scripts/train-vs-torch.sh [ROUNDS=5] [STEPS=12]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
ROUNDS="${1:-5}"
STEPS="${2:-12}"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
cd "$ROOT"
# Debian's python3-torch links the system BLAS: with the reference BLAS alone it runs ~20x slower,
# so OpenBLAS (pthread) is installed as the libblas.so.3 alternative, as on any tuned Debian box.
if ! /usr/bin/python3 -c 'import torch' 2>/dev/null || [[ ! -d /usr/lib/x86_64-linux-gnu/openblas-pthread ]]; then
  echo "installing Debian's python3-torch and OpenBLAS (the anchor)" >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-torch libopenblas0-pthread >/dev/null
fi
mvn -B -q -DskipTests -pl bench -am package >/dev/null
CP="bench/target/starling-bench.jar:$(cat bench/target/classpath.txt)"
S=(); T=()
for r in $(seq 1 "$ROUNDS"); do
  s=$("$JAVA_HOME/bin/java" --add-modules jdk.incubator.vector -XX:+UseParallelGC -cp "$CP" dev.starling.bench.TrainThroughput full "$STEPS" 2 2>/dev/null | tail -1 | sed -E 's/.*median ([0-9]+) tokens.*/\1/')
  t=$(/usr/bin/python3 bench/scripts/torch_train_anchor.py "$STEPS" 2>/dev/null | tail -1 | sed -E 's/.*median ([0-9]+) tokens.*/\1/')
  S+=("$s"); T+=("$t")
  echo "round $r: starling $s tokens/s, pytorch $t tokens/s"
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
ms=$(median "${S[@]}"); mt=$(median "${T[@]}")
printf 'median over %d rounds: starling %s tokens/s, pytorch %s tokens/s, ratio %.2fx\n' "$ROUNDS" "$ms" "$mt" "$(echo "$ms / $mt" | bc -l)"
