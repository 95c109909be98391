"""The ordered, named stages that `extract()` runs over each document.

A stage is a callable `stage(doc) -> doc` over one `Document`; stages are registered here by name,
in order, so a benchmark or a user can switch some off (`disable=["events"]`) and time each.
The `nlp` stage is the one place that batches: documents go through spaCy's `nlp.pipe`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from kronika.clean import clean_stage
from kronika.errors import StageError
from kronika.events import extract_events
from kronika.events.screen import screen_stage
from kronika.geo import geoparse, load_gazetteer
from kronika.nlp import parse
from kronika.types import Article, Document

Stage = Callable[[Document], Document]


def _geo_stage(doc: Document) -> Document:
    doc.toponyms = geoparse(doc, load_gazetteer())
    return doc


def _events_stage(doc: Document) -> Document:
    doc.events = extract_events(doc)
    return doc


#: Stages in the order they run; "nlp" is a marker: spaCy runs there, batched over documents.
STAGES: dict[str, Stage | None] = {
    "clean": clean_stage,
    "nlp": None,
    "geo": _geo_stage,
    "events": _events_stage,
    "screen": screen_stage,  # drops reports whose sentence tells no event (events/screen.py)
}


@dataclass(slots=True, frozen=True)
class Options:
    """What `extract` runs."""

    disable: tuple[str, ...] = ()  #: stage names to skip ("events", "geo", …)
    keep_spacy_doc: bool = False  #: keep `Document.spacy_doc` (memory!) after the run
    batch_size: int = 32
    extra: dict = field(default_factory=dict)


def _check(options: Options) -> None:
    unknown = [s for s in options.disable if s not in STAGES]
    if unknown:
        raise StageError(
            f"unknown stage(s) {unknown}: the stages are {list(STAGES)}",
            hint="Name stages as listed.",
        )


def _run(stages: Iterable[tuple[str, Stage]], doc: Document) -> Document:
    for name, stage in stages:
        out = stage(doc)
        if not isinstance(out, Document):
            raise StageError(f"stage {name!r} returned {type(out).__name__}, not a Document")
        doc = out
    return doc


def run(articles: Iterable[Article], options: Options | None = None) -> Iterator[Document]:
    """Yield one processed Document per article, in order."""
    options = options or Options()
    _check(options)
    names = [n for n in STAGES if n not in options.disable]
    before = [(n, STAGES[n]) for n in names[: names.index("nlp")]] if "nlp" in names else []
    after = [(n, STAGES[n]) for n in names[names.index("nlp") + 1 :]] if "nlp" in names else []
    if "nlp" not in names:
        before = [(n, STAGES[n]) for n in names]
    docs = (_run(before, Document(article=a, text=a.text)) for a in articles)
    if "nlp" not in names:
        yield from docs
        return
    pending: list[Document] = []

    def flush() -> Iterator[Document]:
        for doc, sdoc in zip(
            pending, parse([d.text for d in pending], options.batch_size), strict=True
        ):
            doc.spacy_doc = sdoc
            doc = _run(after, doc)
            if not options.keep_spacy_doc:
                doc.spacy_doc = None
            yield doc
        pending.clear()

    for doc in docs:
        pending.append(doc)
        if len(pending) >= options.batch_size:
            yield from flush()
    yield from flush()


def extract(
    text: str,
    published: dt.date | str | None = None,
    id: str = "text",
    options: Options | None = None,
) -> Document:
    """Return the processed Document of one text (toponyms, events, boilerplate)."""
    if isinstance(published, str):
        published = dt.date.fromisoformat(published)
    return next(run([Article(id=id, text=text, published=published)], options))
