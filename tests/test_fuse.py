import dataclasses
import datetime as dt
import random

from kronika.fuse import Report, cluster, compatible, components, fuse, fused_id

KHARKIV = dict(location_name="Kharkiv", latitude=49.98, longitude=36.25, geonameid=706483,
               country="UA", admin1="Kharkiv Oblast", geo_precision=1)  # fmt: skip
# Chuhuiv is 36 km from Kharkiv, Pisochyn 12 km west of it (both in Kharkiv Oblast).
CHUHUIV = dict(location_name="Chuhuiv", latitude=49.835, longitude=36.686, geonameid=710403,
               country="UA", admin1="Kharkiv Oblast", geo_precision=1)  # fmt: skip
PISOCHYN = dict(location_name="Pisochyn", latitude=49.955, longitude=36.095, geonameid=696643,
                country="UA", admin1="Kharkiv Oblast", geo_precision=1)  # fmt: skip
REGION = dict(location_name="Kharkiv Oblast", latitude=49.5, longitude=36.5, geonameid=706482,
              country="UA", admin1="Kharkiv Oblast", geo_precision=3)  # fmt: skip


def report(rid: str, article: str, place=KHARKIV, date="2023-05-14", **kw) -> Report:
    fields = dict(
        id=rid, article_id=article, event_type="Explosions/Remote violence",
        sub_event_type="Shelling/artillery/missile attack", event_date=date, time_precision=1,
        actor1="Military Forces of Russia", published=dt.date(2023, 5, 15), source=article,
    )  # fmt: skip
    fields.update(place)
    fields.update(kw)
    return Report(**fields)


def groups(fused) -> list[list[str]]:
    return sorted(sorted(f.report_ids) for f in fused)


def test_reports_of_one_strike_in_two_articles_are_one_event_with_both_sources():
    a = report("a-e1", "a", fatalities=7, injuries=16, published=dt.date(2023, 5, 14))
    b = report("b-e1", "b", fatalities=11, published=dt.date(2023, 5, 15), source="Wire")
    (event,) = fuse([a, b])
    assert event.report_ids == ["a-e1", "b-e1"]
    assert event.sources == 2 and event.source_names == ["Wire", "a"]
    # the latest report's figure is the best one; low and high span the reports
    assert (event.fatalities, event.fatalities_low, event.fatalities_high) == (11, 7, 11)
    assert (event.injuries, event.injuries_low, event.injuries_high) == (16, 16, 16)
    assert event.first_published == dt.date(2023, 5, 14)


def test_a_disputed_later_figure_does_not_replace_the_undisputed_one():
    a = report("a-e1", "a", fatalities=3, published=dt.date(2023, 5, 14))
    b = report("b-e1", "b", fatalities=30, claim_status="contested")
    (event,) = fuse([a, b])
    assert event.fatalities == 3 and event.fatalities_high == 30
    assert event.claim_status == "contested"


def test_the_same_place_on_days_apart_stays_two_events():
    fused = fuse([report("a-e1", "a", date="2023-05-14"), report("b-e1", "b", date="2023-05-17")])
    assert groups(fused) == [["a-e1"], ["b-e1"]]


def test_a_night_strike_dated_a_day_apart_by_two_outlets_is_one_event():
    fused = fuse([report("a-e1", "a", date="2023-05-14"), report("b-e1", "b", date="2023-05-15")])
    assert groups(fused) == [["a-e1", "b-e1"]]


def test_two_reports_of_one_article_are_never_merged():
    fused = fuse([report("a-e1", "a"), report("a-e2", "a")])
    assert len(fused) == 2


def test_nearby_towns_hit_the_same_day_stay_apart():
    fused = fuse([report("a-e1", "a"), report("b-e1", "b", place=PISOCHYN)])
    assert len(fused) == 2
    fused = fuse([report("a-e1", "a"), report("b-e1", "b", place=CHUHUIV)])
    assert len(fused) == 2


def test_a_district_point_and_its_city_are_one_place():
    district = dict(KHARKIV, location_name="Saltivskyi", geonameid=13680598, feature="district",
                    latitude=49.999, longitude=36.316)  # fmt: skip
    assert compatible(report("a-e1", "a"), report("b-e1", "b", place=district))


def test_incompatible_types_and_actors_stay_apart():
    protest = report("b-e1", "b", event_type="Protests", sub_event_type="Peaceful protest")
    assert not compatible(report("a-e1", "a"), protest)
    russian_strike = report("a-e1", "a", actor2="Civilians (Ukraine)")
    other_side = report(
        "b-e1", "b", actor1="Military Forces of Ukraine", actor2="Civilians (Russia)"
    )
    assert not compatible(russian_strike, other_side)
    # one side's account names only itself: actor extraction is too noisy to rule it out
    assert compatible(russian_strike, dataclasses.replace(other_side, actor2=None))
    battle = report("b-e1", "b", event_type="Battles", sub_event_type="Armed clash")
    assert compatible(report("a-e1", "a"), battle)  # ACLED: the battle absorbs the shelling


def test_a_vague_report_joins_the_one_event_it_fits_and_no_other():
    precise = report("a-e1", "a")
    vague = report("c-e1", "c", place=REGION)
    assert groups(fuse([precise, vague])) == [["a-e1", "c-e1"]]
    # two precise events of that day in the region: attaching would be a guess
    elsewhere = report("b-e1", "b", place=CHUHUIV)
    assert groups(fuse([precise, elsewhere, vague])) == [["a-e1"], ["b-e1"], ["c-e1"]]


def test_a_week_precision_report_joins_the_one_event_of_its_week():
    week = report("c-e1", "c", date="2023-05-12", time_precision=2)
    assert groups(fuse([report("a-e1", "a"), week])) == [["a-e1", "c-e1"]]


def test_the_result_does_not_depend_on_the_order_of_the_reports():
    reports = [
        report("a-e1", "a"), report("b-e1", "b", date="2023-05-15"),
        report("c-e1", "c", place=REGION), report("d-e1", "d", place=CHUHUIV),
        report("e-e1", "e", date="2023-05-16"), report("f-e1", "f", place=PISOCHYN),
        report("g-e1", "g", date="2023-05-20", time_precision=3),
    ]  # fmt: skip
    expected = [dataclasses.replace(f, reports=[]) for f in fuse(reports)]
    rng = random.Random(7)
    for _ in range(20):
        rng.shuffle(reports)
        assert [dataclasses.replace(f, reports=[]) for f in fuse(reports)] == expected


def test_components_from_seeds_hold_only_what_the_seeds_reach():
    reports = [report("a-e1", "a"), report("b-e1", "b"), report("c-e1", "c", date="2023-06-30")]
    (component,) = components(reports, seeds=["b-e1"])
    assert [r.id for r in component] == ["a-e1", "b-e1"]
    assert [[r.id for r in c] for c in cluster(component)] == [["a-e1", "b-e1"]]


def test_fused_ids_are_stable_and_distinct():
    assert fused_id(["b-e1", "a-e1"]) == fused_id(["a-e1"]) != fused_id(["b-e1"])
    assert fused_id(["a-e1"]).startswith("F") and len(fused_id(["a-e1"])) == 13


def test_unlocated_reports_are_events_of_their_own():
    a = report("a-e1", "a", latitude=None, longitude=None, geonameid=None)
    b = report("b-e1", "b", latitude=None, longitude=None, geonameid=None)
    assert len(fuse([a, b])) == 2


def test_two_vague_reports_of_one_article_do_not_both_join_one_event():
    precise = report("a-e1", "a", sub_event_type="Air/drone strike")
    shelling = report("c-e1", "c", time_precision=2)
    strike = report("c-e2", "c", time_precision=2, sub_event_type="Air/drone strike")
    fused = fuse([precise, shelling, strike])
    # the report of the same sub-event type joins; its sibling stays an event of its own
    assert groups(fused) == [["a-e1", "c-e2"], ["c-e1"]]


def test_a_vague_report_picks_the_one_event_of_its_very_day_and_place():
    monday = report("a-e1", "a", date="2023-05-08")
    thursday = report("b-e1", "b", date="2023-05-11")
    undated_thursday = report("c-e1", "c", date="2023-05-11", time_precision=2)
    assert groups(fuse([monday, thursday, undated_thursday])) == [["a-e1"], ["b-e1", "c-e1"]]


def test_an_undated_report_is_dated_by_its_article_or_stays_alone():
    precise = report("a-e1", "a", date="2023-05-14")
    undated = report("c-e1", "c", date=None, time_precision=None)
    assert groups(fuse([precise, undated])) == [["a-e1", "c-e1"]]  # published the next day
    weeks_later = dataclasses.replace(undated, published=dt.date(2023, 6, 30))
    assert len(fuse([precise, weeks_later])) == 2
    nothing_dates_it = dataclasses.replace(undated, published=None)
    assert len(fuse([precise, nothing_dates_it])) == 2


def test_twin_towns_are_two_places_and_a_battle_absorbs_a_shelling_only_the_same_day():
    pokrovsk = dict(location_name="Pokrovsk", latitude=48.282, longitude=37.176, geonameid=712165,
                    country="UA", admin1="Donetsk Oblast", geo_precision=1)  # fmt: skip
    myrnohrad = dict(pokrovsk, location_name="Myrnohrad", latitude=48.302, longitude=37.262,
                     geonameid=705183)  # fmt: skip
    assert not compatible(report("a-e1", "a", place=pokrovsk), report("b-e1", "b", place=myrnohrad))
    battle = dict(event_type="Battles", sub_event_type="Armed clash")
    assert compatible(report("a-e1", "a"), report("b-e1", "b", **battle))
    assert not compatible(report("a-e1", "a"), report("b-e1", "b", date="2023-05-15", **battle))


def test_a_vague_report_joins_only_an_event_of_its_own_type():
    shelling = report("a-e1", "a", date="2023-05-15")
    vague_battle = report("b-e1", "b", date="2023-05-14", time_precision=2,
                          event_type="Battles", sub_event_type="Armed clash")  # fmt: skip
    assert len(fuse([shelling, vague_battle])) == 2


def test_an_outlying_district_is_still_its_city():
    district = dict(KHARKIV, location_name="Industrialnyi", geonameid=13680588, feature="district",
                    latitude=49.955, longitude=36.369)  # fmt: skip  # 8.7 km from the centre
    assert compatible(report("a-e1", "a"), report("b-e1", "b", place=district))
    village = dict(district, feature="city")  # the same distance, but a place of its own
    assert not compatible(report("a-e1", "a"), report("b-e1", "b", place=village))


def test_a_disputed_capture_claim_and_the_fighting_told_by_the_other_side_stay_apart():
    clash = dict(event_type="Battles", sub_event_type="Armed clash")
    capture = dict(event_type="Battles", sub_event_type="Non-state actor overtakes territory")
    fighting = report("a-e1", "a", **clash)
    assert not compatible(fighting, report("b-e1", "b", claim_status="contested", **capture))
    assert compatible(fighting, report("b-e1", "b", claim_status="reported", **capture))
    # Two outlets telling the one disputed claim are still one event, whichever way each
    # reads who took the ground.
    claim = report("a-e1", "a", claim_status="contested", **capture)
    assert compatible(claim, report("b-e1", "b", **capture))
    regain = dict(event_type="Battles", sub_event_type="Government regains territory")
    assert compatible(claim, report("b-e1", "b", **regain))
