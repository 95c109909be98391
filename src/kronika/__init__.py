"""kronika: news reports of armed conflict in, verifiable geolocated ACLED-style events out."""

from kronika.errors import KronikaError
from kronika.types import Article, Document, Event, Location, Skipped, Span, Toponym

__version__ = "0.1.0"

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
]
