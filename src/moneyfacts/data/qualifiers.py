"""Qualifier phrases by language: the words that make a figure approximate or a bound.

CLDR has no such words, so they are kept by hand. Keys are plain text, tokenised once with the
scanner's tokenizer ("mehr als" and "超过" are both token sequences), and grouped by the qualifier
they express (SCHEMA: ``approx``, ``over``, ``at_least``, ``under``, ``at_most``). Phrases are shared
across languages where they cannot collide; a word that means something else in another language
("alle" is Finnish "under" but German "all") is read only in its own language (:data:`OWN_BEFORE`).

A phrase is read where it touches the figure: before its sign, mark or number ("約5億円", "hơn 4.000
tỷ đồng", "more than $5 billion"), or after its scale and mark ("1000万円以上", "500 करोड़ रुपये से
अधिक"). A verb of estimation a few words back (:data:`LEADS`) marks a figure approximate, bounded by
:data:`LEAD_STOPS` and by any other figure or punctuation between.
"""

from __future__ import annotations

# fmt: off

# Qualifier phrases that stand before a figure, by the qualifier they express.
QUALIFIERS_BEFORE: dict[str, tuple[str, ...]] = {
    "approx": (
        # en: "just over" is approximate, not a bound: the writer rounds
        "about", "around", "roughly", "some", "approximately", "approx.", "approx", "an estimated",
        "estimated", "nearly", "almost", "close to", "circa", "ca.", "c.", "an approximate", "near",
        "in the region of", "on the order of", "just under", "just over", "just shy of", "around about",
        "more or less", "an average of", "averaging", "estimated at", "an estimated total of",
        "an estimate of", "estimates of", "estimated to be",
        "a little over", "a little under", "a little more than", "a little less than", "slightly more than",
        "slightly less than", "slightly over", "slightly under", "slightly above", "slightly below",
        "just above", "just below", "just more than", "just less than", "close on", "just about",
        "in the order of", "an approximately", "a roughly", "~", "≈",
        "approaching", "nearing", "nigh on", "the best part of", "in the range of", "in the neighbourhood of",
        "in the neighborhood of", "something like",
        "etwas mehr als", "etwas weniger als", "knapp über", "knapp unter", "dans les", "poco menos de",
        "poco meno di", "pouco mais de", "pouco menos de", "krap", "rond", "tegen de",
        "чуть более", "чуть менее", "немногим более", "cca", "cca.", "近乎", "约莫", "ほぼ", "おおよそ", "거의",
        "chừng", "trên dưới", "nyaris", "hampir mencapai", "mendekati", "kisaran", "berkisar", "ما يقارب",
        "يناهز", "تناهز", "tahmini", "yaklaşık olarak", "قریباً",
        # nouns of estimation with the preposition that governs the figure, in each language
        "nach schätzungen", "laut schätzungen", "eine schätzung von", "une estimation de",
        "selon les estimations", "una estimación de", "un estimado de", "una stima di", "stime di",
        "uma estimativa de", "estimativa de", "een schatting van", "geschat op", "uppskattas till",
        "arviolta", "według szacunków", "podle odhadů", "becslések szerint", "σύμφωνα με εκτιμήσεις",
        "menurut perkiraan", "theo ước tính",
        # de: "geschätzte 5 Mio." and "schätzungsweise" are the attributive and adverbial estimate
        "rund", "etwa", "ungefähr", "circa", "knapp", "zirka", "annähernd", "fast", "gut", "nahezu",
        "beinahe", "an die", "um die", "geschätzte", "geschätzt", "schätzungsweise", "geschätzt auf",
        "auf geschätzte",
        # fr: elided forms before a vowel ("près d'1 milliard") are their own tokens
        "environ", "près de", "près d'", "près d’", "quelque", "quelques", "à peu près",
        "approximativement", "presque", "autour de", "aux alentours de", "de l'ordre de",
        "de l’ordre de", "quasiment", "un peu plus de", "un peu moins de", "estimé à", "estimée à",
        "estimés à", "estimées à",
        # es / pt / it / ca: the participle of estimation agrees in gender and number
        "alrededor de", "cerca de", "aproximadamente", "unos", "unas", "casi", "en torno a",
        "en torno a los", "del orden de", "ronda los", "rondan los", "rondó los", "poco más de",
        "algo más de", "estimado en", "estimada en", "estimados en", "estimadas en",
        "por volta de", "quase", "em torno de", "perto de", "ao redor de", "estimado em", "estimada em",
        "estimados em", "estimadas em", "cerca di", "circa", "quasi", "intorno a", "intorno ai",
        "attorno a", "attorno ai", "all'incirca", "stimato in", "stimata in", "stimati in", "stimate in",
        "stimato a", "poco più di",
        # nl / sv / nb / da: "naar schatting", "anslått til" = "estimated at"
        "ongeveer", "rond de", "bijna", "zo'n", "zo’n", "naar schatting", "omstreeks",
        "omkring", "cirka", "nästan", "runt", "närmare", "uppskattningsvis", "knappt",
        "nesten", "rundt", "omtrent", "anslagsvis", "anslått til", "snaue", "snaut",
        "knappe", "nær", "nærmere", "om lag", "omlag", "like under", "like over", "oppunder",
        "ungefär", "strax under", "strax över", "lige under", "lige over", "lidt over", "lidt under",
        "næsten", "knap", "anslået til", "i omegnen af",
        # fi / hu / el
        "noin", "lähes", "melkein", "arviolta", "suunnilleen",
        "mintegy", "körülbelül", "kb.", "közel", "csaknem", "majdnem", "nagyjából",
        "περίπου", "σχεδόν", "γύρω στα", "γύρω στο", "γύρω στους", "κοντά στα",
        # ru / uk / bg / hr / pl / cs / sk: "по оценкам" = "by estimates"; "оценен в" is "valued at",
        # a price set, not an estimate
        "около", "примерно", "почти", "приблизительно", "порядка", "по оценкам", "по оценке",
        "примерно в", "приблизительно в", "примерно на", "приблизно в",
        "ориентировочно", "близько", "приблизно", "майже", "орієнтовно", "за оцінками", "otprilike", "oko", "približno", "skoro",
        "u blizini", "około", "blisko", "prawie", "niemal", "szacunkowo", "szacowany na",
        "szacowane na", "przybliżeniu", "niespełna", "nieco ponad", "nieco poniżej", "mniej więcej",
        "rzędu", "přibližně", "zhruba", "kolem", "téměř", "odhadem",
        "približne", "zhruba", "takmer", "okolo",
        # ro / id / ms / vi / tr
        "aproximativ", "aproape de", "aproape", "în jur de", "cam", "sekitar", "kira-kira", "hampir",
        "lebih kurang", "kurang lebih", "diperkirakan", "dianggarkan", "anggaran",
        "khoảng", "khoảng chừng", "tầm khoảng", "xấp xỉ", "gần", "gần như", "ước tính", "ước đạt",
        "ước khoảng", "yaklaşık", "yaklasik", "neredeyse", "tahminen",
        # zh / ja / ko: "近" and "约" glue to the number; "估计" = "estimated"
        "约", "約", "大约", "大約", "近", "将近", "將近", "接近", "约为", "約為", "大概", "およそ", "약",
        "估计", "估計", "预估", "預估", "估算", "概算", "推定", "대략",
        # ar / he / fa / ur / ka
        "حوالي", "حوالى", "بحدود", "نحو", "قرابة", "ما يقرب من", "تقريبا", "تقريباً", "زهاء",
        "כ", "כ-", "בערך", "כמעט", "קרוב ל", "קרוב ל-", "כ־", "קרוב ל־", "לכ", "לכ-", "בכ", "בכ-",
        "حدود", "حدوداً", "حدودا", "تقریباً", "تقریبا", "نزدیک به", "قریب", "لگ بھگ", "تقریبًا",
        "დაახლოებით",
        # hi / bn / ta / sw
        "लगभग", "करीब", "क़रीब", "तकरीबन", "तक़रीबन", "अनुमानित", "अनुमानतः",
        "প্রায়", "আনুমানিক", "প্রায়", "சுமார்", "ஏறக்குறைய", "கிட்டத்தட்ட", "தோராயமாக",
        "takriban", "karibu",
        # th: written before the figure, spaced from it
        "ประมาณ", "เกือบ", "ราว", "ราวๆ",
    ),
    "over": (
        # en: a verb of exceeding right before the figure is a lower bound ("topped $5 billion")
        "more than", "over", "above", "exceeding", "in excess of", "upwards of", "upward of", "north of",
        "a record", "greater than", "higher than", "beyond", "well over", "well above", "exceeds",
        "topping", "surpassing", "exceeded", "surpassed", "topped", "tops", "surpasses", "exceed",
        "surpass",
        "far more than", "much more than", "well in excess of", ">",
        "dik", "weit mehr als", "superiore ai", "破", "ξεπερνά", "ξεπερνούν", "ξεπέρασε", "depășește",
        "depășit", "بالای",
        # de
        "mehr als", "über", "ueber", "oberhalb von", "deutlich mehr als", "weit über", "mehr denn",
        # fr: "dépasse les 5 millions" = "exceeds the 5 million"
        "plus de", "plus d'", "plus d’", "plus que", "au-delà de", "supérieur à", "supérieure à",
        "supérieurs à", "dépasse", "dépassent", "dépassant", "dépassé", "dépasse les", "dépassent les",
        "dépassant les", "dépassé les", "franchi la barre des", "au-delà des",
        # es / pt / it / ca
        "más de", "mas de", "mais de", "más que", "più di", "oltre", "superiore a", "més de",
        "por encima de", "por encima de los", "superior a", "superior a los", "supera", "supera los",
        "superan los", "superó los", "superaron los", "superando los", "supera las", "superó",
        "acima de", "ultrapassa", "ultrapassou", "ultrapassam", "ultrapassaram", "superou", "superaram",
        "ultrapassa os", "ultrapassou os", "superou os", "superior aos",
        "al di sopra di", "sopra", "oltre i", "superato i", "supera i", "superiori a",
        # nl / sv / nb / da: "ruim", "drygt", "drøyt" = "a good", i.e. somewhat more than
        "meer dan", "boven de", "boven", "ruim", "mer än", "över", "drygt", "mer enn", "over",
        "drøyt", "vel", "i overkant av", "mere end", "godt", "overstiger", "overstige", "overstiger",
        # fi / hu / el
        "yli", "enemmän kuin", "reilut", "runsaat", "ylittää", "ylitti",
        "több mint", "valamivel több mint", "meghaladó",
        "πάνω από", "περισσότερα από", "περισσότερο από", "άνω των", "άνω του", "υπερβαίνει",
        # ru / uk / bg / hr / pl / cs / sk
        "более", "более чем", "больше", "больше чем", "свыше", "выше", "над", "превысил", "превысила",
        "превысили", "превысило", "превышает", "превысит", "više od", "preko", "iznad",
        "понад", "більше ніж", "більш ніж", "більше", "перевищив", "перевищила", "перевищує",
        "ponad", "przeszło", "powyżej", "więcej niż", "przekroczył", "przekroczyła", "przekroczyły",
        "více než", "přes", "nad", "přesáhl", "přesáhla", "překročil", "viac ako", "vyše",
        # ro / id / ms / vi / tr
        "mai mult de", "peste", "de peste", "mai scump de", "lebih dari", "lebih daripada", "melebihi",
        "melewati", "di atas", "melampaui",
        "nhiều hơn", "hơn", "trên", "cao hơn", "vượt", "vượt mốc", "vượt ngưỡng", "vượt qua",
        "vượt qua mốc", "vượt trên",
        "fazla", "den fazla", "'den fazla",
        # zh / ja / ko: "逾" and "超" glue to the number
        "超过", "超過", "逾", "超", "高于", "高於", "多于", "多於", "以上", "突破", "超出",
        # ar / he / fa / ur
        "اكثر من", "أكثر من", "ما يزيد على", "ما يزيد عن", "يزيد على", "يزيد عن", "فوق", "يتجاوز",
        "تتجاوز", "تجاوز", "تجاوزت", "يفوق", "تفوق", "أزيد من", "تزيد على", "تزيد عن", "يتخطى", "تخطى",
        "יותר מ", "יותר", "מעל", "מ", "מעל ל", "מעל ל-", "יותר מ-", "ליותר מ", "ליותר מ-", "ביותר מ-",
        "بیش از", "بیشتر از", "بالغ بر", "فراتر از",
        # hi / bn / sw / th
        "zaidi ya", "kuzidi", "มากกว่า", "กว่า", "เกิน", "เกินกว่า",
    ),
    "at_least": (
        "at least", "no less than", "not less than", "a minimum of", "as low as", "as little as",
        "minimum of", "no fewer than", "minimum",
        "as few as", "≥",
        "at a minimum", "nicht weniger als", "nem kevesebb mint", "isiyopungua",
        # de / fr / es / pt / it / ca: "un mínimo de", "con un mínimo de" read by their longest phrase
        "mindestens", "wenigstens", "mind.", "zumindest", "au moins", "pas moins de", "au minimum",
        "un minimum de", "al menos", "por lo menos", "no menos de", "un mínimo de", "como mínimo",
        "mínimo de", "pelo menos", "no mínimo", "um mínimo de", "ao menos", "almeno", "non meno di",
        "un minimo di", "minimo di", "no menys de",
        # nl / sv / nb / da / fi
        "minstens", "ten minste", "tenminste", "minimaal", "minst", "minimum", "mindst", "vähintään",
        "ainakin", "vähintäänkin",
        # ru / uk / bg / hr / pl / cs / sk / hu / el / ro
        "как минимум", "не менее", "не меньше", "минимум", "поне", "najmanje", "щонайменше",
        "не менше", "принаймні", "мінімум", "co najmniej", "przynajmniej", "nie mniej niż", "minimalnie",
        "nejméně", "alespoň", "minimálně", "najmenej", "aspoň", "legalább", "minimum", "τουλάχιστον",
        "cel puțin", "cel putin", "cel puţin", "minimum",
        # id / ms / vi / tr
        "setidaknya", "paling sedikit", "sedikitnya", "minimal", "sekurang-kurangnya", "paling tidak",
        "tidak kurang dari", "tidak kurang daripada", "ít nhất", "không ít hơn", "tối thiểu",
        "en az", "asgari",
        # zh / ja / ko
        "至少", "起码", "起碼", "最少", "不少于", "不少於", "不低于", "不低於", "最低", "少なくとも",
        "最低でも", "최소", "적어도",
        # ar / he / fa / ur / hi / bn / ta / sw / th
        "على الاقل", "على الأقل", "ما لا يقل عن", "لا يقل عن", "לא פחות מ", "לפחות", "לא מתחת ל",
        "حداقل", "دست کم", "کم از کم", "कम से कम", "न्यूनतम", "অন্তত", "কমপক্ষে", "সর্বনিম্ন",
        "குறைந்தபட்சம்", "angalau", "อย่างน้อย",
    ),
    "under": (
        "less than", "under", "below", "fewer than", "south of", "lower than", "short of", "shy of",
        "well under", "well below", "far less than", "much less than", "<",
        "sub-", "inferiore ai", "زیر",
        # de / fr / es / pt / it / ca
        "weniger als", "unter", "unterhalb von", "moins de", "moins d'", "moins d’", "en dessous de",
        "en-dessous de", "inférieur à", "inférieure à", "inférieurs à",
        "menos de", "menos que", "por debajo de", "por debajo de los", "inferior a", "inferior a los",
        "abaixo de", "inferior aos", "meno di", "sotto", "al di sotto di", "inferiore a", "menys de",
        # nl / sv / nb / da / fi
        "minder dan", "lager dan", "onder", "mindre än", "under", "mindre enn", "i underkant av",
        "mindre end", "vähemmän kuin",
        # ru / uk / bg / hr / pl / cs / sk / hu / el / ro
        "менее", "меньше", "меньше чем", "ниже", "под", "менше ніж", "менш ніж", "менше", "нижче",
        "по-малко от", "manje od", "ispod", "mniej niż", "poniżej", "méně než", "pod", "menej ako",
        "kevesebb mint", "λιγότερο από", "λιγότερα από", "κάτω από", "κάτω των",
        "mai puțin de", "mai putin de", "mai puţin de", "sub", "nu chiar", "nici macar", "mai ieftin de",
        # id / ms / vi / tr
        "kurang dari", "kurang daripada", "di bawah", "tidak sampai", "lebih murah dari",
        "dưới", "ít hơn", "kém hơn", "không tới", "chưa tới", "chưa đến", "chưa đầy", "daha az",
        # zh / ja / ko
        "不到", "不足", "低于", "低於", "少于", "少於", "未满", "未滿", "미만",
        # ar / he / fa / ur / sw / th
        "اقل من", "أقل من", "تحت", "دون", "פחות מ", "מתחת ל", "פחות מ-", "کمتر از",
        "chini ya", "น้อยกว่า", "ต่ำกว่า", "ไม่ถึง",
    ),
    "at_most": (
        "up to", "as much as", "as high as", "no more than", "not more than", "a maximum of",
        "maximum of", "at most", "capped at", "as many as",
        "upto", "a max of", "≤",
        "not exceeding", "not to exceed", "no greater than", "nicht mehr als", "tout au plus",
        "como mucho", "non oltre", "щонайбільше", "isiyozidi",
        # de / fr / es / pt / it / ca
        "bis zu", "höchstens", "maximal", "max.", "jusqu'à", "jusqu’à", "au plus", "pas plus de",
        "au maximum", "un maximum de", "hasta", "como máximo", "no más de", "un máximo de", "até",
        "no máximo", "um máximo de", "fino a", "al massimo", "non più di", "un massimo di", "no més de",
        # nl / sv / nb / da / fi
        "tot", "maximaal", "hoogstens", "hooguit", "tot wel", "högst", "upp till", "uppemot", "opptil",
        "høyst", "op til", "højst", "op mod", "enintään", "jopa", "korkeintaan", "maksimissaan",
        # ru / uk / bg / hr / pl / cs / sk / hu / el / ro
        "не больше", "не более", "до", "максимум", "вплоть до", "не більше", "не більш ніж",
        "najviše", "do", "nie więcej niż", "maksymalnie", "maksimum", "aż do", "maximálně", "nejvýše",
        "nanejvýš", "legfeljebb", "akár", "maximum", "έως", "μέχρι", "ως και", "το πολύ", "cel mult",
        "până la",
        # id / ms / vi / tr
        "paling banyak", "hingga", "maksimal", "tidak lebih dari", "tidak lebih daripada", "sampai",
        "không quá", "không hơn", "không cao hơn", "tối đa", "en fazla", "azami",
        # zh / ja / ko
        "最多", "至多", "不超过", "不超過", "高达", "高達", "多达", "多達", "最高", "最大", "최대",
        # ar / he / fa / ur / hi / bn / ta / sw / th
        "حتى", "ما يصل إلى", "ما يصل الى", "يصل إلى", "بحد أقصى", "لا يزيد عن", "لا يزيد على",
        "עד", "לא יותר מ", "לא מעל", "לכל היותר", "حداکثر", "زیادہ سے زیادہ", "अधिकतम",
        "সর্বোচ্চ", "அதிகபட்சம்", "hadi", "ไม่เกิน", "สูงสุด",
    ),
}

# Qualifier phrases that stand after a figure, its scale and mark ("$5 million or more",
# "5000원 이상", "1.2元以下", "300億円超", "500 करोड़ रुपये से अधिक", "100 milyon lira civarında").
QUALIFIERS_AFTER: dict[str, tuple[str, ...]] = {
    "approx": (
        # zh / ja / ko: "左右", "前後", "程度", "가량", "정도" = "or so"
        "左右", "上下", "前後", "前后", "程度", "ほど", "くらい", "ぐらい", "強", "弱", "가량", "정도",
        "내외",
        # tr / hu / de / ar: a postposition or a verb-final estimate ("auf 3 Mio. Euro geschätzt")
        "civarında", "körüli", "körül", "近く", "足らず", "안팎", "가까이", "dolayında", "civarı", "geschätzt", "tahmin ediliyor", "تقريبا", "تقريباً",
        "or so", "or thereabouts",
    ),
    "over": (
        "plus", "and up", "and above", "以上", "초과", "이상", "trở lên", "-c их", "多", "余", "餘", "fazla",
        "超", "余り", "あまり", "超え", "を超える", "を上回る", "を超えた", "を上回った", "넘는",
        "를 넘는", "을 넘는", "를 넘어", "을 넘어", "를 넘어선", "을 넘어선", "를 웃도는", "을 웃도는",
        "üzerinde", "aşkın", "aşan", "feletti", "fölötti", "felett", "fölött",
        "से अधिक", "से ज़्यादा", "से ज्यादा", "से ऊपर", "سے زائد", "سے زیادہ", "سے زیادہ", "এরও বেশি",
        "-এর বেশি", "এর বেশি", "ขึ้นไป",
        "남짓", "넘게", "üzeri", "meghaladó", "से भी अधिक", "से भी ज्यादा", "से भी ज़्यादा",
    ),
    "at_least": (
        "or more", "at least", "at minimum", "على الاقل", "على الأقل", "or higher", "oder mehr", "ou plus",
        "o más", "ou mais", "o più", "of meer", "eller mer", "eller mere", "или более", "lub więcej",
        "veya daha fazla", "hoặc hơn",
    ),
    "under": (
        "以下", "미만", "이하", "trở xuống", "-c бага", "or less", "or lower", "oder weniger", "未満", "未满",
        "未滿", "を下回る", "を下回った", "를 밑도는", "을 밑도는", "altında", "alatti", "alatt", "से कम", "سے کم",
        "o menos", "ou menos", "o meno", "of minder", "eller mindre", "или менее",
    ),
    "at_most": (
        "at most", "at the most", "tops", "max", "at the maximum", "ou moins", "以内", "까지", "तक", "تک",
    ),
}

# Qualifiers glued inside a figure, after its number and before its scale or mark: "10多亿元", "3余万元"
# (zh: "some more than"), "5억여 원" (ko: "over 500 million won").
INFIX: dict[str, str] = {"多": "over", "余": "over", "餘": "over", "여": "over"}

# Qualifier words of scripts written without spaces between words (Thai): read also at the end of the
# word before a figure ("ราคาประมาณ 5,000 บาท", a price of about 5,000 baht). Each is a phrase of
# QUALIFIERS_BEFORE, which gives its qualifier.
GLUED: tuple[str, ...] = (
    "ประมาณ", "เกือบ", "มากกว่า", "เกินกว่า", "อย่างน้อย", "น้อยกว่า", "ต่ำกว่า",
    "ไม่ถึง", "ไม่เกิน", "สูงสุด",
)

# Words read as a qualifier only in their own language: elsewhere they are common words ("alle"
# is Finnish "under", German "all", Italian "at the"; "asi" is Czech "about").
OWN_BEFORE: dict[str, dict[str, tuple[str, ...]]] = {
    "fi": {"under": ("alle", "alle noin"), "approx": ("vajaat", "vajaa")},
    "cs": {"approx": ("asi",)},
    "pl": {"approx": ("ok.",)},  # "ok." elsewhere is "OK." ending a sentence
    "sk": {"approx": ("asi",)},
    "it": {"over": ("più dei", "oltre ai")},
}

# Verbs of estimation that mark a figure approximate from a few words back ("estimated by analysts at
# $3 billion", "ước tính doanh thu là 1.200 tỷ đồng"). A noun of estimation reaches only
# the figure it governs ("an estimate of", in QUALIFIERS_BEFORE): "beat estimates with sales of $3
# billion" does not estimate the $3 billion, so "estimates" is no lead. Only estimation leads:
# a verb of exceeding reaches its object, not any figure after ("exceeded forecasts of $3 billion"
# says nothing of the $3 billion), so it stands in QUALIFIERS_BEFORE and must touch the figure.
LEADS: tuple[str, ...] = (
    "estimated", "is estimated", "was estimated", "were estimated", "geschat", "uppskattas",
    "geschätzt", "schätzt", "schätzte", "schätzen", "estime", "estimait", "estimé", "estimée", "estimés",
    "estimées", "estima", "estimó", "estiman", "estimaron", "estimado", "estimada", "estimados",
    "estimadas", "estimou", "estimam", "stima", "stimato", "stimata", "stimati", "stimano",
    "geschat", "schat", "schatte", "uppskattas", "uppskattade", "anslår", "anslått", "anslås",
    "anslået", "anslog", "arvioi", "arvioitiin", "arvioidaan", "по оценкам", "за оцінками", "szacuje", "szacuje się",
    "szacowano", "odhaduje", "odhadl", "becslések szerint", "εκτιμάται", "estimează", "estimat",
    "diperkirakan", "diperkirakan mencapai", "dianggarkan", "ước tính", "tahmin ediliyor",
    "估计", "估計", "预估", "預估", "يقدر", "تقدر", "يُقدر", "قدرت", "מוערך", "מוערכת", "הוערך",
    "برآورد", "تخمین", "अनुमान", "অনুমান", "inakadiriwa",
)

# Verbs of motion after which "up to" or "down to" names the level a price reached, not a bound
# ("shares went up to $30"). Verbs of raising keep the bound: "raise up to $5 million".
REACHED_AFTER: frozenset[str] = frozenset(
    """
    went go goes gone going moved move moves climbed climb climbs shot jumped jumps soared surged crept
    inched ticked edged rallied spiked slid fell dropped tumbled plunged sank dipped
    """.split()
)

# Words after a lead that end its reach: a new clause or a coordination ("estimated that ...",
# "estimated growth and reported sales of $2 billion").
LEAD_STOPS: tuple[str, ...] = (
    "that", "and", "but", "while", "which", "who", "whereas", "although", "because", "after", "before",
    "dass", "und", "aber", "während", "weil", "nachdem", "que", "qu'", "qu’", "et", "mais", "y", "pero",
    "e", "ma", "mas", "che", "dat", "maar", "att", "och", "men", "og", "ja", "että", "mutta",
    "что", "и", "но", "що", "та", "że", "i", "ale", "že", "hogy", "és", "ότι", "και", "că",
    "și", "bahwa", "dan", "tetapi", "rằng", "và", "nhưng", "còn", "ki", "ve", "ama", "但", "和", "而",
    "أن", "و", "כי", "که", "कि", "और", "যে", "এবং", "kwamba",
)

# fmt: on
