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
