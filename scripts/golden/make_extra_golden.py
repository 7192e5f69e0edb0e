#!/usr/bin/env python3
"""Extra reference values for drift-gate's statistical tests, computed with SciPy 1.10.1.

Complements test/fixtures/golden/scipy-golden.json (make_golden.py) with cases that file lacks:
Fisher exact on small and tied tables, exact Mann-Whitney and Cramer-von Mises, exact KS with
n1 == n2, asymptotic KS above 10000 values, tiny p-values, and more points of the KS distributions.

Regenerate with (Debian: apt-get install python3-scipy):
    /usr/bin/python3 scripts/golden/make_extra_golden.py > test/fixtures/golden/extra-golden.json
Every case holds its inputs inline.
"""
import json
import sys

import numpy as np
import scipy
from scipy import special, stats

rng = np.random.default_rng(20261123)


def r(x, k=6):
    return [round(float(v), k) for v in x]


def fisher_cases():
    tables = [
        [[8, 2], [1, 5]], [[3, 3], [3, 3]], [[5, 0], [0, 5]], [[2, 7], [8, 2]], [[10, 10], [12, 8]],
        [[1, 9], [9, 1]], [[0, 5], [5, 0]], [[20, 30], [30, 20]], [[100, 50], [50, 100]], [[5, 5], [0, 10]],
        [[1000, 1000], [1050, 950]], [[4800, 5200], [5300, 4700]], [[9800, 200], [9980, 20]], [[7, 3], [3, 7]],
        [[1, 0], [0, 1]], [[0, 3], [2, 4]], [[12, 5], [5, 12]], [[50, 50], [50, 50]], [[3, 1], [1, 3]],
        [[30, 10], [15, 35]], [[6, 4], [4, 6]], [[2, 3], [3, 2]], [[500, 500], [400, 600]], [[1, 1], [1, 1]],
    ]
    return [{"table": t, "pvalue": float(stats.fisher_exact(t)[1])} for t in tables]


def mwu_cases():
    out = []
    for n1, n2, shift in [(3, 4, 5), (5, 8, 0.5), (8, 20, 1.0), (8, 200, 0.2), (2, 50, 0.0), (7, 7, 0.0),
                          (1, 30, 1.0), (6, 9, 2.0), (9, 9, 0.3), (4, 1000, 0.5)]:
        a = r(rng.normal(0, 1, n1), 8)
        b = r(rng.normal(shift, 1, n2), 8)
        res = stats.mannwhitneyu(a, b, alternative="two-sided")
        out.append({"reference": a, "candidate": b, "statistic": float(res.statistic), "pvalue": float(res.pvalue)})
    # small samples with ties: asymptotic with tie correction
    for a, b in [([1, 2, 2, 3], [2, 3, 3, 4, 5]), ([0, 0, 0, 1], [1, 1, 1, 1, 2, 2])]:
        res = stats.mannwhitneyu(a, b, alternative="two-sided")
        out.append({"reference": [float(v) for v in a], "candidate": [float(v) for v in b],
                    "statistic": float(res.statistic), "pvalue": float(res.pvalue)})
    return out


def cvm_cases():
    out = []
    for n1, n2, shift in [(3, 4, 5), (5, 7, 0.5), (10, 12, 1.0), (20, 20, 0.3), (15, 20, 0.0), (2, 2, 1.0),
                          (25, 30, 0.5), (100, 80, 0.2), (21, 3, 0.0), (400, 500, 0.6)]:
        a = r(rng.normal(0, 1, n1), 6)
        b = r(rng.normal(shift, 1, n2), 6)
        res = stats.cramervonmises_2samp(a, b)
        out.append({"reference": a, "candidate": b, "statistic": float(res.statistic), "pvalue": float(res.pvalue)})
    a = [1.0, 2.0, 2.0, 3.0, 4.0]
    b = [2.0, 3.0, 3.0, 5.0, 6.0, 6.0]
    res = stats.cramervonmises_2samp(a, b)
    out.append({"reference": a, "candidate": b, "statistic": float(res.statistic), "pvalue": float(res.pvalue)})
    return out


def ks_cases():
    out = []
    specs = [(50, 50, 0.5, 6), (200, 200, 0.3, 6), (1000, 1000, 0.1, 6), (500, 600, 2.0, 6), (300, 300, 3.0, 6),
             (11000, 10500, 0.03, 4), (15, 11000, 0.5, 4), (20000, 20000, 0.02, 4), (12000, 13000, 0.2, 4),
             (7, 9, 0.0, 6), (10000, 10000, 0.05, 4), (9000, 10000, 0.04, 4)]
    for n1, n2, shift, k in specs:
        a = r(rng.normal(0, 1, n1), k)
        b = r(rng.normal(shift, 1, n2), k)
        res = stats.ks_2samp(a, b)
        asym = stats.ks_2samp(a, b, method="asymp")
        out.append({"reference": a, "candidate": b, "statistic": float(res.statistic), "pvalue": float(res.pvalue),
                    "pvalue_asymp": float(asym.pvalue)})
    return out


def anderson_cases():
    out = []
    for n1, n2, shift, k in [(10, 12, 0.0, 1), (30, 40, 0.5, 6), (200, 150, 0.15, 6), (50, 60, 3.0, 6),
                             (100, 100, 0.0, 0)]:
        a = r(rng.normal(0, 2, n1), k)
        b = r(rng.normal(shift, 2, n2), k)
        res = stats.anderson_ksamp([a, b])
        out.append({"reference": a, "candidate": b, "statistic": float(res.statistic),
                    "significance_level": float(res.significance_level)})
    return out


def welch_cases():
    out = []
    for a, b in [([1.0, 2.0], [3.0, 5.0, 4.0]), ([1.0, 1.0, 1.0], [2.0, 3.0]), (r(rng.normal(0, 1, 200)),
                 r(rng.normal(5, 1, 300))), (r(rng.normal(0, 1, 5)), r(rng.normal(0, 10, 4)))]:
        res = stats.ttest_ind(a, b, equal_var=False)
        out.append({"reference": a, "candidate": b, "statistic": float(res.statistic), "pvalue": float(res.pvalue)})
    return out


def distributions():
    kstwo = [{"n": n, "d": d, "sf": float(stats.kstwo.sf(d, n))}
             for n in (2, 7, 50, 140, 141, 500, 5000, 20000, 100000, 200000)
             for d in (0.001, 0.01, 0.03, 0.08, 0.2, 0.45, 0.7, 0.95)]
    smirnov = [{"n": n, "d": d, "sf": float(special.smirnov(n, d))}
               for n in (1, 2, 5, 10, 100, 1000, 10000, 100000, 2000000) for d in (0.001, 0.05, 0.2, 0.5, 0.9)]
    kolm = [{"x": x, "sf": float(stats.kstwobign.sf(x))} for x in (0.02, 0.05, 0.2, 0.6, 0.82, 0.83, 4.0, 8.0, 20.0)]
    t_sf = [{"t": t, "df": df, "sf": float(stats.t.sf(t, df))}
            for df in (1, 2.5, 10, 100, 1e5) for t in (-3.0, 0.0, 0.5, 2.0, 10.0, 50.0)]
    chi2 = [{"x": x, "df": df, "sf": float(stats.chi2.sf(x, df))} for df in (1, 4, 1000) for x in (500.0, 2000.0)]
    return {"kstwo_sf": kstwo, "smirnov_sf": smirnov, "kolmogorov_sf": kolm, "t_sf": t_sf, "chi2_sf": chi2}


def main():
    doc = {
        "generator": "scripts/golden/make_extra_golden.py",
        "scipy": scipy.__version__,
        "numpy": np.__version__,
        "fisher_exact": fisher_cases(),
        "mannwhitneyu": mwu_cases(),
        "cramervonmises_2samp": cvm_cases(),
        "ks_2samp": ks_cases(),
        "anderson_ksamp": anderson_cases(),
        "welch_t": welch_cases(),
        "distributions": distributions(),
    }
    json.dump(doc, sys.stdout, default=float)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
