"""Gritta XML corpora (LGL, GeoVirus) read as toponym-only gold."""

from __future__ import annotations

from pathlib import Path

import pytest

from kronika.errors import GoldFormatError
from kronika.evaluate import evaluate, load_gold, load_gritta_xml

from .conftest import GEOPARSING

LGL_SAMPLE = """<?xml version="1.0" encoding="utf-8"?>
<articles>
  <article docid="41">
    <title>Fire in Alexandria</title>
    <url>http://example.com/a</url>
    <dltime>2009-03-20 12:24:52.002364-05</dltime>
    <text><![CDATA[Fire in Alexandria. A man of 1935 Orchard St., Alexandria, was charged.]]></text>
    <toponyms count="3">
      <toponym><start>8</start><end>18</end><phrase>Alexandria</phrase>
        <gaztag geonameid="4314550"><name>Alexandria</name><fclass>P</fclass>
          <lat>31.3113</lat><lon>-92.4451</lon>
          <country geonameid="6252001">United States</country></gaztag>
      </toponym>
      <toponym><start>33</start><end>44</end><phrase>Orchard St.</phrase></toponym>
      <toponym><start>46</start><end>56</end><phrase>Alexandria</phrase>
        <gaztag geonameid="4314550"><name>Alexandria</name><lat>31.3113</lat><lon>-92.4451</lon></gaztag>
      </toponym>
    </toponyms>
  </article>
</articles>
"""

# GeoVirus: offsets one-based, and a <location> nested in another by mistake.
GEOVIRUS_SAMPLE = """<articles>
    <article>
        <source>https://en.wikinews.org/wiki/Hogs</source>
        <text>Hogs culled in Pandi, Bulacan on Sunday.</text>
        <locations>
            <location>
                <location><name>Pandi</name><start>16</start><end>21</end>
                    <lat>14.87</lat><lon>120.95</lon></location>
                <name>Bulacan</name><start>23</start><end>30</end><lat>15</lat><lon>121.08</lon>
            </location>
        </locations>
    </article>
    <!--<article><text></text></article>-->
</articles>
"""


def write(tmp_path: Path, name: str, xml: str) -> Path:
    path = tmp_path / name
    path.write_text(xml, encoding="utf-8")
    return path


def test_lgl_layout_reads_toponyms_with_coordinates(tmp_path: Path) -> None:
    [doc] = load_gritta_xml(write(tmp_path, "lgl.xml", LGL_SAMPLE))
    assert doc.id == "lgl-41"
    assert str(doc.published) == "2009-03-20"
    assert doc.parts == {"toponyms"}
    tops = doc.gold["toponyms"]
    assert [t["text"] for t in tops] == ["Alexandria", "Orchard St.", "Alexandria"]
    assert {t["kind"] for t in tops} == {"literal"}
    assert tops[0]["geonameid"] == 4314550 and tops[0]["latitude"] == 31.3113
    assert tops[1]["latitude"] is None  # no <gaztag>: recognition only


def test_geovirus_layout_one_based_offsets_and_nesting(tmp_path: Path) -> None:
    [doc] = load_gritta_xml(write(tmp_path, "GeoVirus.xml", GEOVIRUS_SAMPLE))
    assert doc.id == "GeoVirus-1"
    tops = doc.gold["toponyms"]
    assert [(t["text"], doc.text[t["start"] : t["end"]]) for t in tops] == [
        ("Pandi", "Pandi"),
        ("Bulacan", "Bulacan"),
    ]
    assert tops[1]["latitude"] == 15.0


def test_load_gold_dispatches_xml_and_events_are_not_scored(tmp_path: Path) -> None:
    docs = load_gold([write(tmp_path, "lgl.xml", LGL_SAMPLE)])
    pred = docs[0].as_prediction()
    pred["events"] = [{"id": "p1", "event_type": "Riots", "location": None}]
    report = evaluate(docs, {docs[0].id: pred})
    assert report.scored("events") == 0 and report.scored("boilerplate") == 0
    assert (report.events.tp, report.events.fp, report.events.fn) == (0, 0, 0)
    assert (report.toponyms.tp, report.toponyms.fp, report.toponyms.fn) == (3, 0, 0)
    assert report.toponyms.within_161km.total == 2  # the street has no coordinates


@pytest.mark.parametrize(
    ("xml", "message"),
    [
        ("<articles><article>", "not well-formed"),
        ("<corpus><doc/></corpus>", "not a Gritta corpus"),
        ("<articles><article><title>x</title></article></articles>", "no <text>"),
        (
            "<articles><article><text>Paris</text><toponyms><toponym><start>0</start><end>5</end>"
            "<phrase>London</phrase></toponym></toponyms></article></articles>",
            "not in the text",
        ),
    ],
)
def test_bad_gritta_xml_raises(tmp_path: Path, xml: str, message: str) -> None:
    path = write(tmp_path, "bad.xml", xml)
    with pytest.raises(GoldFormatError, match=message) as info:
        load_gritta_xml(path)
    assert str(path) in str(info.value)


@pytest.mark.parametrize(
    ("name", "articles", "toponyms"),
    [("lgl.xml", 588, 5088), ("GeoVirus.xml", 229, 2170)],
)
def test_shared_gritta_corpus_loads_with_readme_counts(
    name: str, articles: int, toponyms: int
) -> None:
    path = GEOPARSING / name
    if not path.exists():
        pytest.skip(f"{path} is missing")
    docs = load_gold([path])
    assert len(docs) == articles
    assert sum(len(d.gold["toponyms"]) for d in docs) == toponyms
    assert all(d.text[t["start"] : t["end"]] == t["text"] for d in docs for t in d.gold["toponyms"])
