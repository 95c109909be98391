"""CASE 2021 task 2 snippets (../shared/data/events/case2021_task2_dev.tsv) read as event-type gold.

The file is tab-separated with the header `id	EventSnippet	SubType` and quoted the csv way (a
snippet holding a double quote is in quotes, its quotes doubled). Each row becomes one gold
article, scored only on event typing (`event_types.py`):

- Its id is "case-<id>", its text the snippet exactly as read, `published` None.
- Its gold `label` is {"code": SubType, "sub_event_type": the ACLED sub-event type of SUBTYPES, or
  None for the codes of NON_ACLED}. A row of an ACLED type also has one gold event of that type
  whose evidence is the whole snippet, so `GoldDoc.as_prediction()` is a perfect prediction.
- A code in neither table, an empty snippet or a missing id fails loudly, naming the row.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from kronika.errors import GoldFormatError, InputError
from kronika.evaluate.gold import GoldDoc, parse_gold
from kronika.events.lexicon import EVENT_TYPE
from kronika.types import GOLD_FORMAT

#: The columns a CASE 2021 task 2 file must have.
COLUMNS = ("id", "EventSnippet", "SubType")

#: The part of the gold a CASE row gives (see `GoldDoc.parts`).
PART = "event_types"

#: CASE 2021 task 2 code → ACLED sub-event type. Source: the shared task's label set,
#: "Note on EVENT TYPES.txt" in github.com/emerging-welfare/case-2021-shared-task (task2/): its
#: 25 "seen" types are ACLED's 25 sub-event types (ACLED Codebook), renamed as codes.
SUBTYPES: dict[str, str] = {
    # Battles
    "ARMED_CLASH": "Armed clash",
    "GOV_REGAINS_TERIT": "Government regains territory",
    "NON_STATE_ACTOR_OVERTAKES_TER": "Non-state actor overtakes territory",
    # Violence against civilians
    "SEX_VIOL": "Sexual violence",
    "ATTACK": "Attack",
    "ABDUCT_DISSAP": "Abduction/forced disappearance",
    # Explosions/Remote violence
    "CHEM_WEAP": "Chemical weapon",
    "AIR_STRIKE": "Air/drone strike",
    "SUIC_BOMB": "Suicide bomb",
    "ART_MISS_ATTACK": "Shelling/artillery/missile attack",
    "REM_EXPLOS": "Remote explosive/landmine/IED",
    "GRENADE": "Grenade",
    # Protests
    "PEACE_PROTEST": "Peaceful protest",
    "PROTEST_WITH_INTER": "Protest with intervention",
    "FORCE_AGAINST_PROTEST": "Excessive force against protesters",
    # Riots
    "VIOL_DEMONSTR": "Violent demonstration",
    "MOB_VIOL": "Mob violence",
    # Strategic developments
    "AGREEMENT": "Agreement",
    "ARREST": "Arrests",
    "CHANGE_TO_GROUP_ACT": "Change to group/activity",
    "DISR_WEAP": "Disrupted weapons use",
    "HQ_ESTABLISHED": "Headquarters or base established",
    "PROPERTY_DISTRUCT": "Looting/property destruction",
    "NON_VIOL_TERRIT_TRANSFER": "Non-violent transfer of territory",
    "OTHER": "Other",
}

#: CASE 2021 task 2 codes outside ACLED's taxonomy: the "unseen" types of the same note
#: (ORG_CRIME, NATURAL_DISASTER, MAN_MADE_DISASTER) and the two added for the task's second phase
#: (ATTRIB: claims of responsibility; DIPLO: diplomatic events). A system should give no event or
#: "Other" for them.
NON_ACLED = ("ATTRIB", "DIPLO", "MAN_MADE_DISASTER", "NATURAL_DISASTER", "ORG_CRIME")


def load_case_tsv(path: str | Path) -> list[GoldDoc]:
    """Return one event-type GoldDoc per row of a CASE 2021 task 2 TSV, in file order.

    Raises GoldFormatError when the header lacks one of COLUMNS or a row is not usable.
    """
    path = Path(path)
    try:
        with open(path, encoding="utf-8-sig", newline="") as fh:
            reader = csv.DictReader(fh, delimiter="\t")
            _check_header(path, reader.fieldnames)
            rows = list(reader)
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read the gold file ({exc})") from exc
    except csv.Error as exc:
        raise GoldFormatError(f"{path}: not a readable TSV ({exc})") from exc
    return [_doc(path, n, row) for n, row in enumerate(rows, start=1)]


def _check_header(path: Path, header: list[str] | None) -> None:
    missing = [c for c in COLUMNS if c not in (header or [])]
    if missing:
        found = "\t".join(header or [])[:200]
        raise GoldFormatError(
            f"{path}: not a CASE 2021 task 2 file: a gold .tsv needs the header columns "
            f"{', '.join(COLUMNS)} (as in ../shared/data/events); its header is {found!r}"
        )


def _doc(path: Path, n: int, row: dict[str, Any]) -> GoldDoc:
    source = f"{path}#r{n}"
    row_id = (row.get("id") or "").strip()
    text = row.get("EventSnippet") or ""
    code = (row.get("SubType") or "").strip()
    if not row_id:
        raise GoldFormatError(f"{source}: id is empty")
    if not text.strip():
        raise GoldFormatError(f"{source}: EventSnippet is empty")
    if code not in SUBTYPES and code not in NON_ACLED:
        raise GoldFormatError(
            f"{source}: SubType {code!r} is not a CASE 2021 task 2 code; expected one of "
            f"{', '.join(sorted([*SUBTYPES, *NON_ACLED]))}"
        )
    sub_event_type = SUBTYPES.get(code)
    gold: dict[str, Any] = {
        "format": GOLD_FORMAT,
        "article": {"id": f"case-{row_id}", "path": source, "published": None},
        "label": {"code": code, "sub_event_type": sub_event_type},
    }
    if sub_event_type is not None:
        gold["events"] = [
            {
                "id": "g1",
                "event_type": EVENT_TYPE[sub_event_type],
                "sub_event_type": sub_event_type,
                "location": None,
                "evidence": [text],
            }
        ]
    return parse_gold(gold, text, source, parts={PART})
