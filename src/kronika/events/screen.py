"""The screen: event reports whose sentence tells no event are dropped.

The event rules find a trigger, a place and a date in grammar; what they cannot see is whether
the sentence reports something that happened or talks about the war: an opinion ("Arming Ukraine
to retake the Donbas appears to have …"), a general statement ("the Russians hit the same place
twice to kill the rescuers"), a plan, a fear, a rhetorical "attack". The screen reads the
report's first evidence sentence as a whole: its all-MiniLM-L6-v2 embedding (kronika.embed) goes
through a logistic model trained by `training/screen.py` on our own labelled sentences, and a
report scoring below the model's threshold is dropped.

The weights and the threshold ship in `data/screen.json` with what they were trained on and the
figures measured when they were (leave-one-article-out on the labelled real-article events).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import numpy as np

from kronika.embed import load_encoder
from kronika.types import Document


@dataclass(slots=True, frozen=True)
class ScreenModel:
    """A logistic model over sentence embeddings."""

    weights: np.ndarray  #: one weight per embedding dimension
    bias: float
    threshold: float  #: a report whose score is below this is dropped
    layers: int | None  #: transformer layers of the encoder it was trained on (None: all)
    max_tokens: int  #: wordpieces per sentence it was trained on

    def scores(self, vectors: np.ndarray) -> np.ndarray:
        """Return the probability that each vector's sentence tells an event."""
        return 1.0 / (1.0 + np.exp(-(vectors @ self.weights + self.bias)))


@lru_cache(maxsize=1)
def load_model() -> ScreenModel:
    """The shipped model, read once per process."""
    raw = json.loads(resources.files("kronika").joinpath("data/screen.json").read_text("utf-8"))
    return ScreenModel(
        np.asarray(raw["weights"], dtype=np.float32),
        float(raw["bias"]),
        float(raw["threshold"]),
        raw.get("layers"),
        int(raw["max_tokens"]),
    )


def sentence_scores(sentences: list[str]) -> list[float]:
    """Return the screen's score of each sentence (1: tells an event)."""
    if not sentences:
        return []
    model = load_model()
    vectors = load_encoder(model.layers, model.max_tokens).encode(sentences)
    return [float(s) for s in model.scores(vectors)]


def screen_stage(doc: Document) -> Document:
    """Drop the document's event reports whose first evidence sentence scores below threshold."""
    if not doc.events:
        return doc
    model = load_model()
    firsts = [e.evidence[0].text if e.evidence else "" for e in doc.events]
    distinct = sorted({s for s in firsts if s})
    score = dict(zip(distinct, sentence_scores(distinct), strict=True))
    doc.events = [
        e for e, s in zip(doc.events, firsts, strict=True) if score.get(s, 1.0) >= model.threshold
    ]
    return doc
