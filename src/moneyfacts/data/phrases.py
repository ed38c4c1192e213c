"""Hand-kept phrase tables that CLDR lacks: range and gloss connectors, per-unit and percent words.

Keys are written as plain text; the grammar tokenises them once with the scanner's tokenizer, so
"more than" and "超过" are both sequences of tokens. Phrases are shared across languages where
they cannot collide; a language's own words are listed under its code.
"""

from __future__ import annotations

# fmt: off

# Words that open a range whose ends follow ("between $5 and $6", "from 10 to 20 dollars").
RANGE_OPENERS: tuple[str, ...] = (
    "between", "from", "zwischen", "von", "entre", "de", "des de", "tra", "fra", "da", "tussen", "van",
    "vanaf", "mellan", "från", "mellom", "fra", "между", "от", "od", "izmedju", "između", "intre",
    "între", "de la", "antara", "dari", "giữa", "từ", "arasında", "من", "ما بين", "بين", "בין", "מ", "idir",
)

# Openers that always make a range, after a word of movement too: "rose to between $5 and $6 billion".
RANGE_BETWEEN: frozenset[str] = frozenset(
    {"between", "zwischen", "entre", "tra", "tussen", "mellan", "mellom", "между", "između", "intre", "între",
     "antara", "giữa", "arasında", "بين", "בין", "idir"}
)  # fmt: skip

# Words before a second figure that drops the first's currency and scale ("to P21 billion from 18.4
# billion", "puis 630 milliards", "gegenüber 4,2 Milliarden"): it takes them. A joiner ("and") counts
# only before a scale word.
COMPARISON_LEADS: tuple[str, ...] = (
    "from", "against", "versus", "vs", "vs.", "compared with", "compared to", "than", "up from", "down from",
    "puis", "contre", "après", "gegenüber", "nach", "von", "van", "från", "jämfört med", "fra", "frente a",
    "desde", "de", "da", "dopo", "od", "с", "по сравнению с", "từ", "dari", "contra", "ante", "face a",
    "comparado com", "em comparação com", "frente aos", "en comparación con",
    "frente a los", "frente a las", "frente al", "ante los", "contra los", "face aos", "contre les",
)  # fmt: skip

# Labels a report writes before a prior-period value in brackets between a figure's number and its scale
# ("4,1 (Vj. 3,8) Mio. Euro", "5.3 (prior year 4.7) million"): the value is the prior period's.
PRIOR_LABELS: tuple[str, ...] = (
    "vj", "vj.", "vorjahr", "vorjahreswert", "prior year", "previous year", "py", "fg år", "föregående år",
    "vorig jaar", "année précédente", "exercice précédent", "anno precedente", "año anterior", "i fjor",
    "ano anterior", "rok wcześniej",
)  # fmt: skip

# Words that join the two ends of a range.
RANGE_JOINERS: tuple[str, ...] = (
    "-", "–", "—", "~", "to", "and", "through", "bis", "und", "à", "et", "a", "y", "e", "i", "og",
    "och", "en", "tot", "tot en met", "till", "til", "до", "и", "do", "la", "și", "si", "sampai",
    "hingga", "đến", "tới", "và", "ile", "agus", "الى", "إلى", "ل", "و", "עד", "ל", "到", "至", "－", "〜",
    "fins a", "hasta", "até", "a", "al", "fino a", "naar", "auf",
    "-c", "-с",  # mn: the ablative ending "from" closes the first end: "5-c 10 хүртэл" (from 5 to 10)
)

# Verbs and nouns of movement: "rose from $5bn to $6bn" states two figures, not a range.
MOVEMENT_WORDS: frozenset[str] = frozenset(
    """
    rose rise rises rising risen grew grow grows growing grown increased increase increases increasing
    jumped jump jumps jumping climbed climb climbs climbing soared soar soars surged surge surges
    fell fall falls falling fallen dropped drop drops dropping declined decline declines declining
    slipped slip slid slide tumbled tumble plunged plunge sank sink shrank shrink shrunk cut cuts
    raised raise raises raising lowered lower lowers reduced reduce reduces widened narrowed
    up down moved move moves went go goes boosted boost lifted lift trimmed trim upgraded downgraded
    revised revise hiked hike expanded expand widen widens widening narrow narrows narrowing swelled swell
    doubled double doubling tripled triple ballooned balloon
    stieg steigt gestiegen sank sinkt gesunken fiel fällt gefallen wuchs wächst erhöhte erhöht senkte
    steeg stijgt gestegen daalde daalt gedaald groeide groeit verhoogd verlaagd
    passé passant augmenté progressé baissé reculé grimpé chuté
    pasó subió aumentó cayó bajó creció passato salito aumentato sceso calato cresciuto
    passou subiu aumentou caiu cresceu steg ökade minskade sjönk økte falt wzrósł spadł
    """.split()
)

# Phrases that introduce a restatement of a figure in another currency, after it.
GLOSS_OPENERS: tuple[str, ...] = (
    "or", "or about", "or around", "or roughly", "or some", "or nearly", "or almost", "or approximately",
    "equivalent to", "equal to", "equivalent of", "the equivalent of", "roughly", "about", "around",
    "worth", "or the equivalent of", "approximately", "i.e.", "soit", "oder", "o", "ou", "ca.", "=",
    # the same words in other languages: "umgerechnet" (converted), "soit environ", "o sea" (that is),
    # "estimado em" (estimated at), "setara" (equal to), 约合 / 折合 (about / converted to), 相当于
    "umgerechnet", "umgerechnet rund", "umgerechnet etwa", "das sind", "soit environ", "soit près de",
    "o sea", "es decir", "equivalentes a", "equivalente a", "estimado em", "estimados em", "cerca de",
    "equivalente", "ou cerca de", "pari a", "ovvero", "oftewel", "omgerekend", "omräknat", "vilket motsvarar",
    "setara", "setara dengan", "atau setara", "atau sekitar", "atau", "tương đương", "khoảng",
    "约合", "折合", "相当于", "合", "約合", "相當於", "約", "约", "около", "что эквивалентно", "или", "или около", "или примерно",
    # Portuguese "o equivalente a" (the equivalent of), Spanish "unos" / "equivalente a unos"
    "o equivalente a", "ou o equivalente a", "equivalente a unos", "unos", "aproximadamente",
    # Italian "circa", "ossia"; Dutch "ofwel", "ongeveer"; Polish "czyli" (that is), "równowartość"
    "circa", "ossia", "ofwel", "ongeveer", "czyli", "tj.", "równowartość", "około", "ok.",
    # Turkish "yani", "yaklaşık"; Hindi "यानी" (that is), "लगभग" (about); Vietnamese "tức", "khoảng chừng"
    "yani", "yaklaşık", "यानी", "लगभग", "tức", "tức là",
    # Arabic "أي" / "أي ما يعادل" / "بما يعادل" (that is / what equals), Hebrew "כ-" is a qualifier
    "أي", "ما يعادل", "أي ما يعادل", "بما يعادل", "أو ما يعادل", "أي نحو", "أو نحو",
    # Swedish "motsvarande" (corresponding to), Danish and Norwegian "svarende til", "tilsvarende"
    "motsvarande", "svarende til", "tilsvarende", "hvilket svarer til",
    # English relative clauses: "which is about $420 million", "that is"
    "which is", "which is about", "that is", "which equals", "equating to", "equivalent to about",
    # a verb of equality: "US$1 was equivalent to 4.26 ringgits", "entsprach", "équivaut à", "equivale a"
    "was equivalent to", "is equivalent to", "were equivalent to", "was equal to", "is equal to", "equals",
    "entspricht", "entsprach", "équivaut à", "équivalant à", "equivale a", "equivalía a",
    # German "bzw." (or rather); Czech "tedy", "neboli", "zhruba"; Ukrainian "або", "тобто", "приблизно"
    "bzw.", "beziehungsweise", "tedy", "tedy asi", "neboli", "zhruba", "або", "або близько", "тобто",
    "приблизно", "близько",
    # Greek "ή περίπου", "δηλαδή"; Romanian "adică", "echivalentul a"; Hungarian "azaz", "vagyis", "mintegy"
    "ή", "ή περίπου", "δηλαδή", "adică", "adică aproximativ", "echivalentul a", "azaz", "vagyis", "mintegy",
    # Japanese "日本円で" / "円換算で" / "ドル換算で" (in yen / converted to yen / to dollars)
    "日本円で", "円換算で", "ドル換算で", "換算で",
    # Japanese 約 / 相当, Korean 약 (about) and 한화 약 (in won, about)
    "相当", "약", "한화 약", "한화",
)

# Words that introduce the unit a price is quoted per ("$80 a barrel", "$2.50 per share").
# "for each", "for every": what follows names the unit each amount is paid per.
DISTRIBUTIVE_LEADS: frozenset[str] = frozenset({"for", "to"})
DISTRIBUTIVES: frozenset[str] = frozenset({"each", "every"})

PER_WORDS: tuple[str, ...] = (
    "per", "a", "an", "each", "/", "pro", "par", "por", "al", "je", "за", "每", "प्रति", "na", "на", "pr",
    "mỗi",
)  # fmt: skip
# "Per" words that are also everyday prepositions ("a", Polish and Russian "na"/"на" "on, for", "за"
# "for"): they make a price per unit only before a unit of the table, never before any noun.
PER_WORDS_KNOWN_ONLY: frozenset[str] = frozenset({"a", "an", "each", "na", "на", "за", "pr"})
# A per-unit word fused with its unit, after the figure: Arabic "للسهم" (for the share), Korean "주당".
PER_FUSED: dict[str, str] = {"للسهم": "share", "للبرميل": "barrel", "주당": "share", "osakkeelta": "share"}
# Words that count the unit after them and name none: Indonesian "per lembar saham" (per sheet of share).
UNIT_CLASSIFIERS: frozenset[str] = frozenset({"lembar", "buah", "ekor"})
# Languages that put a noun's adjectives after it ("par action ordinaire"): the first word is the head.
HEAD_FIRST: frozenset[str] = frozenset({"fr", "es", "it", "pt", "ca", "ro", "id", "ms", "vi", "ar", "he", "tl"})
# Words of a payout to shareholders: an unscaled amount in a minor unit ("a 3c special dividend", "total
# dividend of 7.3 cents", "Dividende von 45 Cent") in a sentence that names one is paid per share.
DIVIDEND_WORDS: tuple[str, ...] = (
    "dividend", "dividends", "distribution", "distributions", "payout", "dividende", "dividenden",
    "dividendo", "dividendos", "dywidenda", "dywidendy", "utbytte", "udbytte", "utdelning", "osinko",
    "dividen", "temettü", "дивиденд", "дивиденды", "дивиденда",
)  # fmt: skip

# A per-share measure named before its figure: "earnings per share were $0.07", "EPS: Rs5.26",
# "Ergebnis je Aktie ... 1,20 Euro", "每股盈利6.78港元", "1株当たり40円", "hisse başına 2,5 TL". Each per
# word of PER_WORDS before each name of the share counts too.
UNIT_FIRST: dict[str, str] = {
    "eps": "share",
    "株当たり": "share",
    "株あたり": "share",
    "株につき": "share",
    "주당": "share",
    "hisse başına": "share",  # Turkish puts "per" after its noun: "kişi başına" is per person
    "pay başına": "share",
    "kişi başına": "person",
    "varil başına": "barrel",
    "للسهم": "share",
    "osakkeelta": "share",  # Finnish: "from each share"
    # a dividend is paid per share: an unscaled amount right after the word is its rate
    "dividend": "share", "dividends": "share", "dividende": "share", "dividenden": "share",
    "dividendo": "share", "dividendos": "share", "dywidenda": "share", "dywidendy": "share",
    "дивиденд": "share", "дивиденды": "share", "дивиденда": "share", "temettü": "share",
    "utbytte": "share", "udbytte": "share", "utdelning": "share", "osinko": "share", "dividen": "share",
    "配当": "share", "配当金": "share", "배당": "share", "배당금": "share", "股息": "share", "派息": "share",
    "cổ tức": "share", "लाभांश": "share",
}  # fmt: skip

# "Per" words that may stand before the unit and the figure both: "每桶142.3美元", "प्रति शेयर 30 पेंस".
PER_FIRST: frozenset[str] = frozenset({"每", "प्रति"})

# Units a price is commonly quoted per after "a"/"an" (after "per" and "/" any word is taken).
PER_UNITS: frozenset[str] = frozenset(
    """
    barrel barrels share shares ounce ounces oz tonne tonnes ton tons kilo kilos kilogram kilograms kg
    gram grams gallon gallons litre litres liter liters pound pounds lb lbs head person people unit
    units piece pieces bushel bushels troy megawatt-hour kilowatt-hour mwh kwh mmbtu btu therm
    square foot sq ft metre meter bottle bottles ticket tickets seat seats night nights room rooms
    carat carats cubic metre bag bags box boxes pack packs dozen coin token vehicle car cars user users
    subscriber subscribers customer customers visitor visitors passenger passengers student students
    household households capita acre acres hectare hectares mile miles kilometre kilometer km foot feet
    night nights loaf loaves tablet tablets pill pills dose doses meal meals
    dozzina docena douzaine dutzend persona personne pessoa azione acción ação action aktie barile barril
    baril chilo kilo litro litre notte noche nuit noite script scripts prescription prescriptions
    aksje aksjer saham aandeel aandelen akcję akcja akcji акцию акция hisse
    """.split()
)

# Units of time: "$15 an hour" is a recurrence (a period), never a per-unit price.
TIME_UNITS: frozenset[str] = frozenset(
    """
    year years yr yrs annum month months mo mos quarter quarters week weeks wk day days hour hours hr hrs
    h minute minutes min second seconds decade decades semester fortnight
    jahr jahre monat woche tag stunde an année mois semaine jour heure año mes semana día hora ano mês
    dia anno mese settimana giorno ora jaar maand week dag uur år månad vecka dag timme år måned uke
    time год месяц неделя день час 年 月 周 週 日 天 小时 時
    वर्ष साल महीना महीने सप्ताह हफ्ता हफ्ते दिन घंटा घंटे
    """.split()
)

# Words that follow a number to make a percentage, and those that make percentage points.
PERCENT_WORDS: tuple[str, ...] = (
    "%", "％", "per cent", "percent", "pc", "pct", "pct.", "per-cent", "percentage", "pour cent",
    "por ciento", "por cento", "per cento", "procent", "prozent", "procento", "процент", "процента",
    "процентов", "yüzde", "phần trăm", "persen", "posto", "postotak", "procente", "процента",
)
PERCENT_BEFORE: tuple[str, ...] = ("%", "yüzde", "百分之")
POINT_WORDS: tuple[str, ...] = ("percentage points", "percentage point", "points", "ppts", "ppt", "pp")
BASIS_POINT_WORDS: tuple[str, ...] = ("basis points", "basis point", "bps", "bp", "bips")

# Words before a figure that state the direction of a change.
UP_WORDS: frozenset[str] = frozenset(
    """
    up rose rise rises rising risen grew grow grows growing increased increase increases jumped jump
    jumps climbed climb climbs soared soar surged surge gained gain gains gaining added higher raised
    raise hiked hike boosted advanced
    """.split()
)
DOWN_WORDS: frozenset[str] = frozenset(
    """
    down fell fall falls falling fallen dropped drop drops declined decline declines slipped slid
    tumbled plunged sank shrank lost lose loses losing lower cut cuts reduced slashed trimmed eased
    retreated contracted
    """.split()
)

# Words that make the figure after them negative.
NEGATIVE_WORDS: tuple[str, ...] = ("minus", "negative", "минус")

# Words that may stand between a scale word and a currency name ("2 milliards de dollars").
SCALE_TO_MARK: frozenset[str] = frozenset({"of", "de", "d", "'", "’", "di", "do", "da", "dos", "van", "в"})

# Currency names that may not stand before a number in running text: they are also everyday words.
NAMES_NOT_BEFORE: frozenset[str] = frozenset({"mark", "marks", "rand", "real", "pound", "pounds", "dram", "kina"})

# Languages that write case endings after an apostrophe ("100 dolar'dan") or fused to a currency
# name ("50 dolardan"), and the endings read there.
APOSTROPHE_SUFFIXES: frozenset[str] = frozenset({"tr", "az"})
FUSED_ENDINGS: dict[str, tuple[str, ...]] = {
    # Slavic case endings on a currency name: "10 рублях", "20 долларами", "5 kunama"
    "ru": ("ами", "ями", "ах", "ях", "ов", "ей", "ом", "ем", "ам", "ям", "у", "ю", "е", "ы", "и", "а", "я"),
    "uk": ("ами", "ах", "ів", "ом", "ам", "у", "ю", "і", "и", "а", "я"),
    "bg": ("а", "и", "ът", "та"),
    "hr": ("ima", "ama", "om", "em", "a", "e", "i", "u"),
    "ar": ("ا",),  # the accusative: "عشرين دولارا"
    "pl": ("ach", "ami", "om", "ów", "ie", "y", "a", "u", "e", "i"),  # "dolarach", "złotówkach"
    "is": ("um", "ur", "u", "a"),  # "krónum", "krónu", "evrum" (króna, evra)
    "fi": ("ista", "ssa", "lla", "lta", "lle", "ksi", "na", "a", "n"),  # "euron", "euroissa", "dollarin"
    "tr": (
        "lık", "lik", "luk", "lük", "dan", "den", "tan", "ten", "da", "de", "ta", "te", "a", "e", "ya", "ye",
        "ı", "i", "u", "ü", "yı", "yi", "la", "le", "yla", "yle", "dır", "dir", "ydı", "ydi", "ydu", "ydü",
        "ın", "in", "un", "ün", "nın", "nin",
    ),
}

# The nominative endings a stem takes back once a case ending is cut ("рублях" -> рубл + ь, Icelandic
# "krónum" -> krón + a); the stem as cut is tried first.
STEM_ENDINGS: dict[str, tuple[str, ...]] = {"ru": ("ь", "й"), "uk": ("ь", "й"), "is": ("a", "ur"), "pl": ("a", "y")}

# Initial mutations by language: a mutated word start and the radical it stands for. Irish lenites a
# noun after "dhá" (two) and some numbers ("dhá dhollair", dollair) and eclipses it after seven to ten
# ("seacht bpunt", punt); longest first.
INITIAL_MUTATIONS: dict[str, tuple[tuple[str, str], ...]] = {
    "ga": (
        ("bhf", "f"), ("bh", "b"), ("ch", "c"), ("dh", "d"), ("fh", "f"), ("gh", "g"), ("mh", "m"),
        ("ph", "p"), ("sh", "s"), ("th", "t"), ("bp", "p"), ("dt", "t"), ("gc", "c"), ("mb", "b"),
        ("nd", "d"), ("ng", "g"),
    ),
}

# Languages that put "of" between a plain number and its unit (Romanian: "20 de euro").
OF_BEFORE_MARK: frozenset[str] = frozenset({"ro"})

# Words that join a major and a minor amount ("3 dollars and 50 cents", "un euro et 20 centimes").
MINOR_JOINERS: frozenset[str] = frozenset({"and", "agus", "et", "y", "e", "und", "en", "og", "och", "i", "и", "și", "si", "و", "ו", "又", "和", "と", "零", "và", "dan", "ve", "और", "con", "com",
    "და"})  # ka: "20 დოლარი და 43 ცენტი"

# Nouns a bare number after a major unit may count, beyond units of time and measure: "20 dollars 30 times".
COUNT_NOUNS: frozenset[str] = frozenset(
    """
    time times people persons others items copies votes veces vezes fois volte mal keer gånger ganger раз
    """.split()
)

# Unit words of other languages, and abbreviations, as the English singular a fact reports in ``per``.
UNIT_NAMES: dict[str, str] = {
    "aktie": "share", "aktien": "share", "action": "share", "actions": "share", "acción": "share",
    "acciones": "share", "ação": "share", "ações": "share", "azione": "share", "azioni": "share",
    "aandeel": "share", "aandelen": "share", "акция": "share", "акцию": "share", "акции": "share",
    "股": "share", "hisse": "share", "barril": "barrel", "baril": "barrel", "fass": "barrel",
    "शेयर": "share", "बैरल": "barrel",
    "桶": "barrel", "баррель": "barrel", "盎司": "ounce", "unze": "ounce", "once": "ounce", "onza": "ounce",
    "吨": "tonne", "噸": "tonne", "tonne": "tonne", "tonelada": "tonne", "公斤": "kg", "千克": "kg",
    "kilo": "kg", "kilogram": "kg", "kilogramme": "kg", "克": "gram", "人": "person", "head": "head",
    "lbs": "lb", "oz": "ounce", "mt": "tonne", "persona": "person", "personne": "person", "person": "person",
    "people": "person", "share": "share", "shares": "share", "loaves": "loaf", "halves": "half",
    "aksje": "share", "aksjer": "share", "saham": "share", "akcję": "share", "akcja": "share",
    "akcji": "share", "株": "share", "주": "share", "سهم": "share", "aktier": "share", "osake": "share",
    "hlutur": "share", "hlut": "share", "μετοχή": "share", "μετοχές": "share", "stammaktie": "share", "stammaktien": "share", "vorzugsaktie": "share",
    "vorzugsaktien": "share", "namensaktie": "share", "inhaberaktie": "share", "cổ phiếu": "share", "หุ้น": "share",
    # market usage: "R$ 0,16 por papel" (Portuguese), "2 euros par titre" (French) are per share
    "papel": "share", "papéis": "share", "titre": "share", "titres": "share",
    # dairy payouts are quoted per kilogram of milk solids ("$8.50 per kgMS")
    "kgms": "kg",
    "litro": "litre", "litros": "litre", "liter": "litre", "quilo": "kg", "chilo": "kg",
}
# Words for minor units that only follow a major amount ("5 sveitsiske franc og 40 rappen").
MINOR_PART_WORDS: frozenset[str] = frozenset(
    """
    cent cents cts ct c ¢ rp rap rappen rappens centime centimes centesimo centesimi centavo centavos
    céntimo céntimos haleru halere haléř haléřů groszy grosz øre ører öre örer ören satang sen paise paisa
    pence penny p peniques penique penies peni kopeck kopecks kopek kopeks копеек копейки копейка fen jiao 分 角 毛 xu sent sentów
    xen ceinteanna cèntims cèntim centen centa lipa lipe lipa stotinki стотинки цента центов цент ц
    kopiyka kopiykas kopiyok копійка копійки копійок sens
    пени пенс פני סנט אגורות אגורה سنت سينت قرش piastres agorot pennies bani ban tiyin
    """.split()
)

# Chinese money words for a tenth and a hundredth of the yuan or dollar, read after a major unit:
# 五块六 (5.6), 三块零四 (3.04), 五块七毛八 (5.78), 两角五分 (0.25).
CJK_TENTHS: frozenset[str] = frozenset({"角", "毛", "毫"})
CJK_HUNDREDTHS: frozenset[str] = frozenset({"分", "仙"})
CJK_MAJOR: frozenset[str] = frozenset({"元", "块", "塊", "蚊", "圆", "圓", "文"})
# The counter that Cantonese prices use for the dollar: 五個半 (5.5), 個九 (1.9). Starts a figure in a
# price string, where no digit may come before it.
CJK_COUNTER_DOLLARS: frozenset[str] = frozenset({"個", "个"})

# Minor-unit words too short or common to stand alone after a number ("10 p", "5 ban", "3 sen").
SHORT_MINORS: frozenset[str] = frozenset({"c", "p", "ct", "rp", "ban", "sen", "ц", "¢"})

# Coins worth a fixed part of the territory's currency; read only when the whole string names them.
COIN_VALUES: dict[str, str] = {
    "nickel": "0.05", "nickels": "0.05", "dime": "0.1", "dimes": "0.1", "quarter": "0.25",
    "quarters": "0.25", "penny": "0.01", "pennies": "0.01",
}

# Coins and notes a language names by words that mean nothing else, read in running text too, in the
# locale's currency: Dutch "een tientje" (a ten), "een kwartje" (a quarter), "twee dubbeltjes".
RUNNING_COINS: dict[str, dict[str, str]] = {
    "nl": {
        "stuiver": "0.05", "stuivers": "0.05", "dubbeltje": "0.1", "dubbeltjes": "0.1", "kwartje": "0.25",
        "kwartjes": "0.25", "knaak": "2.5", "knaken": "2.5", "rijksdaalder": "2.5", "rijksdaalders": "2.5",
        "tientje": "10", "tientjes": "10",
    },
}  # fmt: skip

# Colloquial words worth a fixed sum of a named currency; read only when the whole string names them.
COUNTED_NAMES: dict[str, tuple[str, str]] = {
    "שנקל": ("2", "ILS"),  # he: "shnekel", two shekels
}

# Languages without an indefinite article: a currency named alone in a price string is one of it
# (Hebrew "שקל" is a shekel, "אגורה" an agora), where English says "a dollar".
NO_INDEFINITE_ARTICLE: frozenset[str] = frozenset(
    {"he", "ar", "fa", "ru", "uk", "be", "bg", "mk", "pl", "cs", "sk", "sl", "hr", "sr", "bs", "lt", "lv"}
)
# Words after a currency named alone that say there is one of it: "שקל בודד" (a single shekel).
SINGLE_WORDS: frozenset[str] = frozenset({"בודד", "בודדת", "יחיד", "יחידה"})
# Phrases after a currency amount that add half a unit: "שקל וחצי" (a shekel and a half), "دولار ونصف",
# "deux euros et demi", "два рубля с половиной".
HALF_AFTER: tuple[str, ...] = (
    "and a half", "et demi", "et demie", "y medio", "y media", "e meio", "e meia", "e mezzo", "i mig",
    "с половиной", "וחצי", "ו חצי", "ونصف", "و نصف",
)

# Scale words that also imply the territory's currency ("ten grand").
CURRENCY_SCALES: frozenset[str] = frozenset({"grand", "gs"})
# ISO codes of news currencies that are also English words: in lower case they stay words ("3 try").
WORD_CODES: frozenset[str] = frozenset({"try", "php", "cup", "top", "all", "mad", "bob", "pen", "gel", "sos"})

# Lakh and crore count money in rupees: after a word of money, "Capital Expenditure 11.51L Cr" is INR.
RUPEE_SCALES: frozenset[str] = frozenset({"lakh", "lakhs", "lac", "lacs", "crore", "crores", "cr"})
MONEY_NOUNS: frozenset[str] = frozenset(
    """
    expenditure expenditures spending spend outlay outlays budget allocation allocations revenue revenues
    receipts borrowing borrowings deficit debt investment investments capex profit profits loss losses
    turnover sales cost costs costing income tax taxes subsidy subsidies valuation worth fund funds
    corpus disbursement disbursements expenses expense payout payouts salary salaries bill
    """.split()
)
# Words that end a unit phrase after "per": "per share and", "per barrel of Brent".
UNIT_STOPS: frozenset[str] = frozenset(
    """
    and or in on for to from at of the with while which that after before compared than as by is was were are
    this last next a an under over who whose aged into within across through until per plus
    """.split()
)
# fmt: on

# Vague counts of a scale: "tens of millions of pounds" is a range of 10 to 100 million, "several billion
# yen" one of 2 to 9 billion. The phrase stands right before the scale word: phrase -> (low, high).
VAGUE_COUNTS: dict[str, tuple[int, int]] = {
    "tens of": (10, 100), "dozens of": (10, 100), "hundreds of": (100, 1000), "several": (2, 9),
    "a few": (2, 9), "several hundred": (200, 900),
    "dutzende": (10, 100), "zig": (10, 100), "hunderte": (100, 1000), "mehrere": (2, 9), "einige": (2, 9),
    "des dizaines de": (10, 100), "des centaines de": (100, 1000), "plusieurs": (2, 9), "quelques": (2, 9),
    "decenas de": (10, 100), "cientos de": (100, 1000), "centenares de": (100, 1000),
    "decine di": (10, 100), "centinaia di": (100, 1000), "diversi": (2, 9), "alcuni": (2, 9),
    "dezenas de": (10, 100), "centenas de": (100, 1000), "vários": (2, 9), "alguns": (2, 9),
    "tientallen": (10, 100), "honderden": (100, 1000), "enkele": (2, 9), "meerdere": (2, 9),
    "tiotals": (10, 100), "hundratals": (100, 1000), "flera": (2, 9), "titalls": (10, 100),
    "десятки": (10, 100), "сотни": (100, 1000), "несколько": (2, 9),
}  # fmt: skip

# Words that may follow a figure without making it a count of something: prepositions and adverbs of time
# ("630 milliards dès 2022", "18 mil millones en 2025"). A scaled number that writes no currency and is
# followed by another word counts that word ("300 million users") and takes no neighbour's currency.
FIGURE_ENDS: frozenset[str] = UNIT_STOPS | frozenset(
    """
    dès en pour au aux à sur par d'ici puis contre soit im in für bis ab seit zum voor tot naar per para
    em no na nos nas ante contra
    por hasta desde entre a da per entro fino dal nel för till efter sedan na w do od w за в до к с по
    a year earlier ago then respectively each apiece alone
    del vom
    """.split()
)  # "del" and "vom" open a period after a figure: "65,8 millones del año anterior", "4 Mio. vom Vorjahr"

# Goods whose price is quoted per a unit the news leaves unsaid: "Brent rose to $85" is per barrel, "gold
# hit $2,300" per troy ounce. Read only for an unscaled amount after a price lead ("at", "to", "from").
# Measures of a year's results that a bare year before them dates: "2025 revenue", "its 2024 adjusted EPS".
YEAR_MEASURES: frozenset[str] = frozenset(
    """
    revenue revenues sales turnover profit profits earnings eps income loss losses ebitda ebit capex
    guidance outlook budget spending dividend dividends results deficit surplus payout bonus
    """.split()
)

# Nouns a month name stands before as the month of a contract or an event, not a span of time: "December
# Brent crude", "November natural gas", "its December forecast".
CONTRACT_NOUNS: frozenset[str] = frozenset(
    """
    brent wti crude oil gas natural gold silver copper corn wheat soybeans soybean cocoa coffee sugar
    cotton cattle hogs futures future contract contracts delivery deliveries options forecast forecasts
    meeting expiry settlement
    """.split()
)

PRICED_GOODS: dict[str, str] = {
    "brent": "barrel", "wti": "barrel", "crude": "barrel", "oil": "barrel", "rohöl": "barrel",
    "ölpreis": "barrel", "goldpreis": "ounce", "pétrole": "barrel", "petróleo": "barrel", "petrolio": "barrel", "原油": "barrel", "石油": "barrel",
    "gold": "ounce", "silver": "ounce", "platinum": "ounce", "palladium": "ounce",
    "oro": "ounce", "ouro": "ounce", "黄金": "ounce", "金价": "ounce",
}  # fmt: skip
