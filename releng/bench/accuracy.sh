#!/usr/bin/env bash
# Full-size accuracy runs of the PINN engine on the reference problems (minutes each on 2 cores):
# Burgers nu = 0.01/pi, Kovasznay Re = 20, periodic convection beta = 1. Needs the product built
# (./mvnw verify). Usage: releng/bench/accuracy.sh [burgers|kovasznay|convection ...]
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
exec "$here/hyperlora" bench accuracy "$@"
