"""Whether a country or capital name stands for its government ("denied by Kiev").

Only countries and national capitals are read as metonyms: they are the names news prose uses
for governments and armies. The test is syntactic, on spaCy's parse of the mention's head word.
"""

from __future__ import annotations

#: Nouns after "X's" that keep X a place ("Ukraine's second largest city", "Russia's border").
GEO_NOUNS = frozenset(
    """city cities town towns village region regions border borders territory territories east
    west north south centre center capital outskirts streets soil land coast port oblast
    province district districts area areas part parts frontline front airspace skies
    neighborhood neighbourhood neighborhoods neighbourhoods suburb suburbs downtown residents
    streets square squares metro station""".split()
)
#: Nouns after "X" or "X's" that make X its government ("the Moscow government").
AGENT_NOUNS = frozenset(
    """government authorities regime officials forces troops army military leadership
    administration ministry president invasion offensive aggression""".split()
)
#: Verbs whose subject is still a place ("Kharkiv lies 25 miles from the border").
LOCATIVE_VERBS = frozenset("be lie remain sit stand border stretch have".split())


def is_metonymic(span) -> bool:
    """Return True when the spaCy span (a country or capital name) stands for a government."""
    root = span.root
    head = root.head
    if root.dep_ == "nsubj" and head.pos_ in ("VERB", "AUX") and head.lemma_ not in LOCATIVE_VERBS:
        return True
    if root.dep_ == "pobj" and head.lower_ == "by" and head.head.tag_ == "VBN":
        return True
    if root.dep_ == "poss":
        return head.lower_ not in GEO_NOUNS
    if root.dep_ in ("compound", "amod", "nmod") and head.lower_ in AGENT_NOUNS:
        return True
    return False
