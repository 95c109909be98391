"""The ordered, named stages: switching them off, unknown names, a stage that forgets to return."""

from __future__ import annotations

import pytest

import kronika.pipeline as pipeline
from kronika.errors import StageError
from kronika.pipeline import Options, extract, run
from kronika.types import Article

TEXT = "Russian shelling hit Kramatorsk on Tuesday."


@pytest.mark.slow
def test_all_stages_give_toponyms_and_events() -> None:
    doc = extract(TEXT, published="2023-03-16")
    assert doc.toponyms and doc.events
    assert doc.spacy_doc is None  # not kept unless asked


@pytest.mark.slow
def test_disabling_events_keeps_toponyms() -> None:
    doc = extract(TEXT, published="2023-03-16", options=Options(disable=("events",)))
    assert [t.text for t in doc.toponyms] == ["Kramatorsk"]
    assert doc.events == []


def test_disabling_nlp_and_later_stages_only_cleans() -> None:
    doc = extract(TEXT, options=Options(disable=("nlp", "geo", "events")))
    assert doc.text == TEXT
    assert doc.toponyms == [] and doc.events == []


@pytest.mark.slow
def test_keep_spacy_doc() -> None:
    doc = extract(TEXT, options=Options(disable=("geo", "events"), keep_spacy_doc=True))
    assert doc.spacy_doc is not None and doc.spacy_doc.text == TEXT


def test_unknown_stage_name_raises_stage_error() -> None:
    with pytest.raises(StageError, match="evnets") as info:
        extract(TEXT, options=Options(disable=("evnets",)))
    assert "events" in str(info.value)  # the valid names are listed


def test_stage_returning_no_document_raises_stage_error(monkeypatch) -> None:
    def forgetful(doc):
        doc.text = doc.text.upper()

    monkeypatch.setitem(pipeline.STAGES, "clean", forgetful)
    with pytest.raises(StageError, match="'clean' returned NoneType"):
        extract(TEXT, options=Options(disable=("nlp", "geo", "events")))


@pytest.mark.slow
def test_run_keeps_article_order_across_batches() -> None:
    articles = [Article(id=f"a{i}", text=f"Drones hit Sumy on day {i}.") for i in range(5)]
    docs = list(run(articles, Options(batch_size=2, disable=("events",))))
    assert [d.article.id for d in docs] == [a.id for a in articles]
