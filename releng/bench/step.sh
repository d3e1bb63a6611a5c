#!/usr/bin/env bash
# Training-step benchmark: the engine against the PyTorch peer (shared/peers/torch_pinn_step.py), same
# settings, same machine, one run. Needs the product built (./mvnw verify) and, for the peer, Debian's
# PyTorch: apt-get install -y python3-torch. Usage: releng/bench/step.sh [STEPS]
#
# When the environment sets OPENBLAS_CORETYPE (this project's machine sets Haswell, AVX2 kernels on an AVX-512
# processor), the product keeps that choice; the engine is then measured twice, as the environment has it
# (kernels=given) and with the kernels the product picks for the processor (kernels=processor), each against the
# same peer figures. The peer's own BLAS does not read OPENBLAS_CORETYPE.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
steps=${1:-200}
peer="$here/../shared/peers/torch_pinn_step.py"

engine() { # $1: given | processor
  local run=("$here/hyperlora")
  [ "$1" = processor ] && run=(env -u OPENBLAS_CORETYPE "$here/hyperlora")
  "${run[@]}" bench step --steps "$steps" | grep -E '^engine=|^machine ' | sed "s/^engine=\([^ ]*\)/engine=\1 kernels=$1/"
  "${run[@]}" info | grep -E '^(blas|engine):' | sed "s/^/kernels=$1 /"
  "${run[@]}" bench solve | grep -E '^engine=' | sed "s/^engine=\([^ ]*\)/engine=\1 kernels=$1/"
}

engine_lines=$(engine given)
if [ -n "${OPENBLAS_CORETYPE:-}" ]; then
  engine_lines+=$'\n'$(engine processor)
fi
echo "$engine_lines"

if ! /usr/bin/python3 -c 'import torch' 2>/dev/null; then
  echo "peer: PyTorch not installed (apt-get install -y python3-torch); no ratios" >&2
  exit 0
fi
if [ ! -f "$peer" ]; then
  echo "peer: $peer not found; no ratios" >&2
  exit 0
fi
declare -A peer_ms
while read -r line; do
  case "$line" in engine=*ms_per_step=*) ;; *) continue ;; esac
  kernels=$(sed -n 's/.*kernels=\([a-z]*\).*/\1/p' <<<"$line")
  problem=$(sed -n 's/.*problem=\([a-z]*\).*/\1/p' <<<"$line")
  dtype=$(sed -n 's/.*dtype=\([a-z0-9]*\).*/\1/p' <<<"$line")
  points=$(sed -n 's/.*points=\([0-9]*\).*/\1/p' <<<"$line")
  width=$(sed -n 's/.*width=\([0-9]*\).*/\1/p' <<<"$line")
  ours=$(sed -n 's/.*ms_per_step=\([0-9.]*\).*/\1/p' <<<"$line")
  key="$problem-$dtype"
  if [ -z "${peer_ms[$key]:-}" ]; then
    theirs_line=$(/usr/bin/python3 "$peer" --problem "$problem" --dtype "$dtype" --points "$points" --width "$width" \
      --depth 4 --threads 2 --steps "$(( steps < 100 ? steps : 100 ))")
    echo "$theirs_line"
    peer_ms[$key]=$(sed -n 's/.*ms_per_step=\([0-9.]*\).*/\1/p' <<<"$theirs_line")
  fi
  awk -v k="$kernels" -v p="$problem" -v d="$dtype" -v a="$ours" -v b="${peer_ms[$key]}" \
    'BEGIN { printf "ratio kernels=%s problem=%s dtype=%s torch_ms=%s engine_ms=%s speedup=%.2f\n", k, p, d, b, a, b / a }'
done <<<"$engine_lines"
