"""Hand-kept tables for what CLDR lacks: news-style currency marks, scale words and minor units.

Keys are surface forms; the lexicon normalises them (case-folded, whitespace collapsed).
Every code here must be one babel knows (checked by the data tests).
"""

from __future__ import annotations

__all__ = [
    "CASED_MARKS",
    "CENT_CURRENCIES",
    "CENT_NAMES",
    "COMMON_WORD_CODES",
    "EXCLUDED_NAMES",
    "EXCLUDED_WORDS",
    "LANGUAGE_MARKS",
    "MINOR_QUOTES",
    "MINOR_UNITS",
    "NEWS_MARKS",
    "NEWS_READ_NAMES",
    "NEWS_READ_SYMBOLS",
    "PREFERENCE",
    "PREFIX_MARKS",
    "SCALED_MARKS",
    "SCALES",
    "SCALE_LETTER_SIGNS",
    "SHARED_MINOR_NAMES",
    "TERRITORY_MARKS",
    "TIER_DECISIVE",
    "TIER_SLANG",
    "TIER_USUAL",
]

# Which currency a reader of news most likely means when a mark names several, most likely first.
# Codes missing here rank after these, alphabetically.
PREFERENCE: tuple[str, ...] = (
    "USD", "EUR", "GBP", "JPY", "CNY", "CHF", "CAD", "AUD", "INR", "HKD", "SGD", "NZD",
    "SEK", "NOK", "DKK", "ISK", "KRW", "RUB", "BRL", "MXN", "ZAR", "TRY", "TWD", "PKR",
    "LKR", "NPR", "IDR", "MYR", "PHP", "THB", "VND", "ILS", "EGP", "SAR", "AED", "KWD",
    "QAR", "ARS", "CLP", "COP", "PLN", "CZK", "HUF", "UAH", "DEM", "FRF", "ITL", "ESP",
    "NLG", "PTE", "FIM", "XOF", "XAF", "JMD", "TTD", "BZD",
    "BGN",  # the lev until the euro: named in text long after, before the hard lev of the 1990s (BGL)
)  # fmt: skip

# Trust tiers of a hand-kept mark.
TIER_DECISIVE = 1  # names one currency wherever it is read
TIER_USUAL = 2  # a usual shorthand, ambiguous or regional: candidates listed
TIER_SLANG = 3  # colloquial; candidates listed

# surface -> (candidate codes, most likely first; tier)
NEWS_MARKS: dict[str, tuple[tuple[str, ...], int]] = {
    # the dollar sign: CLDR gives "$" to currencies whose own locale writes it, so the dollars
    # written "$" at home (Hong Kong, Singapore) are added here, in order of how often news means them
    "$": (
        ("USD", "CAD", "AUD", "HKD", "SGD", "NZD", "TWD", "MXN", "ARS", "CLP", "COP", "JMD", "TTD", "BZD"),
        TIER_USUAL,
    ),
    # the US dollar as news writes it: spaced and dotted forms of CLDR's "US$", English names read in
    # every language's text (CLDR gives them to English only), and slang
    "USD$": (("USD",), TIER_DECISIVE),
    "U.S.$": (("USD",), TIER_DECISIVE),
    "US $": (("USD",), TIER_DECISIVE),
    "U.S. $": (("USD",), TIER_DECISIVE),
    "U.S $": (("USD",), TIER_DECISIVE),
    "U.S. dollar": (("USD",), TIER_DECISIVE),
    "U.S. dollars": (("USD",), TIER_DECISIVE),
    "American dollar": (("USD",), TIER_DECISIVE),
    "American dollars": (("USD",), TIER_DECISIVE),
    "greenback": (("USD",), TIER_SLANG),
    "greenbacks": (("USD",), TIER_SLANG),
    "buck": (("USD", "CAD", "AUD", "NZD"), TIER_SLANG),
    "bucks": (("USD", "CAD", "AUD", "NZD"), TIER_SLANG),
    "бакс": (("USD",), TIER_SLANG),  # ru slang
    "бакса": (("USD",), TIER_SLANG),
    "баксов": (("USD",), TIER_SLANG),
    "đô": (("USD",), TIER_USUAL),  # vi short for đô la
    "đô la": (("USD", "CAD", "AUD", "HKD", "SGD", "NZD"), TIER_USUAL),  # vi: dollar, any dollar
    # other dollars: the prefixed forms news writes beside CLDR's symbols ("C$" is the Canadian dollar
    # in news, where CLDR gives the córdoba too), and English names read in every language's text
    "SG$": (("SGD",), TIER_DECISIVE),
    "C$": (("CAD",), TIER_DECISIVE),
    "CAD$": (("CAD",), TIER_DECISIVE),
    "Can$": (("CAD",), TIER_DECISIVE),
    "MXN$": (("MXN",), TIER_DECISIVE),
    "J$": (("JMD",), TIER_DECISIVE),
    "TT$": (("TTD",), TIER_DECISIVE),
    # Asian currencies: abbreviations and names news writes that CLDR's symbols lack or give to one
    # locale only
    "Rs": (("INR", "PKR", "LKR", "NPR", "MUR", "SCR"), TIER_USUAL),
    "Rs.": (("INR", "PKR", "LKR", "NPR", "MUR", "SCR"), TIER_USUAL),
    "RMB": (("CNY",), TIER_DECISIVE),
    "renminbi": (("CNY",), TIER_DECISIVE),
    "元": (("CNY", "TWD", "HKD"), TIER_USUAL),  # zh: yuan; ja: CLDR's symbol of CNY
    "块": (("CNY",), TIER_SLANG),  # zh colloquial kuai
    "塊": (("CNY", "TWD"), TIER_SLANG),
    "圓": (("HKD", "TWD", "JPY"), TIER_USUAL),
    "圆": (("CNY",), TIER_USUAL),  # zh: the simplified 圓, the yuan as printed on renminbi notes
    "円": (("JPY",), TIER_DECISIVE),
    "￥": (("CNY", "JPY"), TIER_USUAL),  # full-width yen/yuan sign
    "원": (("KRW",), TIER_DECISIVE),
    # Middle East: the Latin abbreviations of the Gulf press and the Hebrew abbreviations of the shekel,
    # which CLDR lacks
    "Dh": (("AED", "MAD"), TIER_USUAL),
    "Dhs": (("AED",), TIER_USUAL),
    "SR": (("SAR",), TIER_USUAL),  # Saudi riyal in Gulf press
    "KD": (("KWD",), TIER_USUAL),
    "QR": (("QAR",), TIER_USUAL),
    "ש״ח": (("ILS",), TIER_DECISIVE),  # he: shekel hadash, with gershayim
    'ש"ח': (("ILS",), TIER_DECISIVE),
    # Europe: shorthand with the candidates news means, in its order ("kr" is the Icelandic króna too,
    # which CLDR's symbol lacks), English names read in every language's text, and slang
    "kr": (("SEK", "NOK", "DKK", "ISK"), TIER_USUAL),
    "kr.": (("DKK", "SEK", "NOK", "ISK"), TIER_USUAL),
    "Fr.": (("CHF",), TIER_USUAL),
    "quid": (("GBP",), TIER_SLANG),
    "spänn": (("SEK",), TIER_SLANG),  # sv slang
    "лв": (("BGN",), TIER_DECISIVE),
    "lei": (("RON", "MDL"), TIER_USUAL),  # ro plural of leu
    "төг": (("MNT",), TIER_DECISIVE),  # mn short for tögrög
    # shop and street abbreviations that CLDR's symbols lack
    "руб": (("RUB",), TIER_DECISIVE),
    "руб.": (("RUB",), TIER_DECISIVE),
    "р.": (("RUB",), TIER_USUAL),
    "Р": (("RUB",), TIER_USUAL),
    "грн": (("UAH",), TIER_DECISIVE),
    "грн.": (("UAH",), TIER_DECISIVE),
    "hrn": (("UAH",), TIER_USUAL),
    "TL": (("TRY",), TIER_DECISIVE),
    "zl": (("PLN",), TIER_USUAL),
    "BD": (("BHD",), TIER_USUAL),
    "MK": (("MWK",), TIER_USUAL),
    "NT": (("TWD",), TIER_USUAL),
    "$U": (("UYU",), TIER_DECISIVE),
    "ZK": (("ZMW",), TIER_USUAL),
    "E£": (("EGP",), TIER_DECISIVE),
    "LE": (("EGP",), TIER_USUAL),
    "L.E.": (("EGP",), TIER_USUAL),
    "ج.م": (("EGP",), TIER_DECISIVE),
    # CLDR's dotted Arabic symbols ("د.إ.") also stand without their final dot; these are other orders
    "دج": (("DZD",), TIER_DECISIVE),
    ".د.ب": (("BHD",), TIER_DECISIVE),
    "ع.د": (("IQD",), TIER_DECISIVE),
    "ل.د": (("LYD",), TIER_DECISIVE),
    "د.ا": (("JOD",), TIER_DECISIVE),
    "ش.ج": (("ILS",), TIER_DECISIVE),  # shekel jadid: the new shekel in Arabic (CLDR: ₪)
    "ج.س": (("SDG",), TIER_DECISIVE),
    "ლ": (("GEL",), TIER_DECISIVE),
    "₵": (("GHS",), TIER_DECISIVE),
    "GFr": (("GNF",), TIER_DECISIVE),
    "ден": (("MKD",), TIER_DECISIVE),
    "MT": (("MZN",), TIER_USUAL),
    "FRw": (("RWF",), TIER_DECISIVE),
    "Rf": (("MVR",), TIER_USUAL),  # the rufiyaa; CLDR has it for English in the Maldives only
    "RF": (("RWF",), TIER_USUAL),
    "R₣": (("RWF",), TIER_DECISIVE),
    "дин": (("RSD",), TIER_DECISIVE),
    "din": (("RSD",), TIER_USUAL),
    "AU $": (("AUD",), TIER_DECISIVE),
    "G$": (("GYD",), TIER_DECISIVE),
    "GY$": (("GYD",), TIER_DECISIVE),
    "Ks": (("MMK",), TIER_USUAL),
    "Nu": (("BTN",), TIER_USUAL),
    "SFr": (("CHF",), TIER_DECISIVE),
    "VNĐ": (("VND",), TIER_DECISIVE),
    "đ": (("VND",), TIER_USUAL),
    "kwz": (("AOA",), TIER_USUAL),
    "so'm": (("UZS",), TIER_DECISIVE),
    "stg": (("GBP",), TIER_USUAL),
    "sterling": (("GBP",), TIER_DECISIVE),
    "Saudiriyal": (("SAR",), TIER_DECISIVE),
    "sloty": (("PLN",), TIER_USUAL),  # a common misspelling of zloty
    "bhat": (("THB",), TIER_USUAL),  # a common misspelling of baht
    "thai bhat": (("THB",), TIER_DECISIVE),
    "Pt": (("ESP",), TIER_USUAL),
    "Y": (("JPY",), TIER_USUAL),
    "L.E": (("EGP",), TIER_USUAL),
    "U$D": (("USD",), TIER_DECISIVE),  # Latin American spellings of the US dollar
    "U$S": (("USD",), TIER_DECISIVE),
    "NZ dollar": (("NZD",), TIER_DECISIVE),
    "NZ dollars": (("NZD",), TIER_DECISIVE),
    # Scandinavian abbreviations: norske, svenska, danske kroner
    "skr": (("SEK",), TIER_DECISIVE),
    "Mex$": (("MXN",), TIER_DECISIVE),
    "CH$": (("CLP",), TIER_DECISIVE),  # the Chilean peso, not the Swiss franc CH would give
    "MEX$": (("MXN",), TIER_DECISIVE),
    "ரூ": (("LKR", "INR"), TIER_USUAL),  # ta: the rupee sign of Sri Lanka and Tamil Nadu
    "kuai": (("CNY",), TIER_SLANG),  # zh colloquial yuan
    "कुआई": (("CNY",), TIER_SLANG),  # hi: kuai
    "egyptianpound": (("EGP",), TIER_DECISIVE),
    "geneh": (("EGP",), TIER_USUAL),  # transliterated Egyptian Arabic
    "guineh": (("EGP",), TIER_USUAL),
    "genihat masriya": (("EGP",), TIER_DECISIVE),  # older newspaper style: "Y92.6 trillion"
    "Aus$": (("AUD",), TIER_DECISIVE),
    "$C": (("CAD",), TIER_DECISIVE),
    "יורו": (("EUR",), TIER_DECISIVE),  # he: the spelling in everyday use beside CLDR's אירו
    "اورو": (("EUR",), TIER_DECISIVE),  # ar: a spelling beside CLDR's يورو
    "شيكل": (("ILS",), TIER_DECISIVE),
    "شواقل": (("ILS",), TIER_DECISIVE),
    # names in everyday use beside CLDR's, by language
    "人民元": (("CNY",), TIER_DECISIVE),  # ja: renminbi (CLDR: 中国人民元)
    "台湾ドル": (("TWD",), TIER_DECISIVE),  # ja (CLDR: 新台湾ドル)
    "ニュー台湾ドル": (("TWD",), TIER_DECISIVE),
    "위안": (("CNY",), TIER_DECISIVE),  # ko: yuan (CLDR: 중국 위안화)
    "엔": (("JPY",), TIER_DECISIVE),  # ko: yen (CLDR: 일본 엔화)
    "킵": (("LAK",), TIER_DECISIVE),  # ko: kip (CLDR: 라오스 키프)
    "蚊": (("HKD",), TIER_SLANG),  # yue: colloquial dollar ("三蚊")
    "שח": (("ILS",), TIER_DECISIVE),  # he: ש״ח written without gershayim
    "פאונד": (("GBP", "EGP"), TIER_USUAL),  # he: pound, a loan beside לירה שטרלינג
    "לירות שטרלינג": (("GBP",), TIER_DECISIVE),  # he: plural of לירה שטרלינג
    "جنيهات استرلينية": (("GBP",), TIER_DECISIVE),  # ar: plural of جنيه استرليني
    "جنيهات إسترلينية": (("GBP",), TIER_DECISIVE),
    "دنانير أردنية": (("JOD",), TIER_DECISIVE),  # ar: plural of دينار أردني
    "شيقل": (("ILS",), TIER_DECISIVE),  # ar: a spelling beside شيكل
    "دولارات": (("USD", "CAD", "AUD", "HKD", "SGD"), TIER_USUAL),  # ar: plural of دولار (CLDR: LRD)
    "ფუნტი": (("GBP", "EGP"), TIER_USUAL),  # ka: pound
    "ფუნტი სტერლინგი": (("GBP",), TIER_DECISIVE),
    "ეგვიპტური ფუნტი": (("EGP",), TIER_DECISIVE),
    "კატარული რიალი": (("QAR",), TIER_DECISIVE),
    "төгрөгийн": (("MNT",), TIER_DECISIVE),  # mn: genitive of төгрөг ("10 төгрөгийн")
    "Английн фунт": (("GBP",), TIER_DECISIVE),  # mn: English pound
    "паунд": (("GBP",), TIER_USUAL),  # bg: pound, colloquial beside британска лира
    "паунда": (("GBP",), TIER_USUAL),
    "dolar": (("USD", "CAD", "AUD", "HKD", "SGD", "NZD", "TWD"), TIER_USUAL),  # tr, ro, pl, id, hr
    "avro": (("EUR",), TIER_DECISIVE),  # tr: the spelling beside "euro"
    "sterlin": (("GBP",), TIER_DECISIVE),  # tr (CLDR: İngiliz sterlini)
    "roni": (("RON",), TIER_SLANG),  # ro: colloquial plural of RON ("10 roni")
    "rúpaí": (("INR", "PKR", "LKR", "NPR"), TIER_USUAL),  # ga: plural of rúpa
    "dollair": (("USD", "CAD", "AUD", "HKD", "SGD", "NZD"), TIER_USUAL),  # ga: plural of dollar
    "puint": (("GBP", "EGP"), TIER_USUAL),  # ga: plural of punt
    "台币": (("TWD",), TIER_DECISIVE),  # zh: everyday short for 新台币
    "台幣": (("TWD",), TIER_DECISIVE),
    "奈拉": (("NGN",), TIER_DECISIVE),  # zh: naira (CLDR: 尼日利亚奈拉)
    "frank": (("CHF", "FRF", "BEF", "LUF"), TIER_USUAL),  # tr, pl, cs: franc
    "Hollanda guldeni": (("NLG",), TIER_DECISIVE),  # tr: Dutch guilder
    "fin markı": (("FIM",), TIER_DECISIVE),  # tr: Finnish markka
    # hi: everyday spellings and names CLDR's Hindi lacks (it lists them only in English)
    "रुपये": (("INR", "LKR", "NPR", "PKR"), TIER_USUAL),  # the common spelling beside CLDR's रुपए
    "फ़िनिश मार्का": (("FIM",), TIER_DECISIVE),  # Finnish markka; spelled with one n or two
    "फ़िन्निश मार्का": (("FIM",), TIER_DECISIVE),
    "पेसेटा": (("ESP",), TIER_DECISIVE),  # peseta, spelled with e or a
    "पसेटा": (("ESP",), TIER_DECISIVE),
    "गिल्डर": (("NLG",), TIER_DECISIVE),  # guilder, as the English "guilder"
    "डच गिल्डर": (("NLG",), TIER_DECISIVE),
    # historical currencies named in text
    "Deutsche Mark": (("DEM",), TIER_DECISIVE),
    "Deutsche Marks": (("DEM",), TIER_DECISIVE),
    "Deutschmark": (("DEM",), TIER_DECISIVE),
    "Deutschmarks": (("DEM",), TIER_DECISIVE),
    "D-Mark": (("DEM",), TIER_DECISIVE),
    "DM": (("DEM",), TIER_USUAL),
    "marks": (("DEM", "FIM", "BAM"), TIER_USUAL),
    "peseta": (("ESP",), TIER_DECISIVE),
    "pesetas": (("ESP",), TIER_DECISIVE),
    "pta": (("ESP",), TIER_USUAL),
    "ptas": (("ESP",), TIER_USUAL),
    "pts": (("ESP",), TIER_USUAL),
    "Italian lire": (("ITL",), TIER_DECISIVE),
    "lire": (("ITL",), TIER_USUAL),
    "guilder": (("NLG",), TIER_DECISIVE),
    "guilders": (("NLG",), TIER_DECISIVE),
    "escudo": (("PTE", "CVE"), TIER_USUAL),
    "escudos": (("PTE", "CVE"), TIER_USUAL),
    "markkaa": (("FIM",), TIER_DECISIVE),
}

# CLDR symbols that news writes as its own marks: CLDR gives their codes (the lexicon takes them from
# there); listed here, they read as the marks above do, which CLDR's symbols do not: in any case
# ("us$5"), spaced from a sign ("5 $ US"), as a word that takes an adjective, and before the
# territory's code ("US$" is no "U" and "S$").
NEWS_READ_SYMBOLS: frozenset[str] = frozenset(
    {"US$", "$US", "HK$", "S$", "A$", "AU$", "AUD$", "CA$", "NZ$", "NZD$", "NT$", "MX$", "R$", "$A", "$NZ",
     "₹", "INR", "AED", "CHF", "zł", "Kč", "Ft", "лв.", "KSh", "Ksh", "ج.م.", "soʻm", "nkr", "dkr", "RM", "Rp",
     "DT"}
)  # fmt: skip

# English names CLDR gives (the lexicon takes their codes from CLDR's English table), read in every
# language's text as news quotes them ("5 Swiss francs" in a German sentence), and as news marks.
NEWS_READ_NAMES: frozenset[str] = frozenset(
    {"US dollar", "US dollars", "Hong Kong dollar", "Hong Kong dollars", "Singapore dollar",
     "Singapore dollars", "Swiss franc", "Swiss francs", "Saudi riyal", "thai baht", "Egyptian pound",
     "Egyptian pounds", "French franc", "French francs", "Italian lira", "markka", "yen", "Lek", "lari"}
)  # fmt: skip

# Marks a territory's own press writes for its currency and CLDR lacks: read as that currency only in a
# locale of the territory, where they rank first among the mark's candidates ("P" is the pula in CLDR,
# the peso in a Philippine paper). Elsewhere they stay what CLDR says, or nothing.
TERRITORY_MARKS: dict[str, tuple[str, ...]] = {
    "PHP": ("P",),  # Philippine papers: "P8 billion" (CLDR: ₱)
    "NGN": ("N",),  # Nigerian papers, where the naira sign is missing from the type: "N648 billion" (CLDR: ₦)
    "KES": ("Sh", "Shs", "KShs"),  # Kenyan papers: "Sh4.2 billion" (CLDR: Ksh)
    "UGX": ("Sh", "Shs"),  # Ugandan papers (CLDR: USh)
    "TZS": ("Sh", "Shs"),  # Tanzanian papers (CLDR: TSh)
    "BDT": ("Tk", "Tk."),  # Bangladeshi papers: "Tk 30 crore" (CLDR: ৳)
    "GHS": ("GH¢", "GHc"),  # Ghanaian papers (CLDR: GH₵)
}

# Hand-kept marks that a language writes as a scale letter before a sign: French (Québec above all) writes
# "4,2 G$" for 4.2 billion dollars (giga) and "25 M$" for 25 million; there "G$" is no Guyanese dollar.
SCALE_LETTER_SIGNS: dict[str, frozenset[str]] = {"fr": frozenset({"G$"})}

# Abbreviations that fuse a scale word with a currency, which CLDR lacks: surface -> (code, power of ten).
# Hebrew accounts write thousands and millions of shekels as acronyms: "25 אש״ח" is 25,000 shekels
# (alfei shekalim hadashim), "3 מש״ח" 3 million; with gershayim, a straight quote, or neither.
SCALED_MARKS: dict[str, tuple[str, int]] = {
    # Swedish reports write millions and thousands of kronor as one word: "104 Mkr", "350 tkr", "5 mdkr"
    "Mkr": ("SEK", 6), "mkr": ("SEK", 6), "MSEK": ("SEK", 6), "tkr": ("SEK", 3), "mdkr": ("SEK", 9),
    "Mdkr": ("SEK", 9),
    # Hebrew: thousands and millions of new shekels, with gershayim, a straight quote or neither
    "אש״ח": ("ILS", 3), 'אש"ח': ("ILS", 3), "אשח": ("ILS", 3),
    "מש״ח": ("ILS", 6), 'מש"ח': ("ILS", 6), "משח": ("ILS", 6),
    "מלש״ח": ("ILS", 6), 'מלש"ח': ("ILS", 6),
}  # fmt: skip

_DOLLARS = ("USD", "CAD", "AUD", "HKD", "SGD", "NZD", "TWD")

# Marks that only one language's text uses, by language: surface -> (candidate codes; tier).
LANGUAGE_MARKS: dict[str, dict[str, tuple[tuple[str, ...], int]]] = {
    # Japanese and Korean character sets put the yen and won signs where ASCII has the backslash, and
    # text that passed through them shows one: "1個\250", "\5,000"
    "ja": {
        "\\": (("JPY",), TIER_DECISIVE),
        "どる": (("USD", "CAD", "AUD", "HKD", "SGD", "NZD", "TWD"), TIER_SLANG),  # dollar in hiragana
    },
    "ko": {"\\": (("KRW",), TIER_DECISIVE)},
    # CLDR's Russian and Ukrainian name the US dollar "доллар США" (dollar of the USA), so the bare head
    # word gathers only the other dollars; in news it is the US dollar first, in every case form
    "ru": dict.fromkeys(
        (
            "доллар",
            "доллара",
            "долларов",
            "доллару",
            "долларом",
            "долларе",
            "доллары",
            "долларах",
            "долларами",
            "долларам",
        ),
        (_DOLLARS, TIER_USUAL),
    ),
    "uk": dict.fromkeys(  # as in Russian: CLDR's Ukrainian names the US dollar "долар США"
        ("долар", "долара", "доларів", "долару", "доларом", "доларі", "долари", "доларах", "доларами"),
        (_DOLLARS, TIER_USUAL),
    ),
}

# Marks written only before a number and touching it: a backslash after one is program text ("1\\n").
PREFIX_MARKS: frozenset[str] = frozenset({"\\"})

# ISO codes that are everyday English words: they count only fused to digits or beside a decimal
# ("ALL 5 of us", "300 CAD drawings", "2 CUP" are not money; "CAD 3.03", "ALL5" are).
COMMON_WORD_CODES: frozenset[str] = frozenset(
    {"ALL", "TOP", "TRY", "SOS", "MAD", "PEN", "CUP", "BOB", "GEL", "MOP", "CAD"}
)

# Exchange quotes in a minor unit, written as the code with its last letter in lower case ("GBp 150" is
# 150 pence): a miscased code ("1 CHf") names its currency, these do not.
MINOR_QUOTES: frozenset[str] = frozenset({"GBp", "ZAc", "ILa", "USd"})

# Marks that are also everyday words in some case: they count only written exactly so ("LE" but not "le").
CASED_MARKS: frozenset[str] = frozenset(
    {"LE", "L.E.", "L.E", "DT", "BD", "MK", "NT", "MT", "RF", "Rf", "ZK", "KM", "SR", "KD", "QR", "TL", "Y", "Pt",
     "Nu", "Ks", "DA", "Da", "RM", "Rp", "Rs", "Rs.", "Dh", "Dhs", "MOP$"}
)  # fmt: skip

# Currency codes whose CLDR display names are not money in running text (metals, units of account,
# testing codes): their codes stay marks, their names do not.
EXCLUDED_NAMES: frozenset[str] = frozenset(
    {"XAG", "XAU", "XPD", "XPT", "XXX", "XTS", "XDR", "XBA", "XBB", "XBC", "XBD", "XSU", "XUA", "XRE",
     "XFO", "XFU", "XEU", "CLF", "COU", "MXV", "UYI", "UYW", "BOV", "CHE", "CHW", "USN", "USS", "CNH",
     "ECV"}
)  # fmt: skip

# Words that CLDR's names yield as currency words but that running text uses otherwise, by language:
# "5 gold medals" (Zimbabwe Gold), "a value of" (Ecuador's unit of constant value), "5 real estate agents";
# the adjectives "new" and "old" that lead Romance names ("nou dòlar de Taiwan"): Catalan "nou" is nine too.
EXCLUDED_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset({"gold", "value", "real", "unit", "units", "cupon", "uruguayo"}),
    "ca": frozenset({"nou", "nous", "antic", "antics", "antiga", "antigues", "or"}),
    "es": frozenset({"nuevo", "nuevos", "antiguo", "antiguos", "oro"}),  # new, old, gold
    "fr": frozenset(
        {"nouveau", "nouveaux", "nouvelle", "nouvelles", "ancien", "anciens", "or"}
    ),  # "or": gold
    "it": frozenset({"nuovo", "nuovi", "antico"}),  # new, old
    "pt": frozenset({"novo", "novos", "ouro", "ouros"}),  # new, gold
}

# Scales that count only before another scale word: "11.51L Cr" is 11.51 lakh crore, while a lone "L"
# is a currency sign (the lempira) or litres.
SCALES_BEFORE: dict[str, tuple[int, frozenset[str]]] = {
    "l": (5, frozenset({"cr", "crore", "crores"})),
}

# Scale words CLDR lacks, by language ("*" for every language); keys case-folded. The scale words of
# CLDR's compact number patterns ("Mio.", "milliard", "млрд") come from the generated tables: a word
# here is one those patterns lack for the locale, or one they give another power
# (tests/test_hand_data_vs_cldr.py fails on a repeat).
SCALES: dict[str, dict[str, int]] = {
    # news shorthand read in every language's text ("$5bn", "€3mn", "¥2k"), and the Chinese-script
    # scales that Japanese, Chinese and Korean news share; CLDR gives each to a few languages only
    "*": {
        "k": 3,
        "mn": 6,
        "mln": 6,
        "bn": 9,
        "bln": 9,
        "tn": 12,
        "trn": 12,
        "mm": 6,  # finance: thousand thousand
        "千": 3,
        "万": 4,
        "萬": 4,
        "亿": 8,
        "億": 8,
        "兆": 12,
    },
    "en": {
        # the plurals count only after a vague count: "tens of millions of pounds" (CLDR: singular only)
        "thousands": 3,
        "millions": 6,
        "billions": 9,
        "trillions": 12,
        "grand": 3,  # slang for a thousand (pounds or dollars)
        # Indian English in text of any English locale (CLDR has them for en_IN only), with plurals
        "lakh": 5,
        "lakhs": 5,
        "lac": 5,
        "lacs": 5,
        "crore": 7,
        "crores": 7,
        "cr": 7,
        "lakh crore": 12,
        "lakh crores": 12,
        "thousand crore": 10,
        "mil": 6,  # news shorthand: "$5 mil", "$2 bil"
        "bil": 9,
    },
    "hi": {
        # the Indian English abbreviations that Hindi news writes in Latin letters
        "lakh": 5,
        "crore": 7,
        "cr": 7,
        "l": 5,
        "लाख करोड़": 12,  # lakh crore: CLDR's compact patterns stop at नील
        "मिलियन": 6,  # the English scale words transliterated, beside CLDR's Indian ones
        "बिलियन": 9,
        "ट्रिलियन": 12,
    },
    # the short forms without their dot, "Md." beside CLDR's "Mrd.", and "Tsd.", the abbreviation of
    # CLDR's "Tausend"
    "de": {"mio": 6, "mrd": 9, "md.": 9, "tsd.": 3},
    # g: giga before a sign, "4,2 G$" in Québec papers; "mds" the plural of CLDR's "Md"; CLDR gives only
    # the singular "millier"
    "fr": {"g": 9, "mds": 9, "milliers": 3},
    # "millon" without its accent; "mmdd" (miles de millones de dólares) in Mexican papers
    "es": {"millon": 6, "mmdd": 9},
    # the European Portuguese thousand millions, and the words without their tilde
    "pt": {"milhao": 6, "milhoes": 6, "mil milhões": 9},
    # CLDR's compact patterns give "mille" for ten thousand ("10 mila"); alone it is a thousand
    "it": {"mille": 3},
    "nl": {"mrd.": 9, "mrd": 9},  # Swiss and business usage beside CLDR's "mld."
    # Icelandic and Finnish scale words in the cases a number puts them in (CLDR gives the nominative),
    # and Icelandic "m.kr." (millions of krónur)
    "is": {"milljóna": 6, "milljónum": 6, "milljarða": 9, "milljörðum": 9, "milljarði": 9, "m.kr.": 6},
    "fi": {"miljoonan": 6, "miljardin": 9, "tuhannen": 3},
    # the abbreviations with their full stop, as Russian news writes them beside CLDR's bare ones; "к" for
    # a thousand in prices ("5к рублей")
    "ru": {"млн.": 6, "млрд.": 9, "трлн.": 12, "к": 3},
    "bg": {"к": 3},  # a thousand in prices, as in Russian
    "ja": {"百": 2},  # a hundred: CLDR's compact patterns start at 万
    "zh": {"百": 2, "萬億": 12},  # a hundred, and the traditional writing of CLDR's 万亿
    "tr": {"m": 6, "mlr": 9},  # "6.743m TL", "2,5 mlr TL": news shorthand beside CLDR's "mn" and "mr"
    "vi": {"ngàn": 3, "tỉ": 9},  # the southern "ngàn" beside "nghìn", and the spelling "tỉ" beside "tỷ"
}

# Minor units by language ("*" for every language): word -> (power of ten to divide by, code or None).
# The names of the cent, in the languages of the minor-unit table, and the currencies divided into
# cents, most often meant first. A bare "50 cents" is a part of the locale's own currency only where
# that currency counts in cents: in India, Britain, China or Japan it is a US cent, not a paisa, a
# penny, a fen or a sen.
CENT_NAMES: frozenset[str] = frozenset(
    """
    ¢ cent cents ct cts c цент цента центов セント 센트 सेंट cenți centi سنت سنتات سينت سينتات ceint
    ceinteanna ცენტი sent
    """.split()
)
CENT_CURRENCIES: tuple[str, ...] = (
    "USD", "EUR", "CAD", "AUD", "NZD", "HKD", "SGD", "ZAR", "TWD", "JMD", "TTD", "BZD", "BBD", "BMD",
    "BND", "BSD", "FJD", "GYD", "KYD", "LRD", "SBD", "SRD", "XCD", "NAD", "LKR", "MUR", "SCR", "KES",
    "TZS", "UGX", "ERN", "ETB", "SLE", "SLL", "NLG",
)  # fmt: skip

# Other minor-unit names several currencies share: a bare "6 sen" is a part of the one the text names
# ("12 million ringgits, or 6 sen a share"), else of the territory's.
SHARED_MINOR_NAMES: dict[str, tuple[str, ...]] = {
    "sen": ("MYR", "IDR", "BND", "KHR", "JPY"),
    "sens": ("MYR", "IDR", "BND", "KHR", "JPY"),
    "öre": ("SEK", "NOK", "DKK"),
    "øre": ("NOK", "DKK", "SEK"),
    "fils": ("AED", "BHD", "KWD", "IQD", "JOD", "YER"),
}

MINOR_UNITS: dict[str, dict[str, tuple[int, str | None]]] = {
    "*": {
        "¢": (2, None),
        "cent": (2, None),
        "cents": (2, None),
        "ct": (2, None),
        "cts": (2, None),
        "c": (2, None),
        "centavo": (2, None),
        "centavos": (2, None),
        "centime": (2, None),
        "centimes": (2, None),
        "céntimo": (2, None),
        "céntimos": (2, None),
        "centesimo": (2, None),
        "centesimi": (2, None),
        "penny": (2, None),  # a cent in North America, a penny sterling in Britain: the territory decides
        "pence": (2, "GBP"),
        "p": (2, "GBP"),
        "paise": (2, "INR"),
        "paisa": (2, "INR"),
        "öre": (2, None),  # SEK, but DKK/NOK øre too: the locale decides
        "øre": (2, None),
        "kopeck": (2, "RUB"),
        "kopecks": (2, "RUB"),
        "kopek": (2, "RUB"),
        "kopeks": (2, "RUB"),
        "копейка": (2, "RUB"),
        "копейки": (2, "RUB"),
        "копеек": (2, "RUB"),
        "dime": (1, None),
        "dimes": (1, None),
        "satang": (2, "THB"),
        "sen": (2, None),  # JPY, MYR, IDR historically
        "fils": (3, None),  # Gulf dinars divide by 1000
        "halala": (2, "SAR"),
        "halalas": (2, "SAR"),
        "kuruş": (2, "TRY"),
        "kurus": (2, "TRY"),
        "grosz": (2, "PLN"),
        "groszy": (2, "PLN"),
        "haléř": (2, "CZK"),
        "haléřů": (2, "CZK"),
        "rappen": (2, "CHF"),
        "pfennig": (2, "DEM"),
        "pfennige": (2, "DEM"),
        "fen": (2, "CNY"),
        "jiao": (1, "CNY"),
        "mao": (1, "CNY"),  # colloquial jiao
        "毫": (1, None),  # Cantonese: a tenth of the dollar or yuan
        "角": (1, "CNY"),
        "毛": (1, "CNY"),
        "分": (2, "CNY"),
        "銭": (2, "JPY"),
        "agora": (2, "ILS"),
        "agorot": (2, "ILS"),
        "אגורה": (2, "ILS"),
        "אגורות": (2, "ILS"),
    },
    # CLDR names no minor units: these are each language's words for the cent, penny, kopeck or stotinka,
    # in the cases a number puts them in
    "en": {"pennies": (2, None)},  # the plural "pennies" counts cents in North America, pence in Britain
    "ru": {"цент": (2, None), "цента": (2, None), "центов": (2, None)},  # the cent, in its three cases
    "bg": {  # the cent, the penny and the stotinka (a hundredth of the lev), with its abbreviation
        "цент": (2, None),
        "цента": (2, None),
        "пени": (2, "GBP"),
        "пенита": (2, "GBP"),
        "ст": (2, "BGN"),
        "ст.": (2, "BGN"),
        "стотинки": (2, "BGN"),
    },
    "uk": {"копійка": (2, "UAH"), "копійки": (2, "UAH"), "копійок": (2, "UAH")},  # the kopiyka, three cases
    "de": {"pfennig": (2, "DEM")},  # the Pfennig is the mark's in German text, not a penny
    "ja": {"セント": (2, None), "ペンス": (2, "GBP"), "ペニー": (2, "GBP")},  # cent, pence, penny in katakana
    "zh": {"美分": (2, "USD"), "分钱": (2, "CNY"), "仙": (2, None)},  # 仙: Cantonese cent
    "ko": {"센트": (2, None), "펜스": (2, "GBP"), "페니": (2, "GBP")},
    "hi": {
        "पैसे": (2, "INR"),
        "पैसा": (2, "INR"),
        "सेंट": (2, None),
        # the colloquial tenth and hundredth of the yuan (mao, fen); fen with a precomposed or a
        # separate nukta, or none
        "माओ": (1, "CNY"),
        "\u095e\u0947\u0928": (2, "CNY"),
        "\u092b\u093c\u0947\u0928": (2, "CNY"),
        "फेन": (2, "CNY"),
        "पेंस": (2, "GBP"),  # pence
        "पेन्स": (2, "GBP"),
        "पेनी": (2, None),  # penny: a cent in North America, as the English word
    },
    "ro": {"bani": (2, "RON"), "ban": (2, "RON"), "cenți": (2, None), "centi": (2, None)},
    "sv": {"öre": (2, "SEK")},
    "nb": {"øre": (2, "NOK")},  # the øre is the krone's of the text's language
    "da": {"øre": (2, "DKK")},
    "vi": {"xu": (2, None), "xen": (2, None)},  # xen: a cent of a foreign currency
    "ar": {"سنت": (2, None), "سنتات": (2, None), "سينت": (2, None), "سينتات": (2, None)},
    "ga": {"ceint": (2, None), "ceinteanna": (2, None)},
    "ka": {"ცენტი": (2, None), "პენსი": (2, "GBP"), "პენი": (2, "GBP")},
    "mn": {"цент": (2, None), "пени": (2, "GBP")},  # cent and penny as Mongolian and Turkish write them
    "tr": {"sent": (2, None), "peni": (2, "GBP")},
}

# Words naming a place or its market, by language, beyond CLDR's territory names: the territory they
# point to. Used only to settle an ambiguous mark ("$", "dollars") in the same sentence.
PLACE_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "Hongkong": "HK",
        "HKEX": "HK",
        "Australian": "AU",
        "Aussie": "AU",
        "ASX": "AU",
        "AEST": "AU",
        "AEDT": "AU",
        "Canberra": "AU",
        "Sydney": "AU",
        "Melbourne": "AU",
        "Perth": "AU",
        "Brisbane": "AU",
        "Adelaide": "AU",
        "Queensland": "AU",
        "Vancouver": "CA",
        "Montreal": "CA",
        "Calgary": "CA",
        "Alberta": "CA",
        "Ontario": "CA",
        "Canadian": "CA",
        "Ottawa": "CA",
        "TSX": "CA",
        "Toronto": "CA",
        "Singaporean": "SG",
        "SGX": "SG",
        "Kiwi": "NZ",
        "Taiwanese": "TW",
        "Taipei": "TW",
        "Mexican": "MX",
        "Argentine": "AR",
        "Argentinian": "AR",
        "Chilean": "CL",
        "Colombian": "CO",
        "Jamaican": "JM",
        "Namibian": "NA",
        "Indian": "IN",
        "Mumbai": "IN",
        "Sensex": "IN",
        "Pakistani": "PK",
        "Sri Lankan": "LK",
        "Nepali": "NP",
        "Swedish": "SE",
        "Stockholm": "SE",
        "Norwegian": "NO",
        "Oslo": "NO",
        "Danish": "DK",
        "Copenhagen": "DK",
        "Icelandic": "IS",
        "Swiss": "CH",
        "Zurich": "CH",
        "Chinese": "CN",
        "Beijing": "CN",
        "Shanghai": "CN",
        "Japanese": "JP",
        "Tokyo": "JP",
        "Nikkei": "JP",
        "British": "GB",
        "London": "GB",
        "FTSE": "GB",
        "Egyptian": "EG",
        "Philippine": "PH",
        "Filipino": "PH",
        "Manila": "PH",
        "Brazilian": "BR",
        "South African": "ZA",
        "Johannesburg": "ZA",
        "JSE": "ZA",
        "Eskom": "ZA",
    },
    "tr": {"ABD": "US"},  # CLDR's short name of the USA, which babel does not carry
}
