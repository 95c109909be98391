"""Every error kronika raises, in one tree.

    KronikaError                 base: the CLI catches this and prints one line, exit code 2
     ├── InputError              a path or record cannot be read (not found, binary, empty, …)
     ├── GoldFormatError         a gold file is not kronika-gold/1, Gritta XML or a places CSV
     ├── ResourceError           the spaCy model or gazetteer data is missing or broken
     └── StageError              a pipeline stage returned the wrong thing or is unknown

Messages name the file or value, say what was wrong and what to do.
"""

from __future__ import annotations


class KronikaError(Exception):
    """Base class of every error kronika raises on purpose."""

    hint: str | None = None

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        if hint is not None:
            self.hint = hint


class InputError(KronikaError):
    """A path or record cannot be read."""


class GoldFormatError(KronikaError):
    """A gold file is not in a format `kronika eval` reads."""

    hint = (
        "Gold files are kronika-gold/1 JSON (see GOLD.md), Gritta XML (LGL, GeoVirus) "
        "or a places CSV (../shared/data/places)."
    )


class ResourceError(KronikaError):
    """A model or data package kronika needs is missing or broken."""

    hint = "Reinstall with `make install` (or `pip install -e .`)."


class StageError(KronikaError):
    """A pipeline stage is unknown or returned something other than a Document."""
