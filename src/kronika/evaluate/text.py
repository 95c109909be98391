"""The report as plain text: aligned rows, one figure a line, the headline figures last.

The headline comes last because hooks and CI logs show the tail of `kronika eval` (14 lines). When
event types are scored their line opens the headline figures, so the last 12 lines never move and
the 14-line tail still holds every headline figure.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kronika.evaluate.event_types import ANOTHER_TYPE, OUTCOMES
from kronika.evaluate.measures import Tally

if TYPE_CHECKING:
    from kronika.evaluate.event_types import EventTypeScore
    from kronika.evaluate.report import ArticleResult, Report

LABEL_WIDTH = 36
TYPE_WIDTH = 38  #: the per-type table's first column: "  Non-state actor overtakes territory"
QUOTE_CHARS = 80  #: evidence longer than this is cut in the verbose listing


def format_report(report: Report, verbose: bool = False) -> str:
    """Return the report as text: a header, the misses when verbose, details, then the headline."""
    lines = _header(report)
    if verbose:
        for article in report.articles:
            lines += _misses(article)
    lines += _details(report, verbose)
    if report.event_types:
        lines += _event_types(report.event_types)
    lines += _headline(report)
    return "\n".join(lines)


def _header(report: Report) -> list[str]:
    n = len(report.articles)
    limited = f" (the first {n} of {n + report.beyond_limit})" if report.beyond_limit else ""
    lines = [
        f"kronika eval: {n} gold article{'s' if n != 1 else ''}{limited}, "
        f"{n - len(report.missing_predictions)} with a prediction; scored: "
        f"events {report.scored('events')}, toponyms {report.scored('toponyms')}, "
        f"clean-up {report.scored('boilerplate')}"
        + (f", event types {report.scored('event_types')}" if report.event_types else "")
    ]
    if report.missing_predictions:
        lines.append(f"No prediction for: {_ids(report.missing_predictions)}")
    if report.unknown_predictions:
        lines.append(f"Predictions with no gold (not scored): {_ids(report.unknown_predictions)}")
    return lines


def _details(report: Report, verbose: bool = False) -> list[str]:
    ev, top = report.events, report.toponyms
    lines = ["", _row("Figure", "count", "value"), "Event fields (matched pairs)"]
    lines += [_tally(f"  {name}", tally) for name, tally in ev.fields.items()]
    lines += [
        _tally("  placed within 10 km", ev.within_10km),
        "Events",
        _row("  true positives", ev.tp),
        _row("  false positives", ev.fp),
        _row("  false negatives", ev.fn),
        _row("  matched optional (not counted)", ev.matched_optional),
        "Toponyms",
        _row("  recognised (true positives)", top.tp),
        _row("  false positives", top.fp),
        _row("  missed (false negatives)", top.fn),
        _row("  F1", "", _share(top.f1)),
        _tally("  acc@25km (recognised)", top.within_25km),
        _tally("  exact geonameid", top.geonameid),
        _row("  mean error km", top.errors, _share(top.mean_error_km, 1)),
        _row("  recognised but unresolved", top.unresolved),
    ]
    if report.fusion:
        fu = report.fusion
        lines += [
            "Fusion (B-cubed over matched pairs with a gold cluster)",
            _row("  precision", fu.pairs, _share(fu.precision)),
            _row("  recall", fu.pairs, _share(fu.recall)),
            _row("  F1", "", _share(fu.f1)),
            _row("  gold clusters", fu.clusters),
            _row("  fused groups", fu.fused_groups),
            _row("  wrongly merged pairs", fu.wrongly_merged),
            _row("  wrongly split pairs", fu.wrongly_split),
        ]
        if verbose:
            for e in fu.errors:
                where = " / ".join(e["clusters"]) if e["error"] == "merged" else e["clusters"][0]
                lines.append(f"    wrongly {e['error']} ({where}):")
                lines.append(f"      {e['a']}  [{e['fused'][0]}]")
                lines.append(f"      {e['b']}  [{e['fused'][1]}]")
    return lines


def _event_types(score: EventTypeScore) -> list[str]:
    """Return the per-type table, the summary figures and what the non-ACLED labels gave."""
    lines = [
        "",
        "Event types (the first event of a snippet with an ACLED type; no event counts wrong)",
        f"{'  sub-event type':<{TYPE_WIDTH}}{'support':>8}{'predicted':>10}"
        f"{'P':>7}{'R':>7}{'F1':>7}",
    ]
    for name, c in score.types.items():
        p, r, f = (_share(v) for v in (c.precision, c.recall, c.f1))
        lines.append(
            f"{'  ' + name:<{TYPE_WIDTH}}{c.support:>8}{c.predicted:>10}{p:>7}{r:>7}{f:>7}"
        )
    lines += [
        _row("  no event (wrong)", score.none),
        _row("  a type outside the 25 (wrong)", score.unknown),
        _row("  accuracy", f"{score.right} / {score.total}", _share(score.accuracy)),
        _row("  macro F1", "", _share(score.macro_f1)),
        _row("  weighted F1", "", _share(score.weighted_f1)),
    ]
    if score.other_labels:
        totals = score.other_totals()
        lines += [
            "Snippets of other labels (should give no event or Other)",
            f"{'  label':<{TYPE_WIDTH}}{'snippets':>8}" + "".join(f"{o:>14}" for o in OUTCOMES),
        ]
        for label, counts in [*sorted(score.other_labels.items()), ("all", totals)]:
            cells = "".join(f"{counts[o]:>14}" for o in OUTCOMES)
            lines.append(f"{'  ' + label:<{TYPE_WIDTH}}{sum(counts.values()):>8}{cells}")
    return lines


def _headline(report: Report) -> list[str]:
    ev, top, bp, et = report.events, report.toponyms, report.boilerplate, report.event_types
    typed = [_row("event types weighted F1", et.total, _share(et.weighted_f1))] if et else []
    return [
        "",
        _row("Headline", "count", "value"),
        *typed,
        _row("events precision", f"{ev.tp} / {ev.tp + ev.fp}", _share(ev.precision)),
        _row("events recall", f"{ev.tp} / {ev.tp + ev.fn}", _share(ev.recall)),
        _row("events F1", "", _share(ev.f1)),
        _row("events not-event hits", ev.not_event_hits),
        _row("toponyms precision", f"{top.tp} / {top.tp + top.fp}", _share(top.precision)),
        _row("toponyms recall", f"{top.tp} / {top.tp + top.fn}", _share(top.recall)),
        _tally("toponyms acc@161km", top.within_161km),
        _tally("toponyms acc@10km", top.within_10km),
        _tally("toponyms end-to-end acc@161km", top.end_to_end),
        _tally("toponyms end-to-end acc@25km", top.end_to_end_25km),
        _tally("boilerplate removed", bp.removed),
        _row("boilerplate false removals", bp.false_removals),
    ]


def _row(label: str, count: int | str = "", value: str = "") -> str:
    """Return one aligned line: label, count ("n" or "right / total"), value."""
    return f"{label:<{LABEL_WIDTH}}{count!s:>12}  {value:>7}".rstrip()


def _tally(label: str, tally: Tally) -> str:
    return _row(label, f"{tally.right} / {tally.total}", _share(tally.value))


def _share(value: float | None, digits: int = 3) -> str:
    return "n/a" if value is None else f"{value:.{digits}f}"


def _misses(article: ArticleResult) -> list[str]:
    lines = []
    if article.events:
        ev = article.events
        lines += [f"  missed event {e['id']}: {_event(e)}" for e in ev.missed]
        for e in ev.false_positives:
            hit = f' [not-event: "{_cut(e["not_event"])}"]' if e["not_event"] else ""
            lines.append(f"  false event {e['id']}: {_event(e)}{hit}")
        lines += [
            f"  wrong {f['field']} ({f['gold']} / {f['predicted']}): "
            f"gold {f['expected']!r}, predicted {f['got']!r}"
            for f in ev.field_errors
        ]
    if article.toponyms:
        top = article.toponyms
        lines += [f"  missed toponym {_span(t)}" for t in top.missed]
        lines += [f"  false toponym {_span(t)}" for t in top.false_positives]
        lines += [
            f"  misplaced toponym {_span(t)}: "
            + (f"{t['km']} km off ({t['predicted']})" if t["km"] is not None else "unresolved")
            for t in top.misplaced
        ]
    et = article.event_types
    if et and (et.right is False or et.outcome == ANOTHER_TYPE):
        gold = f"{et.code} ({et.gold})" if et.gold else et.code
        lines.append(f"  wrong event type: gold {gold}, predicted {et.predicted or '(untyped)'}")
    if article.boilerplate:
        bp = article.boilerplate
        lines += [f'  boilerplate kept: "{_cut(line)}"' for line in bp.kept]
        lines += [f'  removed by mistake: "{_cut(line)}"' for line in bp.wrongly_removed]
    if not lines and article.predicted:
        return []
    note = "" if article.predicted else " (no prediction)"
    return ["", f"Article {article.id}{note}", *lines]


def _event(e: dict[str, Any]) -> str:
    where = e.get("location") or "no location"
    evidence = "; ".join(_cut(q) for q in e.get("evidence") or [])
    date = e.get("event_date") or "no date"
    text = f"{e.get('event_type')} / {e.get('sub_event_type')} at {where}, {date}"
    return f'{text}: "{evidence}"' if evidence else text


def _span(t: dict[str, Any]) -> str:
    return f'"{t.get("text")}" at {t.get("start")}..{t.get("end")}'


def _cut(text: str) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= QUOTE_CHARS else text[: QUOTE_CHARS - 1] + "…"


def _ids(ids: list[str], shown: int = 10) -> str:
    more = f" and {len(ids) - shown} more" if len(ids) > shown else ""
    return ", ".join(ids[:shown]) + more
