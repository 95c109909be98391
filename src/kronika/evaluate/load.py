"""Gold files found and read by kind: kronika-gold/1 JSON (`gold.py`), Gritta XML (`gritta.py`),
a places CSV (`places.py`) or a CASE 2021 task 2 TSV (`case2021.py`)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from kronika.errors import GoldFormatError, InputError
from kronika.evaluate.case2021 import load_case_tsv
from kronika.evaluate.gold import GoldDoc, read_gold_json
from kronika.evaluate.gritta import load_gritta_xml
from kronika.evaluate.places import PlacesSelection, load_places_csv


def load_gold(
    paths: Iterable[str | Path] | str | Path,
    on_selection: Callable[[PlacesSelection], None] | None = None,
) -> list[GoldDoc]:
    """Return the gold documents of `*.gold.json` files, folders of them, Gritta `.xml` files,
    places `.csv` files and CASE 2021 task 2 `.tsv` files.

    A folder is searched recursively for `*.gold.json`, in sorted order. Article ids must be unique
    over everything read, since predictions are keyed by them. `on_selection` is told, for each
    places CSV, how many rows became gold and why the others did not.
    """
    if isinstance(paths, str | Path):
        paths = [paths]
    docs: list[GoldDoc] = []
    for path in map(Path, paths):
        if path.is_dir():
            files = sorted(path.rglob("*.gold.json"))
            if not files:
                raise InputError(f"{path}: no *.gold.json file in this folder")
            docs.extend(read_gold_json(f) for f in files)
        elif not path.exists():
            raise InputError(f"{path}: no such gold file or folder")
        elif path.suffix.lower() == ".json":
            docs.append(read_gold_json(path))
        elif path.suffix.lower() == ".xml":
            docs.extend(load_gritta_xml(path))
        elif path.suffix.lower() == ".csv":
            docs.extend(load_places_csv(path, on_selection))
        elif path.suffix.lower() == ".tsv":
            docs.extend(load_case_tsv(path))
        else:
            raise GoldFormatError(
                f"{path}: not a gold file (expected *.gold.json, Gritta *.xml, a places *.csv or a "
                "CASE 2021 task 2 *.tsv)"
            )
    _check_unique_ids(docs)
    return docs


def _check_unique_ids(docs: list[GoldDoc]) -> None:
    seen: dict[str, str] = {}
    for doc in docs:
        if doc.id in seen:
            raise GoldFormatError(
                f"{doc.path}: article id {doc.id!r} is also the id in {seen[doc.id]}; "
                "predictions are keyed by id, so each gold article needs its own"
            )
        seen[doc.id] = doc.path
