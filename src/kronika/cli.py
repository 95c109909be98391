"""The `kronika` command: argument parsing, progress and error display — nothing else.

Each command calls the library function of the same name with the same parameter names:
`extract` → `kronika.extract_files()`, `export` → `kronika.export.export()`,
`eval` → `kronika.evaluate.evaluate()`.
"""

from __future__ import annotations

import dataclasses
import json
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from kronika import config
from kronika.errors import KronikaError

if TYPE_CHECKING:
    from kronika.evaluate import GoldDoc
    from kronika.types import Document

app = typer.Typer(
    help="News reports of armed conflict in, verifiable geolocated ACLED-style events out.",
    no_args_is_help=True,
    add_completion=False,
)
err = Console(stderr=True)
FORMATS = ("json", "csv", "geojson")


@contextmanager
def _boundary():
    """Turn a KronikaError into one line on stderr and exit code 2; let anything else raise."""
    try:
        yield
    except KronikaError as exc:
        hint = f"\n  hint: {exc.hint}" if getattr(exc, "hint", None) else ""
        err.print(f"[red]error:[/red] {exc}{hint}", highlight=False)
        raise typer.Exit(2) from None


@contextmanager
def _output(out: Path | None):
    if out is None:
        yield sys.stdout
    else:
        out.parent.mkdir(parents=True, exist_ok=True)
        with open(out, "w", encoding="utf-8", newline="") as fh:
            yield fh


def _progress() -> Progress:
    """Return the progress bar the long commands show on stderr (gone when done)."""
    return Progress(
        TextColumn("[bold]extract"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
    )


def _check_format(format: str) -> str:
    if format.lower() not in FORMATS:
        raise KronikaError(f"unknown format {format!r}; choose one of {', '.join(FORMATS)}")
    return format.lower()


def _summary(docs) -> Table:
    table = Table(title="Events found", show_lines=False)
    for col in ("article", "date", "sub-event type", "place", "actor1", "killed", "injured"):
        table.add_column(col, overflow="fold")
    for doc in docs:
        for e in doc.events:
            table.add_row(
                doc.article.id[:32],
                e.event_date or "—",
                e.sub_event_type,
                e.location.name if e.location else "—",
                e.actor1 or "—",
                "—" if e.fatalities is None else str(e.fatalities),
                "—" if e.injuries is None else str(e.injuries),
            )
    return table


@app.command()
def extract(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders (.txt .html .jsonl .csv).")],
    published: Annotated[
        str | None, typer.Option(help="Publication date YYYY-MM-DD for inputs without one.")
    ] = None,
    format: Annotated[str, typer.Option(help="Output format: json, csv or geojson.")] = "json",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Output file (default: stdout).")
    ] = None,
    db: Annotated[Path | None, typer.Option(help="DuckDB file to add the results to.")] = None,
    summary: Annotated[bool, typer.Option(help="Print a table of the events on stderr.")] = False,
    disable: Annotated[
        list[str] | None,
        typer.Option(
            help="A pipeline stage to skip (repeatable): '--disable screen' keeps the reports "
            "the event screen would drop."
        ),
    ] = None,
) -> None:
    """Extract toponyms and events from articles."""
    from kronika.export import export
    from kronika.jobs import extract_files
    from kronika.pipeline import Options

    with _boundary():
        fmt = _check_format(format)
        progress = _progress()
        task = None

        def on_total(n: int) -> None:
            nonlocal task
            if n > config.PROGRESS_MIN_ARTICLES:
                progress.start()
                task = progress.add_task("extract", total=n)

        def on_document(_doc) -> None:
            if task is not None:
                progress.advance(task)

        try:
            result = extract_files(
                paths,
                published=published,
                db=db,
                options=Options(disable=tuple(disable or ())),
                on_total=on_total,
                on_document=on_document,
            )
        finally:
            progress.stop()
        with _output(output) as fh:
            export(result.documents, fmt, fh)
        n_events = sum(len(d.events) for d in result.documents)
        if summary:
            Console(stderr=True, width=max(err.width, 140)).print(_summary(result.documents))
        fused = len({e.fused_id for d in result.documents for e in d.events if e.fused_id})
        err.print(
            f"{len(result.documents)} articles, {n_events} events"
            + (f" ({fused} fused events)" if db else "")
            + (f", written to {db}" if db else "")
            + (f"; {result.unchanged} unchanged" if result.unchanged else "")
            + (f"; {len(result.duplicates)} duplicates" if result.duplicates else "")
            + (f"; {len(result.skipped)} skipped" if result.skipped else ""),
            highlight=False,
        )
        for article, match in result.duplicates:
            err.print(
                f"[cyan]duplicate[/cyan] {article.path or article.id}: {match.reason} of "
                f"{match.article_id}",
                highlight=False,
            )
        for s in result.skipped:
            err.print(f"[yellow]skipped[/yellow] {s.path}: {s.reason}", highlight=False)
        if result.skipped:
            raise typer.Exit(1)


@app.command("export")
def export_cmd(
    db: Annotated[Path, typer.Option(help="DuckDB file written by `kronika extract --db`.")],
    format: Annotated[str, typer.Option(help="Output format: json, csv or geojson.")] = "json",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Output file (default: stdout).")
    ] = None,
) -> None:
    """Export the events stored in a database."""
    from kronika.export import export
    from kronika.store import open_db

    with _boundary():
        fmt = _check_format(format)
        if not db.exists():
            raise KronikaError(
                f"no database at {db}", hint="Create it with `kronika extract --db`."
            )
        with open_db(db) as store, _output(output) as fh:
            n = export(store.documents(), fmt, fh)
        err.print(f"{n} events exported", highlight=False)


@app.command("events")
def events_cmd(
    db: Annotated[Path, typer.Option(help="DuckDB file written by `kronika extract --db`.")],
    since: Annotated[str | None, typer.Option(help="First event date, YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Last event date, YYYY-MM-DD.")] = None,
    type: Annotated[str | None, typer.Option(help="ACLED event type, e.g. Battles.")] = None,
    sub_type: Annotated[str | None, typer.Option(help="ACLED sub-event type.")] = None,
    actor: Annotated[str | None, typer.Option(help="Part of actor1's or actor2's name.")] = None,
    claim_status: Annotated[
        str | None, typer.Option(help="reported, contested, denied or unconfirmed.")
    ] = None,
    bbox: Annotated[str | None, typer.Option(help="W,S,E,N in degrees, e.g. 36,47,39,49.")] = None,
    q: Annotated[str | None, typer.Option(help="Text to find in the evidence.")] = None,
    limit: Annotated[int | None, typer.Option(min=0, help="At most this many events.")] = None,
    format: Annotated[
        str, typer.Option(help="table, json, csv (ACLED), geojson or parquet.")
    ] = "table",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Output file (default: stdout).")
    ] = None,
    explain: Annotated[
        str | None, typer.Option(help="Show one fused event's reports side by side.")
    ] = None,
) -> None:
    """List the fused events of a database (`kronika.query.write_events`)."""
    from kronika import query

    with _boundary():
        if explain is not None:
            event = query.fused_event(db, explain)
            if event is None:
                raise KronikaError(f"no fused event {explain!r} in {db}")
            Console(width=max(err.width, 140)).print(*_explain(event))
            return
        filters = dict(
            since=since, until=until, type=type, sub_type=sub_type, actor=actor,
            claim_status=claim_status, bbox=bbox, q=q, limit=limit,
        )  # fmt: skip
        if format.lower() == "table":
            rows = query.fused_events(db, **filters)
            Console(width=max(err.width, 140)).print(_events_table(rows))
            n = len(rows)
        else:
            n = query.write_events(db, format, output, **filters)
        err.print(f"{n} fused events", highlight=False)


def _events_table(rows: list[dict]) -> Table:
    table = Table(title="Fused events")
    for col in ("id", "date", "sub-event type", "place", "actor1", "killed", "injured", "claim",
                "reports"):  # fmt: skip
        table.add_column(col, overflow="fold")
    for r in rows:
        table.add_row(
            r["id"], r["event_date"] or "—", r["sub_event_type"], r["location_name"] or "—",
            r["actor1"] or "—", _figure(r, "fatalities"), _figure(r, "injuries"),
            r["claim_status"], str(r["sources"]),
        )  # fmt: skip
    return table


def _figure(row: dict, name: str) -> str:
    best, low, high = row[name], row.get(name + "_low"), row.get(name + "_high")
    if best is None:
        return "—"
    return str(best) if low == high or low is None else f"{best} ({low}–{high})"


def _explain(event: dict) -> list:
    from rich.text import Text

    head = Text()
    head.append(f"{event['id']}  ", style="bold")
    head.append(f"{event['event_type']} / {event['sub_event_type']}\n")
    head.append(
        f"{event['event_date'] or '—'} (precision {event['time_precision']})  "
        f"{event['location_name'] or '—'} (geo precision {event['geo_precision']})\n"
        f"actors: {event['actor1'] or '—'} vs {event['actor2'] or '—'}   "
        f"killed {_figure(event, 'fatalities')}   injured {_figure(event, 'injuries')}   "
        f"claim: {event['claim_status']}   reports: {event['sources']}"
    )
    table = Table(show_lines=True)
    for col in ("article", "published", "sentence", "date", "place", "killed", "injured",
                "said by", "claim"):  # fmt: skip
        table.add_column(col, overflow="fold")
    for r in event["reports"]:
        a = r["article"]
        table.add_row(
            f"{a['source'] or ''}\n{a['title'] or a['id']}", a["published"] or "—",
            " … ".join(s["text"] for s in r["evidence"]), r["event_date"] or "—",
            r["location_name"] or "—", _figure(r, "fatalities"), _figure(r, "injuries"),
            ", ".join(r["attribution"]) or "—", r["claim_status"],
        )  # fmt: skip
    return [head, table]


@app.command("eval")
def eval_cmd(
    gold: Annotated[
        list[Path],
        typer.Argument(
            help="Gold files or folders (*.gold.json, *.xml, places *.csv, CASE 2021 task 2 *.tsv)."
        ),
    ],
    pred: Annotated[
        Path | None,
        typer.Option(help="Predictions (JSONL from `extract`); default: run extraction."),
    ] = None,
    json_: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
    verbose: Annotated[bool, typer.Option(help="List misses and false positives.")] = False,
    limit: Annotated[
        int | None,
        typer.Option(min=0, help="Score only the first N gold articles (after loading)."),
    ] = None,
) -> None:
    """Score predictions against gold (GOLD.md rules)."""
    from kronika.evaluate import evaluate, load_gold, read_predictions

    with _boundary():
        golds = load_gold(
            gold, on_selection=lambda s: err.print(s.summary(), highlight=False, soft_wrap=True)
        )
        if pred is not None:
            predictions = read_predictions(pred)
        else:
            predictions = _extract_gold(golds[:limit] if limit is not None else golds)
        report = evaluate(golds, predictions, limit=limit)
        if json_:
            print(json.dumps(report.to_dict(), indent=1, ensure_ascii=False))
        else:
            print(report.format_text(verbose=verbose))


@app.command()
def serve(
    db: Annotated[Path, typer.Option(help="DuckDB file to serve (opened read-only).")],
    host: Annotated[
        str, typer.Option(help="Address to listen on; anything but loopback exposes the API.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535, help="TCP port.")] = 8000,
    allow_ingest: Annotated[
        bool, typer.Option(help="Accept POST /api/articles (needs --token; opens the db writable).")
    ] = False,
    token: Annotated[
        str | None,
        typer.Option(envvar="KRONIKA_TOKEN", help="Bearer token for ingest (or $KRONIKA_TOKEN)."),
    ] = None,
    tiles: Annotated[
        str | None,
        typer.Option(help="Tile URL template {z}/{x}/{y}; default: the packaged offline tiles."),
    ] = None,
) -> None:
    """Serve the HTTP API and the map page of a database."""
    with _boundary():
        from kronika.api import create_app

        application = create_app(db, allow_ingest=allow_ingest, token=token, tiles=tiles)
        import uvicorn

        err.print(f"serving {db} at http://{host}:{port}/ (Ctrl-C stops)", highlight=False)
        uvicorn.run(application, host=host, port=port, log_level="warning")


def _extract_gold(golds: list[GoldDoc]) -> dict[str, Document]:
    """Return {article id: Document} of the gold articles, with a progress bar when many.

    When the gold has fusion clusters, the articles go through a temporary store, so their
    events carry the `fused_id` fusion gave them.
    """
    import tempfile

    from kronika.jobs import extract_articles

    progress = _progress()
    if len(golds) > config.PROGRESS_MIN_ARTICLES:
        progress.start()
    task = progress.add_task("extract", total=len(golds))
    fusion = any("cluster" in e for g in golds for e in g.gold.get("events") or [])
    try:
        with tempfile.TemporaryDirectory(prefix="kronika-eval-") as tmp:
            result = extract_articles(
                [g.article for g in golds],
                db=Path(tmp) / "eval.duckdb" if fusion else None,
                on_document=lambda _doc: progress.advance(task),
            )
    finally:
        progress.stop()
    docs = {doc.article.id: doc for doc in result.documents}
    for article, match in result.duplicates:  # a copy is scored with the events of its original
        original = docs.get(match.article_id)
        if original is not None:
            docs[article.id] = dataclasses.replace(original, article=article, text=article.text)
    return docs


def main() -> None:  # pragma: no cover - console entry point
    app()
