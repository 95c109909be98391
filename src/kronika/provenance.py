"""Which code produced a stored document: the version plus a digest of the package itself.

The incremental job (`jobs.py`) skips an article stored with the same text by the same code. The
version string alone does not say that: rules, models and data change between releases (and in
a source checkout, between commits), and a re-run after an upgrade must process stored articles
again instead of keeping what older code found. So the stored mark is `<version>+<digest>`, the
digest taken over every source and data file of the installed package.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

import kronika

#: What the digest reads: code, the shipped data (gazetteer tables, the event screen's weights).
_SUFFIXES = (".py", ".json", ".tsv", ".txt")


@lru_cache(maxsize=1)
def _code_id() -> str:
    root = Path(kronika.__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.suffix in _SUFFIXES and p.is_file()):
        if "__pycache__" in path.parts:
            continue
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
    return f"{kronika.__version__}+{digest.hexdigest()[:12]}"


def build_id(disable: tuple[str, ...] = ()) -> str:
    """Return `<version>+<12 hex digits>` for the kronika package this process runs, with the
    pipeline stages switched off (`Options.disable`) after it: `0.1.0+ab12…;without screen`."""
    if not disable:
        return _code_id()
    return f"{_code_id()};without {','.join(sorted(disable))}"
