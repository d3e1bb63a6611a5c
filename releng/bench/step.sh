#!/usr/bin/env bash
# Training-step benchmark: the engine against the PyTorch peer (shared/peers/torch_pinn_step.py), same
# settings, same machine, one run. Needs the product built (./mvnw verify) and, for the peer, Debian's
# PyTorch: apt-get install -y python3-torch. Usage: releng/bench/step.sh [STEPS]
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
steps=${1:-200}
peer="$here/../shared/peers/torch_pinn_step.py"

engine_lines=$("$here/hyperlora" bench step --steps "$steps" | grep -E '^(engine|machine)=|^machine ')
echo "$engine_lines"
"$here/hyperlora" info | grep -E '^(blas|engine):'
"$here/hyperlora" bench solve | grep -E '^engine='

if ! /usr/bin/python3 -c 'import torch' 2>/dev/null; then
  echo "peer: PyTorch not installed (apt-get install -y python3-torch); no ratios" >&2
  exit 0
fi
if [ ! -f "$peer" ]; then
  echo "peer: $peer not found; no ratios" >&2
  exit 0
fi
while read -r line; do
  case "$line" in engine=*) ;; *) continue ;; esac
  problem=$(sed -n 's/.*problem=\([a-z]*\).*/\1/p' <<<"$line")
  dtype=$(sed -n 's/.*dtype=\([a-z0-9]*\).*/\1/p' <<<"$line")
  points=$(sed -n 's/.*points=\([0-9]*\).*/\1/p' <<<"$line")
  width=$(sed -n 's/.*width=\([0-9]*\).*/\1/p' <<<"$line")
  ours=$(sed -n 's/.*ms_per_step=\([0-9.]*\).*/\1/p' <<<"$line")
  theirs_line=$(/usr/bin/python3 "$peer" --problem "$problem" --dtype "$dtype" --points "$points" --width "$width" \
    --depth 4 --threads 2 --steps "$(( steps < 100 ? steps : 100 ))")
  echo "$theirs_line"
  theirs=$(sed -n 's/.*ms_per_step=\([0-9.]*\).*/\1/p' <<<"$theirs_line")
  awk -v p="$problem" -v d="$dtype" -v a="$ours" -v b="$theirs" \
    'BEGIN { printf "ratio problem=%s dtype=%s torch_ms=%s engine_ms=%s speedup=%.2f\n", p, d, b, a, b / a }'
done <<<"$engine_lines"
