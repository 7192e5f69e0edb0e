#!/usr/bin/env python3
"""Reference values for drift-gate's trend statistics (src/stats/trend.ts), computed with SciPy.

Mann-Kendall is scipy.stats.kendalltau(x, y, method='asymptotic') (its S, tie-corrected variance
and normal p-values: two-sided, and alternative='greater' for an increasing trend); the Theil-Sen
slope is scipy.stats.theilslopes(y, x).slope.

Regenerate with:
    python3 scripts/golden/make_trend_golden.py > test/fixtures/golden/trend-golden.json
Every case holds its inputs inline.
"""
import json

import numpy as np
import scipy
from scipy import stats

rng = np.random.default_rng(20261201)


def r(values, k=6):
    return [round(float(v), k) for v in values]


series = [
    r(rng.normal(size=12)),
    r(np.arange(12) * 0.01 + rng.normal(scale=0.02, size=12)),
    r(np.arange(8) * -0.5 + rng.normal(size=8)),
    [0.1, 0.1, 0.2, 0.2, 0.2, 0.3, 0.1, 0.4, 0.4, 0.5],
    r(rng.uniform(size=30)),
    [3.0, 1.0, 2.0],
    r(np.concatenate([np.zeros(6), np.ones(6)]) + rng.normal(scale=0.1, size=12)),
]
cases = []
for y in series:
    x = list(range(len(y)))
    two = stats.kendalltau(x, y, method='asymptotic')
    greater = stats.kendalltau(x, y, method='asymptotic', alternative='greater')
    cases.append({
        'x': x,
        'y': y,
        'tau': float(two.statistic),
        'pTwoSided': float(two.pvalue),
        'pIncreasing': float(greater.pvalue),
        'theilSenSlope': float(stats.theilslopes(y, x).slope),
    })
print(json.dumps({'scipy': scipy.__version__, 'cases': cases}, indent=1))
