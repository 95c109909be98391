"""Event triggers in a sentence: the words that report what happened, grouped and typed.

A trigger is a word or phrase of the lexicon ("shelling", "took control"), a verb–object pattern
("seized … rifles"), or a generic "attack"/"explosion" typed by its context. Words joined by the
parse ("missile strike") are one trigger. Hypothetical, negated, questioned or intended reports
are no triggers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kronika.events.actors import NONSTATE_FORCE_WORDS, STATE_FORCE_WORDS
from kronika.events.lexicon import (
    AIR,
    AIRCRAFT_WORDS,
    CIVILIAN_WORDS,
    CLASH,
    CLOSE_VIOLENCE_WORDS,
    CROWD_WORDS,
    EVENT_TYPE,
    GENERIC_ATTACK,
    IRREGULAR_FORMS,
    MILITARY_TARGETS,
    NO_FIGHT,
    NON_EVENT_HEADS,
    PATTERN_TRIGGERS,
    PEOPLE_WORDS,
    PROTEST_FORCE_WORDS,
    PROTEST_INTERVENTION_WORDS,
    PROTEST_TYPES,
    REGAIN,
    REMOTE_WEAPON_WORDS,
    RIOT_WORDS,
    SHELLING,
    STRIKE_OBJECTS,
    TAKEOVER,
    TRIGGERS,
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
_NO_FIGHT = re.compile(NO_FIGHT)

MODALS = frozenset("will would could might may should can must".split())
#: Verbs that describe a person by what they are said to have done, not report it.
ACCUSED = frozenset("accuse suspect charge".split())
INTENT_NOUNS = frozenset("goal aim plan plans threat intention bid".split())


@dataclass(slots=True)
class Trigger:
    sub_type: str
    head: int  #: token index of the group's head word
    tokens: frozenset[int]  #: token indices of the words of the group ("missile strike")
    definite: bool  #: "the strike", "that strike": told before
    attempt: bool  #: "trying to capture": fighting, not yet a takeover
    generic: bool = False  #: only words like "explosion", "attack": a specific word wins


def _blocked(tok) -> bool:
    """Return True when the clause of `tok` is hypothetical, negated, a question or an intent,
    or what someone is accused of ("two men accused of kidnapping children")."""
    ancestors = list(tok.ancestors)
    if any(a.lemma_.lower() in INTENT_NOUNS for a in ancestors[:4]):
        return True
    if any(a.lemma_.lower() in ACCUSED and a.dep_ == "acl" for a in ancestors[:3]):
        return True
    verb = tok
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    for anc in [verb, *list(verb.ancestors)[:2]]:
        for child in anc.children:
            if child.dep_ == "aux" and child.lower_ in MODALS:
                return True
            if child.dep_ == "mark" and child.lower_ in ("if", "unless"):
                return True
            if child.dep_ == "neg":
                return True
    return False


#: Dependency relations that join trigger words into one mention ("missile strike", "missile struck").
_GROUP_DEPS = frozenset("compound amod nsubj nsubjpass dobj".split())


def _hits(sent) -> list[tuple[int, str | None]]:
    """Return (token index, sub-type) of trigger words; sub-type None for "attack"/"strike"."""
    low = sent.text.lower()
    hits: list[tuple[int, str | None]] = []
    in_phrase: set[int] = set()  # a phrase ("sexually assaulted") outranks its words
    for phrase in _MULTIWORD:
        pos = low.find(phrase)
        if pos >= 0:
            span = sent.doc.char_span(
                sent.start_char + pos, sent.start_char + pos + len(phrase), alignment_mode="expand"
            )
            if span is not None and not any(t.i in in_phrase for t in span):
                hits.append((span.root.i, _PHRASES[phrase]))
                in_phrase |= {t.i for t in span}
    # Verb-and-object patterns decide for the words they cover ("seized … firearms").
    covered: set[int] = set()
    for pattern, sub in _PATTERNS:
        for m in pattern.finditer(low):
            span = sent.doc.char_span(
                sent.start_char + m.start(), sent.start_char + m.end(), alignment_mode="expand"
            )
            if span is not None:
                hits.append((span.root.i, sub))
                covered |= {t.i for t in span}
    hits = [(i, sub) for i, sub in hits if i not in covered or sub in _PATTERN_SUBS]
    for tok in sent:
        if tok.i in covered or tok.i in in_phrase:
            continue
        lemma = tok.lemma_.lower()
        sub = TRIGGERS.get(lemma) or TRIGGERS.get(tok.lower_)
        if sub is None and tok.pos_ == "VERB":
            sub = FORMS.get(tok.lower_)  # a verb the parser did not lemmatise ("raped")
        if lemma == "demonstrate" and any(c.dep_ in ("dobj", "ccomp") for c in tok.children):
            continue  # "demonstrates Moscow's superiority": showing, not protesting
        if lemma in GENERIC_ATTACK and _subjects(tok) & DISASTER_WORDS:
            continue  # "an earthquake struck": no one attacked
        if sub is None and lemma in GENERIC_ATTACK and tok.pos_ in ("NOUN", "VERB"):
            hits.append((tok.i, None))
            continue
        if sub is not None and sub in PROTEST_TYPES and _protest_topic(tok):
            continue  # "arrested for reporting on protests", "banned rallies": no protest here
        if sub == "Arrests" and _COMMON_CRIME.search(low):
            continue  # "arrested for stealing cars": policing, not political violence
        if (
            lemma in ("fight", "clash")
            and sub == CLASH
            and _subjects(tok) & (CROWD_WORDS | {"supporters"})  # "supporters of rivals fought"
            and not _kind_of(words := {t.lower_ for t in sent})
            and not words & MILITARY_TARGETS
        ):
            hits.append((tok.i, "Mob violence"))  # "supporters of rival candidates fought"
            continue
        beat_up = lemma == "beat" and any(c.lower_ == "up" for c in tok.children)
        if (lemma in ("storm", "raid", "bomb", "stone") or beat_up) and tok.pos_ == "VERB":
            hits.append((tok.i, None))  # storming a village or a base: who and what decide
            continue
        if lemma == "open" and tok.pos_ == "VERB" and "fire" in _objects(tok):
            hits.append((tok.i, None))  # "opened fire on …": typed like an attack
            continue
        if lemma == "destroy" and tok.pos_ == "VERB" and _objects(tok) & STRIKE_OBJECTS:
            hits.append((tok.i, None))  # "destroyed an ammunition depot": a strike on it
            continue
        if lemma in DESTROY_VERBS and tok.pos_ == "VERB" and _by_people(tok, sent):
            hits.append((tok.i, "Looting/property destruction"))
            continue
        if lemma in EXPLODE_VERBS and tok.pos_ == "VERB" and _explosive_subject(tok):
            hits.append((tok.i, "Remote explosive/landmine/IED"))
            continue
        if sub == TAKEOVER and lemma in ("seize", "capture") and _objects(tok) & CONTRABAND:
            continue  # "police seized two tonnes of cocaine": no ground taken
        if sub == TAKEOVER and lemma in ("seize", "capture") and _object_heads(tok) & PERSON_WORDS:
            # "seized a local chief": an abduction; by the state's forces an arrest
            state = _kind_of(_subjects(tok)) == "state"
            hits.append((tok.i, "Arrests" if state else "Abduction/forced disappearance"))
            continue
        if lemma == "fight" and tok.dep_ == "amod":
            continue  # "fighting sides", "the fighting parties": who, not what happened
        if sub == "Grenade" and {c.lower_ for c in tok.children} & NON_LETHAL:
            continue  # "stun grenades", "tear gas grenades": a protest's dispersal
        if sub is None and lemma in KILL_VERBS and tok.pos_ == "VERB":
            sub = _killing_type(tok)
            if sub:
                hits.append((tok.i, sub))
            continue
        if sub is None or tok.pos_ not in ("NOUN", "VERB", "PROPN"):
            continue
        if tok.ent_type_ in ("DATE", "TIME"):
            continue  # "in March" is a month, not a march
        if tok.dep_ == "compound" and tok.head.lemma_.lower() in NON_EVENT_HEADS:
            continue
        if tok.dep_ == "amod" and tok.tag_ in ("VBN", "VBG"):
            continue  # "occupied regions", "retreating fighters": a state, not a report
        if tok.tag_ == "NNS" and lemma == "evacuation" and tok.dep_ != "nsubj":
            continue  # "after numerous evacuations": a count, not one event
        hits.append((tok.i, sub))
    return hits


def find_triggers(sent) -> list[Trigger]:
    """Return the event mentions of a spaCy sentence that report something that happened."""
    doc = sent.doc
    hits = dict(_hits(sent))
    groups: dict[int, list[int]] = {}
    for i in sorted(hits):
        root = i
        while (
            doc[root].dep_ in _GROUP_DEPS and doc[root].head.i in hits and doc[root].head.i != root
        ):
            root = doc[root].head.i
        groups.setdefault(root, []).append(i)
    out = []
    words = {t.lower_ for t in sent}
    protest = any(hits[i] in PROTEST_TYPES for i in hits if hits[i])
    no_fight = bool(_NO_FIGHT.search(sent.text.lower()))
    for root, members in groups.items():
        if _blocked(doc[root]):
            continue
        subs = [hits[i] for i in members if hits[i] is not None]
        if "Disrupted weapons use" in subs:
            subs = ["Disrupted weapons use"]  # "a planned suicide attack was foiled"
        subs = [x for x in subs if x in PROTEST_TYPES] or subs  # "shot dead two protesters"
        nouns = [doc[i] for i in members if doc[i].pos_ == "NOUN"]
        attempt = any(a.lemma_ in ("try", "attempt", "seek") for a in doc[root].ancestors)
        sub = subs[0] if subs else _generic_attack_type(sent, doc[root])
        if no_fight and (sub in (TAKEOVER, REGAIN) or doc[root].lemma_.lower() == "enter"):
            sub = "Non-violent transfer of territory"  # "entered … without a fight"
        if sub == SHELLING and words & AIRCRAFT_WORDS:
            sub = AIR  # "jets fired missiles at the town"
        if protest and sub not in PROTEST_TYPES and sub in ABSORBED_BY_PROTEST:
            continue  # arrests or shots at a protest are the protest's sub-type, not events
        if sub == "Peaceful protest":
            sub = _protest_type(words, sent.text.lower())
        out.append(
            Trigger(
                sub_type=sub,
                head=root,
                tokens=frozenset(members),
                definite=bool(nouns) and _definite(nouns[0]),
                attempt=attempt,
                generic=all(doc[i].lemma_.lower() in GENERIC_REMOTE for i in members),
            )
        )
    # "After months of clashes, leaders signed a peace accord": the violence in a clause of
    # "after", "following", "amid", "despite" or "in response to" is background to the event
    # the sentence reports, when it reports one.
    background = [t for t in out if _in_background_clause(doc[t.head], sent)]
    if background and len(background) < len(out):
        out = [t for t in out if t not in background]
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
    # A killing told beside its cause ("a missile strike killed seven") is that event's toll.
    if any(doc[t.head].lemma_.lower() not in KILL_VERBS for t in out):
        out = [t for t in out if doc[t.head].lemma_.lower() not in KILL_VERBS]
    return out


#: Words that open a clause of what came before or around the sentence's event.
BACKGROUND_MARKERS = frozenset("after following amid despite since".split())


def _in_background_clause(tok, sent) -> bool:
    """Return True when `tok` sits in a clause or phrase of "after", "following", "amid",
    "despite", "since" or "in response to", below the sentence's main verb."""
    node = tok
    while node.i != sent.root.i and node.head.i != node.i:
        if node.dep_ in ("pobj", "pcomp") and node.head.lower_ in BACKGROUND_MARKERS:
            return True
        if node.dep_ == "pobj" and node.head.lower_ == "to" and node.head.head.lower_ == "response":
            return True
        if node.dep_ in ("advcl", "prep") and node.lower_ == "following":
            return True
        if any(
            c.dep_ in ("mark", "prep") and c.lower_ in BACKGROUND_MARKERS and c.i < node.i
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

_REMOTE = frozenset({SHELLING, AIR, "Remote explosive/landmine/IED", "Grenade"})
#: (specific sub-type, the sub-types it absorbs in the same sentence).
SPECIFIC_OVER: tuple[tuple[str, frozenset[str]], ...] = (
    ("Chemical weapon", _REMOTE | {"Suicide bomb"}),
    ("Suicide bomb", _REMOTE),
    ("Sexual violence", frozenset({"Attack", "Abduction/forced disappearance", "Arrests", CLASH})),
)

#: Verbs of destroying property: with people as their subject, "Looting/property destruction".
DESTROY_VERBS = frozenset(
    "destroy burn torch raze demolish vandalise vandalize blow uproot ransack".split()
)
#: Verbs of exploding: with a bomb or mine as subject (or object), a planted explosive.
EXPLODE_VERBS = frozenset("explode detonate".split())
EXPLOSIVE_NOUNS = frozenset("bomb bombs mine mines explosive explosives device devices".split())
#: Weapons of indirect fire: an attack made with them is shelling, whatever its target.
SHELL_WORDS = frozenset("artillery mortar mortars rocket rockets missile missiles shells".split())
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
    r"abductions?|violence|brutality|jailing|imprisonment|release)\b(?:\s+of\s+(?:\w+\s+){0,3})?"
)
#: People described by what was done to them before ("detained activists", "a colleague
#: detained for reporting"): who the protest is for, not an intervention at it.
_HELD_PEOPLE = re.compile(
    r"\b(?:of|for|with|the|their|his|her|its|and)\s+(?:detained|jailed|arrested|imprisoned|"
    r"abducted|missing|disappeared)\s+(?:activists?|colleagues?|protesters?|journalists?|relatives|students|leaders?|members|"
    r"people|persons|men|women|sons|daughters)\b|\b(?:detained|arrested|jailed|held)\s+for\s+"
    r"(?:\w+ing)\b"
)
_RIOT_PHRASES = re.compile(r"\bset\s+(?:\w+\s+){0,4}?(?:fire|ablaze|alight)\b|\bset on fire\b")
_FORCE_PHRASES = re.compile(
    r"\bshot dead\b|\blive (?:ammunition|rounds|bullets)\b|\bopened fire\b|"
    r"\bfired (?:live |\w+ )?(?:on|at|into)\b"
)


def _protest_type(words: set[str], low: str = "") -> str:
    """Return the protest sub-type the sentence's words point to (the cause of the protest,
    "against the killing of …", left out)."""
    if low:
        low = _HELD_PEOPLE.sub(" ", _CAUSE.sub(" ", low))
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
    subj = _subjects(tok)
    return bool(subj & (ASSAILANT_WORDS | CROWD_WORDS | NONSTATE_FORCE_WORDS | STATE_FORCE_WORDS))


def _explosive_subject(tok) -> bool:
    """Return True when a bomb, mine or explosive device is what exploded or was detonated."""
    return any(
        c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.lemma_.lower() in EXPLOSIVE_NOUNS
        for c in tok.children
    )


#: Things seized that are goods, not ground: a police seizure, no takeover.
CONTRABAND = frozenset(
    """cocaine heroin drugs narcotics cannabis marijuana methamphetamine tonnes tons kilograms
    kilos kg cash contraband cigarettes""".split()
)
#: The reason of an arrest when it is common crime (ACLED codes politically relevant arrests).
_COMMON_CRIME = re.compile(
    r"\b(?:for|over|on charges of|on suspicion of|accused of|suspected of)\s+(?:\w+\s+){0,2}?"
    r"(?:steal\w*|theft|thefts|robb\w*|burglar\w*|fraud|drug\w*|poaching|speeding|drunk\w*|"
    r"shoplifting|embezzl\w*|bribery|counterfeit\w*|money laundering|human trafficking|"
    r"tax evasion|scams?|cybercrime)\b"
)
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
    forbid plan""".split()
)


def _objects(tok) -> set[str]:
    """Return the lower-cased words of a verb's direct objects."""
    return {t.lower_ for c in tok.children if c.dep_ == "dobj" for t in c.subtree}


def _generic_attack_type(sent, head=None) -> str:
    """Return the sub-type of a bare "attack"/"strike": an air strike when aircraft carry it,
    a riot when a crowd attacks, a clash when armed sides meet (an attack on a checkpoint), an
    attack on civilians when it is close violence or on people with no remote weapon, else
    remote fire."""
    words = {t.lower_ for t in sent}
    if words & AIRCRAFT_WORDS or "air force" in sent.text.lower():
        return AIR  # "the air force struck a camp"
    if words & STRIKE_OBJECTS:
        return SHELLING  # "struck an ammunition depot": fire from afar, whoever fired it
    subjects = _subjects(head) if head is not None else set()
    if subjects & CROWD_WORDS and not words & REMOTE_WEAPON_WORDS:
        return "Mob violence"  # "a crowd attacked a family"
    if head is not None and {t.lower_ for t in head.subtree} & SHELL_WORDS:
        return SHELLING  # "opened artillery fire on the posts"
    if (
        head is not None
        and not words & REMOTE_WEAPON_WORDS
        and {t.lower_ for t in head.subtree} & CIVILIAN_WORDS
    ):
        return "Attack"  # "opened fire on civilians at a checkpoint"
    if words & MILITARY_TARGETS:
        return CLASH
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
    return SHELLING


def _force_words(words: set[str]) -> set[str]:
    return words & (NONSTATE_FORCE_WORDS | STATE_FORCE_WORDS)


def force_kind(sent, trig: Trigger) -> str | None:
    """Return "state" or "nonstate" for who acts in a territory report: the trigger's subject
    (or agent) first, else the first force named in the sentence."""
    doc = sent.doc
    head = doc[trig.head]
    for child in head.children:
        if child.dep_ in ("nsubj", "agent"):
            kind = _kind_of({t.lower_ for t in child.subtree})
            if kind:
                return kind
    for tok in sent:
        kind = _kind_of({tok.lower_})
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
