"""A trie of phrases matches what the flat alternation of the phrases, longest first, matches."""

from __future__ import annotations

import re

import pytest

from kronika.events.details import _ACTOR_WORDS, _ROLES
from kronika.events.phrases import trie_alternation


def _flat(phrases: list[str]) -> str:
    return "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))


def _matches(source: str, text: str, flags: int) -> list[tuple[tuple[int, int], str]]:
    pattern = re.compile(r"(?<!\w)(" + source + r")(?:s|es)?(?![\w-])", flags)
    return [(m.span(), m.group(1)) for m in pattern.finditer(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Russian forces and Wagner Group mercenaries shelled the town; the Kremlin said so.",
        "POLICE FORCES of Ukraine, police, policemen, the police-led raid, Moscow’s forces.",
        "The Taliban's fighters and Taliban militants; Hamas and Hamas-run authorities.",
    ],
)
def test_actor_trie_matches_the_flat_alternation(text: str) -> None:
    names = [*_ACTOR_WORDS, *_ROLES]
    assert _matches(trie_alternation(names, re.I), text, re.I) == _matches(_flat(names), text, re.I)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the air strike hit", ["air strike"]),  # the longest phrase wins
        ("an air raid", ["air"]),
        ("air strikes", ["air strike"]),  # a plural ending after the phrase
        ("the airstrike", []),  # no phrase ends at a word's end
    ],
)
def test_trie_prefers_the_longest_phrase_that_fits(text: str, expected: list[str]) -> None:
    phrases = ["air", "air strike", "air strike group"]
    got = [g for _, g in _matches(trie_alternation(phrases), text, 0)]
    assert got == expected
    assert got == [g for _, g in _matches(_flat(phrases), text, 0)]


def test_trie_refuses_phrases_equal_under_its_flags() -> None:
    with pytest.raises(ValueError):
        trie_alternation(["kiev", "kıev"], re.I)  # "ı" matches "i" under IGNORECASE
    assert trie_alternation(["kiev", "kıev"])  # told apart without IGNORECASE
