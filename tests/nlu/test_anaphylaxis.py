"""Anaphylaxis whatever the patient blames: a swollen face or lips, or hives, together with breathing trouble."""

from __future__ import annotations

import pytest

import nlu


@pytest.mark.parametrize("text", [
    "started the new antibiotic an hour ago, my lips are swollen and I'm wheezy",
    "took an ibuprofen and now my eyelids are puffy and I can't breathe properly",
    "broke out in hives after lunch and it's getting hard to breathe",
    "吃了药以后嘴唇肿了，现在喘不过气",
    "全身起了蕁麻疹，呼吸困難",
    "약 먹고 입술이 부었는데 숨이 차요",
    "두드러기가 올라오고 숨쉬기가 힘들어요",
    "えびを食べてから息苦しさがあります",
])
def test_swelling_or_hives_with_breathing_trouble_is_anaphylaxis(text):
    parse = nlu.parse(text)
    assert "anaphylaxis" in [flag.id for flag in parse.red_flags]
    assert parse.intent.name == "emergency"


@pytest.mark.parametrize("text", [
    "my face is a little swollen after the dentist pulled a tooth",
    "got some hives on my arms after the cat scratched me, quite itchy",
    "입술이 조금 부었어요",
    "脸有点肿，牙疼",
    # breathing trouble denied by its noun in -さ (twentieth round): "息苦しさはないです"
    "えびを食べてから、喉がチクチクします。息苦しさはないです",
    "蜂に刺されたけど息苦しさもない",
])
def test_swelling_or_hives_alone_is_not(text):
    assert nlu.parse(text).red_flags == []


def test_swollen_hands_and_feet_are_no_swollen_tongue():
    """R19 (ja-b19-d02): Kawasaki disease's strawberry tongue, then swollen hands and feet, is no anaphylaxis."""
    assert nlu.parse("舌がいちごみたい。手足もパンパンにむくんでます").red_flags == []
    assert "anaphylaxis" in [f.id for f in nlu.parse("舌がパンパンにむくんできた").red_flags]
    assert "anaphylaxis" in [f.id for f in nlu.parse("べろがむくんできた").red_flags]
