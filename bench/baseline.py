"""The Python baseline of `npm run bench`: pandas.read_csv on both files, then per column SciPy's
ks_2samp (numeric columns, missing values dropped) or chi2_contingency (other columns, on the
value counts of both sides). Prints `seconds=<wall>`, `peak-rss-mb=<peak resident memory>` and
`cpu-s=<user + system CPU seconds>`.

    /usr/bin/python3 bench/baseline.py reference.csv candidate.csv
"""
import resource
import sys
import time

import pandas as pd
from scipy.stats import chi2_contingency, ks_2samp

started = time.perf_counter()
reference = pd.read_csv(sys.argv[1])
candidate = pd.read_csv(sys.argv[2])
drifted = 0
for name in reference.columns:
    a = reference[name]
    b = candidate[name]
    if pd.api.types.is_numeric_dtype(a) and pd.api.types.is_numeric_dtype(b):
        p = ks_2samp(a.dropna().to_numpy(), b.dropna().to_numpy()).pvalue
    else:
        table = pd.concat([a.value_counts(), b.value_counts()], axis=1).fillna(0).to_numpy()
        p = chi2_contingency(table)[1]
    drifted += p < 0.05
seconds = time.perf_counter() - started
print(f"{drifted} of {len(reference.columns)} columns with p < 0.05")
print(f"seconds={seconds:.3f}")
usage = resource.getrusage(resource.RUSAGE_SELF)
print(f"peak-rss-mb={usage.ru_maxrss / 1024:.0f}")
print(f"cpu-s={usage.ru_utime + usage.ru_stime:.2f}")
