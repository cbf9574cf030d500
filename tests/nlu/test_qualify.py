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
        # Twentieth round (T20E): "burns" said as the feeling's verb; the injury's plural stays a burn
        ("red rash on my back, burns like crazy", ("symptom", "burns"), "sensation"),
        ("it stings and burns", ("symptom", "burns"), "sensation"),
        ("burns on my arm from the oven", ("symptom", "burns"), None),
        ("I had a stent put in 2 yrs ago", ("duration", "2 yrs"), "history"),
        ("my chest has hurt for 2 days", ("duration", "2 days"), None),
        ("no chest problems, my head hurts", ("body_part", "chest"), "denied"),
        ("no chest problems, my head hurts", ("body_part", "head"), None),
        ("心脏支架", ("body_part", "心脏"), "in_condition"),
        ("下巴上长了个大痘痘，一碰就痛", ("body_part", "下巴"), "lesion_site"),
        # Nineteenth round (E19O): the time since a birth or its episiotomy dates the birth, not the complaint; a
        # complaint's own time still counts
        ("6 weeks after delivery and my hair is coming out in handfuls", ("duration", "6 weeks"), "history"),
        ("a week after having my baby my stitches are sore", ("duration", "a week"), "history"),
        ("顺产侧切一周了，伤口坐着有点疼", ("duration", "一周"), "history"),
        ("会陰切開して1週間、座ると傷が少し痛いです", ("duration", "1週"), "history"),
        ("회음부 절개한 지 일주일 됐는데 앉으면 좀 아파요", ("duration", "일주일"), "history"),
        ("生完BB一個禮拜，側切條疤坐低有啲痛", ("duration", "一個禮拜"), "history"),
        ("my hair has been falling out for 6 weeks", ("duration", "6 weeks"), None),
        # ... and a leg named with a denied numbness is denied with it (no pain site for another pain word)
        ("腰が痛い。足のしびれはないです", ("body_part", "足"), "denied"),
        ("腰が痛くて足がしびれます", ("body_part", "足"), None),
        # Nineteenth round (C19): a condition said with a family word is the patient's risk (feared), not an illness
        # known; a relative named alone may be the patient
        ("家里我妈有糖尿病", ("condition", "有糖尿"), "feared"),
        ("fasting glucose 7.2, family history of diabetes", ("condition", "diabetes"), "feared"),
        ("가족력으로 당뇨가 있어요", ("condition", "당뇨"), "feared"),
        ("diabetes runs in my family", ("condition", "diabetes"), "feared"),
        ("my mum has diabetes and she is vomiting", ("condition", "diabetes"), None),
        # Twentieth round (T20B): an illness named as another's (a relative's, a friend's) or by a lay person as the
        # patient's is theirs or their opinion; a doctor's word, a present tense or an illness now keep it
        ("My nan had shingles and said it was agony", ("symptom", "shingles"), "history"),
        ("my mum has shingles on her back, really painful", ("symptom", "shingles"), None),
        ("我同學說這是皮蛇，可是我只是手肘內側很癢", ("symptom", "皮蛇"), "asked"),
        ("医生说这是带状疱疹，腰上一条水泡很痛", ("symptom", "带状疱疹"), None),
        ("我奶奶说这是中风前兆，真的吗", ("symptom", "中风"), "asked"),
        ("父が脳出血だったので心配で…", ("symptom", "脳出血"), "history"),
        ("父が脳出血で倒れました", ("symptom", "脳出血"), None),
        ("엄마가 대상포진이래요", ("symptom", "대상포진"), "asked"),
        ("He had pneumonia last winter so I'm nervous", ("symptom", "pneumonia"), "history"),
        # ... and the worry it stirs is no anxiety complaint; an anxiety of its own stays one
        ("He had pneumonia last winter so I'm nervous", ("symptom", "nervous"), "feared"),
        ("いとこが川崎病だったので不安で", ("symptom", "不安で"), "feared"),
        ("엄마가 위암이셔서 너무 불안해요 속이 쓰려요", ("symptom", "불안해"), "feared"),
        ("I lost my job so I'm anxious all the time and can't sleep", ("symptom", "anxious"), None),
        # Twentieth round (B17): a relative's stroke said plainly beside one's own blood pressure is the family history;
        # beside the relative's reading or with a now it stays
        ("BP always around 158/98. Age 46, father had stroke. Do I need medicine?", ("symptom", "stroke"), "history"),
        ("血压一直150/95左右，我爸有中风，要不要吃药", ("symptom", "中风"), "history"),
        ("血圧がずっと150/95くらい。父が脳梗塞でした", ("symptom", "脳梗塞"), "history"),
        ("dad had a stroke, BP 190/110", ("symptom", "stroke"), None),
        ("my BP is 150/95. my dad had a stroke this morning", ("symptom", "stroke"), None),
        # Twentieth round (T20B): a warning sign a grandmother names, in Korean, English and Cantonese
        ("왼쪽 눈꺼풀이 떨려요. 할머니가 뇌졸중 전조래요 진짜예요?", ("symptom", "뇌졸중"), "asked"),
        ("My eyelid keeps twitching. My grandma says it's a warning sign of a stroke", ("symptom", "stroke"), "asked"),
        ("我阿嫲話眼皮跳係中風先兆，係咪真㗎？", ("symptom", "中風"), "asked"),
        # ... a relative's illness now (the relative may be the one who is ill) keeps it
        ("엄마가 대상포진에 걸렸어요 너무 아파하세요", ("symptom", "대상포진"), None),
        ("母が帯状疱疹になって、すごく痛がってます", ("symptom", "帯状疱疹"), None),
        ("母が帯状疱疹になったことがあるので心配です", ("symptom", "帯状疱疹"), "history"),
        ("엄마가 예전에 대상포진 걸리셨어서 걱정돼요", ("symptom", "대상포진"), "history"),
        # Twentieth round (KIN2): a relative by any common word (a pet name, a formal or a Cantonese word, a younger
        # sibling) is family history; "has" (now, maybe the patient written about) keeps it
        ("my nan was diabetic", ("condition", "diabetic"), "family"),
        ("my daddy had diabetes", ("condition", "diabetes"), "family"),
        ("my mummy has diabetes", ("condition", "diabetes"), None),
        ("my cholesterol is 7, my nan had a heart attack", ("symptom", "heart attack"), "history"),
        ("my blood pressure is 145/92, a relative had a stroke", ("symptom", "stroke"), "history"),
        ("おじいちゃんが糖尿病だった", ("condition", "糖尿病"), "family"),
        ("血圧が150/95くらい。おじが心筋梗塞を起こしたことがあります", ("symptom", "心筋梗塞"), "history"),
        ("我姥姥以前有过糖尿病", ("condition", "糖尿病"), "family"),
        ("老豆有過糖尿病", ("condition", "糖尿病"), "family"),
        ("血壓150/95，阿嫲有中風，使唔使食藥", ("symptom", "中風"), "history"),
        ("혈압이 150에 95인데 동생이 뇌졸중이 있었어요", ("symptom", "뇌졸중"), "history"),
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


@pytest.mark.parametrize(
    ("text", "after_meal"),
    [
        # Nineteenth round (C19): a sugar reading under 200 mg/dL taken after food is no fasting reading; from 200 it
        # counts
        ("喝完奶茶一小时测血糖8.5", True),
        ("食後1時間の血糖値が160でした", True),
        ("식후 2시간 혈당이 250 나왔어요", False),
        ("空腹血糖7.8", False),
    ],
)
def test_a_sugar_after_food_is_no_fasting_reading(pipeline, text, after_meal):
    sugars = [e for e in pipeline.parse(text).entities if e.type == "glucose"]
    assert sugars and all((e.qualifier == "after_meal") == after_meal for e in sugars)
