"""The learned models ship as JSON keyed by feature name and are checked against the code."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from digest.analyze import keyword_features, summary_features, title_features
from digest.analyze.linear import load_model, model_from_data
from digest.errors import ModelError

SHIPPED = {
    "summary": summary_features.FEATURE_NAMES,
    "keywords": keyword_features.FEATURE_NAMES,
    "title": title_features.FEATURE_NAMES,
}


def shipped_data(name: str) -> dict[str, object]:
    path = resources.files("digest.analyze").joinpath("models", f"{name}.json")
    data: dict[str, object] = json.loads(path.read_text("utf-8"))
    return data


@pytest.mark.parametrize("name", sorted(SHIPPED))
def test_every_shipped_model_has_exactly_the_features_its_code_computes(name: str) -> None:
    model = load_model(name, SHIPPED[name])
    assert model.features == SHIPPED[name]
    assert len(model.weights) == len(model.mean) == len(model.scale) == len(SHIPPED[name])


def test_a_weight_meets_its_feature_by_name_whatever_the_order_in_the_file() -> None:
    data = shipped_data("summary")
    table = data["features"]
    assert isinstance(table, dict)
    reversed_data = {**data, "features": dict(reversed(list(table.items())))}
    names = SHIPPED["summary"]
    row = [float(i) for i in range(len(names))]
    kept = model_from_data(data, names, where="summary.json").probability(row)
    assert model_from_data(reversed_data, names, where="x.json").probability(row) == kept


def test_a_model_file_out_of_step_with_the_code_is_refused_naming_it() -> None:
    data = shipped_data("keywords")
    table = data["features"]
    assert isinstance(table, dict)
    renamed = dict(table)
    renamed["renamed_feature"] = renamed.pop(next(iter(renamed)))
    with pytest.raises(ModelError, match=r"keywords\.json.*1 missing.*1 unknown.*renamed_feature"):
        model_from_data({**data, "features": renamed}, SHIPPED["keywords"], where="keywords.json")


def test_a_model_file_without_its_numbers_is_refused() -> None:
    with pytest.raises(ModelError, match="expected 'features' and 'bias'"):
        model_from_data({"what": "x"}, ("a",), where="x.json")
