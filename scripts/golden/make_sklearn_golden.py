#!/usr/bin/env python3
"""Reference values for drift-gate's performance metrics (src/checks/performance.ts), computed with
scikit-learn (1.2.1 when generated).

Cases: multi-class classification with a class never predicted and a predicted class absent from the
labels (zero division: precision/recall 0 with a warning), binary ROC AUC with tied scores, and
regression including a constant target (R^2 conventions). Inputs may hold missing values (null);
rows where the label or the prediction is missing are dropped before sklearn sees them, and the
number dropped is recorded as `skipped`.

Regenerate with (Debian: apt-get install python3-sklearn):
    /usr/bin/python3 scripts/golden/make_sklearn_golden.py > test/fixtures/golden/sklearn-golden.json
Every case holds its inputs inline.
"""
import json
import sys
import warnings

import numpy as np
import sklearn
from sklearn import metrics

rng = np.random.default_rng(20260611)


def pairs(a, b):
    kept = [(x, y) for x, y in zip(a, b) if x is not None and y is not None]
    return [x for x, _ in kept], [y for _, y in kept], len(a) - len(kept)


def classification_case(name, labels, predictions):
    y, p, skipped = pairs(labels, predictions)
    classes = sorted(set(y) | set(p))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        precision, recall, f1, support = metrics.precision_recall_fscore_support(
            y, p, labels=classes, zero_division="warn")
        macro = metrics.f1_score(y, p, average="macro", zero_division="warn")
    return {
        "name": name,
        "labels": labels,
        "predictions": predictions,
        "skipped": skipped,
        "rows": len(y),
        "accuracy": float(metrics.accuracy_score(y, p)),
        "macro_f1": float(macro),
        "classes": [
            {"class": c, "precision": float(precision[i]), "recall": float(recall[i]), "f1": float(f1[i]),
             "support": int(support[i]), "predicted": int(sum(1 for v in p if v == c))}
            for i, c in enumerate(classes)
        ],
        "warnings": sorted({str(w.message).split(" ")[0] for w in caught}),
    }


def classification_cases():
    out = []
    # 'c' is never predicted (precision ill-defined); 'd' is predicted but never a label (recall ill-defined).
    labels = ["a", "b", "c", "a", "b", "c", "a", "a", None, "b", "c", "a"]
    preds = ["a", "b", "a", "a", "d", "b", "b", "a", "c", None, "a", "a"]
    out.append(classification_case("multi-class, absent predicted class", labels, preds))
    # Perfect predictions.
    out.append(classification_case("perfect", ["x", "y", "y", "x"], ["x", "y", "y", "x"]))
    # Larger random case with noisy predictions and missing values.
    names = ["cat", "dog", "bird", "fish"]
    y = [names[i] for i in rng.choice(4, size=300, p=[0.5, 0.3, 0.15, 0.05])]
    p = [v if rng.random() < 0.7 else names[rng.integers(0, 3)] for v in y]
    for i in rng.choice(300, size=12, replace=False):
        if rng.random() < 0.5:
            y[i] = None
        else:
            p[i] = None
    out.append(classification_case("random four classes", y, p))
    return out


def auc_case(name, labels, scores):
    y, s, skipped = pairs(labels, scores)
    return {"name": name, "labels": labels, "scores": scores, "skipped": skipped,
            "auc": float(metrics.roc_auc_score(y, s))}


def auc_cases():
    out = [
        auc_case("tied scores", [True, False, True, True, False, False, True, False],
                 [0.9, 0.9, 0.5, 0.5, 0.5, 0.1, 0.3, 0.3]),
        auc_case("all tied", [True, False, True, False], [0.5, 0.5, 0.5, 0.5]),
        auc_case("perfect", [False, False, True, True], [0.1, 0.2, 0.8, 0.9]),
        auc_case("missing scores", [True, False, None, True, False], [0.8, 0.4, 0.1, None, 0.6]),
    ]
    y = [bool(v) for v in rng.random(500) < 0.3]
    s = [round(float(v), 1) for v in np.where(y, rng.normal(0.6, 0.2, 500), rng.normal(0.4, 0.2, 500))]
    out.append(auc_case("random rounded scores", y, s))
    return out


def regression_case(name, y, p):
    yy, pp, skipped = pairs(y, p)
    return {"name": name, "y": y, "predictions": p, "skipped": skipped, "rows": len(yy),
            "mae": float(metrics.mean_absolute_error(yy, pp)),
            "rmse": float(np.sqrt(metrics.mean_squared_error(yy, pp))),
            "r2": float(metrics.r2_score(yy, pp))}


def regression_cases():
    y = [round(float(v), 4) for v in rng.normal(50, 10, 200)]
    p = [round(v + float(e), 4) for v, e in zip(y, rng.normal(0, 3, 200))]
    p[7] = None
    y[19] = None
    return [
        regression_case("noisy", y, p),
        regression_case("small", [3.0, -0.5, 2.0, 7.0], [2.5, 0.0, 2.0, 8.0]),
        regression_case("worse than the mean", [1.0, 2.0, 3.0], [3.0, 2.0, 1.0]),
        regression_case("constant target, perfect", [4.0, 4.0, 4.0], [4.0, 4.0, 4.0]),
        regression_case("constant target, imperfect", [4.0, 4.0, 4.0], [4.0, 5.0, 3.0]),
    ]


json.dump({
    "generator": f"scikit-learn {sklearn.__version__}, numpy {np.__version__}",
    "classification": classification_cases(),
    "roc_auc": auc_cases(),
    "regression": regression_cases(),
}, sys.stdout, indent=1)
sys.stdout.write("\n")
