"""Learned linear scorers: a logistic regression's numbers, kept as data, applied in Python.

Each model is a JSON file in `digest/analyze/models/`, written by a `bench/learn_*.py`
script and keyed by feature name, so a weight can only ever meet the feature it was
learned for: loading checks the file's names against the code's.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from importlib import resources

from digest.errors import ModelError


@dataclass(frozen=True)
class LinearModel:
    """Weights over standardised features, in the order of `features`."""

    features: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    weights: tuple[float, ...]
    bias: float

    def probability(self, row: Sequence[float]) -> float:
        """Return the model's probability that the example is positive."""
        z = self.bias + sum(
            w * (x - m) / s
            for x, m, s, w in zip(row, self.mean, self.scale, self.weights, strict=True)
        )
        return 1.0 / (1.0 + math.exp(-z))


def load_model(name: str, features: Sequence[str]) -> LinearModel:
    """Return the shipped model `name`, its numbers in the order of `features`."""
    where = f"digest/analyze/models/{name}.json"
    text = resources.files("digest.analyze").joinpath("models", f"{name}.json").read_text("utf-8")
    return model_from_data(json.loads(text), features, where=where)


def model_from_data(
    data: Mapping[str, object], features: Sequence[str], *, where: str
) -> LinearModel:
    """Return the model a learn script wrote; its features must be exactly `features`."""
    table = data.get("features")
    bias = data.get("bias")
    if not isinstance(table, dict) or not isinstance(bias, int | float):
        raise ModelError(f"{where}: expected 'features' and 'bias', found {sorted(data)}")
    missing, extra = set(features) - set(table), set(table) - set(features)
    if missing or extra:
        raise ModelError(
            f"{where}: expected the features the code computes, found "
            f"{len(missing)} missing ({', '.join(sorted(missing)) or '-'}) and "
            f"{len(extra)} unknown ({', '.join(sorted(extra)) or '-'}); rerun its learn script"
        )
    rows = [table[name] for name in features]
    return LinearModel(
        features=tuple(features),
        mean=tuple(float(r["mean"]) for r in rows),
        scale=tuple(float(r["scale"]) for r in rows),
        weights=tuple(float(r["weight"]) for r in rows),
        bias=float(bias),
    )
