"""Regular expressions for "any of these phrases", factored by common prefixes (a trie).

Python's `re` tries the branches of `kyiv|kremlin|…` one after another at every position, and
under IGNORECASE it cannot skip a branch on its first letter: with a thousand actor names that
was most of the events stage's matching time. The same phrases factored into a trie
(`k(?:yiv|remlin)`) are tried a letter at a time.

`trie_alternation(phrases)` matches what the flat alternation of the phrases, longest first,
matches: at each position, the longest phrase after which the rest of the pattern matches.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_END = ""  #: the trie key marking that a phrase ends at this node


def trie_alternation(phrases: Iterable[str], flags: int = 0) -> str:
    """Return a regex source matching any of `phrases`, longest first, factored as a trie.

    `flags` are those the source will be compiled with: two phrases that differ in a letter
    the flags make equal ("i" and "ı" under IGNORECASE) would make the first match found not
    the longest, so they raise ValueError.
    """
    trie: dict = {}
    for phrase in phrases:
        node = trie
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[_END] = {}
    return _source(trie, flags)


def _source(node: dict, flags: int) -> str:
    letters = sorted(ch for ch in node if ch != _END)
    _check_distinct(letters, flags)
    branches = [re.escape(ch) + _source(node[ch], flags) for ch in letters]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if _END in node:
        # A phrase ends here: the longer ones are tried first (greedy), then this one.
        return "(?:" + body + ")?"
    return body


def _check_distinct(letters: list[str], flags: int) -> None:
    """Raise ValueError when two sibling letters match the same character under `flags`."""
    if not flags & re.IGNORECASE:
        return
    for n, a in enumerate(letters):
        for b in letters[n + 1 :]:
            if re.fullmatch(re.escape(a), b, flags):
                raise ValueError(f"phrases differ only in {a!r} and {b!r}, equal under {flags}")
