"""Red flags said without the usual words, and their look-alikes (nlu/data/redflags/*.yml, nlu/negation.py).

Fired: cardiac pressure without "pain" (an elephant on the chest), suicide risk markers (a plan, hoarded tablets,
goodbye letters, things given away, a farewell with the means ready), severe asthma (a useless reliever, cannot lie
flat, SpO2 under 92, too breathless to speak), a toddler who swallowed an adult's tablets, a bulging fontanelle,
vomited fresh blood, fever with spots that do not fade when pressed (meningism), heavy bleeding in Japanese.
Quiet: everyday look-alikes (a rope for the tent, pills taken as prescribed, a pain score "6/10", an inhaler that
helps, purple spots without fever, a racing heart with sweating), each next to the alarm itself. A red-flag word
denied in its own clause does not count ("no lip or tongue swelling", 没有呼吸困难, 죽고싶단 생각까진 없어요), one
denied elsewhere in the sentence does. Sentences of our own; none is in the training, evaluation or vignette data."""

import pytest
from nlu_reads import parsed_flags, rule_flags


# Red flags said without the usual words.
@pytest.mark.parametrize(
    ("text", "flag"),
    [
        # Cardiac pressure described without "pain".
        ("it's like an elephant sat on my chest and my left arm feels heavy", "chest_pain_cardiac"),
        ("feels like an elephant on his chest, he's grey and sweaty", "chest_pain_cardiac"),
        ("heavy pressure in my chest going down my arm", "chest_pain_cardiac"),
        ("코끼리가 가슴에 앉아 있는 것 같아요", "chest_pain_cardiac"),
        ("大象坐在胸口一样难受", "chest_pain_cardiac"),
        ("象が胸に乗ってるみたいに重いです", "chest_pain_cardiac"),
        # Suicide risk markers without the usual crisis words.
        ("I've been saving up my pills and I'll take them all tonight", "suicidal"),
        ("wrote a goodbye letter to my mum last night", "suicidal"),
        ("I've started giving away my things to friends", "suicidal"),
        ("I left letters to my wife, I can't go on like this", "suicidal"),
        ("유서도 썼어요", "suicidal"),
        ("몰래 수면제를 모아 두고 있어요", "suicidal"),
        ("他说已经写了遗书", "suicidal"),
        ("偷偷攒药攒了半年", "suicidal"),
        ("遺書を用意しています", "suicidal"),
        ("睡眠薬を少しずつ貯めています", "suicidal"),
        # Life-threatening asthma.
        ("ventolin isn't helping and the wheezing is getting worse", "breathing_severe"),
        ("I can only get a few words out between breaths", "breathing_severe"),
        ("his lips look a bit blue", "breathing_severe"),
        # Sixteenth round (ZH_EM): acute psychosis with danger (a new mother's beliefs about her baby; voices ordering
        # harm with a knife); methanol after bootleg spirits; a toddler and iron tablets in Cantonese; a battery lost.
        ("产后第十天，她一直说孩子被人调包了", "acute_psychosis"),
        ("since the birth she's been hearing voices and says the baby was swapped", "acute_psychosis"),
        ("출산 후에 아내가 우리 아기가 아니라고 해요", "acute_psychosis"),
        ("産後、妻が赤ちゃんはすり替えられたと言っています", "acute_psychosis"),
        ("他说有声音叫他杀人，手里拿着刀", "acute_psychosis"),
        ("喝了来路不明的酒，第二天看东西模糊", "overdose_poisoning"),
        ("drank bootleg vodka on holiday and now my vision is blurred", "overdose_poisoning"),
        ("個女偷食咗我啲補鐵丸", "overdose_poisoning"),
        ("遥控器里的电池找不到了，孩子刚才在玩", "button_battery"),
    ],
)
def test_red_flags_said_in_other_words(text, flag):
    assert flag in parsed_flags(text)


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        # A suicide plan said as a farewell: the means ready, with a goodbye, an ending or a time.
        ("the noose is ready in the shed. thanks for everything", "suicidal"),
        ("I've got my pills lined up, this is goodbye", "suicidal"),
        ("밧줄도 사 놨어요 그동안 감사했어요", "suicidal"),
        ("오늘 밤 대교 가서 끝내려고요", "suicidal"),
        ("安眠药我都准备好了，今晚一口气吃下去", "suicidal"),
        ("绳子买好了，下辈子再见了", "suicidal"),
        ("縄も用意しました。みんなごめん", "suicidal"),
        ("屋上に行きます。今までありがとう", "suicidal"),
        # Severe asthma: the reliever does nothing, cannot lie down, a low oxygen saturation.
        ("천식 발작인데 벤토린이 효과가 없어요", "breathing_severe"),
        ("산소포화도가 88이에요 숨이 차요", "breathing_severe"),
        ("氣喘發作，吸入器沒效", "breathing_severe"),
        ("血氧只有89，喘得厉害", "breathing_severe"),
        ("ぜんそくで吸入が効きません", "breathing_severe"),
        ("SpO2が89です、息が苦しい", "breathing_severe"),
        ("she's wheezing and can't lie flat", "breathing_severe"),
        # A toddler who swallowed an adult's tablets.
        ("네 살 아들이 수면제를 몇 알 삼켰어요", "overdose_poisoning"),
        ("两岁的女儿误吃了爷爷的降压药", "overdose_poisoning"),
        ("2歳の孫が祖父の睡眠薬を口に入れてしまった", "overdose_poisoning"),
        ("our 3yo got into the pillbox and chewed some", "overdose_poisoning"),
        # A bulging soft spot in a feverish baby; vomiting fresh blood.
        ("my 4 month old is hot and the soft spot is bulging", "meningism"),
        ("아기 숫구멍이 볼록 부풀어 있어요", "meningism"),
        ("宝宝发烧，囟门鼓鼓的", "meningism"),
        ("赤ちゃんの大泉門がふくらんでいます", "meningism"),
        ("刚才吐了两口鲜血", "gi_bleeding"),
    ],
)
def test_red_flags_said_as_a_plan_a_reading_or_a_sign(text, flag):
    assert flag in parsed_flags(text)


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
    assert "meningism" in parsed_flags(text)


@pytest.mark.parametrize(
    "text", ["指を切って血がたくさん出ています", "転んで膝から血がいっぱい出てる", "すごい量の血が出てます"]
)
def test_japanese_heavy_bleeding(pipeline, text):
    assert "heavy_bleeding" in parsed_flags(text)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("息が苦しくて、しゃべることもできません", "ja"),
        ("息切れがひどくて話せません", "ja"),
        ("I'm so breathless I can barely talk", "en"),
        ("out of breath, can't finish a sentence", "en"),
        ("숨이 가빠서 말을 할 수가 없어요", "ko"),
        ("숨이 너무 차서 말을 이어갈 수가 없어요", "ko"),
        ("上气不接下气，说不出话来", "zh"),
        ("气喘得连一句话都说不完", "zh"),
    ],
)
def test_too_breathless_to_speak(rules, text, lang):
    assert "breathing_severe" in rule_flags(rules, text, lang)


# Look-alikes that must stay quiet, each next to the alarm itself.
@pytest.mark.parametrize(
    "text",
    [
        # 피가래 (blood-streaked phlegm) holds 피가; the cough that won't stop is no bleeding.
        "기침이 2주째 안 멈춰요 피가래는 아직 없어요",
        # A wish to die named only to deny it, with とか/なんて.
        "落ち込んでますが、死にたいとかは思ってないです",
        "死にたいなんて思ってません",
        # Swollen neck glands and a red tongue (strep throat) are no anaphylaxis.
        "首のリンパが腫れて、舌が赤くブツブツしています",
        # A pain score is no pill count.
        "period pain about 6/10, ibuprofen helps",
        "back ache 3/10, 2 paracetamol sorted it",
        # Everyday pills said plainly; an inhaler that helps.
        "my inhaler helps when I wheeze",
        "I'm giving away my old clothes to charity",
        # Sixteenth round (ZH_EM): heard someone say something after the birth; a baby's cries heard at night; a
        # hangover; a meatball; new batteries delivered.
        "坐月子的时候听到有人说不能洗头，是真的吗",
        "还在坐月子，宝宝喉咙里有声音跟小猪一样",
        "産後、夜中に赤ちゃんの泣き声が聞こえる気がします",
        "hungover after a few pints, headache and a bit blurry",
        "孩子吃了两个肉丸",
        "新买的纽扣电池到了",
    ],
)
def test_look_alikes_raise_no_red_flag(text):
    assert not parsed_flags(text)


@pytest.mark.parametrize(
    "text",
    [
        # Look-alikes that must not fire.
        "camping this weekend, bought a new rope for the tent, thanks for everything",
        "ok I'll keep taking the pills, thanks for everything, goodbye",
        "약을 다 먹고 치료 끝낼 거예요",
        "今夜も睡眠薬を飲んで寝ます",
        "어제 한강 가서 자전거 탔어요",
        "今晚吃了安眠药还是睡不着",
        "息子の薬が効かないみたいです",
        "ロープで荷物を縛りました",
        "咳有点喘，吃药没用",
    ],
)
def test_look_alikes_of_plans_and_relievers_stay_quiet(text):
    assert not parsed_flags(text)


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
    assert "meningism" not in parsed_flags(text)


def test_breathless_but_talking_is_no_flag(rules):
    assert rule_flags(rules, "息苦しくはないし、普通に話せます", "ja") == set()


def test_a_racing_heart_with_sweating_is_no_heart_attack_in_korean(pipeline):
    assert "chest_pain_cardiac" not in parsed_flags("요즘 가슴이 두근거리고 땀이 많이 나요")
    assert "chest_pain_cardiac" in parsed_flags("가슴이 짓눌리듯 아프고 땀이 나요")
    assert "chest_pain_cardiac" in parsed_flags("가슴이 답답하고 식은땀이 나요")
    assert "chest_pain_cardiac" in parsed_flags("가슴이 아픈데 왼팔로 뻗쳐요")


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("코피가 안 멈춰요", "heavy_bleeding"),  # still bleeding
        ("死にたいとか思ってしまう", "suicidal"),  # not denied
        ("死にたいとしか思えない", "suicidal"),
        ("舌が腫れてきて息が苦しい", "anaphylaxis"),
        ("took 20 ibuprofen on purpose", "overdose_poisoning"),
    ],
)
def test_the_alarms_themselves_still_fire(text, flag):
    assert flag in parsed_flags(text)


# A red-flag word denied in its own clause does not count; one denied elsewhere in the sentence does.
@pytest.mark.parametrize(
    "text",
    [
        # Denied in its own clause: no flag.
        "on a new blood pressure tablet, tickly cough. no wheezing, no lip or tongue swelling",
        "itchy rash since the antibiotic, no throat or tongue swelling",
        "吃了药以后身上痒，没有呼吸困难",
        "起了疹子，沒有呼吸困難，舌頭也不腫",
        "우울한 지 3주 됐어요 죽고싶단 생각까진 없어요",
        "기분이 가라앉지만 죽고 싶다는 생각은 없어요",
        "죽고 싶진 않아요 그냥 지쳤어요",
        "気分は落ち込んでますが、死にたいとかはないです",
        "死にたいなんかはないです、ただ眠れなくて",
    ],
)
def test_a_red_flag_word_denied_in_its_own_clause_does_not_count(text):
    assert not parsed_flags(text)


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        # Affirmed, or the denial belongs to another mention of the sentence: the flag stands.
        ("no fever, but my tongue is swelling after the peanuts", "anaphylaxis"),
        ("no rash, and my throat is closing up", "anaphylaxis"),
        ("没有发烧，但是呼吸困难", "breathing_severe"),
        ("他没有呼吸了", "breathing_severe"),
        ("열은 없는데 죽고 싶단 생각이 들어요", "suicidal"),
        ("죽고 싶단 생각이 자꾸 들어요", "suicidal"),
        ("熱はないけど死にたいです", "suicidal"),
        ("死にたいとか毎日考えてしまう", "suicidal"),
    ],
)
def test_a_red_flag_affirmed_or_denied_elsewhere_still_counts(text, flag):
    assert flag in parsed_flags(text)
