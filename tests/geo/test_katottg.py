"""Ukraine's codifier as the gazetteer reads it: official romanisation, Russian forms, centres."""

from __future__ import annotations

import pytest

from kronika.geo.katottg import read_codifier, romanise, russian_form


@pytest.mark.parametrize(
    ("name", "roman"),
    [
        ("Щербинівка", "Shcherbynivka"),
        ("Згурівка", "Zghurivka"),  # зг as zgh, not zh
        ("Знам’янка", "Znamianka"),  # apostrophe dropped, я as ia inside a word
        ("Єнакієве", "Yenakiieve"),  # є as ye at the start
    ],
)
def test_romanise_is_the_official_kmu_2010_system(name, roman) -> None:
    assert romanise(name) == roman


@pytest.mark.parametrize(
    ("name", "form"),
    [
        ("Олександрівка", "александровка"),
        ("Новоселівка", "новоселовка"),
        ("Андріївка", "андреевка"),
        ("Миколаїв", "николаев"),
        ("Часів Яр", "часов яр"),
        ("Веселе", "веселое"),
        ("Кам’янське", "каменское"),
        ("Торецьк", None),  # the same in Russian
    ],
)
def test_russian_form_of_a_settlement_name(name, form) -> None:
    assert russian_form(name) == form


@pytest.mark.slow
def test_codifier_lists_a_hromadas_centre_first() -> None:
    units = read_codifier()
    assert len(units) > 30_000
    by_code = {u.code: u for u in units}
    toretska = next(u for u in units if u.category == "H" and u.name == "Торецька")
    first = next(u for u in units if u.hromada == toretska.code)
    assert first.name == "Торецьк" and first.category == "M"
    assert by_code[first.oblast].name == "Донецька"
