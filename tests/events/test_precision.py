"""Words of events in commentary, plans and definitions: no event told (session 17b).

Each test sentence is ours; the mechanisms were chosen from the error classes of the labelled
GDELT sample (eval/precision/gdelt_sample.tsv), never from its wording.
"""

from __future__ import annotations

import pytest

from kronika.pipeline import extract

pytestmark = pytest.mark.slow

PUBLISHED = "2024-05-13"


def _subs(text: str) -> list[str]:
    return [e.sub_event_type for e in extract(text, published=PUBLISHED).events]


@pytest.mark.parametrize(
    "text",
    [
        # An alliance that is, acts or is talked of is a body, not a new alliance.
        "The bloc is a defensive alliance of twelve states, the minister in Goma said.",
        "The alliance must keep up its support for Goma, its secretary-general said.",
        "Building alliances with neighbours is a first step, the governor of Goma said.",
        "Leaders in Goma discussed the future of the alliance on Monday.",
    ],
)
def test_an_alliance_named_is_no_event(text: str) -> None:
    assert _subs(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Two armed groups near Goma formed an alliance on Monday.",
        "An alliance of three militias was announced in Goma on Monday.",
        "The two rebel factions entered into an alliance in Goma on Monday.",
    ],
)
def test_an_alliance_made_is_a_change_of_group(text: str) -> None:
    assert _subs(text) == ["Change to group/activity"]
