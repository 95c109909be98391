"""Event reports: triggers, types, places, dates, actors, casualties, sources, evidence."""

from kronika.events.extract import extract_events
from kronika.events.lexicon import EVENT_TYPE, TAXONOMY

__all__ = ["EVENT_TYPE", "TAXONOMY", "extract_events"]
