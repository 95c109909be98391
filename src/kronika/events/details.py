"""The fields of one event read off its sentences: casualties, actors, weapons, who said it."""

from __future__ import annotations

import re

from kronika.events.lexicon import ACTORS, CIVILIAN_WORDS, DISPUTE_WORDS, SPEECH_VERBS, WEAPONS

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
#: ACLED's codebook figures for vague counts: "dozens" is 12, "several"/"many" 10, "hundreds" 100.
VAGUE_COUNTS = {
    "a dozen": 12,
    "dozen": 12,
    "dozens of": 12,
    "dozens": 12,
    "several": 10,
    "many": 10,
    "scores of": 20,
    "hundreds of": 100,
    "hundreds": 100,
}
NUMBER_WORDS.update(VAGUE_COUNTS)

_TENS = "|".join(TENS)
_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_NUM = (
    r"(\d[\d,]*|(?:"
    + _TENS
    + r")-(?:"
    + _UNITS
    + r")|"
    + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
    + r")"
)
_KILLED = r"(killed|dead|died|wounded|injured|hurt)"
#: "at least seven civilians were killed", "another 16 wounded", "18 people have been injured".
_COUNT_FIRST = re.compile(
    r"\b(?:at least|about|around|some|nearly|almost|another|up to|more than|over)?\s*"
    + _NUM
    + r"\s+(?:[a-z-]+\s+){0,3}?(?:were|was|have been|has been|had been|are|is|got)?\s*"
    + _KILLED
    + r"\b",
    re.I,
)
#: "killed at least three people", "wounding 11".
_VERB_FIRST = re.compile(
    r"\b(killed|killing|wounded|wounding|injured|injuring)\s+(?:at least\s+|about\s+)?" + _NUM,
    re.I,
)
_FATAL = ("kill", "dead", "died")
#: The casualty patterns, for pointing at the words behind a figure.
COUNT_PATTERNS = (_COUNT_FIRST, _VERB_FIRST)


def number(word: str) -> int | None:
    """Return the value of a count written in digits or words, or None."""
    word = word.lower().replace(",", "")
    if word.isdigit():
        return int(word)
    if "-" in word:  # "twenty-one"
        tens, _, unit = word.partition("-")
        if tens in TENS and unit in NUMBER_WORDS:
            return TENS[tens] + NUMBER_WORDS[unit]
    return NUMBER_WORDS.get(word)


def casualties(sentence: str) -> tuple[int | None, int | None]:
    """Return (fatalities, injuries) stated in `sentence`; None where it gives no figure."""
    fatalities = injuries = None
    verb_first = list(_VERB_FIRST.finditer(sentence))
    # A number a verb already counts is not the subject of a later verb: "killed three people
    # and injured 12" has no "three … injured".
    counted = {m.start(2) for m in verb_first}
    found: list[tuple[int, str]] = []
    for m in _COUNT_FIRST.finditer(sentence):
        if "aged" in sentence[max(0, m.start() - 16) : m.start()].lower():
            continue  # "two men aged 32 and 45": ages, not a count
        if m.start(1) not in counted:
            found.append((m.start(), f"{m.group(1)}|{m.group(2)}"))
    for m in verb_first:
        found.append((m.start(), f"{m.group(2)}|{m.group(1)}"))
    for _, pair in sorted(found):
        num_word, verb = pair.split("|")
        n = number(num_word)
        if n is None:
            continue
        if verb.lower().startswith(_FATAL):
            fatalities = fatalities if fatalities is not None else n
        else:
            injuries = injuries if injuries is not None else n
    return fatalities, injuries


def actors(sentence: str) -> list[str]:
    """Return the ACLED actor names a sentence mentions, in order of first mention."""
    low = sentence.lower()
    hits = []
    for phrase, actor in ACTORS:
        pos = low.find(phrase)
        if pos >= 0:
            hits.append((pos, actor))
    seen: list[str] = []
    # A named armed group before the state army it fights beside ("the Russian army and
    # Wagner's mercenaries" → Wagner Group, as ACLED codes the more specific actor).
    for _, actor in sorted(hits, key=lambda h: (not h[1].endswith("Group"), h[0])):
        if actor not in seen:
            seen.append(actor)
    return seen


def weapons(sentence: str) -> list[str]:
    """Return the weapons a sentence names ("missile", "drone", …), without repeats."""
    low = sentence.lower()
    out: list[str] = []
    for word, weapon in WEAPONS.items():
        if re.search(r"\b" + re.escape(word) + r"s?\b", low) and weapon not in out:
            out.append(weapon)
    return out


def targets_civilians(sentence: str) -> bool:
    """Return True when the sentence says the target was civilian (homes, civilians, …)."""
    return any(w in CIVILIAN_WORDS for w in re.findall(r"[a-z]+", sentence.lower()))


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
    return " ".join(t.text for t in words) or None


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
    """Return True when the text denies or disputes a claim."""
    low = text.lower()
    return not DISPUTE_WORDS.isdisjoint(re.findall(r"[a-z]+", low)) or "not confirmed" in low
