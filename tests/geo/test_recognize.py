"""Which stretches of text are toponyms, and of what kind, through `extract` on short texts."""

from __future__ import annotations

import pytest

from kronika.geo.recognize import find_mentions
from kronika.pipeline import Options, extract
from kronika.types import Toponym

pytestmark = pytest.mark.slow

NO_EVENTS = Options(disable=("events",))


def _toponyms(text: str):
    return extract(text, published="2023-03-16", options=NO_EVENTS).toponyms


def _by_text(text: str) -> dict[str, Toponym]:
    return {t.text: t for t in _toponyms(text)}


@pytest.mark.parametrize(
    ("text", "towns"),
    [
        # spaCy's small model labels these towns PRODUCT, ORG or PERSON, or not at all.
        (
            "Russian shelling hit Kramatorsk, Sloviansk and Druzhkivka.",
            ("Kramatorsk", "Sloviansk", "Druzhkivka"),
        ),
        (
            "Russian drones struck Kostiantynivka, Druzhkivka and Kramatorsk overnight.",
            ("Kostiantynivka", "Druzhkivka", "Kramatorsk"),
        ),
        (
            "Russian artillery shelled Orikhiv, Huliaipole and Stepnohorsk.",
            ("Orikhiv", "Huliaipole", "Stepnohorsk"),
        ),
        ("Kherson, Beryslav and Nikopol came under fire.", ("Kherson", "Beryslav", "Nikopol")),
    ],
)
def test_towns_listed_together_are_toponyms_whatever_spacy_labels_them(text, towns) -> None:
    found = _by_text(text)
    assert set(towns) <= set(found), f"missing {set(towns) - set(found)}"
    assert all(found[t].kind == "literal" and found[t].resolved for t in towns)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("The report was denied by Kiev.", "Kiev", "metonymic"),
        ("Moscow denied the report.", "Moscow", "metonymic"),
        ("Russia's defence ministry said it had shot down 12 drones.", "Russia", "metonymic"),
        ("Kyiv is the capital of Ukraine.", "Kyiv", "literal"),
        ("The Kharkiv Regional Council said schools would close.", "Kharkiv", "org"),
        ("A missile hit a factory in Dnipro.", "Dnipro", "literal"),
    ],
)
def test_toponym_kind(text: str, name: str, kind: str) -> None:
    found = _by_text(text)
    assert name in found
    assert found[name].kind == kind


@pytest.mark.parametrize(
    "text",
    [
        "Ukrainian soldiers held the line.",
        "Ukrainians queued for water.",
        "Volodymyr Zelensky spoke to reporters on Tuesday.",
        "On Monday, officials met in the morning.",
    ],
)
def test_demonyms_people_and_dates_are_not_toponyms(text: str) -> None:
    assert _toponyms(text) == []


def test_a_possessive_is_no_part_of_a_persons_name(nlp) -> None:
    # "Vladimir Putin’s": Vladimir is a first name for the rest of the text, not the city.
    from kronika.geo.recognize import person_names

    names = person_names(nlp("President Vladimir Putin’s planned annexation of parts of Ukraine."))
    assert {"Vladimir", "Putin"} <= names


def test_region_suffix_makes_an_admin1_toponym() -> None:
    text = "Fighting continued in the Donetsk region."
    (top,) = _toponyms(text)
    assert top.text == "Donetsk region"
    assert text[top.start : top.end] == top.text
    assert top.feature == "admin1"
    assert top.admin1 == "Donetska oblast"
    assert top.geo_precision == 3


def test_county_suffix_makes_an_admin2_toponym() -> None:
    (top,) = _toponyms("Flooding closed roads across Polk County.")
    assert top.text == "Polk County"
    assert top.feature == "admin2"


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # A plural kind word names the kind of every name of the list before it.
        (
            "Enrollment has slowed in Jackson and Barrow counties, the school board said.",
            {"Jackson": "admin2", "Barrow counties": "admin2"},
        ),
        (
            "Russian drones struck the Kharkiv, Sumy and Chernihiv regions overnight.",
            {"Kharkiv": "admin1", "Sumy": "admin1", "Chernihiv regions": "admin1"},
        ),
        # A name outside the list keeps its own kind.
        (
            "Troops left Kupiansk. Drones struck the Sumy and Poltava oblasts.",
            {"Kupiansk": "city", "Sumy": "admin1", "Poltava oblasts": "admin1"},
        ),
    ],
)
def test_plural_kind_word_gives_its_kind_to_the_whole_list(text, kinds) -> None:
    assert {t.text: t.feature for t in _toponyms(text)} == kinds


def test_county_word_inside_an_organisation_name_still_hints_a_county() -> None:
    tops = _toponyms("Deputies of the Dane County Sheriff's Office made the arrest.")
    (top,) = [t for t in tops if t.text.startswith("Dane")]
    assert top.kind == "org"
    assert top.feature == "admin2"


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # A civil body's building hit: the town of its name is where it happened…
        (
            "Destruction of the Kharkiv Regional State Administration after a missile strike.",
            {"Kharkiv": "literal"},
        ),
        (
            "A missile strike on the Mykolaiv Regional State Administration killed 12 people.",
            {"Mykolaiv": "literal"},
        ),
        # …but a body that speaks, or a military unit, stays the body's name.
        (
            "The Kharkiv Regional Military Administration said Russian shelling hit Chuhuiv.",
            {"Kharkiv": "org", "Chuhuiv": "literal"},
        ),
        (
            "Fighters of the Luhansk operational tactical group shelled Avdiivka.",
            {"Luhansk": "org", "Avdiivka": "literal"},
        ),
    ],
)
def test_town_in_the_name_of_a_body_hit_is_where_it_happened(text, kinds) -> None:
    assert {t.text: t.kind for t in _toponyms(text)} == kinds


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # A town opening a sentence, tagged as an adjective: no English word, so a name…
        ("Mariupol residents received aid at a former supermarket.", ["Mariupol"]),
        # …while English words opening a sentence stay words.
        ("Reading the report, officials in Springfield said nothing.", ["Springfield"]),
        ("Mobile phone networks were down in Kherson.", ["Kherson"]),
    ],
)
def test_sentence_opening_names_that_are_no_english_words(text, names) -> None:
    assert [t.text for t in _toponyms(text)] == names


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # The model may take "Kyiv's Podil" for one organisation: the owner is the place, and
        # a capital owning a part of itself ("neighbourhood", "residents") is literal…
        ("Fire broke out in Kyiv's Podil neighborhood overnight.", {"Kyiv": "literal"}),
        ("Kyiv’s residents sheltered in the metro.", {"Kyiv": "literal"}),
        # …while a capital owning a decision is its government.
        (
            "Kyiv's decision angered officials in Warsaw.",
            {"Kyiv": "metonymic", "Warsaw": "literal"},
        ),
    ],
)
def test_a_place_owning_a_part_of_itself(text, kinds) -> None:
    assert {t.text: t.kind for t in _toponyms(text)} == kinds


def test_an_english_words_possessive_is_part_of_the_name() -> None:
    tops = _toponyms("Officials of the People's Republic of China met in Beijing.")
    assert [(t.text, t.country) for t in tops] == [
        ("People's Republic of China", "CN"),
        ("Beijing", "CN"),
    ]


def test_city_of_prefix_hints_a_city(nlp) -> None:
    (mention,) = [m for m in find_mentions(nlp("Drones hit the city of Sumy.")) if m.name == "Sumy"]
    assert mention.feature_hint == "city"


def test_mention_offsets_index_the_text(nlp) -> None:
    text = "Shelling hit Kharkiv Oblast and the town of Izium on Friday."
    for m in find_mentions(nlp(text)):
        assert text[m.start : m.end] == m.text
        assert m.name in m.text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Evidence beyond "in X": over, past, out of, compass "of", "strike on", "X's depot".
        ("Two helicopters were seen flying over Bucha.", "Bucha"),
        ("A column drove past Sumy at night.", "Sumy"),
        ("Families fled out of Trostianets.", "Trostianets"),
        ("Artillery positions were dug NW of Brovary.", "Brovary"),
        ("A drone strike on Kupiansk destroyed a warehouse.", "Kupiansk"),
        ("Bucha's railway station was damaged.", "Bucha"),
        # Apostrophes kept from the romanisation: not a title-case word to str.istitle().
        ("A shell landed in Sievierodonets'k.", "Sievierodonets'k"),
        # The model's guess of DATE for a name it does not know.
        ("A depot burned in Arciz overnight.", "Arciz"),
    ],
)
def test_place_evidence_beyond_locative_prepositions(text: str, name: str) -> None:
    top = _by_text(text).get(name)
    assert top is not None and top.kind == "literal" and top.country == "UA"


def test_direction_word_before_a_name_is_cut_off() -> None:
    top = _by_text("Heavy damage to a school in Central Kharkiv.").get("Kharkiv")
    assert top is not None and top.kind == "literal" and top.feature == "city"
    assert "South Africa" in _by_text("Troops trained in South Africa.")


def test_two_word_name_cut_by_the_model_is_joined() -> None:
    toponyms = _by_text("Civilian cars were shot at in Stary Saltiv, Kharkiv Oblast.")
    assert "Stary Saltiv" in toponyms and "Stary" not in toponyms


def test_name_cut_at_a_lower_case_particle_is_joined() -> None:
    # The model leaves "ez-" out: "Deir" and "Zor" are one name, a Syrian province here.
    toponyms = _by_text("Air strikes hit the Hama and Deir ez-Zor provinces on Friday.")
    top = toponyms["Deir ez-Zor provinces"]
    assert (top.country, top.feature) == ("SY", "admin1")
    assert "Deir" not in toponyms and "Zor" not in toponyms


def test_town_in_a_facility_name_is_literal() -> None:
    toponyms = _by_text("Aftermath of the strike on the Kyiv TV tower.")
    assert toponyms["Kyiv"].kind == "literal"


@pytest.mark.parametrize(
    ("text", "name", "event", "person"),
    [
        ("Burning warehouse in Kupiansk after the strike.", "Kupiansk", True, False),
        ("Kupiansk said the talks went well.", "Kupiansk", False, True),
        ("Mayor Terekhov opened the new park.", "Terekhov", False, True),
    ],
)
def test_mention_knows_its_event_and_person_context(nlp, text, name, event, person) -> None:
    (mention,) = [m for m in find_mentions(nlp(text)) if m.name == name]
    assert (mention.event, mention.person) == (event, person)


def test_capitalised_preposition_opening_a_span_is_cut_and_makes_it_locative() -> None:
    from spacy.tokens import Span

    from kronika.nlp import load_nlp

    doc = load_nlp()("Near Kupiansk in the Kharkiv region, a convoy was hit")
    doc.ents = [Span(doc, 0, 2, label="PERSON")]  # the model's reading of a caption's opening
    mention = next(m for m in find_mentions(doc) if "Kupiansk" in m.name)
    assert mention.name == "Kupiansk"
    assert mention.locative
