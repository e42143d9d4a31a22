"""Build the dashboard's offline basemap as small GeoJSON package data.

Inputs (read once, at build time; nothing is fetched):
  countries   Natural Earth 110m admin-0 ("naturalearth_lowres"), the copy shipped
              inside the pyogrio wheel (public domain).
  Syria       OCHA COD-AB governorates (admin 1) and districts (admin 2), 2020-12-17,
              from ../shared/data/boundaries/syria/ (CC BY-IGO 3.0).

Each shape is simplified (Douglas-Peucker, shapely) and its coordinates rounded,
so the three files stay well under 2 MB together.

    .venv/bin/pip install shapely pyogrio   # both in the dev extra
    .venv/bin/python scripts/build_basemap.py [--syria-dir DIR]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import pyogrio  # type: ignore[import-untyped]
import pyogrio.raw  # type: ignore[import-untyped]
import shapely  # type: ignore[import-untyped]
from shapely.geometry import mapping, shape  # type: ignore[import-untyped]

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "warmonitor" / "data" / "basemap"
SYRIA = ROOT.parent / "shared" / "data" / "boundaries" / "syria"

# Degrees: ~2 km for countries seen at country zoom, ~200 m for Syrian districts.
COUNTRY_TOLERANCE = 0.02
SYRIA_TOLERANCE = 0.002
DIGITS = 3


def _round(obj: Any) -> Any:
    if isinstance(obj, float):
        return round(obj, DIGITS)
    if isinstance(obj, list | tuple):
        return [_round(x) for x in obj]
    return obj


def _feature(geom: shapely.Geometry, tolerance: float, props: dict[str, Any]) -> dict[str, Any] | None:
    simple = shapely.make_valid(geom.simplify(tolerance, preserve_topology=True))
    if simple.is_empty:
        return None
    geometry = mapping(simple)
    return (
        {
            "type": "Feature",
            "properties": props,
            "geometry": {**geometry, "coordinates": _round(geometry["coordinates"])},
        }
        if "coordinates" in geometry
        else None
    )


def countries() -> list[dict[str, Any]]:
    source = (
        Path(pyogrio.__file__).parent
        / "tests"
        / "fixtures"
        / "naturalearth_lowres"
        / "naturalearth_lowres.shp"
    )
    _meta, _fids, wkb, fields = pyogrio.raw.read(source, columns=["name", "iso_a3"])
    out = []
    for geom_wkb, name, iso in zip(wkb, fields[0], fields[1], strict=True):
        feature = _feature(shapely.from_wkb(geom_wkb), COUNTRY_TOLERANCE, {"name": name, "iso_a3": iso})
        if feature:
            out.append(feature)
    return out


def ocha(path: Path, level: int) -> list[dict[str, Any]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    out = []
    for f in data["features"]:
        p = f["properties"]
        props = {
            "name": p[f"adm{level}_name"],
            "name_ar": p.get(f"adm{level}_name1"),
            "pcode": p[f"adm{level}_pcode"],
        }
        if level == 2:
            props["admin1"] = p["adm1_name"]
        feature = _feature(shape(f["geometry"]), SYRIA_TOLERANCE, props)
        if feature:
            out.append(feature)
    return out


def write(name: str, features: list[dict[str, Any]]) -> None:
    path = OUT / f"{name}.geojson"
    path.write_text(
        json.dumps(
            {"type": "FeatureCollection", "features": features}, ensure_ascii=False, separators=(",", ":")
        ),
        encoding="utf-8",
    )
    print(f"{path.relative_to(ROOT)}: {len(features)} shapes, {path.stat().st_size / 1024:.0f} KB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--syria-dir", type=Path, default=SYRIA)
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    write("countries", countries())
    write("syria_admin1", ocha(args.syria_dir / "syr_admin1_ocha20201217.geojson", 1))
    write("syria_admin2", ocha(args.syria_dir / "syr_admin2_ocha20201217.geojson", 2))


if __name__ == "__main__":
    main()
