"""Which mentions the patient says are absent ("no fever", "열은 없어요", "熱はありません", "不发烧").

English and Chinese put the cue before the mention, Korean and Japanese after it. A cue reaches only within
its clause and never across another mention, except along a list ("no fever or cough", "열이나 기침은 없어요"),
where the negation is shared (in Chinese only "、" enumerates: the full-width comma "，" ends a clause).
Inability ("can't breathe", "숨을 쉴 수 없어요", "息ができない", "不能呼吸") is not absence: those stay
positive, so red flags still fire.
"""

from __future__ import annotations

import bisect
import functools
import re

from nlu.text import script, to_simplified

# An ellipsis (…, ‥) ends a clause: "胸にしこりを見つけました…痛くないです" denies the pain, not the lump (14th round).
_BOUNDARY = re.compile(
    r"[.;!?。！？；，、\n…‥]|,(?!\s*(?:or|nor|and)\b)|\b(?:but|however|though|although|except)\b"
    r"|그런데|근데|하지만|지만|는데|는 데|은데|고\s|서\s|けど|けれど|でも|しかし|但是|但|可是|不过|不過"
    # a past statement ends its sentence: "멍울이 만져졌어요 아프진 않아요", "투석을 못 하셨어요 지금 괜찮으세요" (any
    # past syllable, ㅆ under it: 했, 셨, 갔, 됐; fifteenth round)
    r"|(?<=[" + "".join(chr(0xAC00 + k) for k in range(11172) if k % 28 == 20) + r"])어요?\s"
    # Korean statements that end without punctuation (fifteenth round, F10): "피가 살짝 묻어요 ㅠ 배는 안아파요",
    # "임신 30주인데 배아프거나 그런건 없는데": 요 then a space (not "열은요 없어요", 필요, 주요), a crying or
    # laughing face, and the copula's 인데 (not the drug 인데놀); "…느낌이 와요 10분쯤 지나면 괜찮아지고요" still says
    # the episode passes
    r"|(?<![은는도이필중주])요\s(?![^.!?\n]{0,12}괜찮아[지져졌])|[ㅠㅜㅋㅎ]+|인데(?!놀)"
    # an adjective's -ㄴ데 (ㄴ under the syllable: 뜨거운데, 아픈데, 심한데): "몸이 뜨거운데 땀이 안 나고" denies the
    # sweat, not the hot body (sixteenth round); not "아픈데는 없어요", "아픈데가 없어요" (no place that hurts)
    r"|(?<=["
    + "".join(chr(0xAC00 + k) for k in range(11172) if k % 28 == 4 and chr(0xAC00 + k) not in "는은인")
    + r"])데(?![는도가])"
    r"|\b(?:and|but)\s+(?:my|his|her|their|i|i'm|im|he|she|it's|now)\b"  # "no rash, and my throat is closing"
)
_EN_CUE = re.compile(
    r"\b(?:no|not|never|without|denies|deny|denied|nor|neither|free of|negative for|no longer"
    # eighteenth round (C2): the copula's own negation ("legs aren't swollen", "arent red", "she isnt feverish")
    r"|(?:is|are|was|were)(?:n't|nt)"
    r"|(?:do|does|did|have|has|had)(?: not|n't|nt)"
    r" (?:have|has|had|get|got|feel|notice|think i have|want to|wanna"
    # "i haven't ever thought about killing myself" (fifteenth round; ja 死にたいと思ったりはない)
    r"|(?:ever |really )?(?:thought about|thought of|considered)))\b\W*"
)
# "i didn't pass out", "he hasn't fainted": an auxiliary's negation right before the mention (its verb).
# "didn't eat beets", "haven't had any beetroot": a food denied right before its name, not what
# follows a meal missed ("didn't eat breakfast and felt dizzy": the cue must touch the mention).
_EN_AUX_CUE = re.compile(
    r"\b(?:do|does|did|have|has|had)(?: not|n't|nt)(?: (?:ever|really|actually))?"
    r"(?: (?:eat|eaten|drink|drunk|had)(?: any)?)?$"
)
# "she doesn't seem to be struggling to breathe", "he doesn't look like he's choking": seen, and denied.
_EN_SEEM_CUE = re.compile(
    r"\b(?:do|does|did)(?: not|n't|nt) (?:seem|appear)(?: to be| to have| to)?$"
    r"|\b(?:do|does|did)(?: not|n't|nt) look like(?: (?:he|she|they|it|i|you)(?:'s|'re| is| are)?)?$"
)
_EN_NOT_CUE = re.compile(
    r"\b(?:not|(?:is|are|was|were)(?:n't|nt))"
    r" (?:able|breathing|responding|waking|moving|stopping|going away|improving|better)\b"
    r"|\bno (?:relief|improvement|change|better)\b|\bnot (?:sure|certain)\b"
    r"|\bno (?:idea|clue)\b"  # "no idea if he passed out or just fell" (nineteenth round, GAPS3)
)
# "without goggles, something flew into my eye": "without" denies the gear it names, not the complaint after it.
_EN_WITHOUT_GEAR = re.compile(
    r"\bwithout (?:any |a |my |his |her |their |wearing |using )?(?:safety |protective )?"
    r"(?:goggles|glasses|specs|eye protection|protection|visor|face shield|shield|helmet|gloves|mask|seat ?belt|shoes"
    r"|boots)\b"
)
# Chinese A-not-A questions ("是不是中风", "有没有可能", "要不要做心肺复苏") ask; they do not negate.
# (Cantonese too: "係唔係", "使唔使", "有冇發燒"; seventeenth round)
_ZH_A_NOT_A = re.compile(r"(\w)[不没沒唔]\1|有冇")
# 없 is no cue in 없어지다 (go away), 없애다 (remove), "…밖에 없어" (nothing but), "없진 않아" (not without).
_KO_CUE = re.compile(
    r"(?<!수)(?<!수가)(?<!수 )(?<!수가 )(?<!밖에)(?<!밖에 )"
    r"없(?!어지|어져|어졌|어질|애|앨|다면|다고|진\s*않|지는\s*않|지\s*않|는\s*(?:건|것은?)\s*아니)"
    # (괜찮 asked is no denial: "피 같은게 묻어있어요 … 괜찮은가요", "괜찮을까요"; fifteenth round, F10)
    r"|않|아니|아닌|괜찮(?!은가|은\s*건가|을까|나요|니\s*[?？]|냐)|안\s*(?=[나아들드느해했생보])"
    # (드: "그런 생각까진 안 드는데", a thought that does not come; twentieth round, lead)
    r"|안\s*(?=묻)"  # "휴지에 피는 안 묻어요": no blood on the paper (thirteenth round, W1)
    r"|안\s*(?=[껴끼])"  # "렌즈는 안 껴요": not worn (fifteenth round, F5)
)
_JA_CUE = re.compile(
    # なかなか ("血がなかなか止まらない": slow to stop) is an adverb, not a negative
    # nineteenth round (LEFT): 気にしない ("本人は気にしないって言うけど": he doesn't mind it) denies nothing
    # twentieth round (S): nor do しょうがない/仕方(が)ない ("吐いてて眠くてしょうがない": very sleepy, not
    # "not vomiting")
    r"(?<![られえけせてねめべげでき])(?<!気にし)(?<!しょうが)(?<!しようが)(?<!しょーが)(?<!仕方が)(?<!仕方)(?<!しかたが)(?<!しかた)"
    r"(?!なかなか)(?<!なか)(?:ない|な[かく](?!なら|なりません)|ありません|ません|なし|無し|無い)"
    # "こぶもなさそう" (no bump, it seems); "吐いてない", "吐いてません": has not vomited (not 見えてない)
    r"|(?<![られえけせてねめべげでき])(?<!元気が)(?<!元気)なさそう"
    r"|(?<=吐いて)(?:ない|いない|ません|いません)|(?<=嘔吐して)(?:ない|いない|ません|いません)|(?<=戻して)(?:ない|ません)"
    # 思ってない: "don't think" (other て+ない, 止まってない, are no denial)
    r"|(?<=思って)(?:ない|ません)|(?<=おもって)(?:ない|ません)|(?<=言って)(?:ない|いない|ません)"
    # 倒れてない: "did not collapse" (twelfth round, T; "倒れて意識がない" keeps its finding)
    r"|(?<=倒れて)(?:ない|ません)|(?<=たおれて)(?:ない|ません)|(?<=失神して)(?:ない|ません)|(?<=気絶して)(?:ない|ません)"
    # 風邪はひいてない: a cold not caught (sixteenth round, KO_UNDER)
    r"|(?<=ひいて)(?:ない|ません)|(?<=引いて)(?:ない|ません)"
    # "薬は飲んでません": a medicine not taken, the い dropped, right after its topic (eleventh round; "今日飲んでない"
    # is a missed dose)
    r"|(?<=[はも]飲んで)(?:ない|ません)|(?<=[はも]のんで)(?:ない|ません)|(?<=[はも]使って)(?:ない|ません)"
    r"|(?<=[はも]服用して)(?:ない|ません)"
    # "コンタクトはしてないです", "コンタクトもつけてません": a thing not worn or done, right after its topic
    # (fifteenth round, F5)
    r"|(?<=[はも]して)(?:ない|いない|ません|いません)|(?<=[はも]つけて)(?:ない|いない|ません|いません)"
    # "気を失ったりしてない", "吐いたりしてません": the like of it not done (eighteenth round, E)
    r"|(?<=[ただ]りして)(?:ない|いない|ません|いません)|(?<=[ただ]りし)(?:ない|ません)"
    # "気分は落ち込んでなくて", "沈んでない", "飲み込んでない": not low, not swallowed (nineteenth round, E19O)
    r"|(?<=込んで)(?:ない|いない|なく|ません|いません)|(?<=沈んで)(?:ない|いない|なく|ません|いません)"
    # "手はしびれてない", "腫れてないです": not numb, not swollen, the い dropped (twentieth round, T20E)
    r"|(?<=しびれて)(?:ない|なく|ません)|(?<=痺れて)(?:ない|なく|ません)|(?<=シビれて)(?:ない|なく|ません)"
    r"|(?<=腫れて)(?:ない|なく|ません)|(?<=はれて)(?:ない|なく|ません)"
    # "水ぶくれはできてない", "水ぶくれにはなってない": no blister formed (twentieth round, T20A-D; not 息ができてない)
    r"|(?:(?<=ぶくれはできて)|(?<=ぶくれもできて)|(?<=ぶくれができて)|(?<=ぶくれにはなって)|(?<=ぶくれになって)|(?<=水疱はできて)"
    r"|(?<=水疱もできて)|(?<=水疱ができて))(?:ない|なく|ません)"
)
# Seventeenth round. "汗は出てなくて", "熱は出てないです", "咳も出ていません": the complaint itself, then its topic
# particle, has not come out (right after the mention; "吐いてておしっこも出てない" denies no vomiting).
# Eighteenth round (E). "チョロチョロしか出ない", "少ししか寝れない": しか right before the negated verb means "only".
_JA_ONLY = re.compile(r"しか[ぁ-んァ-ヶー一-龥]{0,4}$")
_JA_NOT_OUT = re.compile(
    r"\s*[はも]?\s*出て(?:ない|いない|ません|いません|なく|なかっ)"
    # nineteenth round (B16): vomiting said not to happen ("水は吐かない", "吐いてはいない", "吐きません")
    r"|(?<=吐)(?:か(?:ない|なかっ|なく|ず)|きません|いて(?:は|も)?い?(?:ない|ません))|(?<=吐い)て(?:は|も)?い?(?:ない|ません)"
)
# Twelfth round (T): 不认识/不知道/不小心 (an unknown dog, accidentally) deny nothing: "被不认识的狗咬了".
# Thirteenth round (V1): 趁我不注意/一不留神/没看住 (while nobody was watching) deny nothing: "趁我不注意喝了洁厕灵".
# Seventeenth round: nor do 不只/不止 (not only): "不只头痛，还发烧".
# Eighteenth round (E): nor do 差不多/差唔多 (almost), 不少 (quite a lot) and 不好 (bad, 心情不好):
# "心情不好把一盒泰诺差不多全吃了".
# Eighteenth round (B): nor do 不动/不起/不着 (V不动, 站不起来, 睡不着: can't V, a finding): "自己剪不動 她有糖尿病".
# Eighteenth round (C2): nor does 不行 (X得不行: unbearably X, "困得不行 胸胀痛"; "走不行" is an inability).
# Nineteenth round (LEFT): nor does 不开 (V不开, "眼睛被眼屎黏住打不開 眼白紅紅的", 睁不开: can't open, a finding).
_ZH_CUE = re.compile(
    r"(?:没有|沒有|(?<!差)不(?!认识|認識|知道|小心|注意|留神|留意|只|止|少|好|行|动|動|起|着|著|开|開)|没(?!看住|看好|注意|留神)|沒(?!看住|看好|注意|留神)|无|無|未|否认|否認)"
    r"(?!能|了|出|过|過|停|住|断|斷|法|得)"
    r"|冇(?!咗|停|止|事|用|耐|幾耐|几耐|得)"  # fifteenth round (F8): Cantonese "冇出血", "冇發燒"; not 冇事 (fine)
    # seventeenth round: Cantonese 唔 ("唔痛", "唔發燒") is 不, and the same words are no cue: 唔知 (don't know),
    # 唔小心/唔覺意 (accidentally); nor 唔該 (please), 唔好意思 (sorry), 唔使 (no need), 唔緊要 (it's fine), 唔好彩
    # (unluckily), 唔通 (could it be), 唔止/唔只 (not only), 唔同 (unlike), 唔肯 (refuses: a finding), nor V唔到,
    # 止唔住, 咳唔停, 瞓唔夠 (can't V: a finding)
    r"|(?<!差)唔(?!该|該|知|小心|觉意|覺意|经意|經意|留意|记得|記得|明|好意思|好彩|使|紧要|緊要|通|止|只|单止|單止|同|肯"
    r"|到|住|停|断|斷|出|得|落|够|夠|切|识|識|清|醒|了)"
)
# "하혈이 멈추지 않아요", "熱が下がりません": a negated stop/subside/heal verb means the symptom goes on.
_PERSIST = re.compile(
    # (とまで is "as far as", no stop: "死にたいとまでは思わない")
    r"멈추|멈춰|멈췄|그치|떨어|내려|내리|낫|나아|나았|가라앉|줄어|줄지|止ま|とま(?!で)|下が|さが|治ら|治ま|なおら|引か|ひか"
    r"|おさま|収ま|良くな|よくな"
    r"|없어지|없어져|없어졌|없어질|없진|없지는|없지 않|없는 건|없는 것|사라지|사라져|떠나|떨쳐"
    r"|消え|きえ|なくなら|なくなり|無くなら|離れ"
)
# A negative word inside a red-flag phrase ("의식이 없", "息ができない", "没有意识", "won't stop bleeding"):
# there the negation is the finding itself.
_NEGATIVE_WORD = re.compile(
    r"없|않|못|아니|(?:^|\s)안(?!정|색|경|전|심)|な[いかく]|ません|できず|不|没|沒|无|無|未|唔|冇"
    r"|\b(?:no|not|never|cannot|unable|without)\b|n't|\b(?:cant|wont|isnt|doesnt|hasnt)\b"
    # eighteenth round (M): every n't written without its apostrophe ("couldnt breathe", "wasnt able to") as with it
    r"|\b(?:wasnt|werent|arent|couldnt|didnt|dont|havent|hadnt|wouldnt|shouldnt)\b",
    re.IGNORECASE,
)
# The thing denied: a topic particle, or a thought or wish after the mention ("죽고 싶은 생각은 없어요", "자살할
# 생각은 없어요", "죽고싶단 생각까진 없어요", "죽고 싶진 않아요", "死にたいとは思わない", "死にたいとかはないです",
# "死にたい気持ちはありません").
_TOPIC = re.compile(
    r"\s*(?:(?:은|을|할|하는|한|단|다는|다고\s*하는)?\s*(?:생각|마음|충동)(?:까진|까지는|까지도|까지|이|은|는|도|은\s*전혀|이\s*전혀)?"
    # (not the first kana of a word: "意識がはっきりしない", "意識がもうろう"; fifteenth round, F10)
    r"|은|는|도|진|지는|は(?!っきり)|も(?!うろう)"
    # "胸の痛みはない", "苦しみもない": an adjective's noun in -み, denied (eleventh round); in -さ too ("息苦しさは
    # ないです"; twentieth round, lead)
    r"|[みさ][はも]"
    # "숨쉬기 힘들어하진 않고", "아파하지는 않아요": a feeling seen in someone else (-어하다), denied
    r"|(?:어|아|워|해|여)\s*하(?:진|지는|지도|지)(?=\s*(?:전혀|별로|그렇게|딱히)?\s*않(?!나|니|을까|는지|냐|았나))"
    # "감각이 이상하진 않아요": a noun's -하다 adjective, denied; "腫れたりはない", "息苦しくなったりはしない": ～たり,
    # denied (eleventh round)
    r"|하(?:진|지는|지도)(?=\s*(?:전혀|별로|그렇게|딱히)?\s*않(?!나|니|을까|는지|냐|았나))"
    # "피가 나지는 않아요", "입술이 붓진 않아요": a subject's appearing or swelling, denied (eleventh round)
    r"|(?<=[이가])\s*(?:나|붓|생기)(?:진|지는|지도)(?=\s*(?:전혀|별로|그렇게|딱히)?\s*않(?!나|니|을까|는지|냐|았나))"
    # "피가 줄줄 나지도 않아요": the same with a how-much adverb between (twelfth round, helper P)
    r"|(?:(?<=[이가])\s*(?:줄줄|펑펑|철철|콸콸|뚝뚝|많이))?(?<=줄줄|펑펑|철철|콸콸|뚝뚝|많이)\s*나(?:진|지는|지도)"
    r"(?=\s*(?:전혀|별로|그렇게|딱히)?\s*않(?!나|니|을까|는지|냐|았나))"
    r"|[ぁ-ん]{0,3}?(?:たり|だり)(?:は|も|とかは|なんかは|(?:する|した)(?:こと|の)?(?:は|も))"
    # "気を失ったりしてないし": ～たり, then its own "not done" (eighteenth round, E)
    r"|(?:[ぁ-ん]{0,3}?(?:たり|だり)|(?<=[ただ])り)(?=\s*(?:して(?:ない|いない|ません|いません)|しない|しません))"
    # "死にたいと思ったりはない": the thought, as one of a list, denied (twelfth round, helper P)
    r"|(?:と|って)(?:思|おも|考え|かんがえ)(?:っ)?(?:たり|てたり)(?:は|も|とかは|なんかは|することは|することも)"
    # ... the same when the mention ends on its た ("と思った" + "りはない"; fifteenth round)
    r"|(?<=[ただ])り(?:は|も|とかは|なんかは|することは|することも)"
    # "死にたいとかはないです", "死にたいなんて思ってない": the thought named, then denied ("死にたいとまでは思わない":
    # not that far; seventeenth round)
    r"|[いさ]?(?:とは|とかは|とか|とまでは|とまで|なんては|なんて|なんかは|なんか)(?=\s*(?:思|おも|ない|無い|ありません|なかっ))"
    # "死にたいとかそういうのはない", "死にたいみたいな気持ちはない", "死にたいって感じではない": X or the like, none
    r"|い?(?:とか|みたいな|っていう|という|って|なんて|なんか|のような|ような)\s*(?:そういう|そんな|こういう|ああいう)?\s*"
    r"(?:の|こと|感じ|気持ち|思い|考え|もの|症状)(?:は|も|では|じゃ|とかは)"
    # "쓰러진 적은 없어요", "기절한 적도 한 번도 없어요": it has never happened (twelfth round, helper P)
    r"|[가-힣]{0,3}\s*적(?:은|도|이|까진|까지는)(?=\s*(?:한\s*번도|전혀|아직)?\s*없(?!었는데|었지만))"
    r"|(?:という|との)?(?:気持ち|思い|考え)[はも]"
    # "토는 초록색은 아니고", "緑色ではなくて": it is not that colour (a copula denied; thirteenth round, W1)
    r"|(?:색|색깔)(?:은|는|도|이)?(?=\s*(?:전혀\s*)?(?:아니(?!\s*[?？]|지\s*[?？]|죠|냐|나요)|아닌데|아닙니|아녜요))"
    r"|(?:色|いろ)(?:では|じゃ)(?=\s*(?:なく|ない(?!か|の[?？]|でしょ|です[かよね]?[?？])|ありません(?!か)))"
    # "死にたいわけじゃない", "死にたい訳ではありません": it is not that she wants to (eleventh round)
    r"|(?:わけ|訳)(?:じゃ|では|でも)(?=\s*(?:ない|無い|ありません|なかっ|なく))"
    # "X거나 그런 생각은 없어요", "자해나 그런 건 없어요", "아픈 데는 없어요", "저림 같은 것도 없어요": X or such, none
    # "죽고 싶다 이런 건 아니고", "자살하고 싶다 그런 건 없고": the thought quoted, then "such a thing, none"
    r"|\s*(?:(?:[가-힣]{1,4}\s)?[가-힣]{0,3}(?:거나|든지|든가|다|라|단|란|다는|라는|다고|라고)|이나|나|같은|등)?\s*"
    r"(?:그런|이런|그러한|같은)?\s*"
    r"(?:건|게|(?:생각|마음|충동|증상|느낌|일|것|거|데|곳)\s*(?:까진|까지는|까지도|은|는|도|이|가))"
    # "죽고 싶다는 말은 안 했어요", "死にたいとかは言ってない": not said (fifteenth round, F8; said, it stays)
    r"|다는\s*말(?:은|도)(?=\s*(?:한\s*번도|전혀)?\s*(?:안|않))|(?:とか|とは|って)[はも]?(?=\s*(?:一度も|全然)?\s*言って(?:ない|いない|ません))"
    # "妊娠の可能性はない", "임신 가능성은 없어요": the chance of it, denied
    r"|(?:の)?可能性[はも]|\s*(?:의\s*)?가능성(?:은|도|이)"
    # "目がチカチカするのはないです": the doing of it, denied (fifteenth round, F1)
    r"|(?:する|してる|している)の[はも](?=\s*(?:全然|特に|別に|まったく|全く)?\s*(?:ない|無い|ありません|なし|なかった)))"
)
# A topic particle that ends the mention itself ("열도 없고", "便はないです"); not a concessive (깨워도,
# 押さえても), "not even one" (하나도, 한마디도, ちっとも), a temperature (38도), or a particle inside a word (졸도,
# 子ども, 死ぬかも).
_TOPIC_END = re.compile(r"(?<![어아여워해하졸맞0-9.])(?<!하나)(?<!마디)[은도]$|(?<![てっでかをどごみ込と])[はも]$")
# A Korean adjective's own negative ("빨갛지 않아요", "아프지는 않고", "어지럽지 않아요"; fifteenth round): a denial
# like Japanese 痛くない, unlike a verb's ("깨지 않아요", "숨을 쉬지 않아요", "멈추지 않아요" are the alarm). The
# adjective ends the phrase or follows it by one syllable (흰자가 빨 + 갛지 않아요).
_KO_ADJ_NEG = re.compile(r"([가-힣]?)지(?:도|는)?\s*(?:전혀|별로|그렇게|그리|많이)?\s*않(?!나|니|을까|는지|냐|았나)")
_KO_ADJ_STEMS = set("갛렇얗맣랗겋겁럽갑렵겹깝프쁘")


def _ko_adjective_denied(text: str, end: int) -> bool:
    m = _KO_ADJ_NEG.match(text, end)
    return bool(m) and end > 0 and (m.group(1) or text[end - 1]) in _KO_ADJ_STEMS


# The rest of a medicine's name after a rule's stem: 항응고(제), 혈전(약), 피 묽게 (하는 약).
_KO_MED_TAIL = re.compile(r"(?:제|약|\s*(?:하는|시키는|먹는)\s*약)?")
# A Japanese adjective's own negative ("痛くない", "黒くないです"): a denial, unlike a negated verb (返事をしない).
# ("お腹は痛くなくて": the te-form too; sixteenth round)
_JA_ADJ_NEG = re.compile(
    r"く(?:は|も)?(?:ない|なくて|なかった|ありません|なし)|(?<=く)(?:は|も)?(?:ない|なくて|なかった|ありません)"
)
# "全身のじんましんはない", "顔の腫れもない": the mention modifies a noun that is the topic denied.
_JA_OF_TOPIC = re.compile(
    r"の[一-龥ァ-ヶーぁ-ん]{1,6}?(?:は|も|とかは|なんかは)"
    r"(?=\s*(?:全然|特に|別に|まったく|全く)?\s*(?:ない|無い|ありません|なし|なかった"
    # "血液サラサラの薬は飲んでません": the medicine named, not taken (eleventh round)
    r"|(?:飲んで|のんで|使って|服用して)い?(?:ない|ません|なかった)))"
)
# "배는 안 아프고", "머리도 전혀 안 어지러워요": 안 before pain or dizziness, after a topic (not "피가 안 멈춰요").
# Seventeenth round: or a swelling ("잇몸은 안 부었어요", "다리는 안 부어요").
# (nineteenth round, B16: a conditional verb may stand before 안, "물은 마시면 안 토하고", "물은 마셔도 안 토해요"; and
# vomiting is read like the pain: "물은 안 토해요")
_KO_SHORT_NEG = re.compile(
    r"[가-힣](?:은|는|도)\s*(?:[가-힣]{1,3}(?:면|도)\s+)?(?:전혀|별로|하나도|그렇게|그리|딱히|많이)?\s*안\s*$"
)
_KO_ACHE = re.compile(r"아프|아파|아픈|아팠|어지러|어지럽|부었|부어|붓|토하|토해|토했")
# eighteenth round (C2): "…張る 痛みはなくて"; nineteenth round (LEFT): "尿潜血2+って出て… 痛みとかは全然ないし"
# (the pain, "and the like", is what is denied)
_JA_NEW_ACHE = re.compile(r"[\s、,。]\s*(?:痛み|いたみ|痛さ)(?:とか|など|なんか)?(?:は|も)")
# ... and the pain said as a verb or an adjective: "…膨らむ 寝てると引っ込んでる 痛がってはない", "…膨らむ 痛くない": a
# denial of pain denies the pain only, not the bulge before it (eighteenth round, M)
_JA_NEW_ACHE = re.compile(_JA_NEW_ACHE.pattern + r"|[\s、,。]\s*(?:痛|いた)(?:が[らりっるれ]|く(?!て[^はもな])|そう)")
_KO_NEW_ACHE = re.compile(r"(?:요|다)[.!~,]*\s+(?:아프|아파|통증은|통증도)")  # a sentence ended, then the ache denied
# Thirteenth round (W3): the same with the short negation first ("빨갛게 나왔어요 안 아프대요"): 안 is the cue itself.
_KO_NEW_SHORT_ACHE = re.compile(r"(?:요|다)[.!~,]*\s+(?:전혀\s*|하나도\s*|별로\s*)?$")
# "喘不过气倒没有，就是咳嗽", "嘴唇发紫也没有", "胸口痛就冇": a finding named, then "none of that", ending the clause
# (not "也没有好转", "没有了": gone now, "没有吗"; "不会" only after 倒/也/还/就: "喘不过气倒不会"; nineteenth
# round, GAPS). Matched on the text folded to Simplified.
_ZH_NONE_AFTER = (
    r"(?:(?:倒是|倒也|那倒|这倒|倒|也|都|就|是)?(?:没有|没|无|冇|不至于|未至于)"
    r"|(?:倒是|倒也|那倒|这倒|倒|也|还|就)(?:不会|唔会))"
    r"(?=[，,。.！!、；;~～\s]|$|啦|喔|哦|呀|啊|嘅|喎|哈)"
)
# A finding said to be normal right after it ("breathing totally fine", "呼吸没问题", "息は大丈夫", "호흡은 정상").
_NORMAL = {
    "en": re.compile(
        r"\s*(?:is|are|was|were|'s|seems|feels|looks|has been|have been)?\s*"
        r"(?:totally|completely|perfectly|absolutely|all|quite)?\s*"
        r"(?:fine|ok|okay|normal|alright|all right|unaffected)\b(?!\s*\?)",  # "is his breathing ok?" asks
        re.IGNORECASE,
    ),
    "zh": re.compile(
        r"(?:都|也|还|還|倒|倒是|完全|一切|挺)?(?:没问题|沒問題|没有问题|沒有問題|正常|没事|沒事|冇事|冇问题|冇問題"
        r"|挺好|还好|還好|好好的|顺畅|順暢|通畅|通暢|清醒|清楚)"
        r"(?!吗|嗎|么|麼|不|\s*[?？])"
        # nineteenth round (GAPS): "喘不过气倒没有，", "胸痛也没有", "胸口痛就冇": none of it (_ZH_NONE_AFTER)
        r"|" + _ZH_NONE_AFTER
    ),
    "ja": re.compile(
        r"(?:は|も|が)?\s*(?:問題ない|問題なし|問題ありません|大丈夫|普通|正常|平気|いつも通り|清明|(?:はっきり|しっかり)(?:して|する))(?!じゃ|では|でな|か|です?か|でしょうか|\s*[?？])"
    ),
    # "숨쉬는 건 괜찮고", "삼키는 것도 문제없어요": doing it is fine (not "괜찮다가", "괜찮지 않아요", "괜찮나요?")
    "ko": re.compile(
        r"\s*(?:[가-힣]{1,3}(?:는|기)\s*(?:건|거|것은|것도|게|거는)?)?\s*(?:은|는|도|이|가)?\s*"
        r"(?:정상|멀쩡|또렷|뚜렷|문제\s*없|이상\s*없|괜찮(?!다가|았다가|더니|지|은지|을까|나|아요?\s*[?？]|습니까))"
        r"(?!이\s*아|은\s*아|인지|일까|인가|한가|할까|\s*[?？])"
    ),
}
_ZH_OWN_NEG_END = re.compile(r"[不唔]$")
# "X 이런 건 아니고", "Xとかそういうのはない", "倒没什么X的", "nothing like X": the thing named, then "nothing of
# the sort". It also denies a phrase with its own negative word ("想不开", "숨이 안 쉬어지거나 그런 건 없어요"), so
# it asks for a marker of "such" as well as the cue: 이런/그런/같은, とか/みたいな/って, 什么…的/那种, "like",
# "or anything".
_SUCH_AFTER = {
    "ko": re.compile(
        r"(?:\s*(?:[가-힣]{1,4}\s)?[가-힣]{0,4}(?:다|라|단|란|다는|라는|다고|라고|거나|든지|이나|나)){0,3}\s*"
        r"(?:이런|그런|같은|그러한)\s*"
        r"(?:건|거|게|것|생각|마음|느낌|증상)\s*(?:까진|까지는|은|는|도|이|가)?\s*(?:전혀|별로|딱히|절대)?\s*"
        r"(?:아니|없(?!어지|어져|어졌|어질))"
        # "죽고 싶을 정도는 아니에요", "자해까지는 아니고", "죽고싶다까지는 아닌데" (19th round, B16): not that far
        r"|\s*(?:(?:을|은|는|할|한|일)?\s*(?:정도|수준|지경)(?:는|은|까지는|까진)|(?:다|라|단|란)?\s*(?:까지는|까진))\s*(?:전혀|별로|딱히)?\s*(?:아니|아닌(?!가|지|\s*[?？]))"
        # "숨을 못 쉬는 건 아닌데", "죽고 싶은 건 아니에요": it is not that X (not "… 아닌지", which asks)
        r"|\s*(?:는|은|다는|단)\s*(?:건|게|거는|것은)\s*(?:전혀|딱히)?\s*(?:아니(?:에요|예요|고|요|라|야(?!\s*[?？]))|아닌데|아녜요|아닙니다)"
        # nineteenth round (M): "숨 못 쉬는 건 없어요": no such thing (not "없어졌어요", gone, nor asked)
        r"|[가-힣]{0,2}\s*(?:는|은)\s*(?:건|거는|것은)\s*(?:전혀|딱히|별로)?\s*없(?!어지|어져|어졌|어질)"
        r"(?:어요|고|는데|습니다|어)(?![가-힣]*\s*[?？])"
        # sixteenth round: "커튼처럼 안 보이는 데는 없어요": no place where it is so
        r"|[가-힣]{0,2}\s*(?:는|은)\s*(?:데|곳|부분)(?:는|은|도)\s*(?:전혀|딱히|별로)?\s*없(?!어지|어져|어졌|어질)"
    ),
    "ja": re.compile(
        r"[いさ]?(?:とか|みたいな|っていう|という|って|なんて|なんか|のような|ような)\s*(?:そういう|そんな|こういう|ああいう)?\s*"
        r"(?:の|こと|感じ|気持ち|思い|考え|もの)?(?:は|も|では|じゃ)?\s*(?:全然|特に|別に|まったく|全く)?\s*"
        r"(?:ない|無い|ありません|なかった)"
        # "死にたいほどではない", "死にたいまではいかない", "自殺とかは考えてない": not that far, not thought of
        r"|い?(?:ほど|くらい|ぐらい|まで|とかまで)(?:は|では|じゃ)?\s*(?:ない|ありません|いかな|いきません)"
        # (an adverb may stand before the verb: "死にたいとかは全然思ってない"; eleventh round)
        # ("死にたいとかまでは思ってない": not thought that far; twelfth round)
        r"|い?(?:とかは|とか|なんかは|なんて|は|(?:とか|なんて|と)?まで(?:は|も)?)\s*(?:全然|別に|特に|まったく|全く|一度も|少しも|ぜんぜん)?\s*"
        r"(?:考えて|思って|かんがえて|おもって)い?(?:ない|ません)"
        # "死にたいわけではない", "息ができないわけじゃない": it is not that X
        r"|い?わけ(?:では|じゃ)\s*(?:ない(?!か|の\s*[?？か])|なく|ありません(?!か))"
        # nineteenth round (M): "息ができないことはない": never so (not "ことがある", at times, nor asked)
        r"|い?(?:って)?(?:こと|事)(?:は|も)\s*(?:ない|無い|ありません|なかった)(?![^。、，,.!！\s]{0,5}[か?？])"
        # sixteenth round: "カーテンみたいに見えなくなるところはない": no part of the sight where it is so
        r"|[いく]?(?:なる|なった|なってる)?(?:ところ|とこ|部分|場所)(?:は|も)\s*(?:全然|特に|別に|まったく|全く)?\s*"
        r"(?:ない|無い|ありません|なかった)"
    ),
    "zh": re.compile(r"(?:的|那种|那種|之类|之類|这种|這種)"),
    "en": re.compile(r"\s+or anything\b", re.IGNORECASE),
}
_SUCH_BEFORE = {
    "zh": re.compile(
        r"(?:(?:倒|也|并|並|从来|從來|还|還|都|倒是|倒也)?(?:没有|沒有|没|沒)(?:什么|什麼|啥|那么|那麼|过|過|到)?"
        r"(?:特别|特別|真的)?|不至于|不至於"
        # sixteenth round: "没有像拉窗帘一样看不见的地方": nothing like it
        r"|(?:没有|沒有|没|沒)(?:像|好像)[^，,。.！!？?；;]{1,10}?(?:一样|一樣|那样|那樣|似的))$"
    ),
    # "nothing like wanting to kill myself", "it's not like i want to die"; "not ... or anything" (_EN_NOT_NEAR)
    "en": re.compile(
        r"\b(?:nothing like|not like|not that|not as if|no thoughts? of|wouldn't say|would not say|wouldn't call it)"
        r"(?:\s+[\w']+){0,3}\s*$"
        # nineteenth round (M): "not to the point i can't breathe", "i'm not saying i can't breathe": not so far
        r"|\b(?:not to the point|not saying|not so bad)(?:\s+(?:where|that))?(?:\s+(?:i|he|she|they|we|you))?\s*$"
        # nineteenth round (GAPS): "i don't feel like i can't breathe", "i don't think i can't breathe"
        r"|\b(?:don't|dont|do not|didn't|didnt|did not)\s+(?:really\s+)?(?:feel|think)(?:\s+(?:like|that))?"
        r"(?:\s+(?:i|he|she|they|we|you))?\s*$",
        re.IGNORECASE,
    ),
}
_EN_NOT_NEAR = re.compile(r"\b(?:not|never|no)\b(?:\s+[\w']+){0,4}\s*$", re.IGNORECASE)
# Between a mention and the denied mention after it, only particles, adverbs and the cue: the first is the
# subject of a denied predicate ("肚子也不疼", "嘴巴脸都不肿", "お腹は痛くない", "가슴 답답하거나 ... 없어요",
# "lips not swollen").
_SUBJECT_GAP = {
    "zh": re.compile(
        r"^(?:也|都|还|還|倒|倒是|并|並|就|是|一点|一點|一点也|一點也|完全|根本|从来|從來|一直)*"
        r"(?:不|没有|没|沒有|沒|无|無|未|唔|冇)?(?:怎么|怎麼|太|很|是很)?(?:发|發)?$"
    ),
    "en": re.compile(r"^\s*(?:is|are|was|were|has been|have been|'s)?\s*(?:not|never|no longer)?\s*$", re.IGNORECASE),
    "ko": re.compile(r"^\s*(?:이|가|은|는|도)?\s*(?:전혀|별로|하나도|딱히|그렇게|그리|많이)?\s*$"),
    "ja": re.compile(r"^(?:は|が|も|の|とか|など|なんか)?$"),
}
# "没有想过死啊伤害自己那些": a thought denied reaches the list of things named after it.
_ZH_THOUGHT = re.compile(
    r"(?:没有?|沒有?|从没|從沒|从来没有?|從來沒有?|不曾|也没|也沒)(?:想过|想過|想到过|想到過|动过|動過|有过|有過)(?:要|去)?"
    r"[^会會竟居]{0,8}$"
)
# "没有摸到单独的硬块", "没发现什么肿块": nothing felt or found, a few words before the thing (sixteenth round)
_ZH_NOT_FOUND = re.compile(
    r"(?:没有|没|未|冇)(?:摸到|摸着|摸出|发现|看到|看见|找到|见到|睇到)(?:过|有)?[^，,。.！!？?；;]{0,6}$"
)
# "还没吃", "今天没服", "未食": a medicine not taken (with a missed-dose word: a dose missed, nlu `missed_dose`)
_ZH_NOT_TAKEN = re.compile(r"(?:没有|没|冇|未)(?:吃|服|用|打|喝|食|饮|飲)(?:过)?$")
_ZH_NOT_EATEN = re.compile(
    r"(?:没有|没|不|冇|唔|未)(?:吃|喝|服|用|食|饮|飲)(?:了|咗)?(?:药|饭|飯|早饭|午饭|晚饭|水|奶|嘢|东西|東西|早餐|晏|晚飯)"
)
# "没减肥却瘦了6公斤", "冇減肥都瘦咗": a diet denied, not the weight lost after it (seventeenth round)
_ZH_NOT_DIETING = re.compile(
    r"(?:没有|没|不|冇)(?:在|有|刻意|特别|特意|故意|怎么)?(?:[减減]肥|[节節]食|[减減]重|控制[饮飲]食|[运運][动動]|健身|戒口)"
)
# "三天没睡 说有人监视她", "没睡好头疼", "一晚冇瞓": sleep denied is a whole predicate (a finding of its own), so
# its cue denies nothing said after it (eighteenth round, M: the 没 of 没睡 cancelled the paranoia after it)
_ZH_NOT_SLEPT = re.compile(
    r"(?:没有|没|不|冇|未)(?:怎么|好好|太)?(?:睡|瞓|合眼|合过眼)(?:觉|好|着|著|醒|够|夠|过|了|咗|过觉)*"
)
# A space between two Chinese words ends a clause in chat ("三天没睡 说有人监视她"), except right after the cue
# itself ("也没有 发烧"): eighteenth round, M.
_ZH_SPACE = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")
_ZH_BARE_CUE = re.compile(r"(?:没有|没|不|无|未|冇|唔)(?:怎么|太|很|是|再|也|都)?$")
# "no swelling in my face", "no rash on his chest": a body part after a denied finding, in the same phrase.
_EN_PLACE = re.compile(r"\s+(?:in|on|of|around|to)\s+(?:my|his|her|their|your|the|its)\s+$", re.IGNORECASE)
# "沒有心情很低落或不想活": one "none" before a list joined by "or" denies the last item too (twelfth round, helper P);
# not "nobody", "no hope", "no point" (没有人、没有希望、没有意义), which are statements of their own.
_ZH_OR = re.compile(
    # (nineteenth round, E19O: Cantonese 冇, "冇手腳麻或者講嘢唔清楚")
    r"(?:没有|沒有|也没|也沒|冇)(?!人|希望|意义|意義|办法|辦法|用|必要)[^，,。.！!？?；;了]{1,8}(?:或者|或是|或)$"
)
# "我没有想不开", "我不会想不开的", "我不是想不开": a cue and adverbs right before a phrase with its own negative word.
_ZH_SELF_DENY = re.compile(
    # nineteenth round (M): Cantonese 唔會, 唔係 ("唔會透唔到氣", folded to 唔会, 唔系) as 不会, 不是
    r"(?:没有|没|不会|不是|不至于|未曾|从未|从来没有?|从没有?|唔会|唔系|冇)(?:那么|那样|真的|再|过|要|会|去|是)?$"
)
# ... said as a question ("我不会想不开吧？", "有没有叫不醒？"), which asks rather than denies
_ZH_ASKS = re.compile(r"[^，,。.！!；;]{0,6}?(?:吧|吗|嗎|么|麼|呢)?\s*[?？]|[^，,。.！!；;]{0,6}?(?:吧|吗|嗎|是什么)")
# What may end a clause after "没头痛发烧": the clause's end, a sentence particle, "and the like".
_ZH_PAIR_END = re.compile(
    r"(?:[啊呀哦吧呢嘛啦喎囉㗎咋啫喇]|什么的|什麼的|啥的|之类的?|之類的?|这些|這些|那些|等)*(?:$|[，,。.！!？?；;、\s]"
    # nineteenth round (E19O): the list goes on with "or" ("没有手脚麻或者说话不清楚")
    r"|或者|或是|或(?![许許])"
    r")"
)
# ... or a medicine's stem, then 药, after a denied "吃" ("没有吃抗凝药"; fifteenth round), not a dose missed
# ("今天还没吃抗凝药")
_ZH_MED_END = re.compile(r"(?:药物|藥物|药|藥|片)(?:[啊呀哦吧呢嘛])*(?:$|[，,。.！!？?；;、\s])")
# "息苦しさとか全身のじんましんはない", "息苦しさや唇の腫れはありません": a nominalised adjective (さ) and a
# modifier (全身の, 唇の) may stand in a Japanese list.
# "喉が腫れたり息苦しくなったりはない": a list of ～たり (eleventh round).
# "お腹の張りや出血はありません", "腕のしびれや胸の痛みはない": the mention may modify the listed noun (eleventh round).
# "頭痛や目がチカチカするのはない": the next item may name its own subject (fifteenth round, F1).
# (nineteenth round, LEFT: "お腹の痛みやめまいはない": the み of 痛み left after a mention read as お腹の痛)
_JA_LIST = re.compile(
    r"^(?:の[一-龥ぁ-んァ-ヶー]{1,4}?)?[さみ]?(?:とか|や|と|も|、|たり|だり)(?:[一-龥ぁ-んァ-ヶー]{1,4}の|[一-龥]{1,2}が)?$"
)
# "힘이 빠지거나 엉덩이 감각이 이상하진 않아요": "A or B" in Korean, B's subject between, the last one denied
# (eleventh round; words only, no clause ending such as -고 or -서).
_KO_OR = re.compile(r"^[가-힣]{0,2}거나(?:\s+[가-힣]{1,5}(?<![고서데며]))*\s*$")
# "no fever, drinking ok": a mention that says its own verdict (ok, fine, normally) starts a statement; it joins no
# list of denials (fifteenth round, F7).
_EN_OWN_VERDICT = re.compile(
    r"\b(?:ok|okay|fine|normally|as usual)$"
    # twentieth round (T20B): a noun with its state after it is a statement of its own, not an item of a list denied
    # before it ("no cough, glands in his neck swollen and white spots on his tonsils"; "no cough, swollen glands"
    # lists)
    r"|\w\s+(?:swollen|enlarged|inflamed|puffy|puffed up|swelled up|swollen up)$"
    # twentieth round (lead): a mention that holds its own verb ("no fever, throat is sore", "no fever, head is
    # pounding") says its finding; it is no item of the list denied before it
    r"|\w\s+(?:is|are|was|were|feels|feel|felt|seems|keeps)\s+\w",
    re.IGNORECASE,
)
# "no pain and bleeding heavily", "not sweating and talking nonsense": after a bare "and", something happening (a verb
# in -ing) is said, not listed among the denied (a list goes on with "or" or "and no").
# Nineteenth round (GAPS3): or something done ("no fever or cough and passed out", "no fever and fainted").
_EN_AND_HAPPENING = re.compile(r" and (?:\w+ing|\w+ed|passed out|blacked out|threw up|fell|went)\b", re.IGNORECASE)
# "no fever, passed out this morning": after a comma, something done is said, not listed; and "no headache or
# vomiting, sudden slurred speech": a list closed by "or" takes no more items after a comma (nineteenth round, GAPS3).
_EN_COMMA_DONE = re.compile(r"\s*,\s*(?:\w+ed|passed out|blacked out|threw up|fell|went)\b", re.IGNORECASE)
_EN_LIST_CLOSED = re.compile(r"\b(?:or|nor)\b[^.;!?\n]*$", re.IGNORECASE)


def _en_comma_statement(text: str, a: tuple[int, int], b: int) -> bool:
    """Whether a comma between the denied mention `a` and a mention starting at `b` begins a new statement."""
    if text[a[1] : b].strip() != ",":
        return False
    return bool(_EN_COMMA_DONE.match(text, a[1])) or bool(_EN_LIST_CLOSED.search(text, max(0, a[0] - 60), a[0]))


# "말이 어눌하고 팔다리 마비는 없어요": a predicate with its subject (말이), then -하고, ends a clause; 하고 is "and"
# only between nouns ("두통하고 구토는 없어요"; nineteenth round, GAPS3)
_KO_VERB_AND = re.compile(r"^하고\s")
_KO_SUBJECT = re.compile(r"[가-힣][이가]\s+[가-힣]")
# "really hot, not sweating and confused", "no rash and floppy": after a bare "and", a state (an adjective) is said
# too; a list of nouns stays denied ("no fever, cough and sore throat"), and so do two states ("not pale and clammy";
# sixteenth round).
_EN_STATE = (
    r"(?:confused|disoriented|disorientated|delirious|incoherent|drowsy|sleepy|lethargic|listless|floppy|limp"
    r"|unresponsive|pale|blue|grey|gray|clammy|mottled|breathless|wheezy|dizzy|lightheaded|light-headed|faint|weak"
    r"|shaky|feverish|sweaty|nauseous|agitated)"
)
_EN_AND_STATE = re.compile(r" and " + _EN_STATE, re.IGNORECASE)
_EN_STATE_END = re.compile(r"\b" + _EN_STATE + r"$", re.IGNORECASE)

_LIST = re.compile(
    r"^\s*(?:,|、|/|or|nor|and|or any|and no|이나|나|랑|이랑|하고|와|과|도|이나요|や|とか|と|も"
    r"|和|或|或者|也|跟|同|同埋|거나|하거나|이거나)\s*$"  # (Cantonese 同, 同埋: and; seventeenth round)
)


# A double negative is no denial: "没有一天不想死", "无时无刻不想死", "not a day goes by that i don't want to die",
# "死にたくない日はない" (never a day without it: always).
_EVERY = {
    "zh": re.compile(
        r"(?:(?:没有?|从没有?|从来没有?|无)(?:一天|一刻|一晚|一夜|哪天|哪一天|一秒|一分钟|一个晚上|时候|时)|无时无刻)"
        r"(?:是|我|会|都|能)?(?:不|没)$"
    ),
    "en": re.compile(
        r"\b(?:not a|never a|not one|not a single|no|never one) (?:single )?(?:day|night|moment|hour|minute|morning)\b"
        r"[\w' ]*\b(?:don't|do not|dont|didn't|did not|doesn't|does not)\b[\w' ]*$",
        re.IGNORECASE,
    ),
    "ko": re.compile(r"(?!)"),
    "ja": re.compile(r"(?!)"),
}
_JA_EVERY = re.compile(r"(?:日|時|瞬間|夜|朝|時間)(?:は|が|も)\s*(?:ない|無い|ありません|なかった)")


def has_negative_word(phrase: str) -> bool:
    """Whether a rule phrase holds a negative word of its own, so that it is never read as negated."""
    return bool(_NEGATIVE_WORD.search(phrase.replace("\u2019", "'")))


# A spoken hesitation set off by commas ("pain in his, um, privates") ends no clause (sixteenth round).
_FILLER = re.compile(r",\s*(?:u+m+|u+h+|e+r+m*|a+h+|h+m+)\s*,", re.IGNORECASE)


def crosses_clause(gap: str) -> bool:
    """Whether the text between two words ends a clause ("," "。" "but" "and" "-고 "); an "um" in commas does not."""
    gap = _FILLER.sub(" ", gap)
    return bool(_BOUNDARY.search(gap) or re.search(r"\b(?:and|or)\b", gap, re.IGNORECASE))


@functools.lru_cache(maxsize=1024)  # the same sentence is folded by each of the cues' checks
def _zh_folded(text: str, lang: str) -> str:
    """A Chinese message with Traditional characters folded to Simplified ("沒有想不開" reads as "没有想不开"), so
    that each Chinese cue is written once; Japanese and Korean text (kana, hangul, or lang "ja") is left alone."""
    if lang == "ja" or not _HAN.search(text) or _KANA_HANGUL.search(text):
        return text
    return to_simplified(text)


_HAN = re.compile(r"[\u4e00-\u9fff]")
_KANA_HANGUL = re.compile(r"[\u3040-\u30ff\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")


def _lang_of(text: str, lang: str) -> str:
    scripts = {script(ch) for ch in text}
    if "hangul" in scripts:
        return "ko"
    if "kana" in scripts or ("han" in scripts and lang == "ja"):
        return "ja"
    if "han" in scripts:
        return "zh"
    return "en"


# "ぼーっとしててちゃんと返事しません", "멍하니 제대로 대답을 안 해요": a verb not done properly (answering, talking,
# walking) is a finding of its own, so its negative denies no finding said before it (sixteenth round). Not with only a
# particle between ("熱はちゃんと測ってない", "열은 잘 안 나요": the mention is the topic denied).
_PROPERLY = re.compile(
    r"ちゃんと|きちんと|まともに|うまく|上手く|しっかり|満足に|제대로|똑바로|정상적으로|(?<![가-힣])잘(?![가-힣])"
)
_PARTICLE_ONLY = re.compile(r"\s*[はもがを은는도이가을를]?\s*")


def _done_improperly(gap: str) -> bool:
    m = _PROPERLY.search(gap)
    return bool(m) and not _PARTICLE_ONLY.fullmatch(gap[: m.start()])


# or "어지러운건 없고"; nineteenth round (E19O): a space may stand before 건, after a stem that ends inside its word
# ("배 아" + "픈 건 없어요", "배 아프거나 피나는 건 없어요"), and before the verb ("피가" + " 나는 건 없어요")
_KO_OR_TOPIC = re.compile(r"^(?:\S{0,4}거나\s*[^\s.?!]{0,12}|\s?[가-힣]{1,2})\s?(?:건|거는|것은)\s*$")


# (nineteenth round, GAPS3: an object and its verb may stand before 거나, "검은 변을 보거나 하진 않았어요")
_KO_OR_DO = re.compile(r"^(?:[가-힣]{0,2}|[을를이가]\s*[가-힣]{1,3})거나\s*(?:하|그러|그렇)(?:지|진|지는|지도)?\s*$")


# Nineteenth round (GAPS3): lists of findings denied as a whole. A mention, the rest of its word, "or"/"and",
# then the next items of a list whose last item carries the topic and the cue ("팔다리 마비나 말 어눌함은
# 없어요", "목 경직이나 의식 저하는 없어요", "가슴 통증, 호흡곤란, 실신 다 없어요", "項部硬直や意識障害は
# ありません", "ろれつが回らないことや胸の痛みはない", "黑便和脖子僵硬都没有", "手脚麻木、说话不清楚、胸痛
# 都没有"), or a cue before a list that reaches its later items ("没有手脚麻木、说话不清楚或者胸痛", "no chest
# pain, shortness of breath or fainting"). Not a list of things whose absence is the finding: "대변이나 방귀는
# 없어요", "便もおならも出ない", "大便和屁都没有" (no stool or wind), "没有力气和说话不清楚" (no strength).
# (not a verb's 와: "대변에 피가 묻어나와 배 통증은 없어요")
_KO_JOIN = r"(?:이나|나|이랑|랑|거나|이거나|든지|이든지|과|(?<![나와봐줘오])와|,|、)"
_KO_ITEMS = r"(?!도)\s*(?:[가-힣]{1,8}[\s,、]+|[가-힣]{1,8}" + _KO_JOIN + r"\s*){0,3}?"
# the last item: its topic particle (not a concessive 깨워도), the bare noun right before the cue, or "such"
_KO_LAST = (
    r"(?P<last>[가-힣]{1,8}?)(?:(?<![어아해워러여와봐])(?:은|는|도)"
    r"|(?<=[가-힣]{2})(?<![지게고서면요다어아해이가을를에의도])\s"
    r"|\s*(?:같은|그런|이런)\s*(?:건|거는?|것은|것도|게))"
)
_KO_NONE = (
    r"\s*(?:전혀|다|모두|하나도|별로|딱히|아무것도|둘\s*다)?\s*"
    r"없(?!어지|어져|어졌|어질|나|니|을까|는지|냐|었는데|었지만)"
)
# (the item's next words may end it: 자살 + " 생각이나", 한쪽 팔다리 + " 힘 빠짐이나")
_KO_LIST_NONE = re.compile(r"[가-힣]{0,2}(?:\s[가-힣]{1,3}){0,2}" + _KO_JOIN + _KO_ITEMS + _KO_LAST + _KO_NONE)
_JA_JOIN = r"(?:(?:や|とか|と|も|か|たり|だり)、?|、|,|または|及び|および|やら)"
# the rest of the mention's word: a nominaliser (ろれつが回らな + いこと), a noun (死にたい + 気持ち), not a verb's
# ending ("ろれつが回らないし、胸の痛みはない": the slurred speech is said); a verb's -たり lists it ("血を吐" +
# "いたり、黒い便が出たりはありません")
_JA_NOUN_REST = r"(?:い?(?:こと|の)|い(?=とか|や)|[さみ]|気持ち|感じ|[一-龥ァ-ヶー]{1,3})?"
_JA_REST = r"(?:" + _JA_NOUN_REST + _JA_JOIN + r"|[ぁ-ん]{0,5}?(?:たり|だり)、?)"
_JA_NONE = (
    r"\s*(?:全然|特に|別に|まったく|全く|どちらも|両方とも|いずれも|一切|何も|一度も)?\s*"
    r"(?:ない|無い|ありません|なし|無し|なかった|(?:して|し)い?(?:ない|ません|なかった))(?![^\s、。,.]{0,4}[か?？])"
)
# The list's last item carries the cue: its topic (ja), or "none" after it (zh).
_JA_LAST = re.compile(r"(?:とか|など|なんか)?(?:[はも]|もは)" + _JA_NONE)
# (items are read between the joins that are no part of a word: や, とか, たり, 、 but not と, も, か)
_JA_SPLIT = r"(?:や|とか|たり|だり)、?|、|,|または|及び|および|やら"
# "黒い便が出たりはありません", "血が出たりはしていない": the finding, its verb's -たり, then "none" (one item)
_JA_DONE_NONE = re.compile(r"(?:が[一-龥ぁ-ん]{1,4}?|[ぁ-ん]{0,4}?)(?:たり|だり)(?=(?:は|も|とかは)" + _JA_NONE + ")")
_ZH_JOIN = r"(?:、|和|跟|与|及|以及|或者|或是|或|同埋|同|还有)"
# (matched on the text folded to Simplified; one character of the mention's word may be left, 脚麻 + 木, or what it
# qualifies, 轻生 + 的念头)
_ZH_REST = r"(?:的[^\W\d_]{1,3}|[^\W\d_不没无冇唔未了过着都也又就还很是有在会要吗呢吧啊，、])"
# ("说话不清" + "楚都没有": the rest of the word alone, then "none", is the same denial)
_ZH_BARE_NONE = re.compile(_ZH_REST + r"?(?=" + _ZH_NONE_AFTER + ")")
_ZH_LAST = re.compile(_ZH_NONE_AFTER)
# (an item holds no join's first character, so that a list is read one way only)
_ZH_ITEM = r"[^，,。.！!？?；;\s了过、和跟与及或同还以]{1,8}"
_ZH_CUE_BEFORE = re.compile(
    r"(?:并|也|都|从来|从)?(?:没有|没(?!有)|无|冇|未)(?!人|希望|意义|办法|用|必要|吃|喝|睡|想|事|多久|关系|什么用|时间|钱)"
)
# (the next item's first characters may stand before the mention: 冇吐血或者 + 屙 + 黑屎)
_ZH_LISTED = re.compile(r"(?P<items>(?:" + _ZH_ITEM + _ZH_JOIN + r")+)[^\W\d_不没无冇唔未了过着]{0,2}")
_LIST_HEAD = {
    "ko": re.compile(r"[가-힣]{0,2}(?:\s[가-힣]{1,3}){0,2}" + _KO_JOIN + r"(?!도)"),
    "ja": re.compile(_JA_REST),
    "zh": re.compile(_ZH_REST + r"?" + _ZH_JOIN),
}
# Two mentions of such a list, side by side: the rest of the first one's word and the next one's first words may
# stand around "or"/"and" ("suicidal" + " thoughts or " + "heavy bleeding", "no A, B, or C", 脚麻 + "木或者",
# 마비 + "나 말 " + 어눌, ろれつが回らな + "いことや"; nineteenth round, GAPS3).
_EN_HEADS = r"(?:thoughts?|pains?|problems?|issues?|attacks?|episodes?|spells?|symptoms?|feelings?|ideas?|urges?)"
_LIST_MORE = {
    "en": re.compile(
        r"^\s*(?:" + _EN_HEADS + r"\s*)?"
        # ("haven't passed out or had any seizures")
        r"(?:,|,?\s*(?:or|nor)(?:\s+(?:had|have|has|got|felt|noticed))?(?:\s+(?:any|no|a|an))?|,\s*and(?:\s+no)?)\s*$",
        re.IGNORECASE,
    ),
    "zh": re.compile(r"^" + _ZH_REST + r"?" + _ZH_JOIN + r"[^\W\d_不没无冇唔未了过着]{0,2}$"),
    "ko": re.compile(
        r"^[가-힣]{0,2}(?:\s(?:생각|증상|증세|느낌|통증|마비|저하|장애|경직))?" + _KO_JOIN + r"\s*(?:[가-힣]{1,4}\s+)?$"
    ),
    "ja": re.compile(r"^" + _JA_NOUN_REST + _JA_JOIN + r"(?:[一-龥ぁ-んァ-ヶー]{1,4}の|[一-龥]{1,2}が)?$"),
}


def _joined(gap: str, lang: str) -> bool:
    """Whether the text between two mentions joins them in one list."""
    return bool(_LIST.match(gap) or (lang in _LIST_MORE and _LIST_MORE[lang].match(gap)))


# "no chest pain, shortness of breath or fainting", "i don't have suicidal thoughts or heavy bleeding": a cue, then a
# list of short items ending in "or"/"nor" (not commas alone: "no fever, passed out this morning" says the faint)
_EN_ITEM = r"[a-z][\w'-]*(?:\s+(?!(?:and|but|or|nor|so|then)\b)[a-z][\w'-]*){0,3}"
_EN_LIST_NONE = re.compile(
    r"\b(?:no|not|never|without|neither|(?:do|does|did|have|has|had)(?:n't|nt| not) (?:have|had|get|got|feel|notice))"
    r"\s+(?!(?:idea|clue|sure|certain|doubt|way|one|matter|longer)\b)"
    r"(?P<items>" + _EN_ITEM + r"(?:\s*,\s*" + _EN_ITEM + r")*\s*,?\s*(?:or|nor)\s+(?:any\s+|no\s+)?" + _EN_ITEM + r")",
    re.IGNORECASE,
)
_EN_CLAUSE = re.compile(r"[.;!?\n]|\b(?:but|however|though|although|except|because|since|and then)\b", re.IGNORECASE)
# A verb's ending inside such a list ends it ("절뚝거리면서도 디딜수가 없어서", "黒い便が出たりしている、腹痛はない";
# an adjective too, "頭が痛い、熱はない", and so a noun in -い, めまい, to be safe).
_KO_VERB_ENDING = re.compile(r"[가-힣](?:면서도?|면|며|니까|다가|려고|도록|는데|지만)[\s,]")
_JA_VERB_ENDING = re.compile(r"(?:てい|てる|でい|でる|ます|ました|です|でした|[るたい])[、,]")
# Things whose absence is the finding, as one item of such a list (each item compared whole).
_NOT_THERE = {
    "ko": set(
        re.split(
            " ",
            "대변 변 똥 방귀 가스 소변 오줌 눈물 태동 의식 호흡 숨 맥박 맥 반응 감각 힘 기운 대답 기억 땀 침 식욕 입맛"
            " 움직임 울음 소리 정신 젖 생리 월경 수 줄 리 방법 의미 이유 자신 의욕 희망 필요",
        )
    ),
    "ja": set(
        re.split(
            " ",
            "便 うんち おなら ガス 尿 おしっこ 涙 胎動 意識 呼吸 息 脈 脈拍 反応 感覚 力 返事 記憶 汗 食欲 動き 生理"
            " 月経 母乳 元気 気力",
        )
    ),
    "zh": set(
        re.split(
            " ",
            "大便 便 屎 屁 排气 放屁 尿 小便 尿尿 眼泪 泪 胎动 意识 知觉 感觉 呼吸 脉搏 脉 心跳 反应 力气 力 气 胃口"
            " 食欲 汗 记忆 动静 月经 奶 精神 气力 眼水 声 声音",
        )
    ),
}
_ITEM_END = {
    "ko": re.compile(r"(?:이나|나|이랑|랑|와|과|거나|이거나|든지|이든지|은|는|도|이|가)$"),
    "ja": re.compile(r"(?:とか|など|なんか|[はもがの])$"),
    "zh": re.compile(r"(?:的|都|也|倒|就|是)$"),
}


# "말 어눌함은 없어요", "마비 증상은 없어요": the rest of a Korean noun (a nominaliser), then its topic; "호흡곤란
# 없어요", "실신 다 없어요": a bare noun right before 없 (not a thing whose absence is the finding: "의식 없어요")
_KO_NOUN_REST = re.compile(r"(?:함|음|감|증|기|\s?증상|\s?증세)")
_KO_BARE_NONE = re.compile(r"(?P<rest>[가-힣]{0,2}?)(?<![지게고서면요다어아해이가을를에의도])\s" + _KO_NONE + r"(?!이)")


def _ko_bare_denied(text: str, start: int, end: int) -> bool:
    m = _KO_BARE_NONE.match(text, end)
    if m is None:
        return False
    words = (re.split(r"\s+", text[max(0, start - 8) : start])[-1] + text[start:end] + m.group("rest")).split()
    # "검은 변 없어요": a kind of stool (an adjective's ㄴ before it), not "변 없어요" (none passed)
    kind = len(words) > 1 and "가" <= words[-2][-1] <= "힣" and (ord(words[-2][-1]) - 0xAC00) % 28 == 4
    there = _NOT_THERE["ko"]
    return kind or not any(re.sub(r"[이가은는도을를에의]$", "", w) in there or w in there for w in words)


def _ko_noun_denied(text: str, start: int, end: int, cue: int) -> bool:
    """Whether the Korean cue at `cue` denies the noun ending at `end`: its rest then a topic, or bare."""
    rest = _KO_NOUN_REST.match(text, end)
    if rest and _TOPIC.match(text, rest.end()):
        return True
    bare = _KO_BARE_NONE.match(text, end)
    return bool(bare) and bare.end() - 1 == cue and _ko_bare_denied(text, start, end)


def _items_there(stretch: str, lang: str) -> bool:
    """Whether some item of a list is a thing whose absence is the finding (stool, wind, tears, strength)."""
    join = {"ko": _KO_JOIN, "ja": _JA_JOIN, "zh": _ZH_JOIN}[lang]
    for item in re.split(join, stretch):
        item = (item.split() or [""])[-1]  # its last word: "아기 소변", "의식 저하"
        for _ in range(2):
            item = _ITEM_END[lang].sub("", item) if len(item) > 1 else item
        if item in _NOT_THERE[lang]:
            return True
    return False


def denied_along_list(text: str, start: int, end: int, lang: str = "und") -> bool:
    """Whether text[start:end] is one of a list of findings the patient denies as a whole (nineteenth round, GAPS3):
    the cue after the last item (ko, ja; zh "都没有"), or a cue before the list ("没有胸痛、头晕或者抽搐", "no chest
    pain, shortness of breath or fainting"). A phrase with its own negative word is denied so too ("手脚麻木、
    说话不清楚、胸痛都没有"), except in English ("not eating or drinking, can't breathe": an inability said)."""
    text = _zh_folded(text, lang)
    lang = _lang_of(text[start:end], lang)
    if lang == "en" and has_negative_word(text[start:end]):
        return False
    return _denied_along_list(text, start, end, lang)


def _denied_along_list(text: str, start: int, end: int, lang: str) -> bool:
    if lang == "en":
        # the clause around the mention (commas stay: they list), then a list that holds the mention
        left = max((b.end() for b in _EN_CLAUSE.finditer(text, 0, start)), default=0)
        right = next((b.start() for b in _EN_CLAUSE.finditer(text, end)), len(text))
        lists = _EN_LIST_NONE.finditer(text.replace("\u2019", "'"), left, right)
        return any(e.start("items") <= start and end <= e.end("items") for e in lists)
    if lang == "zh" and _zh_listed_after_cue(text, start, end):
        return True
    last = _list_end(text, end, lang)
    if last is None:
        return False
    gap = text[end:last]
    # one clause: a comma or 、 only lists ("가슴 통증, 호흡곤란, 실신 다 없어요"), after a mention that does not end
    # its own clause ("붓고, 절뚝거리면서도 디딜수가 없어서": the swelling is said)
    if _BOUNDARY.search(re.sub(r"[,、]", " ", text[max(start, end - 1) : last])) or _PERSIST.search(gap):
        return False
    if (lang == "ko" and _KO_VERB_ENDING.search(gap)) or (lang == "ja" and _JA_VERB_ENDING.search(gap)):
        return False
    return not _items_there(text[start:last], lang)


def _list_end(text: str, end: int, lang: str) -> int | None:
    """Where the last item ends of a list that the mention ending at `end` opens, when a cue after that item denies
    the list (None when there is none). Read step by step, not by one pattern, so that no text takes long."""
    if lang == "ko":
        m = _KO_LIST_NONE.match(text, end)
        return m.end("last") if m else None
    if lang == "ja" and (done := _JA_DONE_NONE.match(text, end)):
        return done.end()
    if lang == "zh" and (bare := _ZH_BARE_NONE.match(text, end)):
        return bare.end()
    head = _LIST_HEAD.get(lang)
    head = head.match(text, end) if head else None
    if head is None:
        return None
    window = text[head.end() : head.end() + 48]
    last = (_JA_LAST if lang == "ja" else _ZH_LAST).search(window)
    if last is not None and last.start() == 0 and lang == "ja" and head.group().endswith("とか"):
        return head.end()  # the mention is the last item: "ろれつが回らないこととかはない", "死にたい気持ちとかはない"
    if last is None or last.start() == 0:
        return None
    # (a last item may end on its own -たり or とか: "けいれんしたりはしていません")
    items = [item for item in re.split(_JA_SPLIT if lang == "ja" else _ZH_JOIN, window[: last.start()]) if item]
    limit = 10 if lang == "ja" else 8
    if not items or any(len(item) > limit or re.search(r"[\s。.!?！？，,；;]", item) for item in items):
        return None
    # (an item ends as a noun, not a verb's て, し, た: "おりものが増えて、かゆみはない" denies the itch alone)
    if lang == "ja" and any(item[-1] in "てでしばりた" for item in items[:-1]):
        return None
    return head.end() + last.start()


def _zh_listed_after_cue(text: str, start: int, end: int) -> bool:
    """Whether a Chinese mention stands in a list after a cue ("没有胸痛、头晕或者抽搐", "冇吐血或者屙黑屎")."""
    head = text[max(0, start - 40) : start]
    cut = [c.end() for c in re.finditer(r"[，,。.！!？?；;\n]|但是|但|可是|不过", head)]
    head = head[cut[-1] :] if cut else head
    for cue in _ZH_CUE_BEFORE.finditer(head):
        m = _ZH_LISTED.fullmatch(head, cue.end())
        if m and not _items_there(m.group("items") + text[start:end], "zh"):
            return True
    return False


def negated(text: str, spans: list[tuple[int, int]], lang: str = "und", strict: bool = False) -> list[bool]:
    """For each (start, end) span of `text`, whether a negation cue covers it; `lang` is the message's.

    `strict` (for red flags): a Korean or Japanese cue after the mention counts only behind a topic particle
    ("가슴은 안 아파요", "熱はない"), since in "피가 멈추질 않아요" or "返事をしない" the negated verb is the alarm.
    """
    text = _zh_folded(text, lang)
    order = sorted(range(len(spans)), key=lambda i: spans[i])
    result = [False] * len(spans)
    after = [False] * len(spans)  # denied by what follows it ("lips and tongue normal"), in any language
    langs = {i: _lang_of(text[spans[i][0] : spans[i][1]], lang) for i in order}
    ends = sorted(e for _, e in spans)
    starts = sorted(s for s, _ in spans)
    for i in order:
        start, end = spans[i]
        if langs[i] in ("en", "zh"):
            # The nearest mention that ends before this one (mentions overlapping it bound nothing).
            left = ends[k - 1] if (k := bisect.bisect_right(ends, start)) else 0
            window = _clause_tail(text[max(left, start - 40) : start])
            result[i] = _cue_before(window, langs[i])
            # "今天还没吃华法林": a dose not taken yet is a missed dose of a medicine still taken (fifteenth round, F10)
            result[i] = result[i] and not (
                langs[i] == "zh"
                and bool(
                    _ZH_NOT_TAKEN.search(window)
                    or (text[start] in "吃服用打喝食饮飲" and window.endswith(("没", "冇", "未")))
                )
                and missed_dose(text, start, end)
            )
        else:
            right = starts[k] if (k := bisect.bisect_left(starts, end)) < len(starts) else len(text)
            # A mention that ends its clause ("부어서", "아프고") leaves nothing after it to negate; a boundary
            # inside it does not end it ("죽고 싶" + "은 생각은 없어요").
            tail = text[start:end] + " "
            closed = any(m.end() == len(tail) for m in _BOUNDARY.finditer(tail))
            # (read from the mention's last character, which a boundary may look back at: "넘어졌" + "어요 ")
            head = _clause_head(text[max(end - 1, start) : min(right, end + 30)])
            stop = end if closed else end + max(len(head) - (end > start), 0)
            # Searched in place, so that look-behinds and look-aheads see past the clause (없다고 하면).
            cue = (_KO_CUE if langs[i] == "ko" else _JA_CUE).search(text, end)
            cue = cue if cue and cue.start() < stop else None
            # "소변이 빨갛게 나왔대요 아프진 않대요": a new sentence's "it doesn't hurt" denies the pain, not this
            # finding (twelfth round, T; "열이 나거나 아프진 않아요" is a list and still denies both).
            if cue and langs[i] == "ko" and _KO_NEW_ACHE.search(text, end, cue.start()):
                cue = None
            # "お腹がキューっと張る 痛みはなくて": the pain named after it is what is denied, not this finding (not a
            # pain itself: "お腹が痛い 痛みはない" is no such case; eighteenth round, C2)
            if cue and langs[i] == "ja" and _JA_NEW_ACHE.search(text, end, cue.start()) and "痛" not in text[start:end]:
                cue = None
            # "おしっこの出が悪くてチョロチョロしか出ない": しか + a negative verb says "only", a finding (18th round,
            # E)
            if cue and langs[i] == "ja" and _JA_ONLY.search(text, end, cue.start()):
                cue = None
            # "투석을 못 했어 지금 괜찮아": "fine" does not undo what could not be done (a missed dialysis; 15th round)
            if cue and langs[i] == "ko" and cue.group().startswith("괜찮") and has_negative_word(text[start:end]):
                cue = None
            if cue and _done_improperly(text[end : cue.start()]):
                cue = None
            if cue and langs[i] == "ko" and cue.group().strip() == "안":
                ache_at = cue.end() + (text[cue.end() : cue.end() + 1] == " ")
                if _KO_ACHE.match(text, ache_at) and _KO_NEW_SHORT_ACHE.search(text[end : cue.start()]):
                    cue = None
            topic = (
                not strict
                or bool(_TOPIC.match(text, end))
                or bool(_TOPIC_END.search(text, start, end))
                or (langs[i] == "ja" and bool(_JA_ADJ_NEG.match(text, end) or _JA_OF_TOPIC.match(text, end)))
                # "배아프거나 어지러운건 없고": a list with 거나, the topic on its last item (fifteenth round, F8)
                or (langs[i] == "ko" and bool(cue) and bool(_KO_OR_TOPIC.match(text[end : cue.start()])))
                # "어지럽거나 하진 않음", "토하거나 그러진 않아요": not X or the like (nineteenth round, B16)
                or (langs[i] == "ko" and bool(cue) and bool(_KO_OR_DO.match(text[end : cue.start()])))
                or (langs[i] == "ko" and _ko_adjective_denied(text, end))
                # "말 어눌함은 없어요", "호흡곤란 없어요" (nineteenth round, GAPS3)
                or (langs[i] == "ko" and bool(cue) and _ko_noun_denied(text, start, end, cue.start()))
            )
            result[i] = bool(cue) and topic and not _PERSIST.search(text, end, cue.start())
            # "死にたくない日はない": never a day without it
            result[i] = result[i] and not (langs[i] == "ja" and _JA_EVERY.match(text, cue.end()))
            result[i] = result[i] or (langs[i] == "ja" and bool(_JA_NOT_OUT.match(text, end)))  # 汗は出てない
            # "배는 안 아프고", "머리도 안 어지러워요": pain or dizziness with the short negation 안 before it
            result[i] = result[i] or (
                langs[i] == "ko" and bool(_KO_SHORT_NEG.search(text, 0, start) and _KO_ACHE.match(text, start))
            )
            # "항응고제는 안 먹어요", "피 묽게 하는 약은 안 먹어요": a rule's medicine stem, the rest of its name, then
            # "not taken" (fifteenth round; the lexicon reads its own medicine names so already)
            result[i] = result[i] or (
                strict and langs[i] == "ko" and medicine_not_taken(text, _KO_MED_TAIL.match(text, end).end(), "ko")
            )
        # R19: "听不清楚", "聽唔清楚" (cannot hear clearly): after a mention ending in its own 不/唔, 清楚 is its object
        if not result[i] and _NORMAL[langs[i]].match(text, end) and not _ZH_OWN_NEG_END.search(text, start, end):
            result[i] = after[i] = True
        if not result[i]:
            result[i] = denied_as_such(text, start, end, langs[i]) or denied_in_list(text, start, end, spans, langs[i])
        # "팔다리 마비나 말 어눌함은 없어요", "黑便和脖子僵硬都没有", "没有胸痛、头晕或者抽搐": one of a list denied
        # as a whole (nineteenth round, GAPS3)
        if not result[i] and _denied_along_list(text, start, end, langs[i]):
            result[i] = True
            after[i] = langs[i] in ("ko", "ja") or (langs[i] == "zh" and _list_end(text, end, "zh") is not None)
    for _ in range(3):
        before = list(result)
        _share(text, spans, order, langs, result, after, strict)
        if result == before:
            break
    return result


def _share(
    text: str,
    spans: list[tuple[int, int]],
    order: list[int],
    langs: dict,
    result: list[bool],
    after: list[bool],
    strict: bool,
) -> None:
    """Spread denials from mention to mention, in place."""
    # Lists share one negation: forward for cue-before languages, backward for cue-after ones. Overlapping
    # mentions ("tongue", "tongue swelling") each join the list from the mention before them ("no lip or ...").
    for b in order:
        if langs[b] in ("en", "zh") and not result[b] and not _EN_OWN_VERDICT.search(text[spans[b][0] : spans[b][1]]):
            result[b] = any(
                result[a]
                and spans[a][1] <= spans[b][0]
                and _joined(text[spans[a][1] : spans[b][0]], langs[b])
                and not (
                    _EN_AND_STATE.fullmatch(text, max(0, spans[b][0] - 5), spans[b][1])
                    and not _EN_STATE_END.search(text, spans[a][0], spans[a][1])
                )
                and not (langs[b] == "en" and _en_comma_statement(text, spans[a], spans[b][0]))
                for a in order
            ) and not _EN_AND_HAPPENING.match(text, max(0, spans[b][0] - 5), spans[b][1])
            # "no chest pain or fainting": the second word of a compound shares the first one's cue (English only:
            # Chinese writes no spaces, so in "没发烧头痛得厉害" the next word starts a new statement); for symptoms
            # too since sixteenth round ("no lip swelling": the part, then its finding)
            result[b] = result[b] or (
                langs[b] == "en"
                and any(
                    result[a] and spans[a][1] < spans[b][0] and not text[spans[a][1] : spans[b][0]].strip()
                    for a in order
                )
            )
            # "no swelling in my face": the place of a denied finding is denied with it.
            result[b] = result[b] or (
                langs[b] == "en" and any(result[a] and _EN_PLACE.match(text, spans[a][1], spans[b][0]) for a in order)
            )
            # "也没头痛发烧": a second symptom right after a denied one, ending the clause, shares its cue (not
            # "没发烧头痛得厉害", where the second starts a statement of its own).
            result[b] = result[b] or (
                langs[b] == "zh"
                and (
                    bool(_ZH_PAIR_END.match(text, spans[b][1]))
                    or bool(_ZH_MED_END.match(text, spans[b][1]) and not missed_dose(text, spans[b][0], spans[b][1]))
                )
                and any(result[a] and spans[a][1] == spans[b][0] and spans[a][0] < spans[a][1] for a in order)
            )
    for a in reversed(order):
        if not result[a]:
            # "lips and tongue normal" shares "normal"; "swollen lips and breathing fine" does not (lips has its own)
            own = any(
                not result[c] and spans[c][1] <= spans[a][0] and not text[spans[c][1] : spans[a][0]].strip()
                for c in order
            )
            shared = [
                b
                for b in order
                if result[b]
                and (langs[a] in ("ko", "ja") or (after[b] and not own))
                and spans[a][1] <= spans[b][0]
                and (
                    _joined(text[spans[a][1] : spans[b][0]], langs[a])
                    or (langs[a] == "ja" and _JA_LIST.match(text[spans[a][1] : spans[b][0]]))
                    or (langs[a] == "ko" and _KO_OR.match(text[spans[a][1] : spans[b][0]]))
                )
                and not (
                    langs[a] == "ko"
                    and _KO_VERB_AND.match(text[spans[a][1] : spans[b][0]])
                    and _KO_SUBJECT.search(text, max(0, spans[a][0] - 4), spans[a][1])
                )
            ]
            result[a] = bool(shared)
            after[a] = any(after[b] for b in shared)
    # The subject of a denied predicate: "肚子也不疼", "お腹は痛くない", "lips not swollen" (red flags, whose
    # phrases are words; a symptom mention may end its own sentence: "피가 섞여서 나와요 아프지는 않아요").
    for a in reversed(order) if strict else ():
        if result[a] or (langs[a] == "ko" and text[spans[a][1] - 1] in "요다음임"):
            continue
        after = [b for b in order if spans[b][0] >= spans[a][1]]
        if after:
            first = min(spans[b][0] for b in after)
            result[a] = any(
                result[b] and spans[b][0] == first and _SUBJECT_GAP[langs[a]].match(text[spans[a][1] : first])
                for b in after
            )
    # A mention inside a denied one is denied with it ("黒い便はない": 黒, "no tongue swelling": swelling).
    for i in order if strict else ():
        if not result[i]:
            result[i] = any(
                result[j] and spans[j] != spans[i] and spans[j][0] <= spans[i][0] and spans[i][1] <= spans[j][1]
                for j in order
            )


# What ends the clause of a "nothing of the sort" (not -고 or -서, which join "자살하고 싶다 그런 건 없고").
_SUCH_STOP = re.compile(
    r"[.;!?。！？；，、\n…‥]|는데|은데|인데(?!놀)|지만|(?<![은는도이필중주])요\s|[ㅠㅜㅋㅎ]+|けど|けれど"
)


_KO_AND_NEXT = re.compile(
    r"[고서]\s*(?!싶)(?:[가-힣]{1,4}\s)?[가-힣]{1,6}?(?:거나|든지|이나)\s*(?:이런|그런|같은|그러한)"
)


def denied_as_such(text: str, start: int, end: int, lang: str = "und") -> bool:
    """Whether text[start:end] is named and then waved away as "nothing of the sort" ("죽고 싶다 이런 건 아니고",
    "死にたいとかそういうのはない", "倒没什么想不开的", "not suicidal or anything")."""
    text = _zh_folded(text, lang)
    lang = _lang_of(text[start:end], lang)
    if lang in ("ko", "ja"):
        # within its clause: "임신 30주인데 배아프거나 그런건 없는데" waves away the pain, not the pregnancy (F10)
        m = _SUCH_AFTER[lang].match(text, end)
        # "누르면 아프고 숨차거나 그런 건 없어요": the mention's own -고/-서 then a new item listed with 거나 waves away
        # that item, not this finding (nineteenth round, GAPS; "죽고 싶다거나 그런 생각은 없어요" is one wish)
        if m and lang == "ko" and _KO_AND_NEXT.match(text, end):
            return False
        return bool(m) and not _SUCH_STOP.search(text, end, m.end())
    head = _clause_tail(text[max(0, start - 40) : start]).replace("\u2019", "'")
    if lang == "zh":
        return bool(_SUCH_BEFORE["zh"].search(head) and _SUCH_AFTER["zh"].match(text, end)) or bool(
            re.match(_ZH_NONE_AFTER, text[end:])  # "喘不过气倒没有，" (nineteenth round, GAPS)
        )
    return bool(_SUCH_BEFORE["en"].search(head) or (_EN_NOT_NEAR.search(head) and _SUCH_AFTER["en"].match(text, end)))


# "也没有嘴唇肿喘不上气", "都没有胸痛发烧": "none either" said before a clause made of mentions alone (sixteenth round)
_ZH_ALSO_NONE = re.compile(r"(?:也|都|并|並|又)(?:没有|沒有|没|沒|冇)(?:什么|什麼|乜|咩)?")


def denied_in_list(text: str, start: int, end: int, spans: list[tuple[int, int]], lang: str = "und") -> bool:
    """Whether text[start:end] stands in a Chinese list of mentions written without commas after "also none"
    (也没有, 都没有), which ends the clause: each of them is denied, a phrase with its own negative word too
    ("也没有嘴唇肿喘不上气"). A plain 没有 is not enough ("没发烧咳嗽喘不上气" may say a cough that takes
    the breath)."""
    text = _zh_folded(text, lang)
    if _lang_of(text[start:end], lang) != "zh":
        return False
    head = _clause_tail(text[max(0, start - 16) : start])
    cue = next(reversed(list(_ZH_ALSO_NONE.finditer(head))), None)
    tail = _ZH_PAIR_END.search(text, end)
    if cue is None or tail is None or _BOUNDARY.search(text, end, tail.start()):
        return False
    stretch = range(start - len(head) + cue.end(), tail.start())
    covered = {k for a, b in spans for k in range(a, b)} | {k for k in stretch if text[k] in "_、"}
    return len(stretch) <= 16 and all(k in covered for k in stretch)


def denied_before(text: str, start: int, end: int, lang: str = "und") -> bool:
    """Whether a Chinese phrase with its own negative word is denied by a plain cue right before it ("我没有想不开",
    "我不会想不開的", "倒也没有不想活", "他没有叫不醒"), not in a question ("有没有想不开？", "我不会想不开吧").
    Only adverbs may stand between the cue and the phrase."""
    text = _zh_folded(text, lang)
    if _lang_of(text[start:end], lang) != "zh":
        return False
    head = _ZH_A_NOT_A.sub("___", _clause_tail(text[max(0, start - 12) : start]))
    listed = _ZH_OR.search(_clause_tail(text[max(0, start - 20) : start]))  # "沒有心情很低落或不想活"
    return bool(_ZH_SELF_DENY.search(head) or listed) and not _ZH_ASKS.match(text, end)


# A body part named only to deny a problem there ("no chest problems", "胸口一点不舒服都没有", "胸は何ともない",
# "가슴은 괜찮아요"): eighth round.
_PART_DENIED_BEFORE = re.compile(
    r"\b(no|without|nothing( wrong)? (with|near|in|around|on)( my| the)?|not (my|the))\s+$"
)
_PART_DENIED_AFTER = re.compile(
    r"^(\s*(problems?|issues?|trouble|symptoms?|pain|discomfort)\b.{0,12}?)?"
    r"\s*(is|are|feels?|'s)?\s*(fine|ok|okay|normal|all right)\b"
    r"|^[はもにが、]{0,2}((何とも|なんとも|何ともな)|(問題|異常|違和感|症状|痛み)[はも]?"
    r"|(特に|全然|まったく|何も)[^。、，,.!?！？]{0,4}?)(ない|なく|ありません)"
    r"|^[은는도이가]?\s*(괜찮(?!다가)|아무렇지|멀쩡|문제\s*없|아무\s*(문제|증상|이상)\s*없|전혀\s*안\s*아|이상\s*없)"
    # fifteenth round (F15): "눈 이상한건 없는데"
    r"|^[은는도이가]?\s*이상(?:한|하거나)?\s*(?:건|거|게|것은|데는)?\s*없"
    r"|^(一点|一點|什么|什麼|任何|也|都|倒)?(不舒服|问题|問題|毛病|症状|症狀|感觉|感覺)?(都|也)?"
    r"(没有|沒有|没|沒|正常|没事|沒事|还好|還好|冇事|冇問題|冇问题|冇)"
    # "腰也不疼，肚子也不疼": the part's pain denied (not 不太疼 or 不是很疼, some pain; eleventh round); Cantonese
    # "腰唔痛", "肚都唔痛", "頭冇痛", numbness too: "手不麻", "手都唔痺" (seventeenth round)
    r"|^(也|都|倒|倒是|并|並|一点|一點|完全)*(不|没|沒|唔|冇)(疼|痛|麻|痺|痹)(?![不唔])"
)


def part_denied(text: str, start: int, end: int) -> bool:
    """Whether the body part text[start:end] is named only to say nothing is wrong there: no pain site."""
    before, after = text[max(0, start - 30) : start].lower(), text[end : end + 24].lower()
    return bool(_PART_DENIED_BEFORE.search(before) or _PART_DENIED_AFTER.match(after))


def _clause_tail(text: str) -> str:
    ends = [m.end() for m in _BOUNDARY.finditer(text)]
    return text[ends[-1] :] if ends else text


def _clause_head(text: str) -> str:
    cut = _BOUNDARY.search(text)
    return text[: cut.start()] if cut else text


def _cue_before(window: str, lang: str) -> bool:
    if _EVERY[lang].search(window):
        return False  # "没有一天不想死", "not a day goes by that i don't want to die": never without it, always
    if lang == "zh":
        # "今天没吃药 发烧了", "没吃饭头晕": the cue denies the meal or the medicine it names, not what follows (F10)
        window = _ZH_NOT_DIETING.sub("___", _ZH_NOT_EATEN.sub("___", window))
        window = _ZH_NOT_SLEPT.sub("___", window)
        cuts = [m for m in _ZH_SPACE.finditer(window) if not _ZH_BARE_CUE.search(window, 0, m.start())]
        window = window[cuts[-1].end() :] if cuts else window
        return bool(
            _ZH_CUE.search(_ZH_A_NOT_A.sub("___", window)[-4:])
            or _ZH_THOUGHT.search(window)
            or _ZH_OR.search(window)
            or _ZH_NOT_FOUND.search(window)
        )
    words = window.lower().replace("\u2019", "'").split()
    tail = _EN_WITHOUT_GEAR.sub(" ", " ".join(words[-5:]))
    cue = _EN_CUE.search(tail) or _EN_AUX_CUE.search(tail) or _EN_SEEM_CUE.search(tail)
    return bool(cue) and not _EN_NOT_CUE.search(tail)


# A medicine denied with a time or a lapse ("haven't taken my insulin today", "今日は飲んでいない",
# "깜빡하고 안 먹었어요", "今天还没吃药") is a missed dose of a medicine the patient is on, not "not on it"
# (eleventh round).
_MISSED_DOSE = re.compile(
    r"\b(?:today|this morning|tonight|last night|yesterday|this week|yet|forgot|forgotten|missed|skipped"
    r"|ran out|since)\b"
    r"|오늘|아침|저녁|어제|아직|깜빡|까먹|잊어|빼먹|거르|걸렀|이번 주|며칠"
    r"|今日|今朝|今夜|昨日|昨夜|今週|まだ|忘れ|飲み忘|切れ"
    r"|今天|今早|昨天|昨晚|这周|這週|还没|還沒|忘了|忘记|忘記|漏|停了",
    re.IGNORECASE,
)


# "피묽게하는 약 안 먹어요", "항응고제는 안 먹고 있어요": a Korean medicine said not taken (twelfth round,
# T); "피 묽게하는 약 그런건 안먹어요" too (sixteenth round).
# Only after a medicine's own words (안 먹어요 alone is a finding: "밥을 안 먹어요"); 못 먹 (could not) is a
# missed dose, and "안 먹은 지 이틀" a medicine stopped lately.
_KO_MED_NOT_TAKEN = re.compile(
    r"\s*(?:은|는|도|이나|나|이랑|랑|같은\s*건|같은\s*거는?|그런\s*건|그런\s*거는?|그런\s*것은?)?\s*(?:전혀|따로)?\s*"
    r"(?:안\s*먹|먹지\s*않|안\s*드|복용\s*안|복용하지\s*않)(?!은\s*지|은지|신\s*지)"
)


def medicine_not_taken(text: str, end: int, lang: str) -> bool:
    """Whether a medicine mentioned just before `end` is said not to be taken, in the words right after it."""
    m = _KO_MED_NOT_TAKEN.match(text, end) if lang == "ko" else None
    # a missed-dose word said with it ("안 먹었어요 오늘", "안 먹은 지 이틀") keeps the medicine: still on it
    return bool(m) and not _MISSED_DOSE.search(text[m.end() : m.end() + 20])


_SENTENCE_END = re.compile(r"[.!?。！？\n]+")


_NEVER_ON_BEFORE = re.compile(
    r"(?:\b(?:not|never|isn'?t|aren'?t|wasn'?t|isn’t|aren’t)\s+(?:been\s+)?on\s+(?:any\s+)?"
    r"|\b(?:doesn'?t|don'?t|does\s+not|do\s+not|doesn’t|don’t)\s+take\s+(?:any\s+)?"
    r"|没有吃|沒有吃|没在吃|沒在吃|没有服用|沒有服用|冇食|唔食|不吃)\s*$",
    re.IGNORECASE,
)
_NEVER_ON_AFTER = re.compile(
    r"\s*(?:は|も|とか)?\s*(?:飲んでいない|飲んでない|飲んでいません|飲んでません|服用していない|服用してない|服用していません)"
)


def missed_dose(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether the message speaks of a dose missed or a medicine run out, so that a denied medicine is still taken.
    With a medicine's span, only its own sentence and the next count: "walked into the table yesterday. not on any
    blood thinners" is no missed dose (fourteenth round)."""
    if end is None:
        return bool(_MISSED_DOSE.search(text))
    # eighteenth round (B): a categorical denial said with the medicine ("not on any blood thinners", "没有吃薄血药",
    # "血液サラサラの薬は飲んでない") is no dose missed, whatever day words stand in the sentence ("bumped her shin
    # yesterday, ..., not on any blood thinners")
    if _NEVER_ON_BEFORE.search(text, 0, start) or _NEVER_ON_AFTER.match(text, end):
        return False
    left = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, end)]
    right = ends[1] if len(ends) > 1 else len(text)
    return bool(_MISSED_DOSE.search(text[left:right]))

