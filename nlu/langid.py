"""Language of a chat message by Unicode script, with the previous turn's language where script cannot tell.

Measured (docs/nlu.md): the script rule matches lingua on the lingua test data at a fraction of the cost, and
lingua restricted to Latin-script languages mislabels short English ("hi", "no", "bye"), so no statistical
detector ships. Han-only text is told by its cues: Japanese-only kanji forms (気, 薬, 発) say ja; Chinese
function characters (我, 吗, 这, 们) and characters Japanese cannot even encode (头, 发, 烧: outside JIS, the
cp932 code page) say zh. Only a text with no cue either way (頭痛, 熱, 予約) keeps the conversation's language.
Latin-script text is English unless it reads as another Latin-script language.
"""

from __future__ import annotations

import re
from collections import Counter

from nlu.text import script
from nlu.types import LANGS, UNDETERMINED


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Shinjitai forms that Chinese writes differently (simplified or traditional): a Han-only text with one is ja.
_JA_ONLY_HAN = set("気薬発実楽悪歳険検様変対帰処払辺図売読県駅円単労戦総済応圧黒恵栄営")
# Chinese function words that Japanese writing does not use; the weak ones also live inside Japanese compounds
# (了解, 現在, 都合, 他院), so they count only when two different ones meet ("他发烧了").
_ZH_FUNCTION = set("我你她您们吗呢么麼没沒这這个很也给給跟还還吧啊呀啦哦喔嘛")
_ZH_WEAK = set("的了是在都就和他那有不得到")
# Chat tokens every language borrows: they say nothing about the language.
_NEUTRAL_LATIN = {
    "ok",
    "okay",
    "okey",
    "k",
    "kk",
    "lol",
    "haha",
    "hahaha",
    "hehe",
    "hmm",
    "hm",
    "um",
    "uh",
    "oh",
    "ah",
    "wow",
    "xd",
    "omg",
    "sos",
    "covid",
}
# Function words and greetings of Latin-script languages we do not serve, none of them an English word.
_FOREIGN_WORDS = _words(
    "je j' suis les des du une est pas merci bonjour avec pour mon ma mes tête ai j'ai au aux besoin d'un "
    "el los las y tengo mi hola gracias duele cabeza desde ayer una necesito hijo hija por favor estoy es "
    "con que muy dolor ich habe und der das ist nicht danke mein meine ein eine wo mit bitte schmerzen "
    "kopfschmerzen arzt ho di il sono grazie ciao testa non mio estou com obrigado obrigada olá não febre "
    "tenho meu minha ik heb hoofdpijn een het niet dank saya sakit kepala tidak terima kasih demam ako ang "
    "salamat po médico fiebre schön"
)
_ENGLISH_WORDS = _words(
    "i i'm im my me you your the a an and or is are am was were have has had do does did don't dont can "
    "cant can't not no yes it its it's to of in on for with at since from this that what when how please "
    "pls hi hello hey thanks thank bye"
)
_FOREIGN_MARKS = set("àâãäåæçèêëìíîïñòóôõöøœùúûüýÿßđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ¿¡")
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")


def detect(text: str, prev_lang: str | None = None) -> tuple[str, float]:
    """(language, confidence) for one message; `prev_lang` is the conversation's language so far."""
    prev = prev_lang if prev_lang in LANGS else None
    counts = Counter(script(ch) for ch in text)
    # A syllable or ideograph carries about as much as a short Latin word: weigh them so.
    hangul, han_kana = 3 * counts["hangul"], 3 * (counts["han"] + counts["kana"])
    letters = hangul + han_kana + counts["latin"]
    if letters == 0:
        return (prev, 0.5) if prev else (UNDETERMINED, 0.0)
    best = max(("hangul", hangul), ("cjk", han_kana), ("latin", counts["latin"]), key=lambda kv: kv[1])
    share = best[1] / letters
    if best[0] == "hangul":
        return "ko", share
    if best[0] == "cjk":
        if counts["kana"]:
            return "ja", share
        ja, zh = _han_cues(text)
        if ja != zh:
            return ("ja" if ja > zh else "zh"), share * 0.9
        if prev in ("ja", "zh"):
            return prev, share * 0.8
        return "zh", share * 0.6
    # English speakers do not type kana or Hangul: "better nowです", "thank you 감사" are the patient's own language.
    if counts["kana"]:
        return "ja", share * 0.8
    if counts["hangul"]:
        return "ko", share * 0.8
    return _latin(text, prev, share)


def _han_cues(text: str) -> tuple[int, int]:
    """(Japanese cues, Chinese cues) of a text without kana."""
    han = "".join(ch for ch in text if script(ch) == "han")
    ja = sum(ch in _JA_ONLY_HAN for ch in han)
    weak = {ch for ch in han if ch in _ZH_WEAK}
    not_jis = han.encode("cp932", errors="replace").count(b"?")  # Han has no "?" of its own
    zh = sum(ch in _ZH_FUNCTION for ch in han) + not_jis + (len(weak) if len(weak) > 1 else 0)
    return ja, zh


def _latin(text: str, prev: str | None, share: float) -> tuple[str, float]:
    words = [w.lower() for w in _WORD.findall(text)]
    if all(w in _NEUTRAL_LATIN for w in words) or sum(map(len, words)) <= 1:
        return (prev, 0.5) if prev else (UNDETERMINED, 0.0)
    foreign = sum(w in _FOREIGN_WORDS for w in words)
    english = sum(w in _ENGLISH_WORDS for w in words)
    if any(ch in _FOREIGN_MARKS for ch in text.lower()) and english == 0:
        return UNDETERMINED, share * 0.8
    if foreign > english:
        return UNDETERMINED, share * foreign / len(words)
    return "en", share
