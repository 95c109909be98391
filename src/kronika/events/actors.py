"""Who acts in an event: named armed groups, state forces by demonym, roles and metonyms.

The tables the actor coder reads (details.actors) and the words that tell a state's forces from
non-state armed groups (ACLED's actor types). Sources: ACLED's actor lists and the actor naming of
its Ukraine data ("Military Forces of Russia (2000-)"), year ranges dropped as our gold does.
"""

from __future__ import annotations

import re

#: Words naming an armed actor in a sentence → ACLED actor name. Matched on lower-cased text,
#: as whole words (a plural "s" allowed); a phrase inside a longer one names nothing
#: ("russian forces" in "pro-russian forces" does, "forces" alone does not).
_NAMED_ACTORS: tuple[tuple[str, str], ...] = (
    ("wagner", "Wagner Group"),
    ("russian-backed separatists", "DPR: Donetsk People's Republic"),
    ("separatists", "DPR: Donetsk People's Republic"),
    ("russian forces", "Military Forces of Russia"),
    ("russian troops", "Military Forces of Russia"),
    ("russian army", "Military Forces of Russia"),
    ("russian military", "Military Forces of Russia"),
    ("russian missile", "Military Forces of Russia"),
    ("russian attack", "Military Forces of Russia"),
    ("russian drone", "Military Forces of Russia"),
    ("russian strike", "Military Forces of Russia"),
    ("russian shelling", "Military Forces of Russia"),
    ("russian assault", "Military Forces of Russia"),
    ("russian hands", "Military Forces of Russia"),
    ("russian soldiers", "Military Forces of Russia"),
    ("russians", "Military Forces of Russia"),
    ("moscow's forces", "Military Forces of Russia"),
    ("moscow’s forces", "Military Forces of Russia"),
    ("ukrainian forces", "Military Forces of Ukraine"),
    ("ukrainian troops", "Military Forces of Ukraine"),
    ("ukrainian army", "Military Forces of Ukraine"),
    ("ukrainian military", "Military Forces of Ukraine"),
    ("ukrainian soldiers", "Military Forces of Ukraine"),
    ("ukrainian soldier", "Military Forces of Ukraine"),
    ("a soldier", "Military Forces of Ukraine"),
    ("ukrainians", "Military Forces of Ukraine"),
    ("kyiv's forces", "Military Forces of Ukraine"),
    ("kyiv’s forces", "Military Forces of Ukraine"),
)

#: Demonym → the country as ACLED names it in "Military Forces of …" (ACLED's actor lists:
#: "Military Forces of Israel (2022-)", "Military Forces of the United States (2021-)"; kronika
#: leaves out the year range, as the gold does).
STATE_DEMONYMS: dict[str, str] = {
    "russian": "Russia",
    "ukrainian": "Ukraine",
    "belarusian": "Belarus",
    "israeli": "Israel",
    "syrian": "Syria",
    "iranian": "Iran",
    "iraqi": "Iraq",
    "turkish": "Turkey",
    "lebanese": "Lebanon",
    "jordanian": "Jordan",
    "egyptian": "Egypt",
    "saudi": "Saudi Arabia",
    "yemeni": "Yemen",
    "libyan": "Libya",
    "afghan": "Afghanistan",
    "pakistani": "Pakistan",
    "indian": "India",
    "azerbaijani": "Azerbaijan",
    "armenian": "Armenia",
    "sudanese": "Sudan",
    "ethiopian": "Ethiopia",
    "eritrean": "Eritrea",
    "somali": "Somalia",
    "kenyan": "Kenya",
    "ugandan": "Uganda",
    "rwandan": "Rwanda",
    "congolese": "Democratic Republic of Congo",
    "nigerian": "Nigeria",
    "malian": "Mali",
    "burkinabe": "Burkina Faso",
    "nigerien": "Niger",
    "chadian": "Chad",
    "cameroonian": "Cameroon",
    "mozambican": "Mozambique",
    "burmese": "Myanmar",
    "myanmar": "Myanmar",
    "thai": "Thailand",
    "filipino": "Philippines",
    "colombian": "Colombia",
    "mexican": "Mexico",
    "american": "the United States",
    "us": "the United States",
    "u.s.": "the United States",
    "british": "the United Kingdom",
    "french": "France",
}
#: Nouns that, after a demonym, name (the weapons of) that state's military.
FORCE_NOUNS = (
    "forces", "armed forces", "troops", "army", "military", "soldier", "soldiers", "servicemen",
    "jets", "warplanes", "aircraft", "air force", "navy", "drone", "missile", "strike",
    "airstrike", "shelling", "artillery", "attack", "assault",
)  # fmt: skip
_STATE_FORCES = tuple(
    (f"{demonym} {noun}", f"Military Forces of {country}")
    for demonym, country in STATE_DEMONYMS.items()
    for noun in FORCE_NOUNS
)

#: Named armed groups → their ACLED actor names (ACLED's actor lists, e.g. "Hamas Movement",
#: "Hezbollah", "Military Forces of Yemen (2017-) Houthi"; year ranges left out). Units of a
#: state's forces carry its name first, as ACLED's do ("Military Forces of Russia … Air Force").
ARMED_GROUPS: tuple[tuple[str, str], ...] = (
    ("wagner group", "Wagner Group"),
    ("kadyrovtsy", "Military Forces of Russia Kadyrovtsy"),
    ("kadyrovites", "Military Forces of Russia Kadyrovtsy"),
    ("chechen fighters", "Military Forces of Russia Kadyrovtsy"),
    ("chechen forces", "Military Forces of Russia Kadyrovtsy"),
    ("rosgvardia", "Military Forces of Russia Rosgvardia"),
    ("azov", "Military Forces of Ukraine Azov"),
    ("freedom of russia legion", "Freedom of Russia Legion"),
    ("russian volunteer corps", "Russian Volunteer Corps"),
    ("luhansk separatists", "LPR: Luhansk People's Republic"),
    ("idf", "Military Forces of Israel"),
    ("israel defense forces", "Military Forces of Israel"),
    ("israel defence forces", "Military Forces of Israel"),
    ("hamas", "Hamas Movement"),
    ("qassam brigades", "Hamas Movement"),
    ("islamic jihad", "PIJ: Palestinian Islamic Jihad"),
    ("al-aqsa martyrs brigade", "Al Aqsa Martyrs Brigade"),
    ("hezbollah", "Hezbollah"),
    ("houthis", "Military Forces of Yemen Houthi"),
    ("houthi", "Military Forces of Yemen Houthi"),
    ("ansar allah", "Military Forces of Yemen Houthi"),
    ("rapid support forces", "Rapid Support Forces"),
    ("rsf", "Rapid Support Forces"),
    ("sudanese armed forces", "Military Forces of Sudan"),
    ("islamic state west africa province", "Islamic State West Africa Province"),
    ("iswap", "Islamic State West Africa Province"),
    ("islamic state", "Islamic State"),
    ("isis", "Islamic State"),
    ("al-shabaab", "Al Shabaab"),
    ("al shabaab", "Al Shabaab"),
    ("boko haram", "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"),
    ("taliban", "Taliban"),
    ("jnim", "JNIM: Group for Support of Islam and Muslims"),
    ("m23", "M23: March 23 Movement"),
    ("allied democratic forces", "ADF: Allied Democratic Forces"),
    ("pkk", "PKK: Kurdistan Workers Party"),
    ("syrian democratic forces", "SDF: Syrian Democratic Forces"),
    ("hayat tahrir al-sham", "HTS: Hayat Tahrir al Sham"),
    ("hts", "HTS: Hayat Tahrir al Sham"),
)

ACTORS: tuple[tuple[str, str], ...] = tuple(
    dict(_NAMED_ACTORS + ARMED_GROUPS + _STATE_FORCES).items()
)

#: Actors named by a role, placed in the event's country ("Protesters (Ukraine)"); without a
#: country they are named bare. "{}" is where ACLED puts the country.
ROLE_ACTORS: tuple[tuple[str, str, str], ...] = (
    ("police", "Police Forces of {}", "Police Forces"),
    ("policeman", "Police Forces of {}", "Police Forces"),
    ("policemen", "Police Forces of {}", "Police Forces"),
    ("police officers", "Police Forces of {}", "Police Forces"),
    ("government forces", "Military Forces of {}", ""),
    ("government troops", "Military Forces of {}", ""),
    ("government soldiers", "Military Forces of {}", ""),
    ("security forces", "Military Forces of {}", ""),
    ("protesters", "Protesters ({})", "Protesters"),
    ("demonstrators", "Protesters ({})", "Protesters"),
    ("rioters", "Rioters ({})", "Rioters"),
)

#: Capitals and seats of power that stand for their state's forces ("Moscow launched …",
#: "Kyiv's troops") when a verb of military action or a force noun follows them.
METONYMS: dict[str, str] = {
    "moscow": "Russia",
    "the kremlin": "Russia",
    "kremlin": "Russia",
    "kyiv": "Ukraine",
    "kiev": "Ukraine",
    "minsk": "Belarus",
    "tehran": "Iran",
    "damascus": "Syria",
    "ankara": "Turkey",
    "washington": "the United States",
    "the pentagon": "the United States",
}
METONYM_ACTION = (
    r"(?:'s|’s)?\s+(?:has\s+|have\s+|had\s+)?(?:forces|troops|army|military|soldiers|drones|"
    r"missiles|launched|fired|sent|deployed|captured|seized|retook|recaptured|intensified|"
    r"stepped up|unleashed|launches|fires|sends|deploys|captures|seizes|retakes)\b"
)

#: Words for a state's own forces and for non-state armed groups (ACLED's actor types). Taking a
#: place is "Government regains territory" for the first, "Non-state actor overtakes territory"
#: for the second.
STATE_FORCE_WORDS = frozenset(
    """army troops soldiers troopers military police government forces security forces
    servicemen marines navy commandos paratroopers junta regime""".split()
)
NONSTATE_FORCE_WORDS = frozenset(
    """militants rebels insurgents jihadists fighters gunmen militia militiamen separatists
    terrorists guerrillas extremists mercenaries rebel resistance factions""".split()
)


#: A capitalised name ending in Army, Front or Movement ("the Arakan Army", "Kachin Independence
#: Army", "Oromo Liberation Front"): a state's army only when one demonym alone names it
#: ("the Nigerian Army", "the Somali National Army").
_NOT_A_NAME = frozenset("the a national royal federal regular armed".split())
_NAMED_GROUP = re.compile(r"\b((?:[A-Z][\w'’-]*\s+){1,5})(Army|Front|Movement)\b")


def nonstate_name(text: str) -> bool:
    """Return True when `text` names a non-state armed group by a proper name ending in Army,
    Front or Movement, not a state's army by its demonym."""
    for m in _NAMED_GROUP.finditer(text):
        words = [w for w in m.group(1).split() if w.lower() not in _NOT_A_NAME]
        if m.group(2) != "Army" or len(words) != 1 or words[0].lower() not in STATE_DEMONYMS:
            if words:
                return True
    return False
