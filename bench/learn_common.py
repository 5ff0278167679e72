"""Shared by the bench/learn_*.py scripts: fit a logistic regression, write its numbers."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

from digest.evaluate import TUNE_FOLD, fold_of  # noqa: F401  (one split for every script)

ROOT = Path(__file__).resolve().parent.parent
_DIGITS = 4


def fit(x: np.ndarray, y: np.ndarray) -> tuple[LogisticRegression, np.ndarray, np.ndarray]:
    """Return a logistic regression on standardised features, with the standardisation."""
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    model = LogisticRegression(C=1.0, max_iter=5000).fit((x - mean) / scale, y)
    return model, mean, scale


def probabilities(
    fitted: tuple[LogisticRegression, np.ndarray, np.ndarray], x: np.ndarray
) -> np.ndarray:
    """Return the fitted model's probabilities for rows of raw features."""
    model, mean, scale = fitted
    return np.asarray(model.predict_proba((x - mean) / scale)[:, 1])


def write_model(
    path: Path,
    fitted: tuple[LogisticRegression, np.ndarray, np.ndarray],
    *,
    features: Sequence[str],
    what: str,
    script: str,
    records: int,
) -> None:
    """Write the fitted numbers as the JSON model file digest loads, one feature a line."""
    model, mean, scale = fitted
    rows = {
        name: {"mean": _round(m), "scale": _round(s), "weight": _round(w)}
        for name, m, s, w in zip(features, mean, scale, model.coef_[0], strict=True)
    }
    head = {"what": what, "written_by": script, "records": records}
    lines = [f" {json.dumps(k)}: {json.dumps(v)}," for k, v in head.items()]
    lines.append(f' "bias": {json.dumps(_round(model.intercept_[0]))},')
    lines.append(' "features": {')
    lines += [f"  {json.dumps(k)}: {json.dumps(v)}," for k, v in rows.items()]
    lines[-1] = lines[-1].rstrip(",")
    path.write_text("{\n" + "\n".join(lines) + "\n }\n}\n", encoding="utf-8")
    print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")


def _round(value: float) -> float:
    return round(float(value), _DIGITS)
