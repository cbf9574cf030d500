"""Entity qualifiers (nlu/qualify.py): spans that do not mean what their type says, marked for the assistant."""

from __future__ import annotations

import pytest


def _marks(pipeline, text: str) -> dict[tuple[str, str], str | None]:
    return {(e.type, e.text): e.qualifier for e in pipeline.parse(text).entities}


@pytest.mark.parametrize(
    ("text", "span", "mark"),
    [
        ("I have a burning pain in my stomach", ("symptom", "burning"), "sensation"),
        ("I burnt my hand on the stove, it is burning", ("symptom", "burning"), None),
        ("I had a stent put in 2 yrs ago", ("duration", "2 yrs"), "history"),
        ("my chest has hurt for 2 days", ("duration", "2 days"), None),
        ("no chest problems, my head hurts", ("body_part", "chest"), "denied"),
        ("no chest problems, my head hurts", ("body_part", "head"), None),
        ("心脏支架", ("body_part", "心脏"), "in_condition"),
        ("下巴上长了个大痘痘，一碰就痛", ("body_part", "下巴"), "lesion_site"),
    ],
)
def test_qualifier(pipeline, text, span, mark):
    assert _marks(pipeline, text)[span] == mark
