"""Negation (nlu/negation.py): which mentions of a sentence the patient denies, and how far a negative reaches: the
clause, a list, an auxiliary before the verb; a negative inside the finding itself (숨을 쉴 수가 없어요, "no relief")
is no denial. The last tests run the whole parse: a count of days not passed keeps the constipation, and a Korean past
statement ends its clause before a later denial."""

import pytest
from nlu_reads import symptoms_present

import nlu
from nlu.negation import negated


def _check(text, words, lang, strict=False):
    spans = [(text.index(w), text.index(w) + len(w)) for w in words]
    return dict(zip(words, negated(text, spans, lang, strict), strict=True))


@pytest.mark.parametrize(
    ("text", "words", "lang", "want"),
    [
        # nineteenth round (LEFT): 気にしない (doesn't mind) and V不开 (打不開: can't open) deny nothing; 痛みとかは…
        # ない denies the pain only; the み of 痛み may stand before や in a denied list
        ("顔のほくろが大きくなってきた 本人は気にしないって言うけど", ["ほくろが大きく"], "ja", [False]),
        ("尿潜血2+って出て再検査って書いてありました 痛みとかは全然ないし", ["尿潜血2+", "痛み"], "ja", [False, True]),
        ("眼睛被眼屎黏住打不開 眼白紅紅的", ["眼白紅"], "zh", [False]),
        ("お腹の痛みやめまいはないです", ["お腹の痛", "めまい"], "ja", [True, True]),
        ("熱がないって本人は言ってる", ["熱"], "ja", [True]),
        ("no fever", ["fever"], "en", [True]),
        ("I don't have a fever but my head hurts", ["fever", "head"], "en", [True, False]),
        ("no fever or cough", ["fever", "cough"], "en", [True, True]),
        ("I have no fever and a bad headache", ["fever", "headache"], "en", [True, False]),
        # after a bare "and", something happening is said, not listed ("and no" still lists)
        ("no pain and bleeding heavily", ["pain", "bleeding"], "en", [True, False]),
        ("not sweating and talking nonsense", ["sweating", "talking nonsense"], "en", [True, False]),
        ("no pain and no bleeding", ["pain", "bleeding"], "en", [True, True]),
        ("no fever and cough", ["fever", "cough"], "en", [True, True]),
        ("I can't breathe", ["breathe"], "en", [False]),
        ("열은 없어요", ["열"], "ko", [True]),
        ("열이 안 나요", ["열"], "ko", [True]),
        ("기침이 있고 열은 없어요", ["기침", "열"], "ko", [False, True]),
        ("열이나 기침은 없어요", ["열", "기침"], "ko", [True, True]),
        ("숨을 쉴 수가 없어요", ["숨을 쉴"], "ko", [False]),
        ("熱はありません", ["熱"], "ja", [True]),
        ("熱も咳もないです", ["熱", "咳"], "ja", [True, True]),
        ("息ができない", ["息ができ"], "ja", [False]),
        ("不发烧", ["发烧"], "zh", [True]),
        ("沒有發燒", ["發燒"], "zh", [True]),
        ("没有发烧，但是咳嗽", ["发烧", "咳嗽"], "zh", [True, False]),
        ("我不停地呕吐", ["呕吐"], "zh", [False]),
        ("肚子特别痛", ["痛"], "zh", [False]),
        ("하혈이 멈추지 않아요", ["하혈"], "ko", [False]),
        ("熱がまだ下がりません", ["熱"], "ja", [False]),
        ("발가락이 부어서 신발이 안 들어가요", ["부어서"], "ko", [False]),
        ("no relief from the headache", ["headache"], "en", [False]),
        # Seventeenth round: "not come out" right after its topic denies it; bleeding that comes out still comes out
        ("汗は出てなくて", ["汗"], "ja", [True]),
        ("熱は出てないです", ["熱"], "ja", [True]),
        ("咳も出ていません", ["咳"], "ja", [True]),
        ("血が出て止まらない", ["血"], "ja", [False]),
        # Seventeenth round: Cantonese 唔 denies like 不; an A-not-A question (係唔係, 有冇) asks; a meal not eaten
        # (冇食飯) denies no dizziness after it; 不只 is "not only"
        ("唔發燒", ["發燒"], "zh", [True]),
        ("唔發燒唔咳", ["發燒", "咳"], "zh", [True, True]),
        ("喉嚨痛，唔發燒", ["喉嚨痛", "發燒"], "zh", [False, True]),
        ("有冇發燒？", ["發燒"], "zh", [False]),
        ("係唔係發燒，唔咳", ["發燒", "咳"], "zh", [False, True]),
        ("冇食飯頭暈", ["頭暈"], "zh", [False]),
        ("不只头痛", ["头痛"], "zh", [False]),
        # eighteenth round (C2): the copula's own negation; 得不行 (unbearably) is a degree, no denial
        ("legs arent swollen or red", ["swollen"], "en", [True]),
        ("his legs aren't swollen", ["swollen"], "en", [True]),
        ("天天困得不行 胸胀痛", ["胸胀痛"], "zh", [False]),
        ("痛得不行 发烧", ["发烧"], "zh", [False]),
    ],
)
def test_negation_marks_absent_mentions(text, words, lang, want):
    assert list(_check(text, words, lang).values()) == want


def test_strict_mode_keeps_negated_verbs_that_are_the_alarm():
    assert _check("피가 멈추질 않아요", ["멈추"], "ko", strict=True) == {"멈추": False}
    assert _check("가슴은 안 아파요", ["가슴"], "ko", strict=True) == {"가슴": True}


@pytest.mark.parametrize(
    ("text", "word", "lang", "want"),
    [
        # Nineteenth round (B16): vomiting denied with the short 안 after a topic, a conditional between
        # ("물은 마시면 안토하고"), or as 吐かない; a dizziness denied as "X거나 하진 않음" (not X or the like).
        # Said, they stay.
        ("물은 안 토해요", "토해", "ko", True),
        ("물은 마시면 안토하고 들어가요", "토하", "ko", True),
        ("계속 토해요", "토해", "ko", False),
        ("水は吐かないです", "吐", "ja", True),
        ("何回も吐いて死にそう", "吐", "ja", False),
        ("피가 섞여나와요 어지럽거나 하진 않음", "어지럽", "ko", True),
        ("피가 섞여나와요 어지럽거나 그러진 않아요", "어지럽", "ko", True),
        ("피가 섞여나오고 어지러워요", "어지러", "ko", False),
    ],
)
def test_strict_mode_reads_short_denials(text, word, lang, want):
    assert _check(text, [word], lang, strict=True) == {word: want}


@pytest.mark.parametrize(
    ("text", "words", "lang", "want"),
    [
        # "，" "、" "。" "；" end a Chinese negation clause; only "、" still shares it along a list.
        ("我媽講話突然不清楚，嘴巴也歪了", ["不清", "嘴巴"], "zh", [False, False]),
        ("没有发烧，咳嗽很厉害", ["发烧", "咳嗽"], "zh", [True, False]),
        ("没有发烧；头痛", ["发烧", "头痛"], "zh", [True, False]),
        ("没有发烧、咳嗽", ["发烧", "咳嗽"], "zh", [True, True]),
        ("是不是中风了", ["中风"], "zh", [False]),  # an A-not-A question does not negate
        # an auxiliary's negation right before the verb of the mention
        ("i didn't pass out", ["pass out"], "en", [True]),
        ("i did not faint", ["faint"], "en", [True]),
        ("i never passed out", ["passed out"], "en", [True]),
        ("he hasn't fainted since", ["fainted"], "en", [True]),
        ("i didn't sleep and then i fainted", ["fainted"], "en", [False]),
        ("기운이 하나도 없고 어지러워요", ["기운이 하나도 없", "어지러"], "ko", [False, False]),
        # Eighteenth round (M): a Japanese denial of pain, said as a verb or an adjective after a space, denies the
        # pain only; the bulge before it stays said (a topic denied right after the mention still is: 熱はない).
        ("足のつけねがぽこっと膨らむ 寝てると引っ込んでる 痛がってはない", ["足のつけねがぽこっ"], "ja", [False]),
        ("足のつけねがぽこっと膨らむ 痛くない", ["足のつけねがぽこっ"], "ja", [False]),
        ("お腹が張る、痛くはなさそう", ["お腹が張る"], "ja", [False]),
        ("足のつけねの膨らみはない", ["足のつけねの膨らみ"], "ja", [True]),
        # Nineteenth round (E19O): a low mood denied as 落ち込んでない; said, it stays
        ("気分は落ち込んでなくて", ["落ち込"], "ja", [True]),
        ("気分が落ち込んで何もできない", ["落ち込"], "ja", [False]),
        # ... and a Chinese pair after 没有 goes on with 或者: all of the list is denied (a second finding after a
        # denied one, starting its own statement, is not)
        ("没有手脚麻或者说话不清楚", ["手", "脚麻", "说话不清"], "zh", [True, True, True]),
        ("没发烧头痛得厉害", ["发烧", "头痛"], "zh", [True, False]),
    ],
)
def test_negation_scope(text, words, lang, want):
    assert list(_check(text, words, lang).values()) == want


def test_a_korean_stem_ending_inside_its_word_takes_the_denial_after_it():
    """Nineteenth round (E19O): "배 아" + "픈 건 없어요", "피가" + " 나는 건 없어요" deny the red flag's words;
    said, they stay (strict mode, as red flags read)."""
    assert _check("임신 20주인데 배 아픈 건 없어요", ["배 아"], "ko", strict=True) == {"배 아": True}
    assert _check("배가 아프거나 피가 나는 건 없어요", ["피가"], "ko", strict=True) == {"피가": True}
    assert _check("배 아프고 피가 나요", ["배 아", "피가"], "ko", strict=True) == {"배 아": False, "피가": False}
    assert _check("피가 나는 건 멈추질 않아요", ["피가"], "ko", strict=True) == {"피가": False}


def test_constipation_with_its_days_not_passed_is_not_negated(pipeline):
    parsed = nlu.parse("변비가 있어요 5일째 안 나왔는데 배는 괜찮아요")
    assert "constipation" in {e.value for e in parsed.symptoms()} and "constipation" not in parsed.negated


def test_a_past_statement_ends_the_korean_clause_of_a_later_denial():
    # "멍울이 만져졌어요 아프진 않아요": the lump is found; only the pain is denied.
    assert "breast_lump" in symptoms_present("왼쪽 가슴에 멍울이 만져졌어요 아프진 않아요")


@pytest.mark.parametrize(
    ("text", "said", "denied"),
    [
        # After a bare "and", a state is said (heatstroke: hot, no sweat, confused); nouns stay a denied list
        ("he's really hot, not sweating and confused", "confusion", "sweating"),
        ("no rash and floppy", "drowsiness", "rash"),
        ("no vomiting and disoriented", "confusion", "vomiting"),
        ("no fever, cough and sore throat", None, "sore_throat"),
        ("he's not pale and clammy", None, "sweating"),
        ("no cough and blue lips", None, "blue_lips"),
        # a verb not done properly is a finding of its own: its negative denies nothing said before it
        ("祖父がぼーっとしててちゃんと返事しません", "confusion", None),
        ("母がぼーっとしてまともに話さない", "confusion", None),
        ("할아버지가 멍하니 제대로 대답을 안 해요", "confusion", None),
        ("ぼーっとはしてないです", None, "confusion"),
        ("열은 잘 안 나요", None, "fever"),
        # an adjective's -ㄴ데 ends the Korean clause: the sweat is denied, not the hot body
        ("몸이 뜨거운데 땀이 안 나요", "fever", None),
        ("배가 아픈데는 없어요", None, "abdominal_pain"),
        # a denied sweat, then a state, in ko, ja, zh: the state stays said
        ("땀이 안 나고 횡설수설해요", "confusion", None),
        ("땀은 안 나고 축 처져요", "drowsiness", None),
        ("汗は出てなくてぼーっとしてる", "confusion", None),
        ("没出汗，人迷迷糊糊的", "confusion", "sweating"),
        ("沒出汗，人迷迷糊糊嘅", "confusion", "sweating"),
        # Seventeenth round: 汗は出てなくて, 熱は出てない deny the sweat, the fever ("が出てない" is left as it was)
        ("熱がありますが、汗は出てなくて、だるいです", "fever", "sweating"),
        ("熱は出てないけど咳が出る", "cough", "fever"),
        # Seventeenth round: Cantonese 唔 denies what follows it, but not in 唔知 (don't know), 唔好彩 (unluckily),
        # 唔舒服 (unwell), 唔肯 (refuses); 同 (and) lists the denied
        ("唔知係咪發燒，唔咳", "fever", "cough"),
        ("唔好彩跌親，唔發燒", "fall", "fever"),
        ("冇流鼻水同咳", None, "cough"),
        ("唔痛唔癢", None, "itching"),
        ("周身唔舒服頭痛", "malaise", None),
        ("唔肯食嘢，唔發燒", "poor_feeding", "fever"),
        # Twentieth round (S): 〜てしょうがない, 〜て仕方ない say "very", no denial (吐いてない still denies)
        ("吐いてて眠くてしょうがない", "vomiting", None),
        ("吐き気がして仕方ない", "nausea", None),
        ("吐いてないし眠くもない", None, "vomiting"),
        # Twentieth round (T20B): a noun with its state after it ("glands in his neck swollen") is a statement of its
        # own after a denied item, not an item of the list ("no cough, swollen glands" lists)
        (
            "sore throat with fever 38.8, no cough, glands in his neck swollen and white spots on his tonsils",
            "swollen_glands",
            "cough",
        ),
        # Twentieth round (lead): a mention holding its own verb says its finding after a denied item
        ("No fever, throat is sore.", "sore_throat", "fever"),
        ("no fever, head is pounding", "headache", "fever"),
        ("No fever, no rash, tummy is sore", None, "rash"),
        ("no fever, cough or sore throat", None, "sore_throat"),
    ],
)
def test_a_state_said_after_a_denial_stays_said(text, said, denied):
    parsed = nlu.parse(text)
    if said:
        assert said in {e.value for e in parsed.symptoms()}
    if denied:
        assert denied in parsed.negated


@pytest.mark.parametrize(
    ("text", "words", "lang", "want"),
    [
        # A food denied right before its name (sixteenth round, KO_UNDER); a meal missed denies nothing said after it.
        ("didn't eat beets or anything red", ["beets"], "en", [True]),
        ("I haven't had any beetroot", ["beetroot"], "en", [True]),
        ("I didn't eat breakfast and felt dizzy", ["dizzy"], "en", [False]),
        # 風邪はひいてない: a cold not caught; caught, it stays said.
        ("風邪もひいてない", ["風邪"], "ja", [True]),
        ("風邪をひいて熱がある", ["風邪", "熱"], "ja", [False, False]),
        # Seventeenth round: a diet denied is not the weight lost after it; the weight denied stays denied.
        ("最近三個月沒減肥卻瘦了6公斤", ["瘦了"], "zh", [False]),
        ("冇減肥都瘦咗6公斤", ["瘦咗"], "zh", [False]),
        ("体重没有下降", ["下降"], "zh", [True]),
        # Eighteenth round (M): sleep denied is a whole predicate, and a space ends a Chinese chat clause; a cue right
        # before the space still reaches over it.
        ("三天没睡 说有人监视她", ["有人监视"], "zh", [False]),
        ("三天没睡说有人监视她", ["有人监视"], "zh", [False]),
        ("一晚冇瞓 頭痛", ["頭痛"], "zh", [False]),
        ("孩子没吃饭 发烧了", ["发烧"], "zh", [False]),
        ("孩子也没有 发烧", ["发烧"], "zh", [True]),
        ("睡得还行，没有头痛", ["头痛"], "zh", [True]),
    ],
)
def test_a_food_not_eaten_and_a_cold_not_caught(text, words, lang, want):
    assert list(_check(text, words, lang).values()) == want


@pytest.mark.parametrize(
    ("text", "said", "denied"),
    [
        # Sixteenth round: "not vomited" and "no bump, it seems" deny; a listless look denies nothing after it.
        ("吐いてないし、こぶもなさそう", None, "vomiting"),
        ("転んだけど、こぶもなさそう", None, "lump"),
        ("元気がなさそうで吐いてます", "vomiting", None),
        ("お腹は痛くなくて、茶色いおりものだけ", "spotting", "abdominal_pain"),
        # "none either" before a list written without commas; a plain 没 before a cough does not reach the breath
        ("也没有嘴唇肿喘不上气", None, "shortness_of_breath"),
        ("也没有嘴唇肿喘不上气", None, "swelling"),
        ("没发烧咳嗽喘不上气", "shortness_of_breath", "fever"),
        # a part, then its finding: "no lip swelling"
        ("no lip swelling or trouble breathing", None, "swelling"),
        ("lip swelling and trouble breathing", "swelling", None),
        # nothing felt: the thing a few words on is denied
        ("没有摸到单独的硬块", None, "lump"),
        ("右边摸到一个硬块", "lump", None),
        # seventeenth round: Korean 안 before a swelling, after a topic ("the gum is not swollen")
        ("잇몸은 안 부었어요", None, "swelling"),
        # twentieth round (T20E): Japanese しびれてない, 腫れてない (the い dropped): not numb, not swollen
        ("手はしびれてない", None, "numbness"),
        ("手もしびれてる", "numbness", None),
        ("다리는 안 부어요", None, "swelling"),
        ("손이 부었어요", "swelling", None),
    ],
)
def test_denials_reach_their_finding(text, said, denied):
    parsed = nlu.parse(text)
    if said:
        assert said in {e.value for e in parsed.symptoms()}
    if denied:
        assert denied in parsed.negated
