"""Clusters found in the real corpus (../shared/data/corpus/gdelt_articles), confirmed by reading.

Only the events that belong to clusters are labelled here (plus a few optional neighbours), so event
precision on these files is not meaningful. Article ids are the file stems, as `kronika extract`
names them; `published` is the date of the file's timestamp.
"""

from _lib import CIV_UA, RU, UA, A, E, add


def G(stem: str, events: list[E], notes: str | None = None) -> A:
    pub = f"{stem[:4]}-{stem[4:6]}-{stem[6:8]}"
    return A(stem, f"gdelt corpus ({stem.split('_')[1]})", pub, f"https://gdelt-corpus.invalid/{stem}", "", events,
             corpus_file=stem + ".txt", notes=((notes or "") + " Only clustered events are labelled.").strip())


DZ = "gd-dzhankoi-depot-explosion-2022-08-16"
add(
    G("20220816T161500Z_UA_en_1d404ca9ae", [E(DZ, "ied", "Mayske (Crimea)", "2022-08-16",
        ["at a temporary military storage site near the village of Mayskoye in the Dzhankoi district, causing ammunition to detonate"], actor1=None,
        accept_types=["Strategic developments"], attribution=["defence ministry"], omit=("actor1", "fatalities", "injuries"),
        note="cause disputed: Russia calls it sabotage; coded as a remote explosion with the strategic-development reading accepted")]),
    G("20220817T121500Z_UA_en_6563a2847f", [E(DZ, "ied", "Mayske (Crimea)", "2022-08-16",
        ["As a result of an act of sabotage, a military storage facility near the village of Dzhankoi was damaged"], actor1=None,
        accept_types=["Strategic developments"], attribution=["defence ministry"], omit=("actor1", "fatalities", "injuries"), precision=2,
        note="live page: the day is not stated next to the quote")]),
    G("20220818T113000Z_UA_en_8bcf8d289c", [E(DZ, "ied", "Mayske (Crimea)", "2022-08-16",
        ["a series of explosions at an ammunitions storage facility near the village of Dzhankoi on Tuesday"], actor1=None,
        accept_types=["Strategic developments"], attribution=["Russia’s defence ministry"], omit=("actor1", "fatalities", "injuries"))]),
)

DC = "gd-donetsk-car-bomb-2022-02-18"
add(
    G("20220219T000000Z_GB_en_d13c9b63bf", [E(DC, "ied", "Donetsk", "2022-02-18", ["Earlier in the day, a car bomb detonated in an empty lot in Donetsk"], actor1=None,
        omit=("actor1", "fatalities", "injuries")),
        E(None, "ied", "Luhansk", "2022-02-18", ["A gas pipeline in Luhansk caught fire after explosions late on Friday night"], actor1=None,
          required=False, why_optional="cause unknown; one sentence", omit=("actor1", "fatalities", "injuries"), accept_types=["Strategic developments"])],
      notes="published 2022-02-19 00:00Z: 'Friday' is 18 February."),
    G("20220219T090000Z_US_en_7affa6504b", [E(DC, "ied", "Donetsk", "2022-02-18",
        ["an explosion in Donetsk wrecked a vehicle close to the headquarters of the Donetsk People's Republic"], actor1=None, omit=("actor1", "fatalities", "injuries"),
        accept_types=["Strategic developments"])]),
)

KU = "gd-kyiv-unity-march-2022-02-12"
add(
    G("20220212T164500Z_GB_en_39f967aa7c", [E(KU, "protest", "Kyiv", "2022-02-12", ["Several thousand Ukrainians rallied in Kyiv on Saturday to show unity"],
        actor1="Protesters (Ukraine)", omit=("fatalities", "injuries"))]),
    G("20220213T140000Z_UA_en_e5c2f251fe", [E(KU, "protest", "Kyiv", "2022-02-12", ["thousands of Ukrainians braved the winter cold to march across Kyiv on Saturday Feb. 12"],
        actor1="Protesters (Ukraine)", omit=("fatalities", "injuries"))]),
    G("20220216T171500Z_UA_en_d8d48c5212", [E(KU, "protest", "Kyiv", "2022-02-12", ["I was at the Unity March (in Kyiv on Feb 12 - ed.)"],
        actor1="Protesters (Ukraine)", required=False, why_optional="a quoted post recalling the march in passing", omit=("fatalities", "injuries"))]),
)

KM = "gd-kyiv-missile-guterres-2022-04-28"
add(
    G("20220429T000000Z_GB_en_2088cbef25", [E(KM, "missile", "Shevchenkivskyi, Kyiv", "2022-04-28",
        ["Russia hit Kyiv with cruise missile strikes in a menacing display of defiance while the UN secretary general was visiting the city",
         "At least 10 people were injured when one of the two missiles launched struck the lower floors of a 25-storey residential building in the Shevchenkivskyi district"],
        injuries=10, fatalities=None, attribution=["Ukrainian state emergency officials"])],
      notes="published 2022-04-29 00:00Z; the strike was on the evening of 28 April."),
    G("20220501T053000Z_GB_en_68ea808099", [E(KM, "missile", "Kyiv", None, ["he bombed António Guterres, the UN chief, who was visiting Kyiv"],
        required=False, why_optional="opinion piece; the strike in one clause, undated", omit=("fatalities", "injuries"))]),
    G("20220502T170000Z_GB_en_86c45e89ec", [E(KM, "missile", "Kyiv", None, ["Moscow confirms attack on Kyiv during UN chief’s visit"],
        required=False, why_optional="a letter citing a headline", omit=("fatalities", "injuries"))]),
)

TV = "gd-kharkiv-tv-tower-2024-04-22"
add(
    G("20240422T201500Z_GB_en_c6b1568445", [E(TV, "missile", "Kharkiv", "2024-04-22",
        ["Russian attacks destroyed a TV tower in Kharkiv", "Russian missiles slammed into it on Monday afternoon"], omit=("fatalities", "injuries"))]),
    G("20240424T013000Z_UA_en_f4776c5a7b", [E(TV, "missile", "Kharkiv", None, ["the recent attack on a TV tower in Kharkiv"],
        attribution=["Institute for the Study of War"], omit=("fatalities", "injuries"), note="undated ('recent') in this report")]),
)

IV = "gd-timur-ivanov-arrest-2024-04-23"
add(
    G("20240424T004500Z_GB_en_1d9a9a1671", [
        E(IV, "arrest", "Moscow", "2024-04-23", ["Russian authorities have arrested Timur Ivanov, a deputy defence minister"], actor1="Police Forces of Russia",
          omit=("fatalities", "injuries"), note="published 24 April 00:45Z; the arrest was announced on 23 April"),
        E(None, "missile", "Kharkiv", "2024-04-24", ["Russian missiles attacked a residential district of Kharkiv early on Wednesday"],
          attribution=["Ihor Terekhov"], required=False, why_optional="reported by this article only in the corpus; labelled as a neighbour", omit=("fatalities", "injuries"))]),
    G("20240507T074500Z_GB_en_8d006a54b7", [E(IV, "arrest", "Moscow", "2024-04", ["deputy defence minister Timur Ivanov, was detained on charges of bribery"],
        actor1="Police Forces of Russia", precision=3, current=False, omit=("fatalities", "injuries"))]),
    G("20240507T114500Z_GB_en_333d18aad4", [E(IV, "arrest", "Moscow", "2024-04", ["deputy defence minister Timur Ivanov, was detained on charges of bribery"],
        actor1="Police Forces of Russia", precision=3, current=False, omit=("fatalities", "injuries"))],
      notes="near-copy of 20240507T074500Z_GB_en_8d006a54b7 (different first line)."),
)

KD = "gd-kakhovka-dam-2023-06-06"
add(
    G("20230616T164500Z_UA_en_9003f3d7e3", [E(KD, "ied", "Nova Kakhovka", None, ["The destruction of the Nova Kakhovka dam unleashed a flood of suffering"],
        current=False, accept_types=["Strategic developments"], omit=("fatalities", "injuries", "actor1"), actor1=None,
        note="no date in the article (the dam was destroyed on 6 June 2023)")]),
    G("20230624T180000Z_GB_en_380cc7b700", [E(KD, "ied", "Nova Kakhovka", None, ["When the Kakhovka dam was blown up in Russian-occupied southern Ukraine in a suspected Russian attack"],
        current=False, accept_types=["Strategic developments"], omit=("fatalities", "injuries"))]),
    G("20230711T181500Z_UA_en_f61735fd05", [E(KD, "ied", "Nova Kakhovka", None, ["The destruction of the Kakhovka dam highlights the brutal consequences of the war"],
        current=False, required=False, why_optional="a passing mention in a statement", accept_types=["Strategic developments"], omit=("fatalities", "injuries", "actor1"), actor1=None)]),
    G("20230719T213000Z_GB_en_823fbccc8e", [E(KD, "ied", "Nova Kakhovka", None, ["the attack on the kakhovka dam"],
        current=False, required=False, why_optional="a passing mention", accept_types=["Strategic developments"], omit=("fatalities", "injuries", "actor1"), actor1=None)]),
)

ME = "gd-melitopol-capture-claim-2022-02-26"
BR = "gd-brody-attack-repelled-2022-02-26"
_mel_note = ("Byte-identical to 4 other corpus files (20220210T141500Z, 20220211T114500Z, 20220213T131500Z, 20220214T110000Z _GB_en_150b309295); "
             "the text describes 26 Feb 2022 although the timestamp is earlier, so 'published' is wrong and no date is given to the events.")
for stem in ("20220204T141500Z_GB_en_55f464d242", "20220215T103000Z_GB_en_c53a35e542"):
    add(G(stem, [
        E(ME, "take", "Melitopol", None, ["Russian troops captured the southeastern Ukrainian city of Melitopol, Russia's Interfax news agency said"],
          attribution=["Interfax"], omit=("fatalities", "injuries"), note="undated here; Interfax's claim was of 26 Feb 2022"),
        E(BR, "clash", "Brody", None, ["Ukrainian forces repelled a Russian attack in the Lviv region near Brody in western Ukraine"], actor2=UA,
          required=False, why_optional="implausible as stated (no ground fighting near Brody); an analyst may leave it out", omit=("fatalities", "injuries"))],
      notes=_mel_note))

MP = "gd-mariupol-azovstal-2022-04-20"
for stem in ("20220420T130000Z_US_en_cb7d11f01c", "20220420T150000Z_US_en_c30a589b06"):
    add(G(stem, [E(MP, "clash", "Mariupol", "2022-04-20", ["which remains under the control of Ukrainian forces despite relentless Russian attacks"], actor2=UA,
                   precision=2, omit=("fatalities", "injuries"), note="ongoing siege; week precision")],
          notes="the two files are the same live page fetched twice."))

MO = "gd-moskalyov-detained-2023-03"
for stem in ("20230329T044500Z_US_en_760b1b69ec", "20230329T180000Z_US_en_b0e51e31f2"):
    add(G(stem, [E(MO, "arrest", "Belarus", None, ["was detained in Belarus after failing to turn up for a hearing"], actor1="Police Forces of Belarus",
                   omit=("fatalities", "injuries"), note="only Belarus is named; date not stated")],
          notes="the two files are near-identical copies."))
