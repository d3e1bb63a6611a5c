#!/usr/bin/env bash
# The HyperLoRA study (arXiv 2308.09290) on one PDE family: per-instance PINNs and LoRA-PINNs (rank sweep),
# LoRA-HyperNet, LoRA-HyperPINN, full HyperPINN, fine-tuning, surrogate latency and retraining time.
# Needs the product built (./mvnw verify).
# Usage: releng/bench/study.sh FAMILY PROFILE [OUT]
#   FAMILY  kovasznay | burgers | convection
#   PROFILE quick (minutes) | full (up to 45 minutes per family on 2 cores)
#   OUT     results folder (default releng/bench/results/FAMILY-PROFILE)
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
if [ $# -lt 2 ]; then
    sed -n 2,9p "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
    exit 2
fi
family=$1
profile=$2
out=${3:-$here/releng/bench/results/$family-$profile}
commit=$(git -C "$here" rev-parse --short=12 HEAD 2>/dev/null || echo unknown)
if [ -n "$(git -C "$here" status --porcelain --untracked-files=no 2>/dev/null)" ]; then
    commit="$commit+local-changes"
fi
exec "$here/hyperlora" bench study "$family" "$profile" --out "$out" --commit "$commit"
