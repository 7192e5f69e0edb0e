#!/usr/bin/env python3
"""Reference values for src/stats/describe.ts: count, mean, median, p5, p95, min, max by NumPy.

Quantiles are numpy.quantile's default (method='linear'); the mean is numpy.mean.
Regenerate with (Debian: apt-get install python3-numpy):
    python3 scripts/golden/make_describe_golden.py > test/fixtures/golden/describe-golden.json
Every case holds its sample inline.
"""
import json

import numpy as np

rng = np.random.default_rng(20261201)


def describe(sample):
    a = np.asarray(sample, dtype=np.float64)
    return {
        "count": int(a.size),
        "mean": float(np.mean(a)),
        "median": float(np.quantile(a, 0.5)),
        "p5": float(np.quantile(a, 0.05)),
        "p95": float(np.quantile(a, 0.95)),
        "min": float(np.min(a)),
        "max": float(np.max(a)),
    }


samples = {
    "one value": [42.0],
    "two values": [1.0, 3.0],
    "ties": [1.0, 1.0, 1.0, 2.0, 2.0, 5.0],
    "negative and positive": [-3.5, -1.0, 0.0, 0.25, 7.0, 12.0, 100.0],
    "car weights (lb)": [1613.0, 1800.0, 2130.0, 2220.0, 2464.0, 2800.0, 3139.0, 3433.0, 3504.0, 4354.0, 4951.0, 5140.0],
    "normal 1000": [round(float(v), 6) for v in rng.normal(10.0, 3.0, 1000)],
    "lognormal 257": [round(float(v), 6) for v in rng.lognormal(0.0, 2.0, 257)],
    "epoch milliseconds": [1451606400000.0, 1454284800000.0, 1456790400000.0, 1459468800000.0, 1462060800000.0],
}

print(json.dumps({
    "generator": "scripts/golden/make_describe_golden.py",
    "numpy": np.__version__,
    "cases": [{"name": name, "sample": s, **describe(s)} for name, s in samples.items()],
}))
