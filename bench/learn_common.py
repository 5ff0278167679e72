"""Shared by the bench/learn_*.py scripts: fit a logistic regression, write its numbers."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

ROOT = Path(__file__).resolve().parent.parent
_DIGITS = 4


def fold_of(ident: str) -> int:
    """Return 0 or 1 from a hash of a record id, for two-fold validation that repeats."""
    return int(hashlib.sha1(ident.encode()).hexdigest(), 16) % 2


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
    """Write the fitted numbers as a typed constants module, then ruff-format it."""
    model, mean, scale = fitted

    def numbers(values: np.ndarray) -> str:
        return "(" + ", ".join(repr(round(float(v), _DIGITS)) for v in values) + ",)"

    text = (
        f'"""Learned {what}: logistic regression weights."""\n\n'
        "from digest.analyze.linear import LinearModel\n\n"
        f"# Written by {script} from {records} articles; edit that script, not this file.\n"
        "MODEL = LinearModel(\n"
        f"    features={tuple(features)!r},\n"
        f"    mean={numbers(mean)},\n"
        f"    scale={numbers(scale)},\n"
        f"    weights={numbers(model.coef_[0])},\n"
        f"    bias={round(float(model.intercept_[0]), _DIGITS)!r},\n"
        ")\n"
    )
    path.write_text(text, encoding="utf-8")
    subprocess.run([sys.executable, "-m", "ruff", "format", "-q", str(path)], check=False)
    print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
