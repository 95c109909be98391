from kronika.dedup import DuplicateIndex, normalise_url, same_particulars, signature

WIRE = (
    "KYIV, May 14 (Wire) - Russian missiles struck residential buildings in Kharkiv overnight, "
    "killing at least seven people and wounding 16, the regional governor Oleh Synehubov said on "
    "Thursday. Rescue teams were still searching the rubble of a five-storey block in the "
    "Saltivskyi district, where firefighters put out a blaze that spread to nearby homes. "
    "Ukraine's air force said it had shot down two of the six missiles launched from the "
    "Belgorod region across the border."
)


def test_a_syndicated_copy_under_a_byline_is_a_duplicate():
    index = DuplicateIndex()
    index.add("wire-1", signature(WIRE), "https://wire.example/a/1", WIRE)
    copy = "By Partner Site staff\n\n" + WIRE
    match = index.find(signature(copy), "https://partner.example/b", copy)
    assert match is not None and match.article_id == "wire-1" and match.similarity >= 0.9


def test_an_update_with_a_new_figure_or_a_templated_report_elsewhere_is_not():
    index = DuplicateIndex()
    index.add("wire-1", signature(WIRE), None, WIRE)
    update = WIRE.replace("at least seven", "11")
    assert index.find(signature(update), None, update) is None
    elsewhere = WIRE.replace("Kharkiv", "Sumy")
    assert index.find(signature(elsewhere), None, elsewhere) is None
    assert not same_particulars(WIRE, elsewhere)


def test_the_same_url_is_the_same_article_whatever_its_tracking_parameters():
    assert normalise_url("https://www.wire.example/a/1/?utm_source=x") == "wire.example/a/1"
    index = DuplicateIndex()
    index.add("wire-1", signature(WIRE), "https://wire.example/a/1", WIRE)
    other = "A different text altogether about something else."
    match = index.find(signature(other), "http://www.wire.example/a/1?utm_medium=rss", other)
    assert match is not None and match.reason == "same url"
