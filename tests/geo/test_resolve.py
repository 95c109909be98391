"""Which place a toponym names: the gazetteer's candidates ranked by name, size and context."""

from __future__ import annotations

import pytest

from kronika.geo import haversine_km
from kronika.pipeline import Options, extract

NO_EVENTS = Options(disable=("events",))

#: Coordinates (lat, lon) of the towns the tests name, as the gazetteer (GeoNames) gives them.
KRAMATORSK = (48.73106, 37.56779)
SLOVIANSK = (48.84974, 37.59739)
DRUZHKIVKA = (48.61995, 37.52537)
POKROVSK = (48.28014, 37.17706)
KYIV = (50.45466, 30.5238)
LVIV = (49.83826, 24.02324)


def _toponyms(text: str):
    return extract(text, published="2023-03-16", options=NO_EVENTS).toponyms


def _place(text: str, mention: str):
    return next(t for t in _toponyms(text) if t.text == mention)


def _km(top, point: tuple[float, float]) -> float:
    return haversine_km(top.latitude, top.longitude, *point)


def test_haversine_km() -> None:
    assert haversine_km(*KYIV, *KYIV) == 0
    assert haversine_km(*KYIV, *LVIV) == pytest.approx(468, abs=5)
    assert haversine_km(*KYIV, *LVIV) == pytest.approx(haversine_km(*LVIV, *KYIV))
    # One degree of latitude on the 6371 km sphere.
    assert haversine_km(0, 0, 1, 0) == pytest.approx(111.2, abs=0.1)


@pytest.mark.slow
def test_listed_towns_resolve_to_their_own_coordinates() -> None:
    text = "Russian shelling hit Kramatorsk, Sloviansk and Druzhkivka."
    tops = {t.text: t for t in _toponyms(text)}
    for name, point in [
        ("Kramatorsk", KRAMATORSK),
        ("Sloviansk", SLOVIANSK),
        ("Druzhkivka", DRUZHKIVKA),
    ]:
        assert _km(tops[name], point) < 10, (name, tops[name].name)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "mention", "point"),
    [
        # GeoNames gives Nikopol the alternate name "Sloviansk", and Engels the former name
        # "Pokrovsk"; the place whose own name it is must win.
        ("Sloviansk was shelled overnight.", "Sloviansk", SLOVIANSK),
        (
            "If Russian forces capture Pokrovsk, the road to Dnipro will be open.",
            "Pokrovsk",
            POKROVSK,
        ),
        ("The report was denied by Kiev.", "Kiev", KYIV),
    ],
)
def test_town_named_alone_resolves_to_the_place_of_that_name(text, mention, point) -> None:
    assert _km(_place(text, mention), point) < 10


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "mention", "admin1"),
    [
        (
            "Russian troops shelled Sloviansk, Kramatorsk and Mykolaivka on Monday.",
            "Mykolaivka",
            "Donetska oblast",
        ),
        (
            "Russian drones hit Sumy, Shostka and Mykolaivka on Monday.",
            "Mykolaivka",
            "Sumska oblast",
        ),
        (
            "Russian shelling hit Mykolaivka on Monday. Guided bombs also struck Shostka "
            "in the Sumy region.",
            "Mykolaivka",
            "Sumska oblast",
        ),
        (
            "Russian shelling hit Ivanivka on Monday. Guided bombs also struck Kramatorsk "
            "in the Donetsk region.",
            "Ivanivka",
            "Donetska oblast",
        ),
    ],
)
def test_ambiguous_name_resolves_by_the_article_context(text, mention, admin1) -> None:
    assert _place(text, mention).admin1 == admin1


@pytest.mark.slow
def test_resolve_prefers_candidate_near_the_other_places() -> None:
    text = "Russian troops shelled Sloviansk, Kramatorsk and Mykolaivka on Monday."
    tops = {t.text: t for t in _toponyms(text)}
    assert _km(tops["Mykolaivka"], SLOVIANSK) < 30


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "mention", "admin1"),
    [
        # Neither name is clear alone (many Springfields, Concords, Polk Counties): each
        # name's likely readings anchor the other's, and the pair that lies together wins.
        (
            "The Sangamon County coroner said the crash happened in Springfield on Tuesday.",
            "Springfield",
            "Illinois",
        ),
        (
            "Deputies of the Cabarrus County Sheriff's Office arrested a man in Concord.",
            "Concord",
            "North Carolina",
        ),
        ("Storms hit Lakeland and Polk County overnight.", "Polk County", "Florida"),
    ],
)
def test_ambiguous_names_resolve_jointly(text, mention, admin1) -> None:
    assert _place(text, mention).admin1 == admin1


@pytest.mark.slow
def test_resolved_toponyms_carry_gazetteer_fields() -> None:
    (top,) = _toponyms("Drones struck Kramatorsk.")
    assert top.name == "Kramatorsk"
    assert top.geonameid == 704508
    assert top.country == "UA"
    assert top.feature == "city" and top.geo_precision == 1
    assert 0 < top.score <= 1


@pytest.mark.parametrize(
    ("text", "mention", "point"),
    [
        # A region named after its centre ("Orlovskaya oblast'") does not outrank the city for a
        # bare name; a state named as such ("Texas") still does.
        ("Military trucks drove through Oryol.", "Oryol", (52.97, 36.06)),
        ("A train with tanks was filmed near Mogilev.", "Mogilev", (53.91, 30.34)),
    ],
)
def test_bare_name_of_an_oblast_centre_is_the_city(text, mention, point) -> None:
    top = _place(text, mention)
    assert top.feature == "city" and _km(top, point) < 25


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "mention", "admin1"),
    [
        # The one name of a caption about a war event is where it happened, even when the model
        # takes the town for a person or an organisation.
        ("Satellite view of the destroyed Vuhledar mine", "Vuhledar", "Donetska oblast"),
        ("Smoke rising over the grain terminal Izmail", "Izmail", "Odeska oblast"),
    ],
)
def test_lone_town_of_an_event_caption_is_a_place(text, mention, admin1) -> None:
    top = _place(text, mention)
    assert top.kind == "literal" and top.admin1 == admin1


@pytest.mark.slow
def test_lone_name_with_a_verb_of_speech_is_no_place() -> None:
    assert _toponyms("Hostomel said the fire was out.") == []


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "mention", "name"),
    [
        # One typing slip (a letter dropped, two swapped) after a locative preposition.
        ("Artillery strikes reported in Kramatrosk", "Kramatrosk", "Kramatorsk"),
        ("Smoke rising in Melitopl", "Melitopl", "Melitopol"),
    ],
)
def test_one_slip_from_a_town_name_after_a_locative_is_that_town(text, mention, name) -> None:
    top = _place(text, mention)
    assert top.name == name
    assert top.score < 1.0  # a fuzzy reading scores below an exact one


@pytest.mark.parametrize(
    ("text", "mention", "admin1"),
    [
        # The bare name of an oblast centre after a village and a comma names the oblast: the
        # village is the namesake there, not a bigger one elsewhere.
        ("A shell hit a school in Semenivka, Donetsk.", "Semenivka", "Donetska oblast"),
        ("A shell hit a school in Kalynivka, Kherson.", "Kalynivka", "Khersonska oblast"),
    ],
)
def test_village_comma_oblast_centre_is_in_that_oblast(text, mention, admin1) -> None:
    assert _place(text, mention).admin1 == admin1


@pytest.mark.parametrize(
    ("text", "mention", "name"),
    [
        # A headline's capitalised participle is cut off the name after it (not a person).
        ("Shelled Kostiantynivka, two civilians wounded", "Kostiantynivka", "Kostyantynivka"),
        # A preposition inside a span the model took for one name splits it.
        ("Image 2: Destruction in Vuhledar, Donetsk region", "Vuhledar", "Vuhledar"),
        # Two names side by side before a kind word: the town, then its region.
        ("Troops moving near Alchevsk Luhansk Oblast", "Alchevsk", "Alchevsk"),
    ],
)
def test_caption_syntax_does_not_hide_the_town(text, mention, name) -> None:
    top = _place(text, mention)
    assert top.kind == "literal"
    assert top.name == name


def test_region_misspelt_by_one_slip_still_gives_context() -> None:
    # "Donestk" (two letters swapped) is the Donetsk region: the village is the one there.
    top = _place("A school was hit in Novoselivka, Donestk oblast", "Novoselivka")
    assert top.admin1 == "Donetska oblast"


def test_no_place_name_starts_with_a_digit() -> None:
    texts = [t.text for t in _toponyms("The 100th Brigade repelled an assault, the army said.")]
    assert not any(t[0].isdigit() for t in texts)


@pytest.mark.parametrize(
    ("text", "mention", "feature", "admin1"),
    [
        # A bare state name is the state, not a small town of that name in another state.
        (
            "Officials in Maryland and Ohio met farmers from California and Oregon.",
            "California",
            "admin1",
            "California",
        ),
        (
            "Officials in Maryland and Ohio met farmers from California and Oregon.",
            "Oregon",
            "admin1",
            "Oregon",
        ),
    ],
)
def test_bare_state_name_is_the_state(text, mention, feature, admin1) -> None:
    top = _place(text, mention)
    assert (top.feature, top.admin1) == (feature, admin1)


@pytest.mark.parametrize(
    ("text", "mention", "admin1"),
    [
        # "town, state": the town of that state, whatever else the article names.
        (
            "The plant in Springfield, Missouri, closed; workers in Chicago protested.",
            "Springfield",
            "Missouri",
        ),
        ("A storm hit Athens, Georgia, on Monday.", "Athens", "Georgia"),
        # …and the state after the town is the state that holds it, not a country.
        ("A storm hit Athens, Georgia, on Monday.", "Georgia", "Georgia"),
        # "place, country": the province of that country, not a US town of its name.
        ("Firms in Ohio and Toronto, Ontario, Canada signed the deal.", "Ontario", "Ontario"),
    ],
)
def test_town_comma_state_is_in_that_state(text, mention, admin1) -> None:
    assert _place(text, mention).admin1 == admin1


def test_list_of_countries_names_the_countries() -> None:
    tops = {
        t.text: t
        for t in _toponyms("Refugees from Iraq, Iran and Syria arrived in Niger, Nigeria and Chad.")
    }
    assert all(tops[n].feature == "country" for n in ("Iraq", "Iran", "Syria", "Niger", "Nigeria"))


def test_the_capital_is_one_town_not_every_town_of_its_name() -> None:
    from kronika.geo import load_gazetteer

    capitals = [c.place for c in load_gazetteer().lookup("Washington", limit=100) if c.capital]
    assert [(p.country, p.admin1) for p in capitals] == [("US", "District of Columbia")]


@pytest.mark.parametrize(
    ("text", "mention", "name", "country"),
    [
        # A county called by its bare name is the county, not a town named after it abroad.
        (
            "Farmers in Suffolk and Norfolk reported bird flu, the government in London said.",
            "Suffolk",
            "Suffolk",
            "GB",
        ),
        # "X County": the county spelt so, not a bare-named county elsewhere.
        (
            "Officials in Suffolk County and Nassau County said the storm flooded roads.",
            "Nassau County",
            "Nassau County",
            "US",
        ),
        (
            "Officials in Suffolk County and Nassau County said the storm flooded roads.",
            "Suffolk County",
            "Suffolk County",
            "US",
        ),
    ],
)
def test_counties_by_their_own_names(text, mention, name, country) -> None:
    top = _place(text, mention)
    assert (top.name, top.feature, top.country) == (name, "admin2", country)


def test_county_comma_state_names_the_state() -> None:
    top = _place("Officials in Suffolk County, New York, said roads were flooded.", "New York")
    assert (top.feature, top.name) == ("admin1", "New York")


def test_bare_capital_name_is_the_capital_not_the_state() -> None:
    top = _place(
        "Diplomats in Washington and Warsaw discussed new sanctions on Monday.", "Washington"
    )
    assert (top.feature, top.admin1) == ("city", "District of Columbia")


@pytest.mark.parametrize(
    ("text", "mention", "name", "feature"),
    [
        # "State" and "LGA" are kind words: the place is the state or the local government area…
        (
            "Gunmen killed 12 villagers in Rafi LGA of Niger State on Sunday.",
            "Rafi LGA",
            "Rafi",
            "admin2",
        ),
        (
            "Gunmen killed 12 villagers in Rafi LGA of Niger State on Sunday.",
            "Niger State",
            "Niger",
            "admin1",
        ),
        # …but "State" in a body's name names no state: the town is the place.
        ("Damage to the library of Mariupol State University", "Mariupol", "Mariupol", "city"),
    ],
)
def test_state_and_lga_kind_words(text, mention, name, feature) -> None:
    top = _place(text, mention)
    assert (top.name, top.feature) == (name, feature)


def test_one_place_in_another_state_does_not_claim_the_articles_towns() -> None:
    # Four Minnesota towns and one Florida city: Princeton is Minnesota's (4,700 people), not
    # Florida's (39,000), though both states have a place the article names.
    text = (
        "Storms knocked out power in Duluth, Mankato, Bemidji and Moorhead overnight, and a "
        "utility crew from Orlando drove up to help. In Princeton, the high school opened as a "
        "shelter."
    )
    assert _place(text, "Princeton").admin1 == "Minnesota"
    assert _place(text, "Orlando").admin1 == "Florida"


def test_other_countries_the_article_names_weigh_a_little() -> None:
    # Unit level: two same-sized towns of one name, in countries B and C; the article is
    # mostly about A but names B too, so B's town ranks first.
    from kronika.geo.gazetteer import Candidate
    from kronika.geo.recognize import Mention
    from kronika.geo.resolve import Context, score
    from kronika.types import Place

    def town(country: str) -> Candidate:
        place = Place("Sampletown", None, 10.0, 10.0, "city", country, None, 5000)
        return Candidate(place, "exact", 1.0, False)

    mention = Mention(0, 10, "Sampletown", "Sampletown", "GPE", None, False, True, 0)
    ctx = Context(country="AA", country_share={"AA": 1.0, "BB": 0.5})
    assert score(town("BB"), mention, ctx) > score(town("CC"), mention, ctx)
    assert score(town("AA"), mention, ctx) > score(town("BB"), mention, ctx)


def test_america_in_prose_is_the_united_states() -> None:
    top = _place("Grain prices in America rose for a third week, traders said.", "America")
    assert (top.feature, top.country) == ("country", "US")


def test_a_state_clear_once_the_country_is_known_gives_its_towns() -> None:
    # "Georgia" alone could be the country; in an American article it is the state, and so
    # Atlanta is Georgia's (not the Atlanta of Texas, the other state the text names).
    text = (
        "Georgia residents in need can dial 2-1-1 from anywhere in the state, officials said. "
        "The line began in Atlanta in 1997; a similar service has run in Texas since 2002."
    )
    assert _place(text, "Atlanta").admin1 == "Georgia"


def test_a_name_in_capitals_is_no_anchor_for_itself() -> None:
    # Unit level: a dateline's "ATLANTA" does not pull the "Atlanta" of the text to its own
    # reading; only other names do.
    from kronika.geo.recognize import Mention
    from kronika.geo.resolve import Context, _near_score
    from kronika.types import Place

    town = Place("Atlanta", None, 33.75, -84.39, "city", "US", "Georgia", 500_000)
    mention = Mention(0, 7, "Atlanta", "Atlanta", "GPE", None, False, False, 0)
    alone = Context(anchors=(("atlanta", 33.75, -84.39, 1.0),))
    assert _near_score(town, mention, alone) == 0.0
    other = Context(anchors=(("decatur", 33.77, -84.30, 1.0),))
    assert _near_score(town, mention, other) > 0.3


def test_province_spelt_with_extended_latin_letters_is_found() -> None:
    # GeoNames writes the Afghan province "Kunaṟ"; the name must be indexed to be found.
    top = _place("The governor of Kunar province called for calm on Monday.", "Kunar province")
    assert (top.country, top.feature) == ("AF", "admin1")


def test_a_town_named_like_another_countrys_state_yields_to_it() -> None:
    # An American article, but "England" bare is England, not the town in Arkansas.
    text = "Fans in England cheered as the team landed in Boston, Chicago and Denver for the tour."
    top = _place(text, "England")
    assert (top.country, top.feature) == ("GB", "admin1")


def test_a_regions_centre_city_outranks_villages_of_its_name_in_named_regions() -> None:
    # Villages called Zaporizhzhia lie in the Donetsk and Luhansk regions the text names; bare,
    # the name is the centre of the region named after it.
    text = (
        "Russia claimed the Donetsk and Luhansk regions last autumn. New laws now cover "
        "Donetsk, Luhansk, Kherson and Zaporizhzhia, officials said."
    )
    top = _place(text, "Zaporizhzhia")
    assert (top.admin1, top.feature) == ("Zaporizka oblast", "city")
    assert _km(top, (47.82289, 35.19031)) < 10
    # Placed by its text, a village keeps its region.
    top = _place("Shelling hit Zaporizhzhia, Donetsk region, on Monday.", "Zaporizhzhia")
    assert top.admin1 == "Donetska oblast"


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        # Countries countryinfo gives no point for are placed at the middle of their towns.
        ("Talks between Israel and Palestine resumed in Cairo on Monday.", "Palestine", "PS"),
        ("Protesters blocked a border crossing between Serbia and Kosovo.", "Kosovo", "XK"),
    ],
)
def test_countries_without_a_packaged_point_are_places(text, mention, country) -> None:
    top = _place(text, mention)
    assert (top.feature, top.country) == ("country", country)


def test_directions_titles_and_bygone_demonyms_are_no_places() -> None:
    text = (
        "Lukashenko said, turning to the West, that the Western military alliance was a threat. "
        "Putin was in the Soviet KGB. Mr Putin met Mr Biden."
    )
    assert _toponyms(text) == []


def test_a_body_after_a_preposition_is_no_town_abroad() -> None:
    # "to Congress" is the US legislature, not the town of Congress, Arizona.
    text = "Ukrainian troops held Bakhmut and Avdiivka. Zelensky appealed to Congress on Monday."
    assert [t.text for t in _toponyms(text)] == ["Bakhmut", "Avdiivka"]


def test_a_surname_after_particles_is_no_place_and_gaza_is_palestines() -> None:
    text = "Ursula von der Leyen said in Brussels that talks in Moscow and Kyiv went on as the war in Gaza raged."
    tops = {t.text: t for t in _toponyms(text)}
    assert "Leyen" not in tops  # not Lyon
    # Gaza names two provinces (Palestine's, Mozambique's) equally: the one holding Gaza City.
    assert tops["Gaza"].country == "PS"


def test_seas_and_oceans_are_places_of_their_own() -> None:
    text = (
        "A warship was hit in the Black Sea and drones flew over the Sea of Azov; "
        "NATO ships sailed in the Baltic and the North Atlantic."
    )
    names = {t.text: t.name for t in _toponyms(text)}
    assert names == {
        "Black Sea": "Black Sea",
        "Sea of Azov": "Sea of Azov",
        "Baltic": "Baltic Sea",  # not Baltic, South Dakota
        "Atlantic": "Atlantic Ocean",  # not Atlantic, Iowa
    }


def test_a_country_named_exactly_is_no_spelling_of_a_town() -> None:
    from kronika.geo import load_gazetteer
    from kronika.geo.resolve import _countries_first

    cands = load_gazetteer().lookup("Russia", limit=100)
    assert any(c.match != "exact" for c in cands)  # Ruza, a town near Moscow, by its key
    kept = _countries_first(cands)
    assert kept and all(c.match == "exact" for c in kept)
    assert "country" in {c.place.feature for c in kept}


def test_namesakes_abroad_do_not_stand_by_each_other() -> None:
    # Geneva and Frankfort, Illinois, lie close together, but neither is likelier than the
    # world's Geneva and Frankfurt: as anchors they would only hold each other up.
    text = (
        "Russia fired rockets at Kharkiv. The Minister of Defence said in Kyiv that Ukraine "
        "would not give up Crimea, as talks in Geneva stalled."
    )
    assert _place(text, "Geneva").country == "CH"
    assert "Minister" not in {t.text for t in _toponyms(text)}  # not Minster, Ohio
    text = (
        "The Prime Minister said the airport in Donetsk was destroyed, not the one in "
        "Frankfurt. Shells hit Mariupol and Avdiivka, not Paris. Talks in Geneva and Minsk "
        "failed, and the US sent aid to Ukraine."
    )
    assert (_place(text, "Frankfurt").country, _place(text, "Geneva").country) == ("DE", "CH")


def test_words_of_a_name_are_places_only_when_spelt_as_one() -> None:
    text = (
        "XI Jinping met Putin in Moscow. The New START treaty lapsed, and a Cold War chill "
        "returned to Kyiv Regional Council meetings."
    )
    assert [(t.text, t.name) for t in _toponyms(text)] == [("Moscow", "Moscow"), ("Kyiv", "Kyiv")]


def test_a_person_named_in_full_is_no_misspelt_town_after_a_preposition() -> None:
    # Putyatin lies near Nakhodka; "from Putin" is still the man named in full before.
    text = (
        "Vladimir Putin flew to Vladivostok and Nakhodka on Tuesday. Here is what we can expect "
        "from Putin, whose thinking I have studied. Russia holds assets valuable to Putin."
    )
    assert [t.text for t in _toponyms(text)] == ["Vladivostok", "Nakhodka", "Russia"]


def test_an_english_word_is_no_misspelt_place() -> None:
    from kronika.geo import load_gazetteer
    from kronika.geo.recognize import Mention
    from kronika.geo.resolve import _no_fuzzy_words

    gaz = load_gazetteer()

    def mention(name: str) -> Mention:
        return Mention(0, len(name), name, name, "PROPN", None, False, False, 0)

    # "Honor guards", "the Senate": English words, no slips of Honnavar or Sannat.
    for word in ("Honor", "Senate", "Highway"):
        assert gaz.lookup(word, limit=100)  # only fuzzy readings exist
        assert _no_fuzzy_words(mention(word), gaz.lookup(word, limit=100)) == []
    # A name's old spelling keeps its transliterated reading.
    kept = _no_fuzzy_words(mention("Kharkov"), gaz.lookup("Kharkov", limit=100))
    assert "Kharkiv" in {c.place.name for c in kept}
