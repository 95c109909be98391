"""Typing rules for confusions seen in real articles (session 18's blind draws of GDELT events):
who takes ground back, ground that is held rather than taken, forces leaving a country or a
border, drones named by their kind, projectiles, armed columns on the march and officials
"pushing back" against claims, and attacks that met resistance. The sentences are
ours."""

from __future__ import annotations

import pytest

from kronika.pipeline import Options
from kronika.pipeline import extract as _extract

RULES_ONLY = Options(disable=("screen",))
SHELLING = "Shelling/artillery/missile attack"
TAKEOVER = "Non-state actor overtakes territory"

pytestmark = pytest.mark.slow


def _types(text: str) -> list[str]:
    events = _extract(text, published="2021-06-15", options=RULES_ONLY).events
    return [e.sub_event_type for e in events]


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        # the taker of a gerund is its governing verb's subject, here a country by its name
        (
            "Ukraine humiliated the Russian army by recapturing the town of Izium in September.",
            "Government regains territory",
        ),
        # ground taken back where the event's place comes from another sentence
        (
            "Grain talks resumed in Istanbul. Ships now sail along the coast, which became "
            "possible after Ukrainian forces retook the island from Russian forces in June.",
            "Government regains territory",
        ),
        # a state's forces taking ground abroad, the place named in the sentence
        (
            "Russian forces recaptured the village of Robotyne from Ukrainian troops.",
            "Non-state actor overtakes territory",
        ),
        # forces leaving a whole country or a border: a change of posture, not of the map
        (
            "Britain withdrew its military trainers from Ukraine on Saturday.",
            "Change to group/activity",
        ),
        (
            "Some battalions were withdrawing from the border after the drills ended.",
            "Change to group/activity",
        ),
        ("The army withdrew from the town of Bama overnight.", "Non-violent transfer of territory"),
        # "assault drones", "attack helicopters": the drone, not an assault
        ("Russian forces struck three regions overnight using assault drones.", "Air/drone strike"),
        ("A Russian loitering munition struck a howitzer near Kupiansk.", "Air/drone strike"),
        ("Gunmen armed with assault rifles killed five villagers near Gao.", "Attack"),
        # an attack that met resistance was fought; one that met none was not
        ("The assault on the city failed in the face of stiff resistance.", "Armed clash"),
        (
            "Gunmen attacked the village of Kura, meeting no resistance, and killed nine farmers.",
            "Attack",
        ),
        # a projectile is fired from afar, whatever it hits
        ("Near the clinic there is a projectile hitting the school yard of Horlivka.", SHELLING),
        # armed columns marching are on the move, not protesting; students marching protest
        ("Rebel columns marched towards the capital on Friday.", "Change to group/activity"),
        ("Thousands of students marched towards parliament on Friday.", "Peaceful protest"),
        ("Jihadist fighters marched into the town of Kidal on Sunday.", TAKEOVER),
        # an official "pushing back against" claims does not push the crowd back
        (
            "Hundreds of nurses rallied outside the ministry on Monday while the minister pushed "
            "back against their pay claims.",
            "Peaceful protest",
        ),
        ("Police pushed back the marchers outside parliament.", "Protest with intervention"),
    ],
)
def test_sub_type(text: str, sub_type: str) -> None:
    assert _types(text)[:1] == [sub_type]


@pytest.mark.parametrize(
    "text",
    [
        "The airport remains under the control of government troops despite repeated rebel "
        "attacks.",
        "The village was under the control of the militants for two years.",
    ],
)
def test_ground_held_is_not_taken(text: str) -> None:
    types = set(_types(text))
    assert not types & {"Non-state actor overtakes territory", "Government regains territory"}


def test_ground_coming_under_control_is_taken() -> None:
    assert _types("The town came under the control of the rebels on Monday.")[:1] == [
        "Non-state actor overtakes territory"
    ]


def test_people_hit_while_fleeing_are_no_displacement() -> None:
    text = (
        "Reporters were shown a road near Bucha where the invading forces bombed families "
        "fleeing the fighting."
    )
    assert "Other" not in _types(text)
    assert _types("Thousands of civilians fled the town after the attack.") == ["Other"]
