"""The HTTP API and map page (`kronika serve`): `create_app(db_path)` gives the FastAPI app.

FastAPI, uvicorn and the map's packaged assets are imported only here, so the rest of kronika
works without them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kronika.errors import ResourceError

if TYPE_CHECKING:
    from fastapi import FastAPI

__all__ = ["create_app"]


def create_app(db_path: Any, **options: Any) -> FastAPI:
    """Return the FastAPI app serving `db_path`; see `kronika.api.app.create_app`."""
    try:
        from kronika.api.app import create_app as _create_app
    except ImportError as e:  # pragma: no cover - depends on the installation
        raise ResourceError(
            f"the API server needs {e.name}, which is not installed",
            hint="Install kronika with its dependencies: pip install -e . (or make install).",
        ) from e
    return _create_app(db_path, **options)
