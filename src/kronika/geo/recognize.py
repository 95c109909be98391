"""Place-name mentions in a parsed text: spaCy's entities repaired with proper-noun runs.

The small spaCy model labels Ukrainian towns as PERSON, ORG or PRODUCT about as often as GPE, so
every named entity and every run of proper nouns is a candidate here; whether it is a place is
decided against the gazetteer and the article's context in `resolve`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from kronika.nlp import english_words

#: spaCy labels that never name a place.
NON_PLACE_LABELS = frozenset(
    "DATE TIME PERCENT MONEY QUANTITY ORDINAL CARDINAL LAW LANGUAGE NORP".split()
)
#: Labels whose spans need no corroboration beyond a gazetteer match.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})

#: A word right after a name that says what kind of place it is ("Donetsk region").
SUFFIX_FEATURES = {
    "region": "admin1",
    "oblast": "admin1",
    "province": "admin1",
    "governorate": "admin1",
    "state": "admin1",  # "Borno State", "Washington state"
    "lga": "admin2",  # a Nigerian local government area: "Bokkos LGA"
    "district": "district",
    "raion": "district",
    "rayon": "district",
    "municipality": "district",
    "county": "admin2",  # "Lamar County": GeoNames indexes the county under "Lamar"
    "counties": "admin2",  # "Lamar and Fannin counties"
    "regions": "admin1",  # "the Donetsk and Luhansk regions"
    "oblasts": "admin1",
    "provinces": "admin1",
    "governorates": "admin1",
    "districts": "district",
    "raions": "district",
    "city": "city",
    "town": "city",
    "village": "city",
    "settlement": "city",
}
#: Plural kind words: the kind of every name of the list before them ("Jackson and Barrow
#: counties", "the Kharkiv, Sumy and Chernihiv regions").
PLURAL_KIND_WORDS = frozenset(
    "counties regions oblasts provinces governorates districts raions".split()
)
#: What stands between two names of such a list.
KIND_LIST_SEPARATORS = frozenset({",", "and", ", and", "&", "or", ", or"})

#: "the city of X", "the region of X".
PREFIX_FEATURES = {"city": "city", "town": "city", "village": "city", "region": "admin1"}

#: Heads of organisation names: a place name inside one is kind "org" ("Kharkiv Regional Council").
ORG_WORDS = frozenset(
    """council administration office ministry group brigade battalion regiment corps court
    prosecutor prosecutors command committee parliament assembly directorate""".split()
)
#: Organisation heads that are civil bodies with a seat in the town of their name.
SEAT_WORDS = frozenset(
    "council administration office ministry court prosecutor committee parliament assembly".split()
)
#: Nouns before "of"/"to" that make a body's name its building: "damage to the X council".
SEAT_HIT_NOUNS = frozenset(
    """destruction damage building buildings premises headquarters ruins remains shelling
    bombing strike strikes attack attacks facade façade roof windows fire hit""".split()
)
#: Words that may stand between a place name and an organisation head ("Kharkiv Regional Council").
ORG_MODIFIERS = frozenset(
    "regional military city state national operational tactical district oblast".split()
)


#: Heads of facility names: a town named in one is where the facility is ("Mariupol Drama
#: Theater", "Kherson International Airport"), so the town reads as a literal place.
FACILITY_WORDS = frozenset(
    """airport airbase airfield base station theater theatre plant port bridge hospital school
    market square street avenue stadium dam refinery depot factory mall railway cathedral church
    university mosque museum prison camp tower centre center college institute gymnasium lyceum
    polytechnic substation park gallery seminary supermarket metro highway road building hotel
    library warehouse shipyard harbour harbor pier embankment boulevard cemetery monastery
    barracks kindergarten clinic reservoir combine""".split()
)

#: Words that name no place on their own: titles ("Mr Putin", "Pope Francis") and the
#: demonyms of states that no longer exist ("the Soviet KGB"), which no gazetteer lists.
NOT_PLACE_WORDS = frozenset(
    """mr mrs ms dr sir pope president premier king queen prince general colonel soviet nazi
    ottoman yugoslav czechoslovak minister chancellor secretary governor mayor senator
    ambassador commander admiral marshal lieutenant sergeant captain patriarch""".split()
)

#: A Roman numeral up to 39, lower-cased: regions numbered so carry it as an alternate name.
ROMAN_NUMERAL = re.compile(r"x{0,3}(ix|iv|v?i{0,3})")

#: Words before a name that say which part of the place is meant ("central Kharkiv",
#: "South East Kyiv"): cut off when the whole is no gazetteer name ("South Africa" is one).
DIRECTION_WORDS = frozenset(
    """central north south east west northern southern eastern western northeast northwest
    southeast southwest northeastern northwestern southeastern southwestern downtown
    greater""".split()
)


@dataclass(slots=True, frozen=True)
class Mention:
    """A stretch of text that may name a place."""

    start: int  #: character offsets of the whole mention (suffix word included)
    end: int
    text: str
    name: str  #: the name to look up ("Donetsk" for "Donetsk region")
    label: str  #: spaCy entity label, or "PROPN" for a proper-noun run spaCy missed
    feature_hint: str | None  #: "admin1", "admin2", "district" or "city" from a kind word
    org: bool  #: inside an organisation's name
    locative: bool  #: right after a locative preposition ("in X", "near X")
    sent_start: int  #: character offset of the sentence it is in
    #: its sentence tells of a war event or its traces ("shelling", "destroyed", "convoy")
    event: bool = False
    #: the words around it make it a person: a title or first name before it, a verb of
    #: speech after it ("Brown said", "Mr Lyman")
    person: bool = False


#: Words before a name that say it is a place ("in Kharkiv", "from Bakhmut").
LOCATIVE_WORDS = frozenset(
    """in near at from to outside into across toward towards around between via inside
    through over above past throughout along beyond behind""".split()
)

#: Nouns of an attack before "on X" that make X a place: "drone strike on X", "assault on X".
ON_PLACE_NOUNS = frozenset(
    """strike strikes attack attacks assault assaults raid raids offensive advance operation
    fire shelling bombing missile missiles rocket rockets drone drones""".split()
)

#: Compass words before "of X": "NW of Irpin", "south-east of Kherson", "10 km north of X".
COMPASS_WORDS = frozenset(
    """north south east west northeast northwest southeast southwest northeastern
    northwestern southeastern southwestern n s e w ne nw se sw km kilometres kilometers
    miles""".split()
)

#: Verbs whose object (or passive subject) is a place: "captured Dibrova", "X was shelled".
PLACE_VERBS = frozenset(
    """capture seize take occupy liberate recapture retake shell hit strike attack bomb
    bombard enter leave reach visit evacuate encircle surround storm defend hold lose
    fly travel return move flee""".split()
)

#: Nouns before "of X" that make X a place: parts of a place and what happens to one.
OF_PLACE_NOUNS = frozenset(
    """outskirts area areas centre center part parts streets street suburbs district
    districts residents mayor governor city town village region shelling bombing strike
    strikes attack attacks capture liberation occupation siege defence defense battle
    evacuation outside north south east west edge market square port heart outskirt suburb
    residents people bombardment assault fall control""".split()
)

#: Lemmas of a sentence about a war event or its traces: a lone name in such a caption
#: ("Ground view of Hostomel airfield destruction") is where it happened.
EVENT_LEMMAS = frozenset(
    """shell shelling strike airstrike attack assault explosion explode blast fire burn smoke
    damage destroy destruction ruin rubble debris crater bomb bombing missile rocket drone
    artillery troops forces convoy tank footage satellite grave corpse body casualty kill wound
    occupy capture liberate fight fighting battle clash gunfire shoot hit""".split()
)

#: Verbs of speech after a name, and titles before one, that make it a person.
SPEECH_LEMMAS = frozenset("say tell add state write announce claim ask note explain".split())
TITLE_WORDS = frozenset(
    """mr mrs ms miss dr sir president minister governor mayor general colonel major captain
    sergeant sgt lt officer commander senator rep judge pastor rev father""".split()
)

#: Prepositions that split an entity span in two: spaCy may take "Destruction in Adamivka" or
#: "Strike near Kreminna" for one name (lower case only: "Stratford-upon-Avon" has none).
SPLIT_PREPOSITIONS = frozenset("in near at outside around".split())

#: Capitalised words that are dates, not places ("Thursday", "May", "August").
CALENDAR_WORDS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december""".split()
)


def _candidate_spans(doc) -> list[tuple[int, int, str]]:
    """Return (start token, end token, label) of entities and proper-noun runs, no overlaps."""
    spans: list[tuple[int, int, str]] = []
    taken = [False] * len(doc)
    for ent in doc.ents:
        if ent.label_ in NON_PLACE_LABELS:
            # "Western" (NORP), "May" (DATE) are no names; a proper noun the model called NORP
            # ("convoy in Belgorod") stays a candidate (demonyms are filtered later), and so do
            # the capitalised words of a "date" or "law" without a digit or a calendar word
            # ("in Arciz" as DATE, "the Tsentr Bus Station in Donetsk" as LAW).
            keep = (
                ent.root.pos_ == "PROPN" or _unknown_norp(ent)
                if ent.label_ == "NORP"
                else _mislabelled_name(ent)
            )
            if not keep:
                for i in range(ent.start, ent.end):
                    taken[i] = True
            continue
        end = ent.end
        # "Natalia" (GPE) + "Popova": a name spaCy cut short is a person's, not a place.
        while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].ent_iob_ == "O":
            end += 1
        spans.append((ent.start, end, ent.label_))
        for i in range(ent.start, end):
            taken[i] = True
    i = 0
    while i < len(doc):
        tok = doc[i]
        # Proper nouns, and capitalised words inside a sentence that the tagger took for
        # something else ("in central Kyiv" tagged ADJ).
        name_like = tok.pos_ == "PROPN" or (
            _title(tok.text)
            and not tok.is_stop
            and tok.pos_ != "PRON"
            # At a sentence start, a capital says nothing unless the word is no English word
            # the model knows ("Severodonetsk after a month of battle").
            and (not tok.is_sent_start or not _english(tok))
        )
        if not taken[i] and name_like and _wordlike(tok) and tok.text[0].isupper():
            j = i + 1
            while j < len(doc) and not taken[j] and doc[j].pos_ == "PROPN" and _wordlike(doc[j]):
                j += 1
            spans.append((i, j, "PROPN"))
            i = j
        else:
            i += 1
    return sorted((s, _glue_apostrophes(doc, e), label) for s, e, label in spans)


def _title(word: str) -> bool:
    """Return True for a capitalised word, apostrophes inside allowed ("Svyatohirs'k")."""
    bare = word.replace("'", "").replace("’", "")
    return bare[:1].isupper() and bare[1:].islower()


def _unknown_norp(ent) -> bool:
    """Return True for a one-word NORP the model may have guessed from a place name ("Chuhuiv"):
    capitalised, no demonym or direction ending (-an, -ish, -ese, -i, -ic, -s, -ist, -ern)."""
    word = ent.text
    return (
        len(ent) == 1
        and _title(word)
        and not word.lower().endswith(
            ("an", "ans", "ish", "ese", "i", "ic", "s", "ist", "ern", "ite")
        )
    )


def _mislabelled_name(ent) -> bool:
    """Return True for a DATE/TIME/LAW/… entity with neither a digit nor a calendar word: the
    model's guess for a capitalised name it did not know ("in Arciz" as DATE)."""
    if ent.label_ not in ("DATE", "TIME", "LAW"):
        return False
    return not any(
        t.like_num
        or any(ch.isdigit() for ch in t.text)
        or t.lower_ in CALENDAR_WORDS
        or t.lower_ in DATE_WORDS
        for t in ent
    )


#: Words of date expressions that are no calendar names ("last month", "this week").
DATE_WORDS = frozenset(
    """day days week weeks month months year years today yesterday tonight tomorrow morning
    evening night afternoon hours hour minutes decade century season spring summer autumn fall
    winter weekend""".split()
)


def _wordlike(tok) -> bool:
    """Return True for a word of letters, apostrophes allowed inside ("Lysychans'k")."""
    return tok.is_alpha or (
        tok.text[:1].isalpha() and tok.text.replace("'", "").replace("’", "").isalpha()
    )


def _glue_apostrophes(doc, end: int) -> int:
    """Return the end extended over apostrophe pieces of one word ("Lysychans" + "'k")."""
    while (
        end < len(doc)
        and not doc[end - 1].whitespace_
        and doc[end].text[:1] in "'’ʼ"
        and len(doc[end].text) > 1
        and doc[end].lower_ not in ("'s", "’s")
    ):
        end += 1
    return end


def _english(tok) -> bool:
    """Return True when the token or its lemma is an English word the model's lemmatizer knows."""
    return bool(english_words() & {tok.lower_, tok.lemma_.lower()})


def _split(doc, start: int, end: int) -> list[tuple[int, int]]:
    """Split a span at punctuation inside it ("Toretsk – Pivnichne") and trim edges."""
    parts, cur = [], start
    for i in range(start, end):
        intra_word = doc[i].text in "-‐" and not doc[i - 1].whitespace_ and not doc[i].whitespace_
        # A lower-case preposition inside a span joins two phrases: "Destruction in Adamivka".
        inner_preposition = i > start and doc[i].text in SPLIT_PREPOSITIONS
        # A name's possessive inside a span ends the place name: "Kyiv's Podil" is Kyiv's,
        # "Ohio's Governor" Ohio's. An English word's possessive is part of the name ("People's
        # Republic", "Mother's Day").
        inner_possessive = start < i < end - 1 and doc[i].tag_ == "POS" and not _english(doc[i - 1])
        if inner_possessive:  # only the owner is kept
            if cur < i:
                parts.append((cur, i))
            cur = end
            break
        if (doc[i].is_punct and doc[i].text not in ("'", "’", ".") and not intra_word) or (
            inner_preposition
        ):
            if cur < i:
                parts.append((cur, i))
            cur = i + 1
    if cur < end:
        parts.append((cur, end))
    out = []
    for s, e in parts:
        while s < e and (
            doc[s].lower_ in ("the", "a", "an")
            or not doc[s].text[0].isalnum()
            or (doc[s].lower_ in LOCATIVE_WORDS and e - s > 1)  # "Near Bayrak" opening a line
            or (_headline_verb(doc[s].lower_) and e - s > 1)  # "Destroyed Government Office"
            or (doc[s].pos_ == "VERB" and e - s > 1)  # "Shelled Lysychansk" in a headline
        ):
            s += 1
        while e > s and (doc[e - 1].tag_ == "POS" or doc[e - 1].is_punct):
            e -= 1
        if e - s == 1 and (doc[s].lower_ in CALENDAR_WORDS or not doc[s].text[0].isupper()):
            continue
        if doc[s].text[0].isdigit():
            continue  # "100th Brigade", "3:40 Video": no place name starts with a digit
        if s < e:
            out.append((s, e))
    return out


def _headline_verb(word: str) -> bool:
    """Return True for an event verb's past participle, which a title-case headline or
    caption capitalises into the name after it: "Shelled Lysychansk", "Damaged Bridge X"."""
    if not word.endswith("ed"):
        return False
    stems = {word[:-2], word[:-1], word[:-3]}  # destroyed, damaged, shelled (l doubled)
    return not stems.isdisjoint(_HEADLINE_VERB_STEMS)


_HEADLINE_VERB_STEMS = PLACE_VERBS | EVENT_LEMMAS


def _org_prefix(doc, s: int, e: int) -> tuple[int, int | None]:
    """Return the end of the place-name part of span s..e and the index of the head of the
    organisation name it sits in (None when it sits in none)."""
    for i in range(s + 1, e):
        if doc[i].lower_ in ORG_WORDS:
            # Back over the modifiers before the head: "Kharkiv | Regional Council".
            j = i
            while j - 1 > s and doc[j - 1].lower_ in ORG_MODIFIERS:
                j -= 1
            return j, i
    # The name modifies an organisation head outside the span: "Luhansk operational group".
    k = e
    while k < len(doc) and k < e + 3 and doc[k].lower_ in ORG_MODIFIERS:
        k += 1
    if k < len(doc) and doc[k].lower_ in ORG_WORDS and doc[k].pos_ in ("NOUN", "PROPN"):
        return e, k
    return e, None


def _seat_hit(doc, s: int, head: int) -> bool:
    """Return True when the body named at s is hit as a building: a civil body with a seat
    ("Destruction of the Kharkiv Regional State Administration", "a strike on the Mykolaiv
    council"), so the town in its name is where it happened, not only whose body it is."""
    if doc[head].lower_ not in SEAT_WORDS:
        return False  # a military unit ("Luhansk operational tactical group") has no seat
    k = s - 1
    while k >= 0 and (doc[k].is_punct or doc[k].lower_ == "the"):
        k -= 1
    if k < 0:
        return False
    word = doc[k].lower_
    if word in ("on", "at", "into", "near", "outside", "inside"):
        return True
    if doc[k].lemma_.lower() in PLACE_VERBS:
        return True  # "shelled the Kharkiv city council"
    return word in ("of", "to") and k > 0 and doc[k - 1].lemma_.lower() in SEAT_HIT_NOUNS


def _prefix_word(doc, s: int) -> str | None:
    """Return "city"/"region"/… when the name follows "the city of" (punctuation noise allowed)."""
    k = s - 1
    while k >= 0 and doc[k].is_punct:
        k -= 1
    if k < 1 or doc[k].lower_ != "of":
        return None
    k -= 1
    while k >= 0 and doc[k].is_punct:
        k -= 1
    return doc[k].lower_ if k >= 0 and doc[k].lower_ in PREFIX_FEATURES else None


def _after_locative(doc, s: int, e: int) -> bool:
    """Return True when the syntax makes the name a place: "in the X reception centre",
    "captured X", "X was shelled"."""
    root = doc[s:e].root
    if root.dep_ in ("dobj", "nsubjpass") and root.head.lemma_.lower() in PLACE_VERBS:
        return True
    if root.dep_ == "compound" and root.head.lower_ in FACILITY_WORDS:
        return True  # "Kherson airport"
    if s > 0 and doc[s - 1].lemma_.lower() in PLACE_VERBS:
        return True  # "Shelled Lysychansk", "hit Kramatorsk"
    if (
        s > 1
        and doc[s - 1].lower_ == "of"
        and OF_PLACE_NOUNS & {doc[s - 2].lower_, doc[s - 2].lemma_}
    ):
        return True  # "outskirts of Lyman", "shelling of Bakhmut"
    if s > 1 and doc[s - 1].lower_ == "of" and doc[s - 2].lower_.replace("-", "") in COMPASS_WORDS:
        return True  # "NW of Irpin", "south-east of Kherson"
    if s > 1 and doc[s - 1].lower_ == "on" and doc[s - 2].lower_ in ON_PLACE_NOUNS:
        return True  # "drone strike on Dovhen'ke"
    if s > 1 and doc[s - 1].lower_ == "of" and doc[s - 2].lower_ == "out":
        return True  # "out of Irpin"
    if e < len(doc) and doc[e].tag_ == "POS":
        # "Vasylkiv's oil depot": a facility of the place
        for tok in doc[e + 1 : e + 4]:
            if tok.lower_ in FACILITY_WORDS:
                return True
            if tok.pos_ not in ("NOUN", "ADJ", "PROPN"):
                break
    k = s - 1
    while k >= 0 and doc[k].pos_ in ("DET", "ADJ", "NUM") and s - k <= 3:
        k -= 1
    return k >= 0 and doc[k].lower_ in LOCATIVE_WORDS


#: Nouns of an apposition that say the name before it is a town ("Kherson, the major city").
APPOSED_PLACE_NOUNS = frozenset("city town village capital port settlement".split())


def _apposed_place_noun(doc, e: int) -> bool:
    """Return True for "X, the major city …": a comma, a determiner, then a town noun."""
    if e + 1 >= len(doc) or doc[e].text != "," or doc[e + 1].lower_ not in ("the", "a", "an"):
        return False
    for tok in doc[e + 2 : e + 6]:
        if tok.lower_ in APPOSED_PLACE_NOUNS:
            return True
        if tok.pos_ not in ("ADJ", "ADV", "NUM", "PROPN"):
            return False
    return False


def _person_context(doc, s: int, e: int) -> bool:
    """Return True when a title or first name stands before s..e or a verb of speech after it."""
    if s > 0:
        prev = doc[s - 1]
        if prev.lower_.rstrip(".") in TITLE_WORDS:
            return True
        if prev.pos_ == "PROPN" and _title(prev.text) and not doc[s].is_sent_start:
            return True
    root = doc[s:e].root
    if root.dep_ == "nsubj" and root.head.lemma_.lower() in SPEECH_LEMMAS:
        return True
    return any(t.lemma_.lower() in SPEECH_LEMMAS for t in doc[e : e + 2] if t.pos_ == "VERB")


def find_mentions(doc) -> list[Mention]:
    """Return the candidate place-name mentions of a spaCy Doc, in text order."""
    mentions: list[Mention] = []
    text = doc.text  # Doc.text joins every token on each access: read it once
    # Token.sent walks the sentences each time; look sentence starts up once instead.
    sent_start = [0] * len(doc)
    sent_event = [False] * len(doc)
    for sent in doc.sents:
        event = any(t.lemma_.lower() in EVENT_LEMMAS or t.lower_ in EVENT_LEMMAS for t in sent)
        for i in range(sent.start, sent.end):
            sent_start[i] = sent.start_char
            sent_event[i] = event
    for start, end, label in _candidate_spans(doc):
        for s, e in _split(doc, start, end):
            e, head = _org_prefix(doc, s, e)
            if e <= s:
                continue
            org = head is not None and not (sent_event[s] and _seat_hit(doc, s, head))
            hint = None
            m_end = e
            if e - s > 1 and doc[e - 1].lower_ in SUFFIX_FEATURES and not org:
                # The kind word inside the entity: "Kyiv Oblast", "Kherson Region".
                hint = SUFFIX_FEATURES[doc[e - 1].lower_]
                e -= 1
            elif (
                e < len(doc)
                and doc[e].lower_ in SUFFIX_FEATURES
                and not org
                and not _state_of_a_body(doc[e].text, [t.text for t in doc[e + 1 : e + 3]])
            ):
                hint = SUFFIX_FEATURES[doc[e].lower_]
                m_end = e + 1
            elif (word := _prefix_word(doc, s)) is not None:
                hint = PREFIX_FEATURES[word]
            elif _apposed_place_noun(doc, e):
                hint = "city"
            name_span = doc[s:e]
            if e - s == 1 and hint is None and _no_place_word(doc[s].lower_):
                continue  # "the West", "Western military alliance", "Mr Biden"
            if _after_name_particle(doc, s):
                continue  # "Ursula von der Leyen": a surname, not Lyon
            mentions.append(
                Mention(
                    start=doc[s].idx,
                    end=doc[m_end - 1].idx + len(doc[m_end - 1].text),
                    text=text[doc[s].idx : doc[m_end - 1].idx + len(doc[m_end - 1].text)],
                    name=name_span.text,
                    label=label,
                    feature_hint=hint,
                    org=org,
                    locative=_after_locative(doc, s, e),
                    sent_start=sent_start[s],
                    event=sent_event[s],
                    person=_person_context(doc, s, e),
                )
            )
    return _share_plural_kinds(mentions, text)


#: Particles of Germanic and Dutch surnames: "von der Leyen", "van Gogh", "ter Horst".
NAME_PARTICLES = frozenset("von van der den ter zu vom".split())


def _after_name_particle(doc, s: int) -> bool:
    """Return True when a name follows a first name and surname particles ("Ursula von der
    Leyen", "Vincent van Gogh")."""
    k = s
    while k > 0 and doc[k - 1].lower_ in NAME_PARTICLES and doc[k - 1].is_lower:
        k -= 1
    return k < s and k > 0 and doc[k - 1].pos_ == "PROPN" and _title(doc[k - 1].text)


def _no_place_word(word: str) -> bool:
    """Return True for a word that is no place name alone: a direction ("the West"), a title,
    a bygone state's demonym or a Roman numeral (the "XI" of a region's number, or Xi
    Jinping)."""
    word = word.replace("-", "").rstrip(".")
    return word in DIRECTION_WORDS or word in NOT_PLACE_WORDS or bool(ROMAN_NUMERAL.fullmatch(word))


def _share_plural_kinds(mentions: list[Mention], text: str) -> list[Mention]:
    """Return the mentions with a plural kind word's kind given to each bare name listed before
    it: in "Jackson and Barrow counties" Jackson is a county too, not a town or a person."""
    out = list(mentions)
    for i in range(len(out) - 1, 0, -1):
        m = out[i]
        if m.feature_hint is None or m.text.split()[-1].lower() not in PLURAL_KIND_WORDS:
            continue
        j = i
        while j > 0:
            prev = out[j - 1]
            if prev.feature_hint is not None or prev.org:
                break
            if text[prev.end : out[j].start].strip() not in KIND_LIST_SEPARATORS:
                break
            out[j - 1] = replace(prev, feature_hint=m.feature_hint)
            j -= 1
    return out


def strip_direction(m: Mention, has_name: Callable[[str], bool]) -> Mention | None:
    """Return the mention without its leading direction words ("Central Kharkiv" → "Kharkiv",
    a place: a part of it is meant), or None when it has none or the whole is a name."""
    words = m.name.split()
    k = 0
    while k < len(words) - 1 and words[k].lower().replace("-", "") in DIRECTION_WORDS:
        k += 1
    if k == 0 or has_name(m.name):
        return None
    cut = m.name.index(words[k], sum(len(w) for w in words[:k]))
    return replace(
        m, start=m.start + cut, text=m.text[cut:], name=m.name[cut:], locative=True, org=False
    )


def split_pair(m: Mention, has_name: Callable[[str], bool]) -> list[Mention] | None:
    """Return a region-marked mention that is two place names side by side as two mentions
    ("Alchevsk Luhansk Oblast": the town, then its region), or None when it is not.

    Only with a kind word after it: the kind word makes the phrase a place, so a person's two
    names ("Alexander Hamilton") are not split.
    """
    if m.feature_hint is None or m.org:
        return None
    words = m.name.split()
    for k in range(1, len(words)):
        cut = m.name.find(words[k], len(" ".join(words[:k])))
        head, tail = m.name[:cut].rstrip(), m.name[cut:]
        if has_name(head) and has_name(tail):
            first = replace(
                m, end=m.start + len(head), text=head, name=head, feature_hint=None, locative=True
            )
            second = replace(m, start=m.start + cut, text=m.text[cut:], name=tail)
            return [first, second]
    return None


#: A lower-case particle between two parts of one name: " ez-", " al-", "-upon-", " de ".
_PARTICLE_GAP = re.compile(r"[ -][a-z]{1,4}[ -]")


def join_adjacent(
    mentions: list[Mention], text: str, has_name: Callable[[str], bool]
) -> list[Mention]:
    """Return the mentions with neighbours that together spell one name joined.

    The model may cut a two-word name in two ("Stary" + "Saltiv" as PERSON, "Ruska" GPE +
    "Lozova" GPE), or leave out a lower-case particle ("Deir" + "Zor" of "Deir ez-Zor", "Ras
    al-Ain"); joined when only a space or such a particle stands between them and the whole is
    a place name.
    """
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        gap = text[prev.end : m.start] if prev is not None else ""
        if (
            prev is not None
            and (gap == " " or _PARTICLE_GAP.fullmatch(gap))
            and prev.text == prev.name
            and not prev.org
            and has_name(f"{prev.name}{gap}{m.name}")
        ):
            out[-1] = replace(
                m,
                start=prev.start,
                text=text[prev.start : m.end],
                name=f"{prev.name}{gap}{m.name}",
                label=prev.label if prev.label in PLACE_LABELS else m.label,
                locative=prev.locative or m.locative,
                sent_start=prev.sent_start,
            )
        else:
            out.append(m)
    return out


def _state_of_a_body(kind_word: str, after: list[str]) -> bool:
    """Return True for "State" in the name of a body or a building ("Odessa State University",
    "Ohio State Police"): no state is meant."""
    return kind_word.lower() == "state" and any(
        w.lower().strip(".,") in FACILITY_WORDS | ORG_WORDS | {"police", "department", "bank"}
        for w in after
    )


def shorten(m: Mention, has_name: Callable[[str], bool], after: str = "") -> Mention | None:
    """Return the mention cut to the longest leading words that name a place, or None.

    "Mariupol Drama Theater" → "Mariupol" (literal: a facility in the town); "U.S. Centers for
    Disease Control" → "U.S." (kind org: inside an organisation's name). `after` is the word
    that follows the mention in the text ("Mariupol Drama" + "theatre").
    """
    words = m.name.split()
    for k in range(len(words) - 1, 0, -1):
        prefix = " ".join(words[:k])
        if not m.name.startswith(prefix) or not has_name(prefix):
            continue
        if k == 1 and _no_place_word(prefix.lower()):
            return None  # "XI Jinping", "General Staff": a numeral or a title, no place
        rest = {w.lower().strip(".,") for w in [*words[k:], after]}
        return replace(
            m,
            end=m.start + len(prefix),
            text=prefix,
            name=prefix,
            # "Edgar County Sheriff's Office": the kind word after the name still tells its kind.
            feature_hint=None
            if _state_of_a_body(words[k], [*words[k + 1 :], after])
            else SUFFIX_FEATURES.get(words[k].lower().strip(".,")),
            org=m.org or not (rest & FACILITY_WORDS),
            locative=m.locative or bool(rest & FACILITY_WORDS),  # "Chuhuiv Airbase": a place
        )
    return None


def person_names(doc) -> frozenset[str]:
    """Return the first and last names of the people the text names in full ("Gordon Brown").

    A later bare "Brown" is that person: one sense per discourse.
    """
    names = set()
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        words = [t for t in ent if t.pos_ != "PART"]  # "Vladimir Putin’s": the name, less "’s"
        if (
            len(words) >= 2
            and all(t.pos_ == "PROPN" for t in words)
            and not _headline_verb(words[0].lower_)  # "Shelled Lysychansk" is no person
        ):
            names.add(words[0].text)
            names.add(words[-1].text)
    return frozenset(names)
