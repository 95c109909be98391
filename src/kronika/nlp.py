"""spaCy, loaded once per process: sentences, tokens, entities and parses of the cleaned text."""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator

from kronika import config
from kronika.errors import ResourceError

_lock = threading.Lock()
_nlp = None


def load_nlp():
    """Return the shared spaCy pipeline (`en_core_web_sm` 3.8 weights), loading it on first use."""
    global _nlp
    with _lock:
        if _nlp is None:
            import spacy

            try:
                _nlp = spacy.load(config.SPACY_MODEL)
            except OSError as exc:
                raise ResourceError(
                    f"the spaCy model package {config.SPACY_MODEL!r} is not installed: {exc}"
                ) from exc
        return _nlp


def parse(texts: Iterable[str], batch_size: int = config.SPACY_BATCH_SIZE) -> Iterator:
    """Yield one spaCy Doc per text, in order, batched the way spaCy batches."""
    nlp = load_nlp()
    yield from nlp.pipe(texts, batch_size=batch_size)


_words: frozenset[str] | None = None


def english_words() -> frozenset[str]:
    """Return the lower-case words of the model's lemmatizer index (nouns, verbs, adjectives,
    adverbs): what the model knows as English. A capitalised word outside it that opens a
    sentence ("Severodonetsk after a month of battle") is a name, whatever its tag."""
    global _words
    if _words is None:
        index = load_nlp().get_pipe("lemmatizer").lookups.get_table("lemma_index")
        _words = frozenset(w for words in index.values() for w in words)
    return _words
