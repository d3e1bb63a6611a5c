#!/usr/bin/env python3
"""Writes kovasznay-measured.csv: velocities of the exact Kovasznay flow at Re = 45 (a value the training never
uses), at 200 points drawn uniformly over the domain [-0.5, 1] x [-0.5, 1.5], each with Gaussian noise of standard
deviation 0.01 -- the measurements kovasznay-design.hlflow calibrates the Reynolds number from.

    python3 examples/data/make-kovasznay-measurements.py   # rewrites examples/data/kovasznay-measured.csv

Plain Python (no NumPy), seeded, so the file is the same on every machine."""
import math
import os
import random

RE = 45.0
NOISE = 0.01
POINTS = 200

lam = RE / 2 - math.sqrt(RE * RE / 4 + 4 * math.pi * math.pi)
rng = random.Random(2026)
rows = ["x,y,u,v"]
for _ in range(POINTS):
    x = -0.5 + 1.5 * rng.random()
    y = -0.5 + 2.0 * rng.random()
    u = 1 - math.exp(lam * x) * math.cos(2 * math.pi * y)
    v = lam / (2 * math.pi) * math.exp(lam * x) * math.sin(2 * math.pi * y)
    rows.append("%.6f,%.6f,%.6f,%.6f" % (x, y, u + rng.gauss(0, NOISE), v + rng.gauss(0, NOISE)))
target = os.path.join(os.path.dirname(os.path.abspath(__file__)), "kovasznay-measured.csv")
with open(target, "w", newline="\n") as out:
    out.write("\n".join(rows) + "\n")
print("wrote %d measurements at Re = %g (noise %g) to %s" % (POINTS, RE, NOISE, target))
