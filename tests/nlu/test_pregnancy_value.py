"""The value of the pregnancy entity (nlu/quantities.py): weeks when given, True when a pregnancy is said or only
doubted ("I'm not sure if I'm pregnant", 임신인지 아닌지 모르겠어요, 我没怀孕吧？), False when it is denied
(임신 가능성은 없어요, 妊娠していません, 沒懷孕). Whether the bot trusts it (the qualifier) is in
test_pregnancy_said.py. Sentences of our own; none is in the training, evaluation or vignette data."""

import pytest
from nlu_reads import extracted


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("I'm not pregnant", False),
        ("she's definitely not pregnant", False),
        ("임신 아니에요", False),
        ("임신은 안 했어요", False),
        ("임신 가능성은 없어요", False),
        ("妊娠していません", False),
        ("妊娠の可能性はありません", False),
        ("我没有怀孕", False),
        ("沒懷孕", False),
        ("I'm pregnant", True),
        ("임신 중이에요", True),
        ("妊娠しています", True),
        ("我怀孕了", True),
        ("I'm not sure if I'm pregnant", True),  # doubt is no denial
        ("임신인지 아닌지 모르겠어요", True),
        ("妊娠してないか心配です", True),
        ("我没怀孕吧？", True),
        ("I'm 12 weeks pregnant", 12),
    ],
)
def test_pregnancy_said_denied_or_doubted(text, value):
    assert extracted(text, "pregnancy") == [value]
