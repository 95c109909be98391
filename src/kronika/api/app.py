"""The HTTP API and the map page: `create_app(db_path)` gives the FastAPI application.

Reads go through `kronika.query` on a store opened read-only, one cursor per request. As nothing
can write the file while it is served read-only, each answer is cached (bounded in bytes) until
the server stops or an ingest over HTTP changes the store.
"""

from __future__ import annotations

import datetime as dt
import hmac
import re
import threading
from collections import OrderedDict
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit

from fastapi import Body, FastAPI, Header, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException

from kronika import query
from kronika.api import formats
from kronika.api.articles import article_with_spans
from kronika.api.db import open_for_serving, request_store
from kronika.api.limits import LimitsAndHeaders
from kronika.api.tiles import ATTRIBUTION, MAX_ZOOM, TileSet, basemap_path
from kronika.errors import InputError, KronikaError
from kronika.store import Store

WEB = Path(__file__).resolve().parents[1] / "web"
MAX_BODY = 1_000_000  #: bytes of a request body (an article of ~150 pages of text)
MAX_QUERY = 4096  #: bytes of a query string
MAX_TEXT = 200_000  #: characters of one article's text sent to /api/extract or /api/articles
MAX_ARTICLES = 100  #: articles in one ingest request
DEFAULT_LIMIT = 1000  #: events per page unless `limit` says otherwise
MAX_LIMIT = 10_000  #: events in one page at most (the map pages through larger stores)
CACHE_BYTES = 128 * 2**20  #: memory the response cache may hold
#: Ids are stored as given by readers and fusion; these characters cover them and nothing else.
ID_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.:@+-]{0,199}")


class ResponseCache:
    """An LRU of response bodies by request, bounded in total bytes; thread-safe."""

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self._items: OrderedDict[str, tuple[int, bytes, str]] = OrderedDict()
        self._size = 0
        self._lock = threading.Lock()

    def get(self, key: str) -> tuple[int, bytes, str] | None:
        with self._lock:
            item = self._items.get(key)
            if item is not None:
                self._items.move_to_end(key)
            return item

    def put(self, key: str, item: tuple[int, bytes, str]) -> None:
        size = len(item[1])
        if size > self.max_bytes // 4:
            return
        with self._lock:
            old = self._items.pop(key, None)
            if old is not None:
                self._size -= len(old[1])
            self._items[key] = item
            self._size += size
            while self._size > self.max_bytes:
                _, dropped = self._items.popitem(last=False)
                self._size -= len(dropped[1])

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
            self._size = 0


class ExtractRequest(BaseModel):
    """A text to run the pipeline on; nothing is stored."""

    text: str = Field(min_length=1, max_length=MAX_TEXT)
    published: dt.date | None = Field(None, description="Publication date, YYYY-MM-DD.")


class ArticleIn(BaseModel):
    """An article to add to the store (POST /api/articles)."""

    id: str = Field(pattern=ID_PATTERN.pattern)
    text: str = Field(min_length=1, max_length=MAX_TEXT)
    published: dt.date | None = None
    title: str | None = Field(None, max_length=1000)
    url: str | None = Field(None, max_length=2000)
    source: str | None = Field(None, max_length=200)


def create_app(
    db_path: str | Path,
    *,
    allow_ingest: bool = False,
    token: str | None = None,
    tiles: str | None = None,
) -> FastAPI:
    """Return the app serving the store at `db_path`: the API under /api, the map page at /.

    The store is opened read-only unless `allow_ingest`, which needs a `token`: POST
    /api/articles then takes `Authorization: Bearer <token>`. `tiles` is a tile URL template
    ({z}/{x}/{y}) for the map; without it the page uses the packaged offline OSM tiles.
    """
    if allow_ingest and not token:
        raise InputError(
            "ingest over HTTP needs a token", hint="Pass --token (or set KRONIKA_TOKEN)."
        )
    base = open_for_serving(db_path, writable=allow_ingest)
    cache = ResponseCache(CACHE_BYTES)
    write_lock = threading.Lock()
    tile_set = None if tiles else TileSet(basemap_path())
    tile_origin = _origin(tiles) if tiles else ""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        base.close()

    app = FastAPI(
        lifespan=lifespan,
        title="kronika",
        summary="Fused conflict events with the evidence behind them.",
        version=_version(),
        docs_url=None,
        redoc_url=None,
    )
    app.state.store = base
    app.state.cache = cache
    app.add_middleware(
        LimitsAndHeaders, max_body=MAX_BODY, max_query=MAX_QUERY, img_sources=tile_origin
    )
    _add_error_handlers(app)

    def read(fn: Callable[[Store], Any]) -> Any:
        store = request_store(base)
        try:
            return fn(store)
        finally:
            store.close()

    async def cached(request: Request, compute: Callable[[], tuple[int, bytes, str]]) -> Response:
        key = request.url.path + "?" + "&".join(sorted(str(request.query_params).split("&")))
        item = cache.get(key)
        if item is None:
            item = await run_in_threadpool(compute)
            if item[0] == 200:
                cache.put(key, item)
        status, body, media_type = item
        return Response(body, status_code=status, media_type=media_type)

    @app.get("/api/events", tags=["events"])
    async def list_events(
        request: Request,
        since: Annotated[str | None, Query(description="Earliest event date, YYYY-MM-DD.")] = None,
        until: Annotated[str | None, Query(description="Latest event date, YYYY-MM-DD.")] = None,
        type: Annotated[str | None, Query(max_length=100, description="ACLED event type.")] = None,
        sub_type: Annotated[
            str | None, Query(max_length=100, description="ACLED sub-event type.")
        ] = None,
        actor: Annotated[
            str | None, Query(max_length=200, description="Part of actor1 or actor2.")
        ] = None,
        claim_status: Annotated[
            str | None, Query(description="reported, contested, denied or unconfirmed.")
        ] = None,
        bbox: Annotated[
            str | None, Query(max_length=200, description="W,S,E,N in degrees.")
        ] = None,
        q: Annotated[
            str | None, Query(max_length=200, description="Words in the reports' evidence.")
        ] = None,
        limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = DEFAULT_LIMIT,
        offset: Annotated[int, Query(ge=0, le=10**9)] = 0,
        format: Literal["json", "geojson", "csv"] = "json",
    ) -> Response:
        """Fused events passing every filter, ordered by date then id; one page of them."""
        filters = dict(
            since=since,
            until=until,
            type=type,
            sub_type=sub_type,
            actor=actor,
            claim_status=claim_status,
            bbox=bbox,
            q=q,
        )

        def compute() -> tuple[int, bytes, str]:
            if format != "csv":  # the JSON is written by DuckDB, no row becomes a dict
                page = read(
                    lambda store: query.fused_events_json(
                        store, geojson=format == "geojson", **filters, limit=limit, offset=offset
                    )
                )
                body = formats.page_body(page, format, limit=limit, offset=offset)
                return 200, body, formats.MEDIA_TYPES[format]

            def run(store: Store) -> tuple[list[dict[str, Any]], int]:
                rows = query.fused_events(store, **filters, limit=limit, offset=offset)
                if len(rows) < limit and (rows or offset == 0):
                    total = offset + len(rows)  # the last page: no need to count
                else:
                    total = query.count_fused_events(store, **filters)
                return rows, total

            rows, total = read(run)
            body = formats.events_body(rows, format, total=total, limit=limit, offset=offset)
            return 200, body, formats.MEDIA_TYPES[format]

        return await cached(request, compute)

    @app.get("/api/events/{id}", tags=["events"])
    async def get_event(request: Request, id: str) -> Response:
        """One fused event with its reports: each report's article, evidence and field spans."""
        _check_id(id, "event")

        def compute() -> tuple[int, bytes, str]:
            event = read(lambda store: query.fused_event(store, id))
            if event is None:
                raise HTTPException(404, f"no event {id!r} in this store")
            return 200, formats.dumps(event), "application/json"

        return await cached(request, compute)

    @app.get("/api/articles/{id}", tags=["articles"])
    async def get_article(request: Request, id: str) -> Response:
        """An article's cleaned text with the spans of toponyms and evidence marked."""
        _check_id(id, "article")

        def compute() -> tuple[int, bytes, str]:
            article = read(lambda store: article_with_spans(store, id))
            if article is None:
                raise HTTPException(404, f"no article {id!r} in this store")
            return 200, formats.dumps(article), "application/json"

        return await cached(request, compute)

    @app.get("/api/stats", tags=["events"])
    async def get_stats(request: Request) -> Response:
        """Counts of fused events by type and by day, and totals of events, reports, articles."""
        return await cached(
            request,
            lambda: (200, formats.dumps(read(query.stats)), "application/json"),
        )

    extract_lock = threading.Lock()

    @app.post("/api/extract", tags=["extract"])
    def extract(body: ExtractRequest) -> dict[str, Any]:
        """Events and toponyms of one text, as `kronika extract` gives them; nothing is stored."""
        from kronika.pipeline import extract as run_extract

        with extract_lock:  # one spaCy pass at a time: the model is shared
            doc = run_extract(body.text, published=body.published)
        return {
            "events": [e.to_dict() for e in doc.events],
            "toponyms": [t.to_dict() for t in doc.toponyms],
        }

    @app.post("/api/articles", tags=["articles"], status_code=201)
    def ingest(
        articles: Annotated[list[ArticleIn], Body(max_length=MAX_ARTICLES)],
        authorization: Annotated[str | None, Header()] = None,
    ) -> dict[str, Any]:
        """Add articles to the store (only with --allow-ingest and the token)."""
        if not allow_ingest:
            raise HTTPException(
                403, "ingest over HTTP is off; start the server with --allow-ingest --token TOKEN"
            )
        given = (authorization or "").removeprefix("Bearer ").strip()
        if not hmac.compare_digest(given.encode(), (token or "").encode()):
            raise HTTPException(401, "missing or wrong token (send Authorization: Bearer TOKEN)")
        from kronika.jobs import extract_articles
        from kronika.types import Article

        given_articles = [
            Article(
                id=a.id,
                text=a.text,
                published=a.published,
                title=a.title,
                url=a.url,
                source=a.source,
            )
            for a in articles
        ]
        # The same job as `kronika extract --db`: unchanged and duplicate articles are not
        # processed again, and the new reports are fused with what they touch.
        with write_lock, extract_lock:
            result = read(lambda store: extract_articles(given_articles, db=store))
            cache.clear()
        stats, fusion = result.stats, result.fusion
        return {
            "articles": stats.articles_inserted if stats else 0,
            "reports": stats.events_inserted if stats else 0,
            "replaced_articles": stats.articles_replaced if stats else 0,
            "unchanged": result.unchanged,
            "duplicates": [{"id": a.id, "of": m.article_id, "why": m.reason}
                           for a, m in result.duplicates],
            "fused_events_written": fusion.fused if fusion else 0,
        }  # fmt: skip

    @app.get("/api/health", include_in_schema=False)
    async def health() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/config.json", include_in_schema=False)
    async def config() -> dict[str, Any]:
        if tiles:
            return {"tiles": tiles, "attribution": f"tiles: {tile_origin}", "max_native_zoom": 18}
        return {
            "tiles": "tiles/{z}/{x}/{y}.png",
            "attribution": ATTRIBUTION,
            "max_native_zoom": MAX_ZOOM,
        }

    @app.get("/tiles/{z}/{x}/{y}.png", include_in_schema=False)
    def tile(z: int, x: int, y: int) -> Response:
        data = tile_set.tile(z, x, y) if tile_set else None
        if data is None:
            raise HTTPException(404, f"no tile {z}/{x}/{y} (the offline basemap has zoom 0–6)")
        return Response(
            data, media_type="image/png", headers={"cache-control": "public, max-age=86400"}
        )

    @app.get("/", include_in_schema=False)
    async def index() -> FileResponse:
        return FileResponse(WEB / "index.html", headers={"cache-control": "no-cache"})

    @app.get("/docs", include_in_schema=False)
    async def docs() -> HTMLResponse:
        return HTMLResponse(DOCS_HTML)

    app.mount("/static/leaflet", StaticFiles(directory=_leaflet_dir()), name="leaflet")
    app.mount("/static/swagger", StaticFiles(directory=_swagger_dir()), name="swagger")
    app.mount("/static", StaticFiles(directory=WEB), name="web")
    return app


#: Swagger UI from the swagger-ui-bundle package; started by our own script (CSP: no inline JS).
DOCS_HTML = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>kronika API</title>
<link rel="stylesheet" href="/static/swagger/swagger-ui.css"></head>
<body><div id="swagger-ui"></div>
<script src="/static/swagger/swagger-ui-bundle.js"></script>
<script src="/static/docs.js"></script></body></html>
"""


def _check_id(id: str, what: str) -> None:
    if not ID_PATTERN.fullmatch(id) or ".." in id:
        raise HTTPException(
            400,
            f"{what} id {id[:80]!r} is not a kronika id (letters, digits and . _ : @ + -, "
            "at most 200, no '..')",
        )


def _add_error_handlers(app: FastAPI) -> None:
    """Every error is JSON {"error": message, "status": code}; bad input is a 4xx, never a 500."""

    def error(status: int, message: str, **extra: Any) -> JSONResponse:
        return JSONResponse({"error": message, "status": status, **extra}, status_code=status)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> JSONResponse:
        message = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
        if exc.status_code == 404 and message == "Not Found":
            message = f"no such path: {request.url.path[:200]}"
        if exc.status_code == 405:
            message = f"{request.method} is not allowed on {request.url.path[:200]}"
        return error(exc.status_code, message)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
        problems = []
        for e in exc.errors():
            where = ".".join(str(p) for p in e.get("loc", ()) if p not in ("query", "path"))
            if e.get("type") == "json_invalid":
                problems.append("the body is not valid JSON")
            else:
                problems.append(f"{where}: {e.get('msg')}")
        return error(400, "; ".join(problems[:10]) or "bad request")

    @app.exception_handler(InputError)
    async def input_error(request: Request, exc: InputError) -> JSONResponse:
        return error(400, str(exc))

    @app.exception_handler(KronikaError)
    async def kronika_error(request: Request, exc: KronikaError) -> JSONResponse:
        return error(500, str(exc), hint=exc.hint)


def _origin(url: str) -> str:
    parts = urlsplit(url.replace("{s}", "a"))
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise InputError(
            f"tiles: {url!r} is not an http(s) URL template",
            hint="Give e.g. https://tile.example.org/{z}/{x}/{y}.png",
        )
    host = urlsplit(url).netloc.replace("{s}", "*")
    return f"{parts.scheme}://{host}"


def _leaflet_dir() -> Path:
    import js_lib_leaflet

    return Path(js_lib_leaflet.__file__).parent / "static" / "js_lib_leaflet"


def _swagger_dir() -> Path:
    from swagger_ui_bundle import swagger_ui_path

    return Path(str(swagger_ui_path))


def _version() -> str:
    import kronika

    return kronika.__version__
