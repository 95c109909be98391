"""Name keys that survive transliteration: the same key for "Bakhmut", "Bachmut" and "Bakhmoud".

Three levels, each coarser than the last, computed the same way for gazetteer names and for
mentions in the text:

- `normalize`: ASCII (anyascii), lower case, apostrophes dropped, punctuation to spaces.
- `translit_key`: spelling conventions of the languages that romanise Ukrainian and Russian names
  (English, German, French, Polish, Russian-vs-Ukrainian forms) folded together.
- `skeleton`: the translit key with vowels dropped and voiced/voiceless consonants merged, for the
  vowel and voicing noise of machine translation.

The rewrite rules are data (below), applied in order. Sources: the Ukrainian national
romanisation (KMU 2010), BGN/PCGN Russian, German Duden and French transcription of Cyrillic.
"""

from __future__ import annotations

import re
from functools import lru_cache

from anyascii import anyascii

#: Characters dropped outright: apostrophes and soft signs as romanised ("Kam'ianske", "Bil'mak").
_DROP = re.compile(r"['’ʼ`´ʹ]")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")

#: (pattern, replacement) applied in order to a normalised name. Longer clusters first, so "shch"
#: is not read as "sh" + "ch". Every rule maps several conventions onto one spelling.
TRANSLIT_RULES: tuple[tuple[str, str], ...] = (
    (r"tsch", "ch"),  # German ч: Tschernihiw
    (r"tch", "ch"),  # French ч: Tchernihiv
    (r"shch|sch|szcz", "sh"),  # щ (ukr shch, ger schtsch→sch, pol szcz)
    (r"dzh|dj|dž", "j"),  # дж
    (r"zh|zj|ž|ż|rz", "j"),  # ж (eng zh, dutch zj, pol ż/rz); French already writes j
    (r"sz|š", "sh"),  # ш (Polish, Czech)
    (r"cz|č", "ch"),  # ч (Polish, Czech)
    (r"kh|ch|x", "h"),  # х (eng kh, ger ch) — and ч folds here too; ranking tells them apart
    (r"g", "h"),  # г: Ukrainian h, Russian g (Krasnohorivka / Krasnogorovka)
    (r"w", "v"),  # German/Polish w = v
    (r"ou", "u"),  # French u: Marioupol
    (r"ck", "k"),
    (r"q", "k"),
    (r"c(?=[ei])", "ts"),  # Polish/Czech c = ts before front vowels
    (r"c", "k"),
    (r"ts|tz|z(?=k)", "ts"),
    (r"(?:iy|yi|ij|yj|ii|yy)(?=\b|[^aeiou])", "i"),  # -skyi / -skiy / -ski; Kyiv/Kiiv
    (r"y", "i"),  # и/ы/й as y or i
    (r"ie|ye|je", "e"),  # є/е after consonants
    (r"ia|ya|ja", "a"),  # я
    (r"iu|yu|ju", "u"),  # ю
    (r"(.)\1+", r"\1"),  # doubled letters: Zaporizhzhia / Zaporizhia
    (r"d\b", "t"),  # final devoicing as heard and re-spelled: -hrad / -grad / -hrat
)

#: Voiced/voiceless pairs and vowels merged in the skeleton.
_SKELETON_RULES: tuple[tuple[str, str], ...] = (
    (r"(?<=\w)[aeiou]+", ""),  # vowels after the first letter
    (r"d", "t"),
    (r"b", "p"),
    (r"z", "s"),
    (r"(.)\1+", r"\1"),
)

_COMPILED = tuple((re.compile(p), r) for p, r in TRANSLIT_RULES)
_SKELETON = tuple((re.compile(p), r) for p, r in _SKELETON_RULES)


@lru_cache(maxsize=200_000)
def normalize(name: str) -> str:
    """Return `name` in lower-case ASCII words separated by single spaces."""
    s = anyascii(name).lower()
    s = _DROP.sub("", s)
    return _NON_ALNUM.sub(" ", s).strip()


def _rewrite(text: str, rules: tuple[tuple[re.Pattern[str], str], ...]) -> str:
    """Return `text` with the rules applied in order to each of its words."""
    words = []
    for word in text.split():
        for pattern, repl in rules:
            word = pattern.sub(repl, word)
        words.append(word)
    return " ".join(words)


@lru_cache(maxsize=200_000)
def translit_key(name: str) -> str:
    """Return the transliteration-tolerant key of `name` (words kept, separated by spaces)."""
    return _rewrite(normalize(name), _COMPILED)


@lru_cache(maxsize=200_000)
def skeleton(name: str) -> str:
    """Return the consonant skeleton of `name`: translit key without vowels, voicing merged."""
    return _rewrite(translit_key(name), _SKELETON)


def is_latin_or_cyrillic(name: str) -> bool:
    """Return True when every letter of `name` is Latin or Cyrillic (other scripts make noisy keys)."""
    for ch in name:
        if ch.isalpha() and not any(lo <= ch <= hi for lo, hi in _LATIN_OR_CYRILLIC):
            return False
    return True


#: Latin (with its extensions: "Ḩamāh", "Kunaṟ", "Hồ Chí Minh"; the modifier letters of
#: Arabic romanisation, "Ṣanʿāʾ") and Cyrillic.
_LATIN_OR_CYRILLIC = (
    ("\u0000", "\u02ff"),  # Basic Latin … Latin Extended-B, IPA, spacing modifier letters
    ("\u0400", "\u04ff"),  # Cyrillic
    ("\u1e00", "\u1eff"),  # Latin Extended Additional
    ("\u2c60", "\u2c7f"),  # Latin Extended-C
    ("\ua720", "\ua7ff"),  # Latin Extended-D
)
