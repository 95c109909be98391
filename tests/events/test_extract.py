"""Event reports from short war reports, through `extract` (parse, geoparse, events)."""

from __future__ import annotations

import datetime as dt

import pytest

from kronika.pipeline import Options
from kronika.pipeline import extract as _extract

#: The event rules alone: the screen after them (events/screen.py) has its own tests.
RULES_ONLY = Options(disable=("screen",))


def extract(text: str, published: str | None = None) -> object:
    return _extract(text, published=published, options=RULES_ONLY)


pytestmark = pytest.mark.slow

PUBLISHED = "2023-03-16"  # a Thursday


def _events(text: str, published: str | None = PUBLISHED):
    return extract(text, published=published).events


def test_one_attack_on_three_towns_is_three_events() -> None:
    events = _events("Russian attacks hit Kupiansk, Izium and Balakliia on Tuesday.")
    assert [e.location.name for e in events] == ["Kupyansk", "Izyum", "Balakliya"]
    assert {e.event_date for e in events} == {"2023-03-14"}
    assert {e.actor1 for e in events} == {"Military Forces of Russia"}
    assert {e.event_type for e in events} == {"Explosions/Remote violence"}


@pytest.mark.parametrize(
    "text",
    [
        # a tally over months
        "Since the start of the invasion, more than 1,000 civilians have been killed in "
        "the Kharkiv region.",
        # a condition
        "If Russian forces capture Pokrovsk, the road to Dnipro will be open.",
        # questions
        "Will Russian troops storm Kupiansk next week?",
        "Could Russian missiles hit Odesa again?",
        # a possibility and a negation
        "Russian troops might try to storm Kupiansk.",
        "Russian forces did not shell Kupiansk on Monday.",
    ],
)
def test_sentences_that_report_no_event(text: str) -> None:
    doc = extract(text, published=PUBLISHED)
    assert doc.toponyms, "the test needs a place the event could have been put at"
    assert doc.events == []


def test_missile_strike_on_homes_with_casualties() -> None:
    text = (
        "A Russian missile struck a residential building in Zaporizhzhia on Wednesday night, "
        "killing four civilians and wounding 23, the regional governor said."
    )
    (event,) = _events(text)
    assert event.event_type == "Explosions/Remote violence"
    assert event.sub_event_type == "Shelling/artillery/missile attack"
    assert event.location.name == "Zaporizhzhya"
    assert (event.event_date, event.time_precision) == ("2023-03-15", 1)
    assert event.actor1 == "Military Forces of Russia"
    assert event.actor2 == "Civilians (Ukraine)"
    assert event.civilian_targeting is True
    assert (event.fatalities, event.injuries) == (4, 23)
    assert event.weapons == ["missile"]
    assert event.attribution == ["regional governor"]
    assert event.current is True


def test_casualties_in_the_next_sentence_join_the_event() -> None:
    text = (
        "Russian drones struck an apartment block in Sumy on Monday. "
        "Two people were killed and 11 wounded, officials said."
    )
    (event,) = _events(text)
    assert event.location.name == "Sumy"
    assert (event.fatalities, event.injuries) == (2, 11)
    assert len(event.evidence) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Russian forces said on Monday they had captured the village of Dibrova. "
        "Ukraine's military denied the claim.",
        "Russian forces said they had captured Dibrova. The claim was denied.",
    ],
)
def test_claim_followed_by_denial_is_contested(text: str) -> None:
    (event,) = _events(text)
    assert event.event_type == "Battles"
    assert event.sub_event_type == "Non-state actor overtakes territory"
    assert event.actor1 == "Military Forces of Russia"
    assert event.claim_status == "contested"


def test_claim_without_denial_is_reported() -> None:
    (event,) = _events("Russian forces said they had captured Dibrova on Monday.")
    assert event.claim_status == "reported"


def test_recapture_months_before_publication_is_background() -> None:
    (event,) = _events("Kupiansk was recaptured by Ukrainian forces in September.")
    assert event.sub_event_type == "Government regains territory"
    assert event.actor1 == "Military Forces of Ukraine"
    assert (event.event_date, event.time_precision) == ("2022-09", 3)
    assert event.current is False


def test_without_publication_date_events_have_no_date() -> None:
    (event,) = _events("Russian shelling hit Kramatorsk on Tuesday.", published=None)
    assert (event.event_date, event.time_precision) == (None, None)


def test_evidence_spans_index_the_text() -> None:
    text = (
        "KYIV, March 16 (Reuters) -\n\n"
        "Russian shelling hit Kramatorsk, Sloviansk and Druzhkivka on Tuesday, "
        "the regional governor said.\n"
        "One person was killed.\n"
        "A Russian missile struck a school in Kharkiv on Wednesday, injuring 12 people."
    )
    doc = extract(text, published=PUBLISHED)
    assert len(doc.events) == 4
    for event in doc.events:
        assert event.evidence
        for span in event.evidence:
            assert doc.text[span.start : span.end] == span.text
            assert text[span.start : span.end] == span.text
    ids = [e.id for e in doc.events]
    assert len(set(ids)) == len(ids)


def test_hedged_report_is_unconfirmed() -> None:
    doc = extract(
        "Russian missiles reportedly hit Odesa on Monday, killing two people.",
        published="2024-05-01",
    )
    assert [e.claim_status for e in doc.events] == ["unconfirmed"]
    assert doc.events[0].fatalities == 2


def test_interception_is_disrupted_weapons_use() -> None:
    doc = extract(
        "Air defences shot down 14 drones over the Zaporizhzhia region overnight.",
        published="2024-05-01",
    )
    assert [e.sub_event_type for e in doc.events] == ["Disrupted weapons use"]


def test_air_strike_inside_a_battle_is_one_battles_event() -> None:
    doc = extract(
        "Fierce fighting continued in Pokrovsk on Monday as Russian jets dropped guided bombs "
        "on Pokrovsk.",
        published="2024-05-01",
    )
    assert [(e.event_type, e.location.name) for e in doc.events] == [("Battles", "Pokrovsk")]
    assert "guided bomb" in doc.events[0].weapons


def test_a_drone_strike_and_shelling_of_one_town_on_one_day_are_one_event() -> None:
    events = _events(
        "Russian drones struck Kramatorsk on Tuesday, killing two people. Russian artillery "
        "also shelled Kramatorsk on Tuesday, damaging a school. On Wednesday Russian forces "
        "shelled Kramatorsk again."
    )
    assert [(e.location.name, e.event_date) for e in events] == [
        ("Kramatorsk", "2023-03-14"),
        ("Kramatorsk", "2023-03-15"),
    ]
    assert events[0].fatalities == 2


def test_evacuation_is_tagged() -> None:
    doc = extract(
        "Police evacuated 300 residents from Vovchansk on Monday.", published="2024-05-14"
    )
    assert [(e.sub_event_type, e.tags) for e in doc.events] == [("Other", ["evacuation"])]


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        (
            "Police fired tear gas and arrested dozens of protesters in Kharkiv on Sunday.",
            "Protest with intervention",
        ),
        (
            "Security forces opened fire on demonstrators in Kherson on Sunday, killing three.",
            "Excessive force against protesters",
        ),
        ("Rioters hurled stones and torched cars in Odesa on Sunday.", "Violent demonstration"),
        ("Hundreds of residents held a peaceful rally in Lviv on Sunday.", "Peaceful protest"),
        ("Sappers defused a roadside bomb near Izium on Sunday.", "Disrupted weapons use"),
        (
            "Government troops recaptured the village of Dibrova on Sunday.",
            "Government regains territory",
        ),
        (
            "Militants captured the village of Dibrova on Sunday.",
            "Non-state actor overtakes territory",
        ),
        ("Fighters attacked a checkpoint near Izium on Sunday.", "Armed clash"),
        (  # bodies found with wounds are a killing where they are found; "tied" is no IED
            "Three bodies with their hands tied and bullet wounds were found near Izium on Sunday.",
            "Attack",
        ),
    ],
)
def test_sub_event_type_follows_the_codebook(text: str, sub_event_type: str) -> None:
    doc = extract(text, published="2024-05-13")
    assert [e.sub_event_type for e in doc.events][:1] == [sub_event_type]


def test_bodies_found_after_a_disaster_are_no_attack() -> None:
    doc = extract(
        "Rescuers recovered the bodies of 12 miners in Izium on Sunday.", published="2024-05-13"
    )
    assert doc.events == []


def test_a_month_name_is_no_march() -> None:
    doc = extract("In March the town of Izium was quiet.", published="2024-05-13")
    assert doc.events == []


def test_events_of_an_article_naming_no_town_are_kept_unplaced() -> None:
    doc = extract("Gunmen kidnapped four aid workers on Sunday.", published="2024-05-13")
    assert [(e.sub_event_type, e.location) for e in doc.events] == [
        ("Abduction/forced disappearance", None)
    ]


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        (
            "Police seized 40 rifles and 3,000 rounds of ammunition in Kherson on Sunday.",
            "Disrupted weapons use",
        ),
        (
            "Two explosive devices were found near the railway station in Kharkiv on Sunday.",
            "Disrupted weapons use",
        ),
        (
            "Russian forces set up a new military base in the village of Kalanchak on Sunday.",
            "Headquarters or base established",
        ),
    ],
)
def test_verb_and_object_decide_the_sub_type(text: str, sub_event_type: str) -> None:
    doc = extract(text, published="2024-05-13")
    assert [e.sub_event_type for e in doc.events][:1] == [sub_event_type]


def test_according_to_is_no_accord() -> None:
    doc = extract(
        "According to the governor, Russian shelling hit Kupiansk on Monday.",
        published="2024-05-14",
    )
    assert [e.sub_event_type for e in doc.events] == ["Shelling/artillery/missile attack"]


def test_every_field_points_at_its_words() -> None:
    doc = extract(
        "Ukrainian officials said a Russian missile strike on an apartment block in Kharkiv on "
        "Wednesday night killed at least seven civilians and wounded 16.",
        published="2022-08-18",
    )
    (event,) = doc.events
    words = {name: span.text for name, span in event.field_evidence.items()}
    assert words == {
        "trigger": "strike",
        "location": "Kharkiv",
        "event_date": "on Wednesday night",
        "actor1": "Russian missile",
        "fatalities": "killed at least seven",
        "injuries": "wounded 16",
    }
    for span in event.field_evidence.values():
        assert doc.text[span.start : span.end] == span.text


def test_conflicting_tolls_give_the_lowest_with_the_range() -> None:
    text = (
        "Russian shelling hit Nikopol on Tuesday. Local officials said 6 residents were "
        "killed, while Russian media claimed 14."
    )
    (event,) = _events(text)
    assert (event.fatalities, event.fatalities_low, event.fatalities_high) == (6, 6, 14)


def test_ranged_injuries_keep_low_and_high() -> None:
    text = "A Russian drone struck a market in Kherson on Monday, wounding between 9 and 12."
    (event,) = _events(text)
    assert (event.injuries, event.injuries_low, event.injuries_high) == (9, 9, 12)
    assert event.fatalities is None


def test_protesters_and_police_are_named_for_the_country() -> None:
    text = "Police dispersed protesters with tear gas in Lviv on Monday."
    (event,) = _events(text)
    assert event.event_type == "Protests"
    assert {event.actor1, event.actor2} == {"Police Forces of Ukraine", "Protesters (Ukraine)"}


def test_a_death_toll_update_revises_the_attack_it_names() -> None:
    text = (
        "The death toll from a Russian missile strike on a shopping centre in Kremenchuk rose to "
        "18 on Thursday, the regional governor said. The missile hit the building on Monday "
        "afternoon, killing ten people and wounding more than 50."
    )
    (event,) = _events(text)
    assert event.location.name == "Kremenchuk"
    assert (event.event_date, event.time_precision) == ("2023-03-13", 1)  # the strike's Monday
    assert (event.fatalities, event.injuries) == (18, 50)
    # the evidence points at the strike's day and the revised total, not the update's day
    assert event.field_evidence["event_date"].text == "on Monday afternoon"
    assert event.field_evidence["fatalities"].text == "rose to 18"


def test_bodies_found_later_add_to_the_main_event_of_the_town() -> None:
    text = (
        "Russian shells hit a residential block in Kherson on Tuesday, killing two people, "
        "officials said. On Wednesday rescuers pulled two more bodies from the rubble."
    )
    (event,) = _events(text)
    assert event.event_date == "2023-03-14"
    assert event.fatalities == 4


def test_an_update_alone_is_dated_by_the_attack_not_the_update() -> None:
    (event,) = _events(
        "The death toll from Tuesday's drone strike on Sumy rose to five on Thursday."
    )
    assert (event.event_date, event.fatalities) == ("2023-03-14", 5)


def test_a_recap_without_a_town_is_placed_at_the_town_of_the_lead() -> None:
    text = (
        "Russian artillery shelled Kupiansk on Wednesday morning, wounding three people, the "
        "regional governor said. The wounded were taken to hospital in Kharkiv. On Monday, "
        "Russian rockets hit the railway station, killing two people. Free buses to Kharkiv "
        "leave every morning."
    )
    events = _events(text)
    assert {(e.location.name, e.event_date) for e in events} == {
        ("Kupyansk", "2023-03-15"),
        ("Kupyansk", "2023-03-13"),
    }


def test_the_town_of_the_headline_is_the_focus() -> None:
    from kronika.pipeline import run
    from kronika.types import Article

    text = (
        "Shells hit the central market on Monday, killing two people. Most of the wounded were "
        "taken to Kharkiv, officials said. Free buses to Kharkiv leave every morning. "
        "Before the war, about 27,000 people lived in Kupiansk."
    )
    article = Article(
        id="t",
        text=text,
        published=dt.date(2023, 3, 16),
        title="Two killed as shells hit Kupiansk market",
    )
    (event,) = next(run([article])).events
    assert event.location.name == "Kupyansk"


def test_a_ministry_destroying_a_depot_reports_a_strike() -> None:
    (event,) = _events(
        "Russia's defence ministry said its forces destroyed an ammunition depot in Kramatorsk "
        "on Monday."
    )
    assert event.event_type == "Explosions/Remote violence"
    assert event.actor1 == "Military Forces of Russia"
    assert (event.event_date, event.time_precision) == ("2023-03-13", 1)


@pytest.mark.parametrize(
    "text",
    [
        "Ukrainian officials said Russian rockets hit a school in Kherson on Tuesday. A "
        "Russian-installed official called the reports a provocation staged by Kyiv.",
        "Reports that Russian shells hit a hospital in Kherson on Tuesday were fake, a "
        "Russian-installed official said.",
        "Russian shells hit a hospital in Kherson on Tuesday, Ukrainian officials said. Moscow "
        "dismissed the reports as propaganda.",
    ],
)
def test_an_attack_the_other_side_calls_staged_is_contested(text: str) -> None:
    (event,) = _events(text)
    assert event.event_type == "Explosions/Remote violence"
    assert event.claim_status == "contested"


@pytest.mark.parametrize(
    "text",
    [
        # a standing denial of a policy, not of this report
        "Russian shells hit a market in Kherson on Tuesday, killing two people. Russia denies "
        "targeting civilians.",
        # the speaker rebuts someone else: his own report is not denied
        "Fighting went on in Bakhmut on Monday, the commander said, denying claims that the "
        "town was encircled.",
    ],
)
def test_denials_of_something_else_leave_the_report_as_reported(text: str) -> None:
    (event,) = _events(text)
    assert event.claim_status == "reported"


def test_the_actor_evidence_is_whole_words() -> None:
    (event,) = _events("Russian drones struck Pokrovsk on Tuesday night, killing two people.")
    assert event.field_evidence["actor1"].text == "Russian drones"


def test_a_speakers_title_keeps_its_of_phrase() -> None:
    (event,) = _events(
        "Russian shelling killed two people in Kherson on Monday, the head of the Kherson "
        "regional military administration said."
    )
    assert event.attribution == ["head of Kherson regional military administration"]


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        # A pronoun subject ("it", "its forces") is the side that claims the capture.
        (
            "The RSF said it had captured Geneina after seizing the army's garrison there.",
            "Non-state actor overtakes territory",
        ),
        (
            "Moscow said on Sunday its forces had taken full control of Marinka after "
            "Ukrainian troops pulled back.",
            "Non-state actor overtakes territory",
        ),
        (
            "Kyiv said its troops had recaptured Klishchiivka on Sunday.",
            "Government regains territory",
        ),
    ],
)
def test_capture_claimed_by_its_speaker(text, sub_type) -> None:
    assert _events(text)[0].sub_event_type == sub_type


def test_capital_speaking_does_not_move_the_town_abroad() -> None:
    # "Moscow said" names Russia as an actor; the town taken is still the Ukrainian one.
    events = _events("Moscow said on Sunday its forces had taken full control of Marinka.")
    assert events and events[0].location.country == "UA"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # The only place of the brief is the region it names in another sentence…
        (
            "Gunmen torched dozens of homes and looted shops overnight, police said. The governor "
            "of Kunar province called for calm.",
            "Kunaṟ",
        ),
        # …or the town in the name of the body that tells it.
        (
            "Security forces fired live rounds at protesters on Sunday, killing two, the "
            "Jalalabad city council said. Schools in Nangarhar province stayed shut.",
            "Jalālābād",
        ),
    ],
)
def test_a_brief_whose_event_names_no_place_is_placed_where_the_brief_is(text, place) -> None:
    (event,) = extract(text, published="2024-05-13").events
    assert event.location is not None and event.location.name == place


def test_a_long_article_does_not_place_its_commentary() -> None:
    # An article with events of its own: a placeless remark is not put at its town.
    doc = extract(
        "A missile struck an apartment block in Kharkiv on Monday, killing three people. "
        "Russia's offensive elsewhere remains stalled, analysts said.",
        published="2024-05-13",
    )
    assert [e.sub_event_type for e in doc.events] == ["Shelling/artillery/missile attack"]


@pytest.mark.parametrize(
    "text",
    [
        # What someone wants, vows, needs or threatens to do has not happened.
        "Kyiv vowed on Sunday to retake every village of the Kharkiv region.",
        "Rebels threatened on Sunday to seize the town of Izium within days.",
        "Ukraine says it needs more long-range missiles to retake Crimea.",
        # "occupied" after a noun tells what a place is, not when it was taken.
        "Residents of villages occupied by Russia since 2022 lack water, officials in Izium said.",
        "Ukraine intends to return control over all its lands occupied by Russia.",
        # A trigger word naming a capability or a unit is no event.
        "Kyiv lacks the strike capability to reach the bridge near Izium.",
        "Ten battle groups are approaching the border near Izium, officials said.",
    ],
)
def test_wants_states_and_capabilities_are_no_events(text: str) -> None:
    assert extract(text, published="2024-05-13").events == []


def test_a_place_occupied_on_a_day_is_an_event() -> None:
    doc = extract(
        "Dibrova, occupied by Russian forces on Sunday, lies east of Izium.", published="2024-05-13"
    )
    assert [e.sub_event_type for e in doc.events] == ["Non-state actor overtakes territory"]


@pytest.mark.parametrize(
    "text",
    [
        # An accord named in passing is no new agreement.
        "We comply with our agreements with Russia, the minister said in Izium.",
        "South Africa is bound by the Rome statute, the treaty that governs the court in Izium.",
        # Being willing or ready to fight, or committed never to, is no fight.
        "Few in Izium are willing to go fight in the trenches.",
        "Europe made a commitment in Izium to never fight again.",
    ],
)
def test_accords_in_passing_and_readiness_are_no_events(text: str) -> None:
    assert extract(text, published="2024-05-13").events == []


def test_an_accord_made_is_an_agreement_and_a_fight_managed_happened() -> None:
    texts = (
        "A ceasefire between the two sides took effect in Izium on Saturday.",
        "Ukrainian troops were able to retake the town of Izium on Sunday.",
    )
    subs = [[e.sub_event_type for e in extract(t, published="2024-05-13").events] for t in texts]
    assert subs == [["Agreement"], ["Government regains territory"]]


@pytest.mark.parametrize(
    "text",
    [
        # Weapons sent, delivered or in an aid package are goods, not fire.
        "The package includes 1,600 strike and air defence missiles, the ministry in Kyiv said.",
        "Germany delivered air defence systems and artillery shells to Kyiv on Monday.",
        "Deliveries of artillery shells to Kharkiv resumed on Monday.",
    ],
)
def test_weapons_supplied_are_no_events(text: str) -> None:
    assert extract(text, published="2024-05-13").events == []


@pytest.mark.parametrize(
    "text",
    [
        # A habit or a span of time told as one is no event; nor is a cause or a duty.
        "Daily, Russian missiles pummel the cities of the Kharkiv region.",
        "For 100 days Russia has been bombarding Kharkiv.",
        "It is necessary to liberate Izium, the minister said.",
        "Putin ordered his troops to take Izium by 9 May.",
        "Ukraine is fighting for its sovereignty, the official in Izium stressed.",
        "France stands in solidarity with the people of Izium.",
        "Russia is fighting a war of aggression, the minister said in Izium.",
        # Obligations, expectations and warrants are no events.
        "Again and again we have to repel the aggression of the West in Izium.",
        "Russia has yet to capture the town of Izium.",
        "Russia is expected to launch a new offensive near Izium.",
        "The court in Izium issued an arrest warrant for the commander.",
        # Fights against evils, verbal and cyber attacks, seized opportunities.
        "The memorial in Izium symbolises the fight against Nazism.",
        "He attacked Western policy in a speech in Izium.",
        "Periodic attacks in cyberspace on the city council of Izium continue.",
        "Like any fighter in a ring he is seizing the opportunity in Izium.",
        # A purpose is not done yet; a showing is no demonstration.
        "Troops were sent to retake the town of Izium.",
        "A student said riot police were on the way to arrest them in Izium.",
        "This is demonstrated by new fortifications near Izium.",
    ],
)
def test_habits_spans_duties_and_causes_are_no_events(text: str) -> None:
    assert extract(text, published="2024-05-13").events == []


def test_embassies_withdrawing_staff_is_an_evacuation_not_a_handover() -> None:
    doc = extract(
        "Western embassies in Kyiv withdrew some personnel on Monday.", published="2024-05-13"
    )
    assert [e.sub_event_type for e in doc.events] == ["Other"]


def test_an_offensive_aimed_at_a_town_is_fighting_not_its_capture() -> None:
    doc = extract(
        "A large Russian offensive is under way to seize the town of Izium.", published="2024-05-13"
    )
    assert [e.sub_event_type for e in doc.events] == ["Armed clash"]


def test_a_day_told_beside_a_tally_is_an_event() -> None:
    text = "Fighting has raged around Izium for weeks, and on Monday Russian troops attacked its north."
    doc = extract(text, published="2024-05-14")
    assert [(e.sub_event_type, e.event_date) for e in doc.events] == [("Armed clash", "2024-05-13")]
    # A tally alone stays no event.
    assert (
        extract("Fighting has raged around Izium for weeks.", published="2024-05-14").events == []
    )


def test_people_who_had_to_flee_fled() -> None:
    doc = extract(
        "Hundreds of villagers had to flee their homes near Izium on Monday.",
        published="2024-05-13",
    )
    assert [e.sub_event_type for e in doc.events] == ["Other"]


def test_an_order_given_and_a_day_in_a_long_fight_are_events() -> None:
    texts = (
        "Putin ordered a partial mobilisation of 300,000 reservists in Moscow on Wednesday.",
        "Russian forces repeatedly shelled Kharkiv on Monday.",
    )
    subs = [[e.sub_event_type for e in extract(t, published="2024-05-13").events] for t in texts]
    assert subs == [["Change to group/activity"], ["Shelling/artillery/missile attack"]]


def test_invading_a_country_is_a_battle_and_a_claimer_takes_the_ground() -> None:
    texts = (
        "Russian troops invaded Ukraine on 24 February 2022.",
        # The claimer is the taker, not the "military establishments" taken.
        "Prigozhin claimed to have taken control of Rostov, including all military "
        "establishments and the airport, on Saturday.",
    )
    subs = [
        [e.sub_event_type for e in extract(t, published="2023-06-24").events][:1] for t in texts
    ]
    assert subs == [["Armed clash"], ["Non-state actor overtakes territory"]]


def test_the_liberation_of_a_place_is_ground_taken_and_a_war_of_liberation_is_none() -> None:
    # The side that frees a place decides the sub-type, as with "liberated".
    events = _events("Russia announced the liberation of Avdiivka on Saturday.")
    assert [e.sub_event_type for e in events] == ["Non-state actor overtakes territory"]
    events = _events("Kyiv hailed the liberation of Kupiansk by its troops on Tuesday.")
    assert [e.sub_event_type for e in events] == ["Government regains territory"]
    # Only a liberation told as done is one: not a goal, a hope, a holiday or a war's name.
    for text in (
        "Veterans of the war of liberation met in the capital on Monday.",
        "The minister said the army's main goal was the liberation of Bakhmut.",
        "Analysts weighed the possible liberation of Crimea by military means.",
        "Crowds gathered for the day of liberation of Odesa with flowers.",
    ):
        assert _events(text) == [], text


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        (
            "Protesters gathered in the town of Jos on Monday. Police fired tear gas to "
            "disperse them.",
            "Protest with intervention",
        ),
        (
            "Hundreds of farmers marched in Ludhiana on Tuesday against the new law. Later, "
            "some of them torched two buses and pelted police with stones.",
            "Violent demonstration",
        ),
    ],
)
def test_a_protest_and_what_became_of_it_are_one_event(text, sub_type) -> None:
    # ACLED codes the demonstration once, by how it ended; told over two sentences too.
    events = _events(text)
    assert [e.sub_event_type for e in events] == [sub_type]
    assert events[0].to_dict()["evidence_offsets"][0][0] == 0  # told from the gathering on


def test_a_sentence_without_a_date_goes_on_with_the_day_told_before() -> None:
    events = _events(
        "A car bomb killed two soldiers in Mosul on Monday. Hours later, gunmen attacked a "
        "checkpoint in Tal Afar, killing a policeman."
    )
    assert [(e.location.name, e.event_date, e.time_precision) for e in events] == [
        ("Mosul", "2023-03-13", 1),
        ("Tall ‘Afar", "2023-03-13", 1),
    ]
    # Three sentences on, the day is no longer the one told: the publication week.
    events = _events(
        "A car bomb killed two soldiers in Mosul on Monday. The army blamed the group. "
        "Its leaders vowed revenge. Gunmen attacked a checkpoint in Tal Afar, killing a policeman."
    )
    assert (events[-1].event_date, events[-1].time_precision) == (PUBLISHED, 2)


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        (
            "Thousands of teachers demonstrated in Harare on Monday over pay. Police arrested "
            "12 of them.",
            "Protest with intervention",
        ),
        (
            "Students rallied peacefully outside parliament in Nairobi. Riot police then beat "
            "and shot at them, killing one.",
            "Excessive force against protesters",
        ),
    ],
)
def test_the_state_meeting_a_protest_in_the_next_sentence_types_the_protest(text, sub_type):
    events = _events(text)
    assert [e.sub_event_type for e in events] == [sub_type]
    # The figures of what the police did stay with the one event.
    killed = 1 if "killing one" in text else None
    assert events[0].to_dict().get("fatalities") == killed


def test_others_at_the_protests_place_leave_it_as_it_was() -> None:
    text = "Protesters rallied in Lagos on Monday. Separately, gunmen killed a trader in the city."
    assert [e.sub_event_type for e in _events(text)] == ["Peaceful protest", "Attack"]


@pytest.mark.parametrize(
    ("text", "types"),
    [
        ("Riot police shot at the students in Nairobi, killing one.", ["Attack"]),
        ("Police shot and wounded a student in Nairobi.", ["Attack"]),
        # Law enforcement against suspects is no political violence.
        ("Police shot two suspected robbers in Lagos.", []),
        ("Police shot a man who was wanted for murder in Durban.", []),
    ],
)
def test_the_state_shooting_bystanders_is_an_attack(text, types) -> None:
    assert [e.sub_event_type for e in _events(text)] == types


def test_a_month_told_in_between_ends_the_day_told_before() -> None:
    events = _events(
        "Gunmen attacked a checkpoint in Mosul on Monday. In January, the army had retaken the "
        "district. A car bomb went off in Kirkuk, killing two."
    )
    bomb = next(e for e in events if e.sub_event_type == "Remote explosive/landmine/IED")
    assert (bomb.event_date, bomb.time_precision) == (PUBLISHED, 2)
