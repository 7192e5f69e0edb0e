#!/usr/bin/env python3
"""Reference values for the image lenses (src/images/exceedance.ts, src/images/lenses.ts), from SciPy.

Regenerate with:
    python3 scripts/golden/make_image_golden.py > test/fixtures/images/image-golden.json
Every case holds its inputs inline; the tests never need Python.
"""
import json

import numpy as np
import scipy
from scipy import stats

rng = np.random.default_rng(20261201)


def beta_binomial_tail(k, n, a, b):
    """P(K >= k): betabinom.pmf summed over k..n. (betabinom.sf is 1 - cdf and loses relative
    precision in the far tail: 9.2e-13 instead of 1.005e-12 at k = n = 10, a = 15, b = 286.)"""
    return float(stats.betabinom.pmf(np.arange(k, n + 1), n, a, b).sum()) if k > 0 else 1.0


def beta_binomial_cases():
    cases = []
    for k, n, a, b in [
        (0, 10, 1, 1), (1, 10, 1, 20), (3, 10, 15, 286), (5, 10, 15, 286), (10, 10, 15, 286),
        (15, 100, 15, 286), (30, 100, 15, 286), (60, 1000, 15, 286), (120, 1000, 15, 286),
        (2, 1000, 3, 298), (50, 50000, 50, 951), (1, 1, 1, 1), (7, 300, 2, 3),
    ]:
        cases.append({'k': k, 'n': n, 'a': a, 'b': b, 'sf': beta_binomial_tail(k, n, a, b)})
    return cases


def exceedance_cases():
    cases = []
    for m, n, shift, tail in [(300, 10, 0.0, 'upper'), (300, 100, 0.5, 'upper'), (999, 1000, 0.2, 'upper'),
                              (300, 100, -0.5, 'lower'), (50, 20, 0.0, 'lower')]:
        reference = np.round(rng.normal(0, 1, m), 6)
        candidate = np.round(rng.normal(shift, 1, n), 6)
        share = 0.05
        r = max(1, int(np.floor(share * (m + 1))))
        s = np.sort(reference)
        if tail == 'upper':
            threshold = s[m - r]
            beyond = int(np.sum(candidate > threshold))
        else:
            threshold = s[r - 1]
            beyond = int(np.sum(candidate < threshold))
        cases.append({
            'reference': reference.tolist(), 'candidate': candidate.tolist(), 'share': share, 'tail': tail,
            'threshold': float(threshold), 'beyond': beyond, 'expectedShare': r / (m + 1),
            'pValue': beta_binomial_tail(beyond, n, r, m + 1 - r),
        })
    return cases


def holm_cases():
    """Holm's step-down adjustment (statsmodels.stats.multitest.multipletests(method='holm') logic)."""
    cases = []
    for p in [[0.01, 0.04, 0.03, 0.5], [0.2, 0.2, 0.001], [1e-8, 0.9], [0.5]]:
        p = np.asarray(p)
        order = np.argsort(p, kind='stable')
        m = len(p)
        adjusted = np.minimum(1, np.maximum.accumulate((m - np.arange(m)) * p[order]))
        out = np.empty(m)
        out[order] = adjusted
        cases.append({'p': p.tolist(), 'adjusted': out.tolist()})
    return cases


def normal_cases():
    return [{'z': z, 'sf': float(stats.norm.sf(z))} for z in [-1.0, 0.0, 1.5, 3.0, 6.0]]


print(json.dumps({
    'source': f'scipy {scipy.__version__} (stats.betabinom.pmf summed over the tail, stats.norm.sf); numpy {np.__version__}',
    'betaBinomialTail': beta_binomial_cases(),
    'exceedance': exceedance_cases(),
    'holm': holm_cases(),
    'normalSf': normal_cases(),
}, indent=1))
