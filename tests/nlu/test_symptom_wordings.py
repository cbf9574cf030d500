"""Symptoms said in patients' own words, read as their concept (nlu/data/lexicon/symptoms.yml): an animal bite,
cellulitis, shingles, a changing mole, dehydration, not bearing weight, a limb that will not move, Kussmaul breathing,
a limp or barely rousable patient, pallor, hearing loss, sleep trouble, a limb bent out of shape, constipation,
a high HbA1c, confusion, floaters, distorted lines, a late period; and the look-alikes that are not the concept (a
bite is no allergy, jet lag no memory loss, a hot forehead no cellulitis). Sentences of our own; none is in the
training, evaluation or vignette data."""

import pytest
from nlu_reads import found, symptoms_mentioned, symptoms_present


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("우리 강아지한테 다리를 물렸어요", "animal_bite"),
        ("강아지가 손을 물었어요", "animal_bite"),
        ("I got bitten by the neighbour's dog last night", "animal_bite"),
        ("the cat bit my finger", "animal_bite"),
        ("うちの猫に手を噛まれた", "animal_bite"),
        ("我家的狗咬了我一口", "animal_bite"),
        ("腕が赤く腫れて熱をもっています", "cellulitis"),
        ("ふくらはぎが熱を持って腫れてる", "cellulitis"),
        ("小腿红肿发热", "cellulitis"),
        ("手背紅腫發燙", "cellulitis"),
        ("my leg is red, hot and swollen", "cellulitis"),
        ("종아리가 빨갛게 부었고 만지면 뜨거워요", "cellulitis"),
        ("I have a band of small blisters on my side that burns", "shingles"),
        ("옆구리에 띠 모양으로 물집이 생겼어요", "shingles"),
        ("背中に帯状疱疹ができた", "shingles"),
        ("腰に帯状に水ぶくれができてピリピリ痛い", "shingles"),
        ("肚子上长了一排水泡，很痛", "shingles"),
        ("my mole has got bigger and darker", "mole_change"),
        ("a mole on my arm that's got darker lately", "mole_change"),
        ("the mole on my neck has grown", "mole_change"),
        ("얼굴에 있는 점이 점점 커지고 있어요", "mole_change"),
        ("ほくろが大きくなってきた", "mole_change"),
        ("meat feels stuck when I swallow", "difficulty_swallowing"),
        ("I can't even keep water down since this morning", "dehydration"),
        ("she throws up even water", "dehydration"),
        ("水も飲めません", "dehydration"),
        ("아이가 물만 마셔도 토해요", "dehydration"),
        ("孩子喝水都吐", "dehydration"),
        ("I can't put any weight on my left foot", "difficulty_walking"),
        ("cannot bear weight on that leg", "difficulty_walking"),
        ("넘어진 뒤로 발을 못 디디겠어요", "difficulty_walking"),
        ("足首をひねって体重をかけられない", "difficulty_walking"),
        ("脚不敢着地", "difficulty_walking"),
        ("I can't move my wrist since the fall", "cannot_move_limb"),
        ("he cannot bend his elbow", "cannot_move_limb"),
        ("手首が動かせません", "cannot_move_limb"),
        ("팔을 못 움직이겠어요", "cannot_move_limb"),
        ("摔倒以后胳膊动不了", "cannot_move_limb"),
        ("my stomache has been bad all day", "abdominal_pain"),
        ("時差ボケで眠れない", "insomnia"),
    ],
)
def test_symptom_wordings_found_by_the_lexicon(lexicon, text, concept):
    assert concept in found(lexicon, text)


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        # Deep fast (Kussmaul) breathing.
        ("he is breathing deep and fast and won't stop being sick", "rapid_breathing"),
        ("토하면서 숨을 깊고 빠르게 몰아쉬어요", "rapid_breathing"),
        ("吐いたあと息が深くて速いままです", "rapid_breathing"),
        ("孩子吐完以后呼吸又深又快", "rapid_breathing"),
        # Limp or barely rousable.
        ("grandad is barely rousable this morning", "drowsiness"),
        ("아이가 축 처져서 깨워도 잘 안 깨요", "drowsiness"),
        ("祖父を揺すっても起きないくらいぼーっとしてます", "drowsiness"),
        ("老人家很难叫醒", "drowsiness"),
        # A face gone white.
        ("넘어진 뒤로 얼굴이 하얘졌어요", "pallor"),
        ("he turned white after the fall", "pallor"),
        # Hearing less in one ear, and suddenly.
        ("右の耳が聞こえづらくて困っています", "hearing_loss"),
        ("왼쪽 귀가 소리가 잘 안 들려요", "hearing_loss"),
        ("左边耳朵听不太清", "hearing_loss"),
        ("I've had trouble hearing in my left ear", "hearing_loss"),
        ("昨夜から急に右耳が聞こえにくい", "hearing_loss"),
        ("갑자기 소리가 잘 안 들려요", "hearing_loss"),
        ("昨天突然左耳听不见", "hearing_loss"),
        ("all of a sudden my left ear can't hear anything", "hearing_loss"),
        # Not bearing weight, without particles.
        ("ひねってから体重かけれない", "difficulty_walking"),
        ("발목이 아파서 체중을 못 실어요", "difficulty_walking"),
        ("扭了以后脚不能负重", "difficulty_walking"),
        ("I can't take any weight on my left foot", "difficulty_walking"),
        # Sleep trouble said loosely.
        ("这几天晚上睡得不太好", "insomnia"),
        ("最近入睡很慢，躺很久才睡着", "insomnia"),
        ("struggling to sleep since the move", "insomnia"),
        ("요즘 잠이 잘 안 와요", "insomnia"),
        # A limb bent out of shape.
        ("スキーで転んで足首が変な方向に曲がってる", "fracture"),
        ("넘어졌는데 손목이 이상한 방향으로 꺾였어요", "fracture"),
        ("摔了一跤手腕明显变形", "fracture"),
        ("my little finger is bent the wrong way after the catch", "fracture"),
        # Constipation said as days without passing stool; HbA1c reported high.
        ("나흘째 변을 못 봤어요", "constipation"),
        ("my A1c came back high at the check-up", "high_blood_sugar"),
        ("당화혈색소가 높다고 들었어요", "high_blood_sugar"),
        ("体检糖化血红蛋白偏高", "high_blood_sugar"),
    ],
)
def test_symptom_wordings_found_in_a_parse(pipeline, text, concept):
    assert concept in symptoms_mentioned(text)


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("she's slow to respond and saying strange things", "confusion"),
        ("外公反應很慢，叫了半天才回答", "confusion"),
        ("夫が変なことを言っていて会話が噛み合わない", "confusion"),
        ("아버지가 반응이 느려지셨어요", "confusion"),
        ("奶奶吞不太下东西", "difficulty_swallowing"),
        ("目の前に黒い虫みたいなのが見えます", "floaters"),
        ("there are black spots floating in my vision", "floaters"),
    ],
)
def test_symptoms_said_in_other_words(text, concept):
    assert concept in symptoms_present(text)


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        ("the straight lines look wavy in my right eye", "blurred_vision"),
        ("右眼看直線變彎", "blurred_vision"),
        ("오른쪽 눈으로 보면 직선이 휘어 보여요", "blurred_vision"),
        ("左目で直線がゆがんで見えます", "blurred_vision"),
        ("hurt my ankle, couldn't take 4 steps", "difficulty_walking"),
        ("my period is 3 weeks late", "missed_period"),
        ("임테기 두 줄 나왔어요", "missed_period"),
    ],
)
def test_symptoms_said_as_what_the_patient_notices(text, symptom):
    assert symptom in symptoms_present(text)


# Look-alikes: a bite is no allergy, jet lag no memory loss, a hot forehead or eye no cellulitis.
@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("I got bitten by our cat", ("allergy", "cat")),
        ("the dog bit my hand", ("allergy", "dog")),
        ("時差ボケで眠れない", ("symptom", "memory_loss")),
        ("이마를 만지면 뜨거워요", ("symptom", "cellulitis")),  # a hot forehead is a fever
        ("目が赤く腫れて熱がある", ("symptom", "cellulitis")),
    ],
)
def test_not_read_as(lexicon, text, absent):
    kind, value = absent
    assert value not in found(lexicon, text, kind)


def test_an_allergy_to_an_animal_is_still_an_allergy(lexicon):
    assert "cat" in found(lexicon, "I'm allergic to cats", "allergy")
