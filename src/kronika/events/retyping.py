"""Second looks at a typed trigger: what a generic attack or blast is when nothing says it was
fired from afar, and attacks that a sentence only attributes, claims or condemns.

Both read the parse of one sentence: no model beyond spaCy's, no pass over the document.
"""

from __future__ import annotations

#: Words that tell fire from afar (ACLED's Shelling/artillery/missile attack). A generic
#: "attack", "explosion", "blast" or "fire" is shelling only beside one of them.
SHELLING_EVIDENCE = frozenset(
    """artillery mortar mortars rocket rockets missile missiles shell shells shelling shelled
    projectile projectiles howitzer howitzers barrage barrages bombard bombarded bombarding
    bombardment bombardments pound pounded pounding launcher launchers salvo salvos grad
    katyusha katyushas""".split()
)
#: Verbs of striking a place: with a state's army as subject, fire from afar ("Russian forces
#: struck Kharkiv overnight").
REMOTE_STRIKE_VERBS = frozenset("strike hit pound target".split())
#: Words of something blowing up: with no weapon named, a planted explosive (ACLED codes an
#: explosion of unknown means as Remote explosive/landmine/IED).
BLAST_WORDS = frozenset("explosion explosions blast blasts bomb bombs bombing explode".split())

#: Words that make an attack what someone claims, is blamed for, condemns or is tried for:
#: a statement about an attack told before, not a report of it.
ATTRIBUTION_WORDS = frozenset(
    """claim responsibility blame condemn denounce convict sentence behind attribute
    mastermind role credit charge prosecute indict""".split()
)
#: Determiners and modifiers that point back to an attack already told ("the attack",
#: "Sunday's bombing", "last week's blast", "the 2008 attacks").
_BACK_REFERENCES = frozenset("the that this these those its their last previous earlier".split())
_WEEKDAYS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday week month year".split()
)


#: Nouns that look back at an attack whatever its determiner ("the anniversary of the Westgate
#: attack", "revenge for an ambush").
RETROSPECTIVE_WORDS = frozenset(
    "anniversary commemoration memorial revenge retaliation video footage".split()
)


def attributed(tok) -> bool:
    """Return True when an attack noun is the object of a claim, a blame, a condemnation or a
    conviction ("claimed responsibility for Sunday's bombing", "blamed the rebels for the
    explosion", "were behind the attack"), and the attack is one told before (definite, or
    dated in the past): a statement, not a report of the attack."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "behind" for c in tok.children):
        return True  # "the bomber behind last month's attack": who, not what happened
    if (
        tok.dep_ == "nsubjpass"
        and tok.head.lemma_.lower() == "carry"
        and any(c.dep_ == "agent" for c in tok.head.children)
        and _told_before(tok)
    ):
        return True  # "the attack last week had been carried out by mercenaries": blame
    if tok.dep_ in ("nsubj", "nsubjpass"):
        return False
    told = _told_before(tok)
    node = tok
    for anc in list(tok.ancestors)[:4]:
        if node.dep_ in ("nsubj", "nsubjpass"):
            return False  # "the bombing claimed ten lives": the attack does the claiming
        lemma = anc.lemma_.lower()
        if anc.lower_ in RETROSPECTIVE_WORDS or lemma in RETROSPECTIVE_WORDS:
            return True
        if told and (lemma in ATTRIBUTION_WORDS or anc.lower_ in ATTRIBUTION_WORDS):
            return True
        node = anc
    return False


def _told_before(tok) -> bool:
    for c in tok.children:
        if c.dep_ in ("det", "poss") and c.lower_ in _BACK_REFERENCES:
            return True
        if c.dep_ == "poss" and (c.lower_ in _WEEKDAYS or c.ent_type_ == "DATE"):
            return True  # "Sunday's attack", "last week's bombing"
        if c.dep_ in ("nummod", "compound", "amod") and c.ent_type_ == "DATE":
            return True  # "the 2008 attacks"
    return False


def shelling_evidence(sent, head, state_subject: bool) -> bool:
    """Return True when the sentence names a weapon of fire from afar, or a state's forces
    strike a place (`state_subject`)."""
    words = {t.lower_ for t in sent}
    if words & SHELLING_EVIDENCE or {"heavy", "weapons"} <= words:
        return True  # "fired heavy weapons into villages"
    return state_subject and head.lemma_.lower() in REMOTE_STRIKE_VERBS
