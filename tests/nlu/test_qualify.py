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


@pytest.mark.parametrize(
    ("text", "span", "mark"),
    [
        # Sixteenth round: scabies only asked about, H. pylori found gone, beetroot only wondered about: unsaid.
        ("78歳の母、すねがかゆい。ダニ？疥癬？", ("symptom", "疥癬"), "asked"),
        ("疥癬と診断されました", ("symptom", "疥癬"), None),
        ("ピロリ菌は陰性でした", ("symptom", "ピロリ菌"), "history"),
        ("ピロリ菌陽性と言われました", ("symptom", "ピロリ菌"), None),
        ("헬리코박터 검사 음성 나왔어요", ("symptom", "헬리코박터"), "history"),
        ("my pee was red twice this week. could it be the beetroot?", ("symptom", "beetroot"), "asked"),
        ("had beetroot last night and my pee is pink", ("symptom", "beetroot"), None),
    ],
)
def test_a_name_asked_or_found_gone_is_unsaid(pipeline, text, span, mark):
    assert _marks(pipeline, text)[span] == mark
