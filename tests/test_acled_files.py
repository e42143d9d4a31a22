"""ACLED files as people save them: `code` and `eval` read a CSV with or
without a byte-order mark, in UTF-8 or Windows-1252, with CRLF line ends and
notes spanning lines, through the one decoder `ingest` uses."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from tests.conftest import assert_one_line_error, run_cli
from warmonitor.errors import BadInput
from warmonitor.evaluation.evaluate import read_csv

HEADER = "event_id_cnty,event_date,event_type,sub_event_type,country,notes"
ROWS = [
    "UKR1001,2023-09-23,Explosions/Remote violence,Shelling/artillery/missile attack,Ukraine,"
    '"On 23 September 2023, Russian forces shelled Kherson city (Kherson). 2 civilians were killed.\n'
    'Café owner among the injured. [size=no report]"',
    "COD2002,2025-01-27,Battles,Armed clash,Democratic Republic of Congo,"
    '"On 27 January 2025, M23 fought FARDC troops in Goma (Nord-Kivu). Fatalities: 17."',
]


def _write(tmp_path: Path, name: str, *, encoding: str, bom: bool, crlf: bool) -> Path:
    end = "\r\n" if crlf else "\n"
    text = end.join([HEADER, *ROWS]) + end
    data = text.encode(encoding)
    path = tmp_path / name
    path.write_bytes((codecs.BOM_UTF8 if bom else b"") + data)
    return path


@pytest.mark.parametrize(
    ("encoding", "bom", "crlf"),
    [("utf-8", True, False), ("utf-8", False, True), ("cp1252", False, True), ("utf-8", True, True)],
)
def test_read_csv_as_ingest_reads_files(tmp_path: Path, encoding: str, bom: bool, crlf: bool) -> None:
    path = _write(tmp_path, "events.csv", encoding=encoding, bom=bom, crlf=crlf)
    rows = read_csv(path, [("event_id_cnty", "id"), ("notes",)])
    assert [r["event_id_cnty"] for r in rows] == ["UKR1001", "COD2002"]
    assert "Café owner" in rows[0]["notes"] and "\n" in rows[0]["notes"].replace("\r\n", "\n")


def test_a_file_that_is_not_text_or_lacks_a_column_gets_one_line(tmp_path: Path) -> None:
    binary = tmp_path / "x.csv"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    with pytest.raises(BadInput, match=r"x\.csv: "):
        read_csv(binary, [("notes",)])
    no_notes = tmp_path / "y.csv"
    no_notes.write_bytes(codecs.BOM_UTF8 + b"event_id_cnty,text\r\nA1,hello\r\n")
    with pytest.raises(BadInput, match="needs a column named notes"):
        read_csv(no_notes, [("notes",)])


def test_code_reads_a_windows_1252_file_with_a_bom_free_header(tmp_path: Path, sqlite_url: str) -> None:
    path = _write(tmp_path, "events.csv", encoding="cp1252", bom=False, crlf=True)
    out = tmp_path / "coded.csv"
    coded = run_cli("code", str(path), "-o", str(out), db=sqlite_url)
    assert coded.returncode == 0, coded.stderr
    assert out.read_text("utf-8").count("\n") >= 3
    bommed = _write(tmp_path, "bom.csv", encoding="utf-8", bom=True, crlf=False)
    assert run_cli("code", str(bommed), "-o", str(tmp_path / "b.csv"), db=sqlite_url).returncode == 0
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    assert "empty" in assert_one_line_error(run_cli("code", str(empty), "-o", str(out), db=sqlite_url))
