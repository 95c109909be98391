"""Tests of kronika.clean: boilerplate lines blanked, offsets kept, article prose untouched."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kronika.clean import boilerplate_rule, clean, clean_stage
from kronika.ingest import read_paths
from kronika.types import Article, Document

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED_GOLD = sorted((SHARED / "eval" / "seeds").glob("*.gold.json"))
EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


@pytest.mark.skipif(not SEED_GOLD, reason="../shared/eval/seeds is missing")
@pytest.mark.parametrize("gold_path", SEED_GOLD, ids=lambda p: p.name.split("_")[0])
def test_clean_removes_exactly_the_gold_boilerplate_of_each_seed(gold_path):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text = (SHARED / "seeds" / f"{gold['article']['id']}.txt").read_text(encoding="utf-8")
    cleaned, removed = clean(text)
    assert removed == gold["boilerplate"]
    assert len(cleaned) == len(text)


@pytest.mark.parametrize(
    "line",
    [
        "Advertisement",
        "ADVERTISEMENT",
        "Back to top",
        "Skip to content",
        "Read more",
        "Read also: Kyiv asks allies for more air defence",
        "Share this article",
        "Share on Facebook Share on X",
        "Follow us on Telegram for live updates",
        "JOIN US ON TELEGRAM! Follow our coverage of the war.",
        "Home | World | Europe | Ukraine",
        "Image 2 of 5",
        "CLICK HERE TO GET THE APP",
        "Sign up for our free daily newsletter",
        "We use cookies to improve your experience. Accept our cookie policy.",
        "Photo: Regional administration / AFP",
        "Firefighters at the scene in Dnipro. Jane Doe/AFP/Getty Images",
        "Soldiers on patrol near Bakhmut (John Roe/AP)",
        "Reporting by Jane Doe; Editing by John Roe",
        "Additional reporting by Jane Doe",
        "Additional sources • adaptation: Jane Doe",
        "Source: PAP, Reuters",
        "By Jane Doe and John Roe",
        "Copyright © 2024 Example News. All rights reserved.",
        "Editor’s Note: Jane Doe is a senior fellow at an institute.",
        "The views expressed in this article are the author’s own.",
        "The rest of the text is under the video.",
        "CNN —",
        # A promotion box flattened onto one line, however long.
        "skip past newsletter promotion Sign up to Morning Brief Get the news emailed to you "
        + "every morning. Privacy Notice: newsletters may contain info about charities. " * 8
        + "after newsletter promotion",
    ],
)
def test_page_furniture_is_removed(line):
    assert boilerplate_rule(line) is not None
    cleaned, removed = clean(f"Kharkiv was shelled on Tuesday.\n{line}\nTwo people were hurt.")
    assert removed == [line]
    assert cleaned.split("\n")[1] == " " * len(line)


@pytest.mark.parametrize(
    "line",
    [
        "Hard-hit Kharkiv is rocked by more blasts.",
        "What would the capture of Toretsk mean?",
        "“A very important phase” of the war",
        "Key Takeaways",
        "Advertisement for army recruits appears on Moscow billboards",
        "Share prices in Moscow fell sharply after the announcement.",
        "“Sign up for the army, they said, and you will be paid well,” he recalled.",
        "Russian hackers defaced the ministry's home page on Monday.",
        "Subscribers to the Telegram channel were told to leave the city.",
        "Source: a senior Ukrainian officer told us the bridge was hit twice on Monday night",
        "The report published by the UN on Monday said 40 civilians were killed.",
        "By Tuesday evening, Russian troops had entered the village.",
        "Kharkiv. Kherson. Odesa.",
        "“No. Never. Not again.”",
        "I no longer have windows or doors. Everything is ruined. And I’m alive,” he says.",
        "They are threatened. They are intimidated. All humanitarian issues are blocked.",
        "Two killed. Eleven wounded. Homes destroyed.",
        "Heavy fighting. Heavy losses. Little progress.",
    ],
)
def test_article_prose_headings_and_quotes_are_kept_even_at_the_end(line):
    text = f"Kharkiv was shelled on Tuesday.\n{line}"
    assert clean(text) == (text, [])


def test_author_bio_of_short_verbless_phrases_is_removed_at_the_end():
    bio = "Tea drinker. Amateur birdwatcher. Occasional marathon runner. Lifelong radio enthusiast."
    text = f"Sumy was shelled.\n\n{bio}\nShare this article\n"
    assert clean(text)[1] == [bio, "Share this article"]


def test_author_bio_phrases_in_the_middle_of_an_article_are_kept():
    bio = "Tea drinker. Amateur birdwatcher. Occasional marathon runner."
    text = f"Sumy was shelled.\n{bio}\nTwo people were hurt.\nThe governor said so.\nMore later."
    assert clean(text)[1] == []


def test_one_line_author_note_is_removed_at_the_end():
    text = "Sumy was shelled.\nJane Doe is a Guardian Europe columnist"
    assert clean(text)[1] == ["Jane Doe is a Guardian Europe columnist"]


def test_carriage_return_of_a_removed_line_is_kept():
    assert clean("a\r\nAdvertisement\r\nb") == ("a\r\n             \r\nb", ["Advertisement"])


FURNITURE = st.sampled_from(
    ["Advertisement", "Back to top", "Photo: X / AFP", "Share this article", "", "  ", "\r"]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(FURNITURE, st.text(max_size=80)), max_size=12).map("\n".join))
def test_clean_keeps_length_and_every_character_outside_removed_lines(text):
    cleaned, removed = clean(text)
    assert len(cleaned) == len(text)
    blanked = [
        line for line, out in zip(text.split("\n"), cleaned.split("\n"), strict=True) if line != out
    ]
    assert [line.strip() for line in blanked] == removed
    for line, out in zip(text.split("\n"), cleaned.split("\n"), strict=True):
        assert out == line or out.rstrip("\r").strip(" ") == ""


def test_clean_stage_sets_text_and_boilerplate_from_the_article():
    article = Article(id="a", text="Odesa port was hit.\nAdvertisement\n")
    doc = clean_stage(Document(article=article))
    assert doc.text == "Odesa port was hit.\n             \n"
    assert doc.boilerplate == ["Advertisement"]
    assert doc.article.text == "Odesa port was hit.\nAdvertisement\n"


def test_examples_lose_only_their_furniture():
    removed = {a.id: clean(a.text)[1] for a in read_paths([EXAMPLES]) if isinstance(a, Article)}
    assert removed["2024-08-21_pokrovsk-drone-strike"] == [
        "Skip to content",
        "Share this article",
        "Tea drinker. Amateur birdwatcher. Occasional marathon runner. Lifelong radio enthusiast.",
    ]
    assert removed["2022-10-02_lyman-withdrawal"] == [
        "ADVERTISEMENT",
        "Follow us on Telegram for live updates from Ukraine.",
        "Copyright © 2022 Frontline Wire. All rights reserved.",
    ]
    assert removed["nikopol-shelling"] == []  # trafilatura already left the page furniture out
    assert sum(map(len, removed.values())) == 21
