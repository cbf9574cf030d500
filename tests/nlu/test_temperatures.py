"""Temperatures as patients type them, in °C (nlu/quantities.py): °F with or without a unit in a fever context
("fever of 104", "temp was 100.4"), °C in every language (열이 39 넘어요, 38度2分, 三十八度半); a pulse, a duration, an
age or an angle is no temperature. Sentences of our own; none is in the training, evaluation or vignette data."""

import pytest
from nlu_reads import extracted


@pytest.mark.parametrize(
    ("text", "celsius"),
    [
        ("fever of 104 since last night", 40.0),
        ("temp was 100.4 this morning", 38.0),
        ("it's 102F", 38.9),
        ("thermometer says 101.3 degrees", 38.5),
        ("fever's around 101-102", 38.3),
        ("열이 39 넘어요", 39.0),
        ("열이 38.7도예요", 38.7),
        ("熱が38度2分あります", 38.2),
        ("体温は39.1℃", 39.1),
        ("发烧三十九度", 39.0),
        ("烧到三十八度半", 38.5),
        # nineteenth round (B19): a Fahrenheit number said before the fever word
        ("now i have a 103 fever and i'm throwing up", 39.4),
        ("he's running a 102.5 temp", 39.2),
    ],
)
def test_temperatures(text, celsius):
    assert extracted(text, "temperature") == [celsius]


@pytest.mark.parametrize(
    "text",
    # nineteenth round (B19): an age before the fever word is no Fahrenheit reading
    ["fever, pulse 104", "fever for 3 days", "my dad is 102", "turn it 90度", "im 38 fever since monday"],
)
def test_numbers_that_are_no_temperature(text):
    assert extracted(text, "temperature") == []
