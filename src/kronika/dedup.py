"""Article de-duplication: the same story arriving twice is stored once.

An article duplicates a stored one when it has the same URL (after dropping the scheme, `www.`,
tracking parameters and a trailing slash) or near-identical text: the Jaccard similarity of the
texts' word 5-shingles, estimated by MinHash (datasketch) and found through LSH, is at least
`THRESHOLD` and the two texts tell the same particulars: every name (a capitalised word inside a
sentence) and every number of one text is in the other. A syndicated wire copy under a new
headline, perhaps with a byline added, is caught this way; an update that changes a figure, or a
templated report about another town ("Destroyed bridge in X"), is not, and stays a report of its
own.

    index = DuplicateIndex()
    index.add("a1", signature(text_a), url_a)
    index.find(signature(text_b), url_b)    # -> Match("a1", "near-identical text", 0.97) | None
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from urllib.parse import parse_qsl, urlencode, urlsplit

import numpy as np
from datasketch import MinHash, MinHashLSH

#: Words per shingle: long enough that two different reports on one event rarely share many.
SHINGLE_WORDS = 5
NUM_PERM = 128
SCHEME = "affine32"  # datasketch 2 permutations; stored signatures must all use one scheme
#: Least estimated Jaccard similarity of shingles for two texts to be one article. Syndicated
#: copies score 0.95–1.0; an updated story with new paragraphs or figures scores lower.
THRESHOLD = 0.9
_WORD = re.compile(r"\w+")
_TRACKING = re.compile(r"^(utm_\w+|fbclid|gclid|ref|cmpid|ocid)$", re.IGNORECASE)


@dataclass(slots=True, frozen=True)
class Match:
    """The stored article an incoming one duplicates, and why."""

    article_id: str
    reason: str  #: "same url" or "near-identical text"
    similarity: float  #: estimated Jaccard similarity of the texts (1.0 for a URL match)


@cache
def _permutations() -> np.ndarray:
    return MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME).permutations


def signature(text: str) -> np.ndarray:
    """Return the MinHash hash values of the text's word shingles (lower-cased)."""
    words = _WORD.findall(text.lower())
    n = SHINGLE_WORDS if len(words) >= SHINGLE_WORDS else max(1, len(words))
    shingles = {" ".join(words[i : i + n]).encode("utf-8") for i in range(len(words) - n + 1)}
    m = MinHash(num_perm=NUM_PERM, seed=1, permutations=_permutations(), scheme=SCHEME)
    m.update_batch(sorted(shingles))
    return m.hashvalues.copy()


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Return the estimated Jaccard similarity of two signatures."""
    return float(np.count_nonzero(a == b)) / len(a)


def normalise_url(url: str | None) -> str | None:
    """Return a URL's comparable form: host without www., path without trailing slash."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    if not parts.netloc:
        return url.strip() or None
    host = parts.netloc.lower().removeprefix("www.")
    query = urlencode(sorted((k, v) for k, v in parse_qsl(parts.query) if not _TRACKING.match(k)))
    return host + parts.path.rstrip("/") + ("?" + query if query else "")


_PARTICULAR = re.compile(r"(?<![.!?\n]\s)(?<!^)\b([A-Z][\w'’-]+|\w*\d[\w.,]*)")


def particulars(text: str) -> set[str]:
    """Return the names (capitalised words not opening a sentence) and numbers of a text."""
    return {m.group(1).rstrip(".,") for m in _PARTICULAR.finditer(text)}


def same_particulars(a: str, b: str) -> bool:
    """Whether one text's names and numbers are all in the other (a byline may add some)."""
    pa, pb = particulars(a), particulars(b)
    return pa <= pb or pb <= pa


class DuplicateIndex:
    """Stored articles' URLs and signatures, to tell whether an incoming article is one of them.

    `text_of(article_id)` gives a stored article's text (to compare particulars) when `add` was
    not given it.
    """

    def __init__(
        self,
        threshold: float = THRESHOLD,
        text_of: Callable[[str], str | None] | None = None,
    ) -> None:
        self.threshold = threshold
        self._lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self._signatures: dict[str, np.ndarray] = {}
        self._urls: dict[str, str] = {}
        self._texts: dict[str, str] = {}
        self._text_of = text_of

    def __len__(self) -> int:
        return len(self._signatures)

    def add(
        self, article_id: str, sig: np.ndarray, url: str | None = None, text: str | None = None
    ) -> None:
        """Index a stored article (a second add of the same id is ignored)."""
        if article_id in self._signatures:
            return
        self._signatures[article_id] = sig
        if text is not None:
            self._texts[article_id] = text
        self._lsh.insert(article_id, MinHash(num_perm=NUM_PERM, hashvalues=sig, scheme=SCHEME))
        key = normalise_url(url)
        if key:
            self._urls.setdefault(key, article_id)

    def find(
        self, sig: np.ndarray, url: str | None = None, text: str | None = None
    ) -> Match | None:
        """Return the indexed article this one duplicates, or None.

        With `text`, a near-identical candidate must also tell the same particulars.
        """
        key = normalise_url(url)
        if key and key in self._urls:
            return Match(self._urls[key], "same url", 1.0)
        best: Match | None = None
        query = MinHash(num_perm=NUM_PERM, hashvalues=sig, scheme=SCHEME)
        for other in sorted(self._lsh.query(query)):
            j = similarity(sig, self._signatures[other])
            if j < self.threshold or (best is not None and j <= best.similarity):
                continue
            if text is not None:
                other_text = self._texts.get(other)
                if other_text is None and self._text_of is not None:
                    other_text = self._text_of(other)
                if other_text is not None and not same_particulars(text, other_text):
                    continue
            best = Match(other, "near-identical text", round(j, 3))
        return best
