"""kronika: news reports of armed conflict in, verifiable geolocated ACLED-style events out."""

from kronika.errors import KronikaError
from kronika.types import Article, Document, Event, Location, Skipped, Span, Toponym

__version__ = "0.1.0"


def __getattr__(name: str):  # lazy: `import kronika` stays light; spaCy loads on first use
    if name == "extract":
        from kronika.pipeline import extract

        return extract
    if name == "extract_files":
        from kronika.jobs import extract_files

        return extract_files
    if name == "fused_events":
        from kronika.query import fused_events

        return fused_events
    raise AttributeError(f"module 'kronika' has no attribute {name!r}")


__all__ = [
    "Article",
    "Document",
    "Event",
    "KronikaError",
    "Location",
    "Skipped",
    "Span",
    "Toponym",
    "__version__",
    "extract",
    "extract_files",
    "fused_events",
]
