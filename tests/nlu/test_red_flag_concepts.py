"""Emergencies of the blind rounds that only the learned safety net caught, caught since by concept in all four
languages (nlu red flags, and triage rules over coded facts that raise the same flag ids). Each concept has near
misses that must not raise it. Sentences of our own; none is in the training, evaluation or vignette data.

Red flags: sudden painless loss of sight in one eye ("a curtain"), bowel obstruction, suicide said as a farewell with
tablets saved up, sepsis (an infection with a low pressure or hard to rouse; the upper number said alone is read), the
baby moving less from 28 weeks, deep or large burns, severe dehydration in a young child, a hip fracture after a fall;
a ruptured ectopic pregnancy, a button battery, suicide said without a means (a farewell with things given away,
feeling a burden, an imagined act at a platform), pre-eclampsia, diabetic ketoacidosis, acute pancreatitis, acute
angle-closure glaucoma; a fever or shivering on chemotherapy raises sepsis (neutropenic_sepsis). Coded facts of the
emergency rules (hot water spilled onto a child's trunk for burn_child_large and burn_trunk; "吸不进气", "越来越喘"
for chest_pain_sudden_breathless; rebound tenderness, chemotherapy) and of the see-a-doctor rules (a weak stream, up
at night to pass urine, a fall on the hand, a yelp on pressing, a flat mood, a stray animal's scratch, impetigo, a
fragment in the eye, redness outlined with a pen, a changing mole, pain on a deep breath, a stubbed toe, crying that
nothing settles)."""

import pytest

import nlu
from bot.cli import triage_result
from nlu import quantities


def _flags(text):
    return {f.id for f in nlu.parse(text).red_flags}


WORD_RULES = [
    # Twentieth round (T20A-E): a limb out of shape said as its shape, a shoulder's hollow or squared-off outline; a
    # fingertip come off in kana; a kicked shin swollen tight with numbness; a crush then dark urine.
    ("fell off the trampoline and his forearm is bent in a weird shape", "deformed_limb"),
    ("dislocated his shoulder at rugby, there's a hollow where it should be", "deformed_limb"),
    ("철봉에서 떨어졌는데 팔이 이상한 모양으로 휘었어요", "deformed_limb"),
    ("鉄棒から落ちて肘が変な形になってる", "deformed_limb"),
    ("从单杠上掉下来，手肘变成奇怪的形状", "deformed_limb"),
    ("指先がとれてしまいました", "amputation"),
    ("kicked in the shin, calf is swollen tight and my foot is numb", "compartment_syndrome"),
    ("すねを蹴られて、ふくらはぎがパンパンに張ってしびれる", "compartment_syndrome"),
    ("trapped under a pallet for an hour, now his pee is dark", "rhabdomyolysis"),
    ("俾鐵架壓住對腳成個鐘，小便好深色", "rhabdomyolysis"),
    # Nineteenth round (LEFT): a child with a pill box open and tablets missing (swallowed until shown otherwise); a
    # face gone crooked still raises a stroke beside a mole's crooked shape.
    ("my toddler opened grandma's dosette box and two pills are missing from the tuesday slot", "overdose_poisoning"),
    ("4살 딸이 할아버지 약통을 열어놨는데 심장약이 몇 알 없어졌어요", "overdose_poisoning"),
    ("3歳の娘が祖父の薬箱を開けていて、心臓の薬が数が足りない", "overdose_poisoning"),
    ("孫女3歲，打開咗公公個藥盒，啲心臟藥少咗", "overdose_poisoning"),
    ("아버지 얼굴 점이 커졌는데 오늘 아침엔 입이 삐뚤어졌어요", "stroke_signs"),
    # Sudden loss of sight, a curtain or shadow over part of the view.
    ("All of a sudden I can't see out of my left eye, it doesn't hurt at all", "sudden_vision_loss"),
    ("it's like a dark curtain has come down over the top half of the vision in my right eye", "sudden_vision_loss"),
    ("아까 갑자기 왼쪽 눈이 안 보여요 통증은 없어요", "sudden_vision_loss"),
    ("눈앞에 검은 커튼이 내려온 것처럼 시야 아래쪽이 가려져요", "sudden_vision_loss"),
    ("刚才右眼突然看不见了，一点都不痛", "sudden_vision_loss"),
    ("左眼好像被一块帘子挡住了上半边", "sudden_vision_loss"),
    ("さっき急に右目が見えなくなりました。痛みはないです", "sudden_vision_loss"),
    ("左目の下のほうにカーテンがかかったみたいで見えません", "sudden_vision_loss"),
    # Bowel obstruction.
    ("Haven't passed wind or opened my bowels since yesterday, my tummy is swollen and I keep being sick",
     "bowel_obstruction"),
    ("어제부터 방귀가 안 나오고 배가 남산만 하게 부풀었어요 자꾸 토해요", "bowel_obstruction"),
    ("两天没大便也不放屁，肚子胀得像鼓，还吐了好几次绿水", "bowel_obstruction"),
    ("昨日からおならも便も出なくて、お腹がパンパンに張って何度も吐いています", "bowel_obstruction"),
    # Suicide said as a farewell with tablets saved up, or pets rehomed and letters written.
    ("I've got enough tablets put by now. Thank you for everything you've done", "suicidal"),
    ("Found a new home for my dog and wrote letters for the family. Thanks for trying with me.", "suicidal"),
    ("강아지는 동생한테 맡겼고 약도 충분히 모아 뒀어요 그동안 고마웠어요", "suicidal"),
    ("狗已经托付给我姐了，信也写好了，药也攒够了", "suicidal"),
    ("犬は友達に預けて、手紙も書きました。薬も十分たまったので", "suicidal"),
    # Preparations with a wish not to wake, or a question of how many it would take.
    ("my sister is taking the dog next week and I've written letters. how many of my pills would it take", "suicidal"),
    ("통장 비밀번호는 적어서 서랍에 넣어 뒀어요 이번엔 다시 안 깨어났으면 좋겠어요", "suicidal"),
    ("后事都交代好了，今晚就想睡过去", "suicidal"),
    ("職場の引き継ぎも終わったし、親に手紙も書いた。今夜で終わりにできる", "suicidal"),
    # Sepsis said in words.
    ("She has a fever and is really hard to rouse, her knees look mottled", "sepsis"),
    ("엄마가 신우신염인데 열이 39도고 혈압이 떨어졌대요", "sepsis"),
    ("外公尿路感染发烧，刚才叫他都不太应了", "sepsis"),
    ("祖母が肺炎で熱があって、血圧が下がっていると言われました", "sepsis"),
    # The baby moving less from 28 weeks.
    ("I'm 34 weeks and the baby hasn't moved since last night", "reduced_fetal_movements"),
    ("임신 35주인데 오늘 아침부터 태동이 거의 안 느껴져요", "reduced_fetal_movements"),
    ("怀孕33周，今天一整天都感觉不到胎动", "reduced_fetal_movements"),
    ("妊娠37週ですが、今日は朝から胎動をほとんど感じません", "reduced_fetal_movements"),
    # Deep, large or airway burns.
    ("Spilled a pan of boiling water over his whole leg, the skin has gone white", "severe_burn"),
    ("We had a kitchen fire, my husband's voice is hoarse and there's soot round his nose", "severe_burn"),
    ("기름이 튀어서 팔에 화상을 입었는데 피부가 하얗게 변하고 감각이 없어요", "severe_burn"),
    ("热水瓶倒了，整条腿都烫伤了，有的地方发白", "severe_burn"),
    ("天ぷら油でやけどして、腕の皮膚が白っぽくなって感覚がないです", "severe_burn"),
    # Severe dehydration in a young child.
    ("My 10 month old has had diarrhoea all day, no wet nappies since this morning and she's really floppy",
     "severe_dehydration"),
    ("두 돌 아기가 장염인데 아침부터 쉬를 한 번도 안 했고 울어도 눈물이 안 나요", "severe_dehydration"),
    ("孩子一岁半，拉肚子一天了，从早上到现在一直没尿，哭的时候没有眼泪", "severe_dehydration"),
    ("2歳の息子、朝からおむつが濡れてなくて、ぐったりしています", "severe_dehydration"),
    # Hip fracture after a fall: the leg short or turned out.
    ("Mum slipped in the bathroom, now her right foot is turned outwards and that leg looks shorter", "hip_fracture"),
    ("할머니가 화장실에서 넘어지셨는데 한쪽 다리가 짧아 보이고 발이 바깥쪽으로 돌아가 있어요", "hip_fracture"),
    ("我外婆在浴室滑倒了，左腿看起来短了一截，脚往外撇着", "hip_fracture"),
    ("祖母が転倒して、左脚が外側を向いたまま動かせません", "hip_fracture"),
    # Ruptured ectopic pregnancy.
    ("Period is two weeks late, now a stabbing pain on my right side low down and my shoulder tip aches",
     "pregnancy_pain_bleeding"),
    ("positive test on monday, today cramping pain in my lower belly on one side and I nearly passed out",
     "pregnancy_pain_bleeding"),
    ("생리가 열흘 늦어서 임테기 했더니 두 줄이에요 오른쪽 아랫배가 찌르듯 아프고 어깨 끝이 아파요",
     "pregnancy_pain_bleeding"),
    ("例假推迟了十天，左下腹疼得厉害，刚才头晕站不住", "pregnancy_pain_bleeding"),
    ("生理が2週間遅れていて、右の下腹が痛く、さっき失神しそうになりました", "pregnancy_pain_bleeding"),
    ("they think it could be ectopic and the pain has got much worse", "pregnancy_pain_bleeding"),
    ("医生说可能是宫外孕，现在肚子很疼", "pregnancy_pain_bleeding"),
    # A button battery swallowed or missing near a young child.
    ("I think my 3 year old swallowed a watch battery", "button_battery"),
    ("the little round battery from the tv remote has gone missing and the baby was chewing on it", "button_battery"),
    ("아기가 보청기 건전지를 입에 넣었는데 못 찾겠어요", "button_battery"),
    ("孩子把手表电池塞嘴里了，现在找不到了", "button_battery"),
    ("2歳の息子がコイン電池を口に入れていて、1個足りないです", "button_battery"),
    # Eighteenth round (A): magnets swallowed, even by a child who seems well.
    ("my 4 year old swallowed a couple of small magnets from a toy, seems fine", "swallowed_magnets"),
    ("4살 아들이 장난감에 있던 작은 자석을 몇 개 삼켰대요 멀쩡해요", "swallowed_magnets"),
    ("4歳の息子がおもちゃの小さい磁石を何個か飲み込んだみたい。元気にしてる", "swallowed_magnets"),
    ("孩子把巴克球吃了两颗，现在没事", "swallowed_magnets"),
    ("個女話吞咗兩粒磁石，照玩緊", "swallowed_magnets"),
    # Suicide said without a means.
    ("My sister gave away her jewellery and asked me to keep her cat. Her last text said thank you for everything",
     "suicidal"),
    ("He keeps saying everyone would be better off, and he told me he stood at the edge of the platform thinking "
     "one more step", "suicidal"),
    ("thanks for everything, I won't be a burden to anyone after tonight", "suicidal"),
    ("형이 강아지를 맡아 달라고 하더니 그동안 고마웠다는 문자를 남기고 전화를 안 받아요", "suicidal"),
    ("내가 없으면 다들 편할 거예요 아까 옥상 난간에 서 있었어요", "suicidal"),
    ("지하철 승강장에서 한 발짝만 내디디면 끝이겠다 생각했어요", "suicidal"),
    ("她在群里说谢谢每一个人，以后不会再打扰了，然后就联系不上了", "suicidal"),
    ("没有我大家会更好，昨晚在桥上站了很久", "suicidal"),
    ("站在地铁站台上，心想往前一步就解脱了", "suicidal"),
    ("姉が「今までありがとう」とだけ送ってきて、猫を友達に譲ったそうです", "suicidal"),
    ("家族に迷惑をかけたくない。昨日は踏切の前で飛び込めばと思った", "suicidal"),
    ("線路を見ながら、あと一歩だなと思ってしまいました", "suicidal"),
    # Pre-eclampsia.
    ("I'm 37 weeks, got a horrible headache and everything looks blurry", "pre_eclampsia"),
    ("31 weeks pregnant with a migraine and my fingers are swollen, my rings won't come off", "pre_eclampsia"),
    ("임신 32주인데 두통이 있고 손이 부어서 반지가 안 빠져요", "pre_eclampsia"),
    ("怀孕36周，头疼，看东西模糊", "pre_eclampsia"),
    ("妊娠36週で頭痛があり、指輪が入らないほど手がむくんでいます", "pre_eclampsia"),
    # Diabetic ketoacidosis.
    ("I'm diabetic and my blood ketones are 3.5, been throwing up all night", "diabetic_ketoacidosis"),
    ("insulin pump failed, meter reads HI and I'm being sick", "diabetic_ketoacidosis"),
    ("당뇨가 있는데 케톤이 나오고 자꾸 토했어요", "diabetic_ketoacidosis"),
    ("一型糖尿病，血酮很高，吐了好几次", "diabetic_ketoacidosis"),
    ("インスリンを打っている糖尿病で、ケトンが出ていて吐いています", "diabetic_ketoacidosis"),
    # Acute pancreatitis.
    ("severe upper abdominal pain boring through to my back and vomiting", "acute_pancreatitis"),
    ("명치가 아파서 등 뒤로 뻗치는데 구토가 멈추지 않아요", "acute_pancreatitis"),
    ("心窝疼，连着后背，一直吐", "acute_pancreatitis"),
    ("みぞおちが痛くて背中まで響き、何度も吐いてしまいます", "acute_pancreatitis"),
    ("喝了一斤白酒，上腹疼得受不了，吐个不停", "acute_pancreatitis"),
    # Acute angle-closure glaucoma.
    ("I see halos round the street lights and my eye is throbbing", "acute_glaucoma"),
    ("my eye is bright red, it hurts, my sight is cloudy and I've been vomiting", "acute_glaucoma"),
    ("눈이 아프고 불빛 주변에 링이 보여요", "acute_glaucoma"),
    ("眼睛疼，灯周围有光晕", "acute_glaucoma"),
    ("目が痛くて、ライトの周りに輪っかが見えます", "acute_glaucoma"),
    # Twentieth round (T20D-U): flashes or new floaters with a shadow or curtain (the retina detaching); food or a bone
    # stuck with nothing going down, or a swallowed bone with chest pain; a tooth infection swelling into the neck; a
    # nosebleed pouring down the throat; a big bleed from the back passage with faintness; Cantonese pain moving low
    # right.
    ("sudden new floaters and flashes, now a dark curtain over the bottom of my vision", "sudden_vision_loss"),
    ("눈앞이 번쩍거리고 날파리가 늘더니 검은 그림자가 가려요", "sudden_vision_loss"),
    ("光が走って飛蚊が増え、端に黒い影がかかってきた", "sudden_vision_loss"),
    ("眼前闪光、飞蚊变多，现在有一片黑影挡住", "sudden_vision_loss"),
    ("a chunk of chicken got stuck on the way down, I can't swallow my spit", "oesophageal_foreign_body"),
    ("떡이 걸린 것 같은데 물도 안 넘어가요", "oesophageal_foreign_body"),
    ("魚の骨を飲み込んでから胸の真ん中が痛い", "oesophageal_foreign_body"),
    ("吞了一块鸡骨头，现在胸口痛", "oesophageal_foreign_body"),
    ("骨鯁咗，飲啖水都嘔返出嚟", "oesophageal_foreign_body"),
    # Twenty-first round: something felt stuck in the throat with nothing going down, saliva or at all
    ("喉に何か詰まった感じで唾も飲み込めない", "oesophageal_foreign_body"),
    ("목에 뭐가 걸린 느낌이고 삼킬 수가 없어요", "oesophageal_foreign_body"),
    ("喉咙里好像有东西卡着，咽不下去", "oesophageal_foreign_body"),
    ("feels like something stuck in my throat and I can't swallow", "oesophageal_foreign_body"),
    ("bad wisdom tooth and now the swelling has spread down my neck", "deep_neck_infection"),
    ("어금니가 아프다가 목까지 퉁퉁 부었어요", "deep_neck_infection"),
    ("親知らずが腫れて、首まで腫れてきた", "deep_neck_infection"),
    ("智齿发炎，现在肿到脖子了", "deep_neck_infection"),
    ("dad's nosebleed is pouring down the back of his throat", "heavy_bleeding"),
    ("passed loads of blood and clots from my back passage and I feel faint", "gi_bleeding"),
    ("本來喺肚臍痛，而家痛到右下邊", "appendicitis"),
]

NEAR_MISSES = [
    # Twentieth round (T20D-U): floaters for years, no shadow; a fish bone with water going down; a toothache with the
    # cheek swollen (a dental abscess, the same day); a nosebleed pinched till it stopped; a streak on the paper with
    # piles.
    ("I've had floaters for years, no flashes and no shadow", "sudden_vision_loss"),
    ("飛蚊症は昔からで、影がかかることもないです", "sudden_vision_loss"),
    ("a fish bone feels stuck in my throat but I can drink water fine", "oesophageal_foreign_body"),
    ("喉咙卡了鱼刺，喝水没问题", "oesophageal_foreign_body"),
    # Twenty-first round: the stuck feeling alone (globus), a sore throat that hurts to swallow
    ("喉に何か詰まってる感じがする、ストレスかな", "oesophageal_foreign_body"),
    ("喉が痛くて飲み込めない", "oesophageal_foreign_body"),
    ("목에 뭐가 걸린 느낌이에요", "oesophageal_foreign_body"),
    ("a fish bone stuck in my throat, can't swallow without it hurting", "oesophageal_foreign_body"),
    ("pills get stuck in my throat, I can't swallow pills", "oesophageal_foreign_body"),
    ("toothache and my cheek is a bit swollen", "deep_neck_infection"),
    ("잇몸이 붓고 볼이 살짝 부었어요", "deep_neck_infection"),
    ("nosebleed, pinched it for 10 minutes and it stopped", "heavy_bleeding"),
    ("a little bright red blood on the paper from my back passage, I have piles", "gi_bleeding"),
    # Twentieth round (T20A-E): a bruise of a funny shape; a fingernail nearly off; painkillers asked about; dark urine
    # of a hot day; a finger trapped in the door with yellow urine.
    ("I fell and now there's a bruise on my leg in a funny shape", "deformed_limb"),
    ("爪がとれそう", "amputation"),
    ("転んで膝を打った。足がパンパンに腫れて、痛み止め飲んでも大丈夫ですか", "compartment_syndrome"),
    ("hot day, my pee is really dark", "rhabdomyolysis"),
    ("上周手指被门夹住了，今天尿有点黄", "rhabdomyolysis"),
    # Nineteenth round (LEFT): a child's own tablets missing from an order, an adult son's run out; a mole's crooked
    # shape
    ("my son is 8 and on ADHD tablets, the pharmacy says some are missing from the order", "overdose_poisoning"),
    ("아들 혈압약이 다 떨어졌어요 처방 받을 수 있나요", "overdose_poisoning"),
    ("息子の血圧の薬がなくなってしまったので処方してほしい", "overdose_poisoning"),
    ("아버지 82세 얼굴 점이 요즘 커지고 모양도 삐뚤해요", "stroke_signs"),
    ("I've had the same floater in my right eye for years, nothing new", "sudden_vision_loss"),
    ("몇 년째 있는 비문증이 그대로예요 새로 생긴 건 없어요", "sudden_vision_loss"),
    ("站起来的时候突然眼前一黑，马上就好了", "sudden_vision_loss"),
    ("昔からある飛蚊症で、特に変わりはありません", "sudden_vision_loss"),
    ("Constipated for three days but I'm passing wind fine and not being sick", "bowel_obstruction"),
    ("변비가 3일째인데 방귀는 잘 나와요", "bowel_obstruction"),
    ("三天没大便了，放屁正常，也不吐", "bowel_obstruction"),
    ("便秘で3日出てないけど、おならは出ます", "bowel_obstruction"),
    ("Thanks for everything, the tablets you gave me are working", "suicidal"),
    ("그동안 고마웠어요 약 잘 먹고 있어요", "suicidal"),
    ("谢谢医生，药我都按时吃了", "suicidal"),
    ("今までありがとうございました。薬はちゃんと飲んでいます", "suicidal"),
    ("wrote letters to my pen pals today and I'm sleeping much better", "suicidal"),
    ("고양이는 친구한테 맡겼고 여행 가요 편지 보낼게요", "suicidal"),
    ("I have a mild cold and my blood pressure is always around 100/70", "sepsis"),
    ("감기 기운이 있고 혈압은 120/80으로 정상이에요", "sepsis"),
    ("有点低烧，血压110/70", "sepsis"),
    ("微熱があります。血圧は上が118です", "sepsis"),
    ("I'm 20 weeks and haven't felt the baby move much yet", "reduced_fetal_movements"),
    ("임신 18주인데 아직 태동을 잘 못 느끼겠어요", "reduced_fetal_movements"),
    ("怀孕19周，还没感觉到胎动", "reduced_fetal_movements"),
    ("妊娠18週でまだ胎動がわかりません", "reduced_fetal_movements"),
    ("36 weeks pregnant and the baby is kicking loads", "reduced_fetal_movements"),
    ("Burnt my finger on the oven, it's red and stings", "severe_burn"),
    ("커피에 손가락을 살짝 데었어요 빨갛기만 해요", "severe_burn"),
    ("手指被烫了一下，有点红", "severe_burn"),
    ("指を少しやけどして赤くなっています", "severe_burn"),
    ("Toddler has a runny tummy but plenty of wet nappies and is playing happily", "severe_dehydration"),
    ("아기가 설사를 하는데 기저귀도 잘 젖고 잘 놀아요", "severe_dehydration"),
    ("宝宝拉肚子，但是尿很多，精神也很好", "severe_dehydration"),
    ("下痢はありますが、おしっこは普通に出ていて元気です", "severe_dehydration"),
    ("Fell off my bike yesterday, bruised my hip but walking fine", "hip_fracture"),
    ("어제 넘어져서 엉덩이에 멍이 들었는데 걷는 건 괜찮아요", "hip_fracture"),
    ("昨天摔了一跤，屁股有点青，走路没问题", "hip_fracture"),
    ("昨日転んでお尻をぶつけましたが、普通に歩けます", "hip_fracture"),
    # Early pregnancy with mild cramps and nothing else; a positive covid test with side pain.
    ("positive test yesterday, a bit dizzy with morning sickness", "pregnancy_pain_bleeding"),
    ("my cardiologist says I have ectopic beats, they don't hurt", "pregnancy_pain_bleeding"),
    ("I get ectopic beats and some chest pain", "pregnancy_pain_bleeding"),
    ("임테기 두 줄 나왔어요 아랫배가 살짝 당기는 느낌만 있어요", "pregnancy_pain_bleeding"),
    # A coin swallowed by a teenager; changing a battery.
    ("my 15 year old swallowed a coin, he's fine", "button_battery"),
    ("I need to change the watch battery, where can I get it done", "button_battery"),
    ("열여섯 살 아들이 동전을 삼켰는데 멀쩡해요", "button_battery"),
    ("十六岁的儿子吞了一枚硬币，没有不舒服", "button_battery"),
    ("時計の電池を交換しました", "button_battery"),
    # Eighteenth round (A): a magnet worn or on the fridge, a sore throat on swallowing.
    ("I put a magnet on the fridge and ate dinner", "swallowed_magnets"),
    ("I wear a magnetic bracelet, it hurts when I swallow", "swallowed_magnets"),
    ("자석 목걸이 하는데 목이 아파서 삼키면 아파요", "swallowed_magnets"),
    ("磁石治療器を使ってて、のどが痛くて飲み込むと痛い", "swallowed_magnets"),
    ("我戴磁石手链，喉咙痛吞口水都痛", "swallowed_magnets"),
    # Thanks to the doctor; moving house; a care home; a step in physio.
    ("thanks for everything doctor, the cream worked", "suicidal"),
    ("moving abroad so I gave away my sofa, my neighbour will keep my cat. which vaccines do I need?", "suicidal"),
    ("한 걸음만 걸어도 지하철 계단에서 숨이 차요", "suicidal"),
    ("谢谢医生，药很有效", "suicidal"),
    ("母に迷惑をかけたくないので老人ホームに入ることにしました", "suicidal"),
    # A mild headache in pregnancy; a headache before 20 weeks; swollen ankles.
    ("30 weeks pregnant with a mild headache, no vision problems and no swelling", "pre_eclampsia"),
    ("12 weeks pregnant and I've got a headache and blurry vision", "pre_eclampsia"),
    ("임신 34주인데 발목이 부었어요 두통은 없어요", "pre_eclampsia"),
    ("怀孕30周，有点头痛，没有别的症状", "pre_eclampsia"),
    ("妊娠30週で少し頭が痛いです。むくみや目の症状はありません", "pre_eclampsia"),
    # Type 2 with a high reading and no ketones or vomiting.
    ("type 2 diabetic, sugar was 14 this morning, no ketones and not being sick", "diabetic_ketoacidosis"),
    ("2형 당뇨인데 혈당이 250 나왔어요 토하지는 않아요", "diabetic_ketoacidosis"),
    ("2型糖尿病，早上血糖13，没有吐", "diabetic_ketoacidosis"),
    ("2型糖尿病で血糖が高めでした。吐き気はありません", "diabetic_ketoacidosis"),
    # Indigestion; a tummy bug with a sore back.
    ("heartburn after a big meal, burping a lot, no vomiting", "acute_pancreatitis"),
    ("stomach bug, threw up twice and my lower back aches from lying in bed", "acute_pancreatitis"),
    ("과식해서 윗배가 더부룩해요 토하지는 않았어요", "acute_pancreatitis"),
    ("吃多了胃胀，打嗝，没吐", "acute_pancreatitis"),
    ("食べ過ぎて胃がもたれています。吐いてはいません", "acute_pancreatitis"),
    # A red itchy eye; haloes at night with no pain (cataract).
    ("my eye is red and itchy but I can see fine", "acute_glaucoma"),
    ("I see halos around headlights when driving at night, no pain in my eyes", "acute_glaucoma"),
    ("눈이 빨갛고 가려워요 잘 보여요", "acute_glaucoma"),
    ("眼睛有点红，有点痒，看东西正常", "acute_glaucoma"),
    ("目が赤くてかゆいですが、よく見えます", "acute_glaucoma"),
]


@pytest.mark.parametrize(("text", "flag"), WORD_RULES)
def test_the_concept_raises_its_red_flag(text, flag):
    assert flag in _flags(text)


@pytest.mark.parametrize(("text", "flag"), NEAR_MISSES)
def test_a_near_miss_does_not_raise_it(text, flag):
    assert flag not in _flags(text)


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        # Sepsis: an infection with a systolic pressure of 90 or less, the upper number said alone or in full.
        ("My dad (70) has a water infection, temp 38.9, and his BP is 84 over 50", "sepsis"),
        ("할머니가 방광염이 있는데 열이 38.5도고 수축기 85예요", "sepsis"),
        ("外公尿路感染发烧，收缩压只有82", "sepsis"),
        ("祖母が膀胱炎で熱が38度、血圧を測ったら上が78でした", "sepsis"),
        # Hip fracture: an older person, a fall, hip or groin pain, cannot stand.
        ("my 79 year old mum had a fall, her hip hurts and she can't stand", "hip_fracture"),
        ("할머니(84)가 넘어지셨는데 고관절이 아프고 못 일어서세요", "hip_fracture"),
        ("奶奶83岁，在家摔了一跤，大腿根疼，站不起来", "hip_fracture"),
        ("父（82）が家で転んで、足の付け根が痛くて立てません", "hip_fracture"),
        # A blistered burn of the face or neck.
        ("I burnt my neck with hair straighteners and it's blistered", "severe_burn"),
        # Dehydration in a drowsy child under five.
        ("my 2 year old has no tears and is very sleepy", "severe_dehydration"),
        # Pre-eclampsia over coded facts: in pregnancy a headache with a swollen face or hands.
        ("I'm 33 weeks pregnant, I have a headache and there's swelling in my face", "pre_eclampsia"),
        # Acute glaucoma over coded facts: a painful red eye, blurred sight and vomiting.
        ("eye pain, red eye, blurred vision and vomiting since tonight", "acute_glaucoma"),
        # Neutropenic sepsis: a fever or shivering on chemotherapy (Simplified and Traditional Chinese).
        ("我爸在化疗，昨天开始发烧38.4度", "sepsis"),
        ("我太太在做化療，今晚發燒到38.5度", "sepsis"),
        ("엄마가 항암 치료 받고 일주일 됐는데 열이 나요", "sepsis"),
        ("抗がん剤の点滴から1週間で、熱が出て寒気がします", "sepsis"),
        ("finished a round of chemo last week and now I've got a fever and chills", "sepsis"),
    ],
)
def test_triage_rules_raise_the_flag(text, flag):
    result = triage_result(text)
    assert result["level"] == "emergency"
    assert flag in result["red_flags"]


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("I have a cold and a bit of a temperature, my BP is 118 over 76", "sepsis"),
        ("방광염 같아요 열은 없고 혈압은 수축기 120이에요", "sepsis"),
        ("my 30 year old brother fell playing football, his hip hurts but he can walk", "hip_fracture"),
        ("奶奶摔了一跤，膝盖擦破了点皮，走路正常", "hip_fracture"),
        ("I'm pregnant with a headache and swollen ankles", "pre_eclampsia"),
        ("my eye is sore and red, a bit blurry from the discharge", "acute_glaucoma"),
        # Chemotherapy without a fever or shivering is no neutropenic sepsis.
        ("化疗后有点恶心，没有发烧", "sepsis"),
        ("항암 치료 중인데 입맛이 없어요", "sepsis"),
        ("抗がん剤の副作用で髪が抜けてきました", "sepsis"),
        ("what should I eat during chemo?", "sepsis"),
    ],
)
def test_triage_near_misses_do_not_raise_it(text, flag):
    assert flag not in triage_result(text)["red_flags"]


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        # Coded facts for rules that already existed: a late period said with the weeks or a test with two lines
        # (the ectopic rules), sparkly bits in the vision (pre_eclampsia_severe), breathing really fast (diabetic
        # ketoacidosis).
        ("생리가 2주 늦어요", "missed_period"),
        ("테스트기 해 봤는데 두 줄이 나왔어요", "missed_period"),
        ("生理が2週間遅れています", "missed_period"),
        ("I keep seeing sparkly bits in my vision", "floaters"),
        ("he's breathing really fast", "rapid_breathing"),
        # Hot water or soup spilled or poured onto someone is a burn (burn_child_large, burn_trunk).
        ("孩子打翻了热水，热水淋到胳膊上", "burn"),
        ("小孩碰翻熱水，熱水灑在腿上", "burn"),
        ("아이가 끓는 물을 엎었어요", "burn"),
        ("息子が熱湯をかぶってしまいました", "burn"),
        ("she pulled the kettle over and the water went on her leg", "burn"),
        ("I spilled hot coffee on my lap", "burn"),
        # Breathlessness said as air that will not go in, or as panting that keeps getting worse.
        ("感觉吸不进气", "shortness_of_breath"),
        ("越來越喘", "shortness_of_breath"),
        # The see-a-doctor rules' facts: a weak stream said apart, up at night to pass urine, a fall on the hand, a
        # yelp when the spot is pressed, a flat mood, a stray cat's scratch, impetigo's yellow crusts.
        ("소변 줄기가 예전보다 약해졌어요", "difficulty_urinating"),
        ("the stream is much weaker than it used to be", "difficulty_urinating"),
        ("밤에 두세 번은 깨서 화장실 가요", "frequent_urination"),
        ("最近老是起夜", "frequent_urination"),
        ("빙판길에서 미끄러지면서 손을 짚었어요", "fall"),
        ("自転車でバランスを崩して、とっさに手をついた", "fall"),
        ("거기를 누르면 악 소리가 나요", "tender_to_press"),
        ("I've just been feeling flat", "depressed_mood"),
        ("not enjoying golf anymore", "depressed_mood"),
        ("好きだった料理も楽しめない", "depressed_mood"),
        ("喂流浪猫的时候被抓了一下", "animal_bite"),
        ("길고양이한테 손등을 긁혔어요", "animal_bite"),
        ("喂流浪猫的时候被抓了一下", "rabies_exposure"),
        ("子どもがとびひになりました", "impetigo"),
        ("口のまわりのかさぶたが黄色っぽい", "impetigo"),
        ("콧구멍 옆에 노란 딱지가 앉았어요", "impetigo"),
        # Rebound tenderness (peritonism_fever), chemotherapy (neutropenic_sepsis); a fragment flying into the eye said
        # with a past form or a side, redness outlined with a pen, a changing mole said apart, pain on a deep breath
        # said together with a cough, constipation said as not getting to the toilet, mosquitoes, a stubbed little toe,
        # walking as usual and its usual shape, crying that nothing settles.
        ("按下去再松手更疼", "rebound_tenderness"),
        ("按下去再鬆手更痛", "rebound_tenderness"),
        ("배를 눌렀다 뗄 때 더 아파요", "rebound_tenderness"),
        ("お腹を押して離すと痛い", "rebound_tenderness"),
        ("it hurts more when I let go", "rebound_tenderness"),
        ("正在做化療", "chemotherapy"),
        ("항암 주사를 맞았어요", "chemotherapy"),
        ("抗がん剤治療中です", "chemotherapy"),
        ("오른쪽 눈에 뭐가 튄 거 같아요", "foreign_body_eye"),
        ("有东西崩进左眼了", "foreign_body_eye"),
        ("右目に何か飛び込んだ", "foreign_body_eye"),
        ("something flicked into my left eye", "foreign_body_eye"),
        ("I drew a line around it last night", "cellulitis"),
        ("昨天用笔画了个圈", "cellulitis"),
        ("ペンで囲んでおいた", "cellulitis"),
        ("펜으로 테두리를 그려 놨어요", "cellulitis"),
        ("a mole on my back my girlfriend says has gotten bigger", "mole_change"),
        ("背上有一顆痣，這半年好像變大了", "mole_change"),
        ("深呼吸や咳をすると肋骨のあたりがズキッとします", "painful_breathing"),
        ("深呼吸或咳嗽的时候疼", "painful_breathing"),
        ("숨을 크게 쉬면 아파요", "painful_breathing"),
        ("일주일째 화장실을 못 갔어요", "constipation"),
        ("got smashed by mozzies", "insect_bite"),
        ("タンスの角に足の小指をぶつけました", "stubbed_toe"),
        ("새끼발가락을 찧었어요", "stubbed_toe"),
        ("普通に歩けてて", "walks_normally"),
        ("形も変じゃないです", "no_deformity"),
        ("没有变形", "no_deformity"),
        ("세 시간째 울음을 안 그쳐요", "inconsolable_crying"),
    ],
)
def test_coded_facts_reach_the_emergency_rules(text, symptom):
    assert symptom in triage_result(text)["symptoms"]


@pytest.mark.parametrize(
    ("text", "symptom"),
    [
        # Near misses: hot water to drink or to wash in is no burn; a dog scratching at the sofa, or a stray cat fed
        # that neither bit nor scratched, is no bite; a flat tyre is no mood; a night slept through.
        ("多喝热水就好了", "burn"),
        ("每天晚上洗热水淋浴", "burn"),
        ("お風呂でお湯をかぶったら傷がしみる", "burn"),
        ("뜨거운 물을 마셨어요", "burn"),
        ("狗狗在沙发上抓了半天", "animal_bite"),
        ("길고양이 밥을 주고 있어요", "animal_bite"),
        ("my bike tyre went flat and I walked home", "depressed_mood"),
        ("晚上睡得很好，一次都没起夜", "frequent_urination"),
        # Near misses: a press that hurts is no rebound tenderness; a line drawn on paper, a mole that has not changed,
        # a hand's little finger, a baby fussy for a moment (not inconsolable).
        ("肚子按着有点疼", "rebound_tenderness"),
        ("押すと少し痛い", "rebound_tenderness"),
        ("I drew a picture of my cat", "cellulitis"),
        ("I have a mole on my back, it hasn't changed", "mole_change"),
        ("手の小指を突き指しました", "stubbed_toe"),
        ("아기가 좀 보채요", "inconsolable_crying"),
        ("宝宝有点哭闹", "inconsolable_crying"),
    ],
)
def test_near_misses_are_not_coded(text, symptom):
    assert symptom not in triage_result(text)["symptoms"]


@pytest.mark.parametrize(
    ("text", "systolic", "diastolic"),
    [
        ("BP 85 over 50", 85, 50),
        ("systolic 88", 88, None),
        ("his blood pressure is only 82", 82, None),
        ("수축기 85", 85, None),
        ("혈압이 80밖에 안 나와요", 80, None),
        ("血圧を測ったら上が78", 78, None),
        ("血压只有80", 80, None),
        ("收缩压80", 80, None),
    ],
)
def test_the_upper_pressure_said_alone_is_read(text, systolic, diastolic):
    values = [e.value for e in quantities.extract(text) if e.type == "blood_pressure"]
    assert values == [{"systolic": systolic, "diastolic": diastolic}]


@pytest.mark.parametrize(
    "text",
    ["上が78", "blood pressure pills since I was 70", "혈압약 10년째 먹어요", "血压高了5年",
     "blood pressure fine, pulse 120"],
)
def test_no_pressure_without_a_pressure_reading(text):
    assert [e for e in quantities.extract(text) if e.type == "blood_pressure"] == []
