"""Learned linear scorers: a logistic regression's numbers applied in pure Python."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class LinearModel:
    """Weights over standardised features, as written by a bench/learn_*.py script."""

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
