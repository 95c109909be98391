"""The fields of one event read off its sentences: casualties, actors, weapons, who said it."""

from __future__ import annotations

import re
from typing import NamedTuple

from kronika.events.actors import ACTORS, METONYM_ACTION, METONYMS, ROLE_ACTORS
from kronika.events.lexicon import (
    CIVILIAN_WORDS,
    DISMISSAL,
    DISPUTE_WORDS,
    POLICY_DENIAL,
    SPEAKER_REBUTTAL,
    SPEECH_VERBS,
    WEAPONS,
)
from kronika.events.phrases import trie_alternation

NUMBER_WORDS = {
    w: i
    for i, w in enumerate(
        """zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen
        fifteen sixteen seventeen eighteen nineteen twenty""".split()
    )
}
TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
NUMBER_WORDS.update(TENS)
#: ACLED's figures for vague counts. "tens" 10, "dozens" 12, "hundreds" 100: ACLED's
#: "Fatalities" FAQ (acleddata.com, Uses and limitations of ACLED data, updated 7 May 2024).
#: "several", "many" 10: the Codebook's "Reported fatalities" section, which codes several,
#: many or plural fatalities as 10 when no other report gives a figure.
VAGUE_COUNTS = {
    "a dozen": 12,
    "dozen": 12,
    "dozens of": 12,
    "dozens": 12,
    "tens of": 10,
    "several": 10,
    "many": 10,
    "scores of": 20,
    "hundreds of": 100,
    "hundreds": 100,
}
NUMBER_WORDS.update(VAGUE_COUNTS)
#: "a"/"an" count one only before a word for a person ("a woman was killed").
_ONE = {"a": 1, "an": 1}
PERSON_WORDS = (
    "man|woman|person|civilian|soldier|serviceman|child|boy|girl|teenager|resident|driver|"
    "policeman|police officer|officer|worker|farmer|journalist|volunteer|medic|doctor|nurse|"
    "pensioner|local|student|fighter|militant|protester|demonstrator"
)

_TENS = "|".join(TENS)
_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_NUM_BODY = (
    r"\d[\d,]*|(?:"
    + _TENS
    + r")-(?:"
    + _UNITS
    + r")|"
    + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
)
_NUM = r"(" + _NUM_BODY + r")"
#: A count, or the low end of a range whose high end follows ("five to eight", "5-8",
#: "between five and eight", "five or six"); only the low end is a group.
_COUNT = (
    r"(?:between\s+)?("
    + _NUM_BODY
    + r"|an?(?=\s+(?:[\w-]+\s+){0,2}?(?:"
    + PERSON_WORDS
    + r")\b))(?:\s*(?:-|–|to|or|and)\s*(?:"
    + _NUM_BODY
    + r"))?"
)
_KILLED = r"(killed|dead|died|wounded|injured|hurt)"
#: Words before a count that qualify it; "up to" makes it a ceiling.
_QUALIFIER = r"(?:at least|about|around|some|nearly|almost|another|up to|more than|over)"
#: "at least seven civilians were killed", "another 16 wounded", "18 people have been injured",
#: "between five and eight people were killed", "a woman was injured".
_COUNT_FIRST = re.compile(
    r"\b(?:"
    + _QUALIFIER
    + r")?\s*"
    + _COUNT
    + r"\s+(?:[\w-]+\s+){0,3}?(?:were|was|have been|has been|had been|are|is|got)?\s*"
    + _KILLED
    + r"\b",
    re.I,
)
#: "killed at least three people", "wounding 11", "killing between 5 and 8".
_VERB_FIRST = re.compile(
    r"\b(killed|killing|wounded|wounding|injured|injuring)\s+(?:" + _QUALIFIER + r"\s+)?" + _COUNT,
    re.I,
)
_FATAL = ("kill", "dead", "died")
#: Words both casualty patterns need (the verbs of `_KILLED` and `_VERB_FIRST`): a sentence
#: without them gives no figure, and most sentences have none.
_CASUALTY_CUES = re.compile(r"kill|dead|died|wound|injur|hurt", re.I)
#: The casualty patterns, for pointing at the words behind a figure. In the first the count is
#: group 1 and the verb group 2, in the second the other way round.
COUNT_PATTERNS = (_COUNT_FIRST, _VERB_FIRST)

#: The high end of a range, right after its low end.
_RANGE_HIGH = re.compile(r"\s*(?:-|–|to|or|and)\s*" + _NUM, re.I)
#: A figure that is part of one already given ("including two children", "two of them").
_SUBSET_BEFORE = re.compile(r"\b(?:including|among them|among whom|among those)\s+$", re.I)
_SUBSET_AFTER = re.compile(
    r"^\s+of\s+(?:them|whom|those|the (?:dead|killed|injured|wounded|victims))\b", re.I
)
#: A number followed by these is a distance, an age, a share or a time, not a count of people.
_UNIT_AFTER = re.compile(
    r"^\s*(?:km|kilomet(?:er|re)s?|miles?|met(?:er|re)s?|m\b|-?years?|-?year-old|%|per ?cent|"
    r"hours?|days?|weeks?|months?|minutes?)",
    re.I,
)
_COMPARISON_BEFORE = re.compile(r"\b(?:as|so|too|how)\s+$", re.I)
_YEAR_BEFORE = re.compile(r"\b(?:in|since|of|from)\s+$", re.I)
_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
#: A tally over months or the war, not one event's toll ("killed since February").
_AGGREGATE_TOLL = re.compile(
    r"\bsince (?:the (?:start|beginning|outbreak)|the (?:war|invasion|conflict)|(?:early |late "
    r"|mid-)?(?:"
    + _MONTHS
    + r")|(?:19|20)\d\d|last (?:year|month))|\bthis year\b|\bso far\b|\b(?:in|during|"
    r"throughout) the (?:war|conflict|invasion)\b",
    re.I,
)
#: A second source's figure for the same toll: "Kyiv said 12 died; Moscow said 30".
_OTHER_FIGURE = re.compile(
    r"\b(?:said|says|claimed|claims|reported|put (?:the|that|its) (?:\w+ ){0,2}(?:figure|number|"
    r"toll|count) at|gave (?:a|the) (?:\w+ ){0,2}(?:figure|toll) of)\s+(?:it was\s+|as many as\s+|"
    r"at least\s+|about\s+|some\s+|more than\s+)?"
    + _NUM
    + r"\b(?!\s*(?:[a-z-]+\s+){0,3}?(?:were|was|have been|had been)?\s*(?:killed|dead|died|"
    r"wounded|injured|hurt)\b)",
    re.I,
)
#: Words making a later figure an addition to the first, not another source's version of it.
_MORE = re.compile(r"\b(?:another|more|other|others|further|additional)\b", re.I)
#: Words saying that what follows comes from another source.
_SOURCE_WORDS = re.compile(r"\b(?:said|says|claimed|claims|reported|according to)\b", re.I)


class Count(NamedTuple):
    """A casualty figure as ACLED codes it, and the range the text gives around it.

    `value` is the figure ACLED would code: the lowest where the text gives a range or sources
    disagree. `low` and `high` are None when the text gives a single figure; "up to 12" gives
    only a ceiling (`high` 12, `value` 12).
    """

    value: int
    low: int | None = None
    high: int | None = None


def number(word: str) -> int | None:
    """Return the value of a count written in digits or words, or None."""
    word = word.lower().replace(",", "")
    if word.isdigit():
        return int(word)
    if "-" in word:  # "twenty-one"
        tens, _, unit = word.partition("-")
        if tens in TENS and unit in NUMBER_WORDS:
            return TENS[tens] + NUMBER_WORDS[unit]
    return NUMBER_WORDS.get(word, _ONE.get(word))


def combine(first: Count | None, other: Count | None) -> Count | None:
    """Return one figure from two that sources disagree on: the lowest, with the full range."""
    if first is None or other is None:
        return first or other
    if first == other:
        return first
    lows = [c.low if c.low is not None else c.value for c in (first, other)]
    highs = [c.high if c.high is not None else c.value for c in (first, other)]
    low, high = min(lows), max(highs)
    return Count(min(first.value, other.value), low, high) if low != high else first


#: Two figures further apart than this are different tallies, not two sources on one toll.
SAME_TOLL_RATIO = 3


def same_toll(a: Count | None, b: Count | None) -> bool:
    """Return True when two figures can be two sources' versions of one event's toll."""
    if a is None or b is None:
        return True
    low, high = sorted((a.value, b.value))
    return high <= max(low, 1) * SAME_TOLL_RATIO


def _count_at(sentence: str, m: re.Match, group: int) -> Count | None:
    """Return the Count a casualty match gives, None when its number is no count of people."""
    word = m.group(group)
    start, end = m.span(group)
    n = number(word)
    if n is None:
        return None
    before, after = sentence[max(0, start - 24) : start], sentence[end:]
    qualifier = sentence[m.start() : start].lower()
    if "aged" in before.lower() or _SUBSET_BEFORE.search(before) or _SUBSET_AFTER.match(after):
        return None  # "two men aged 32 and 45", "including two children", "two of them"
    if _COMPARISON_BEFORE.search(before):
        return None  # "twice as many", "so many": a comparison, not a vague count
    if (high_m := _RANGE_HIGH.match(after)) and high_m.end() <= m.end() - end:
        high = number(high_m.group(1))
        between = "between" in qualifier
        if high is not None and high > n and (between or "and" not in high_m.group(0).lower()):
            return Count(n, n, high)
    if _UNIT_AFTER.match(after):
        return None  # "5 km", "60-year-old", "24 hours"
    if 1900 <= n <= 2100 and word.isdigit() and _YEAR_BEFORE.search(before):
        return None  # a year
    if "up to" in qualifier:
        return Count(n, None, n)
    return Count(n)


def counts(sentence: str) -> tuple[Count | None, Count | None]:
    """Return the (fatalities, injuries) figures of `sentence`; None where it gives none.

    The first figure of each kind counts; a later one that another source gives ("Kyiv said 12
    died; Moscow said 30") makes a range whose lowest figure is coded, as ACLED codes the most
    conservative estimate. Tallies over months or the war give no figure.
    """
    if not _CASUALTY_CUES.search(sentence) or _AGGREGATE_TOLL.search(sentence):
        return None, None
    verb_first = list(_VERB_FIRST.finditer(sentence))
    # A number a verb already counts is not the subject of a later verb: "killed three people
    # and injured 12" has no "three … injured".
    counted = {m.start(2) for m in verb_first}
    found: list[tuple[int, int, str, Count]] = []  # (start, end, verb, figure)
    pos = 0
    while m := _COUNT_FIRST.search(sentence, pos):
        c = None if m.start(1) in counted else _count_at(sentence, m, 1)
        if c is None:
            pos = m.end(1)  # "in 2022 a man was killed": look again after the year
            continue
        found.append((m.start(), m.end(), m.group(2), c))
        pos = m.end()
    for m in verb_first:
        if (c := _count_at(sentence, m, 2)) is not None:
            found.append((m.start(), m.end(), m.group(1), c))
    figures: dict[bool, Count] = {}
    last_end: dict[bool, int] = {}
    for start, end, verb, c in sorted(found, key=lambda f: f[0]):
        fatal = verb.lower().startswith(_FATAL)
        if fatal not in figures:
            figures[fatal], last_end[fatal] = c, end
        elif _SOURCE_WORDS.search(sentence[last_end[fatal] : start]) and not _MORE.search(
            sentence[start:end]
        ):
            figures[fatal] = combine(figures[fatal], c)
    # "… said 12 soldiers died; Russian media said 30": a bare figure after a second source.
    for fatal, end in last_end.items():
        for m in _OTHER_FIGURE.finditer(sentence, end):
            n = number(m.group(1))
            if n is not None and not _UNIT_AFTER.match(sentence[m.end() :]):
                figures[fatal] = combine(figures[fatal], Count(n))
    return figures.get(True), figures.get(False)


def casualties(sentence: str) -> tuple[int | None, int | None]:
    """Return (fatalities, injuries) stated in `sentence`; None where it gives no figure."""
    fatal, injured = counts(sentence)
    return (fatal.value if fatal else None, injured.value if injured else None)


def _alternation(phrases) -> str:
    return "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))


_ACTOR_WORDS = dict(ACTORS)
_ROLES = {phrase: (template, bare) for phrase, template, bare in ROLE_ACTORS}
#: Longest phrase first, so that a phrase inside a longer one is not matched on its own; a trie,
#: as a flat alternation of the thousand names is slow to try at every word.
_ACTOR_RE = re.compile(
    r"(?<!\w)(" + trie_alternation([*_ACTOR_WORDS, *_ROLES], re.I) + r")(?:s|es)?(?![\w-])",
    re.I,
)
_METONYM_RE = re.compile(r"(?<!\w)(" + _alternation(METONYMS) + r")" + METONYM_ACTION, re.I)


def actors(sentence: str, country: str | None = None) -> list[str]:
    """Return the ACLED actor names a sentence mentions, in order of first mention.

    `country` (ACLED's name) places actors named by role: "police" in Ukraine are "Police
    Forces of Ukraine", "protesters" "Protesters (Ukraine)"; without it they are named bare,
    or left out where ACLED's name needs the country ("government forces").
    """
    hits: list[tuple[int, str]] = []
    for m in _ACTOR_RE.finditer(sentence):
        phrase = m.group(1).lower()
        if phrase in _ACTOR_WORDS:
            hits.append((m.start(), _ACTOR_WORDS[phrase]))
        elif name := (_ROLES[phrase][0].format(country) if country else _ROLES[phrase][1]):
            hits.append((m.start(), name))
    for m in _METONYM_RE.finditer(sentence):
        # "Moscow launched …", "Kyiv's troops": the capital stands for its state's forces.
        hits.append((m.start(), f"Military Forces of {METONYMS[m.group(1).lower()]}"))
    seen: list[str] = []
    # A named armed group before the state army it fights beside ("the Russian army and
    # Wagner's mercenaries" → Wagner Group, as ACLED codes the more specific actor).
    for _, actor in sorted(hits, key=lambda h: (not h[1].endswith("Group"), h[0])):
        if actor not in seen:
            seen.append(actor)
    return seen


#: Each weapon word as a whole word, singular or plural, with the weapon it names.
_WEAPON_WORDS = tuple(
    (re.compile(r"\b" + re.escape(word) + r"s?\b"), weapon) for word, weapon in WEAPONS.items()
)


def weapons(sentence: str) -> list[str]:
    """Return the weapons a sentence names ("missile", "drone", …), without repeats."""
    low = sentence.lower()
    out: list[str] = []
    for word, weapon in _WEAPON_WORDS:
        if word.search(low) and weapon not in out:
            out.append(weapon)
    return out


def targets_civilians(sentence: str) -> bool:
    """Return True when the sentence says the target was civilian (homes, civilians, …)."""
    return any(w in CIVILIAN_WORDS for w in re.findall(r"[a-z]+", sentence.lower()))


#: Longest "of" phrase kept after a speaker's title (longer ones are clauses, not names).
MAX_OF_WORDS = 8


def _source_text(tok) -> str | None:
    """Return the name of the speaker whose head token is `tok`, without determiners."""
    if tok.pos_ == "PRON":
        return None
    for child in tok.children:
        if child.dep_ == "appos" and child.pos_ == "PROPN":
            tok = child
            break
    if tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        ent = next(e for e in tok.doc.ents if e.start <= tok.i < e.end)
        return ent.text.removeprefix("the ").removeprefix("The ")
    left = tok.left_edge.i
    words = [t for t in tok.doc[left : tok.i + 1] if t.dep_ not in ("det", "punct", "poss")]
    words = [t for t in words if t.pos_ in ("PROPN", "NOUN", "ADJ")]
    name = " ".join(t.text for t in words)
    # "the head of the Donetsk regional military administration": a title says who only with
    # its "of" phrase
    of = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    if name and of is not None and of.right_edge.i - of.i <= MAX_OF_WORDS:
        rest = tok.doc[of.i : of.right_edge.i + 1]
        name += " " + " ".join(t.text for t in rest if t.pos_ != "DET")
    return name or None


def attribution(sent) -> list[str]:
    """Return who the spaCy sentence says reported it: "X said", "according to X"."""
    out: list[str] = []
    for tok in sent:
        if tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and tok.nbor().lower_ == "to":
            for child in tok.nbor().children:
                if child.dep_ == "pobj" and (name := _source_text(child)):
                    out.append(name)
        if tok.lemma_ in SPEECH_VERBS and tok.pos_ == "VERB":
            for child in tok.children:
                if child.dep_ == "nsubj" and (name := _source_text(child)):
                    out.append(name)
    return list(dict.fromkeys(out))


#: Hedges that leave a report unconfirmed (ACLED codes such reports, flagged).
_HEDGE = re.compile(
    r"\b(?:reportedly|allegedly|alleged|unconfirmed|unverified|could not (?:be )?(?:independently )?"
    r"(?:verif|confirm)\w*|has not been (?:independently )?(?:verified|confirmed)|"
    r"cannot be (?:independently )?(?:verified|confirmed))\b",
    re.I,
)


def hedged(text: str) -> bool:
    """Return True when the text says the report is not (yet) confirmed."""
    return bool(_HEDGE.search(text))


def disputed(text: str) -> bool:
    """Return True when the text denies or disputes a claim ("denied", "a staged provocation"),
    not when it only repeats a standing denial ("Russia denies targeting civilians")."""
    low = re.sub(SPEAKER_REBUTTAL, " ", re.sub(POLICY_DENIAL, " ", text.lower()))
    if re.search(DISMISSAL, low) or "not confirmed" in low:
        return True
    return not DISPUTE_WORDS.isdisjoint(re.findall(r"[a-z]+", low))
