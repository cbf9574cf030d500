"""Fourth round of NLU gaps, found by the sealed triage vignettes (now a development set): deep fast breathing,
a limp or barely rousable patient, a pale face, hearing gone in one ear (and suddenly), not bearing weight without
particles, sleep trouble said loosely, a limb bent out of shape, constipation said as "not for N days", HbA1c
reported high; red flags for fever with spots that do not fade when pressed, heavy bleeding in Japanese, no
heart attack for a racing heart with sweating in Korean, and a wish to die named only to deny it (zh, ja).
Sentences of our own; none is in the training, evaluation or vignette data."""

import pytest

import nlu


def _symptoms(text):
    return {e.value for e in nlu.parse(text).entities if e.type == "symptom"}


def _flags(text):
    return {f.id for f in nlu.parse(text).red_flags}


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
def test_fourth_round_symptom_wordings(pipeline, text, concept):
    assert concept in _symptoms(text)


def test_constipation_with_its_days_not_passed_is_not_negated(pipeline):
    parsed = nlu.parse("변비가 있어요 5일째 안 나왔는데 배는 괜찮아요")
    assert "constipation" in {e.value for e in parsed.symptoms()} and "constipation" not in parsed.negated


@pytest.mark.parametrize(
    "text",
    [
        "my 4 year old has a fever and spots on his tummy that don't fade when I roll a glass over them",
        "temperature of 39.2 and a purple rash on her legs",
        "열이 39도인데 팔에 점상출혈 같은 게 생겼어요",
        "열이 나고 다리 반점이 눌러도 안 없어져요",
        "熱があって、お腹の発疹がコップで押しても消えません",
        "38.8度の熱と足に紫斑があります",
        "孩子发烧，腿上的红点按压不褪色",
        "发烧38度9，身上有瘀点",
    ],
)
def test_fever_with_spots_that_do_not_fade_is_meningism(pipeline, text):
    assert "meningism" in _flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "purple spots on my shin after I bumped the table",  # no fever
        "다리에 보라색 반점이 생겼어요",
        "a rash that fades when I press it, and a mild fever",
        "熱があって、赤いぶつぶつが出ています",
    ],
)
def test_spots_without_fever_or_fading_spots_are_no_meningism(pipeline, text):
    assert "meningism" not in _flags(text)


@pytest.mark.parametrize(
    "text", ["指を切って血がたくさん出ています", "転んで膝から血がいっぱい出てる", "すごい量の血が出てます"]
)
def test_japanese_heavy_bleeding(pipeline, text):
    assert "heavy_bleeding" in _flags(text)


def test_a_racing_heart_with_sweating_is_no_heart_attack_in_korean(pipeline):
    assert "chest_pain_cardiac" not in _flags("요즘 가슴이 두근거리고 땀이 많이 나요")
    assert "chest_pain_cardiac" in _flags("가슴이 짓눌리듯 아프고 땀이 나요")
    assert "chest_pain_cardiac" in _flags("가슴이 답답하고 식은땀이 나요")
    assert "chest_pain_cardiac" in _flags("가슴이 아픈데 왼팔로 뻗쳐요")


@pytest.mark.parametrize(
    "text",
    [
        "心情一直不好，想死倒是没有，就是没力气",
        "轻生的念头倒没有，就是睡不着",
        "自杀的想法没有，只是很烦",
        "死にたいわけではないけど、毎日しんどいです",
        "死にたいってわけじゃないです。ただ疲れてて",
    ],
)
def test_a_wish_to_die_named_to_deny_it_raises_nothing(pipeline, text):
    assert "suicidal" not in _flags(text)
    assert "suicidal_thoughts" not in _symptoms(text)


@pytest.mark.parametrize(
    "text",
    [
        "我真的想死，倒没有什么办法",  # a comma: the denial is of something else
        "我不想活了",
        "想死倒没有才怪，我每天都想死",
        "もう死にたい。わけがわからない",
        "死にたいです。わけは聞かないで",
    ],
)
def test_a_real_statement_next_to_a_denial_form_still_raises_suicidal(pipeline, text):
    assert "suicidal" in _flags(text)
