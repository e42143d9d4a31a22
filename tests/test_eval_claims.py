"""`warmonitor eval claims`: the scorer's rules on small gold of our own, and
floors on the real gold (ISAF releases from ../shared, FA-KES gold from the repo).

The sentences here are our own wording. The floors are a little below what
the command measured when they were set (docs/accuracy.md); the rules are
being improved, and the floors are raised as they are."""

from __future__ import annotations

import json
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import REPO, SHARED, assert_one_line_error, run_cli
from warmonitor.errors import BadInput
from warmonitor.evaluation.claims import (
    BLIND_FILES,
    BLIND_HELDOUT_TITLE,
    Article,
    GoldArticle,
    blind_gold,
    blind_halves,
    canonical,
    claimant_breakdowns,
    eval_claims,
    fakes_rows,
    isaf_half,
    miss_kind,
    read_articles,
    read_gold,
    read_split,
    release_figures,
    release_published,
    same_source,
    score_article,
)
from warmonitor.extract.claims import (
    CasualtyClaim,
    ControlClaim,
    DateRef,
    Extraction,
    PlaceOut,
    PlaceRef,
    ReportInfo,
)

ISAF = SHARED / "data" / "real-dev" / "isaf_press_releases_labelled_test.jsonl"
FAKES = SHARED / "data" / "real-dev" / "fakes_syria_2011_2018.csv"
GOLD = REPO / "gold" / "fakes"

TEXT = (
    "Shelling on Kafr Nabl killed 12 people on Tuesday, among them 5 children, the Observatory said. "
    "The town of 40000 people was taken by rebels from the army."
)
PUBLISHED = date(2016, 3, 2)  # a Wednesday


def _day(d: date) -> DateRef:
    return DateRef(start=d, end=d, precision=1)


def _casualty(word: str, best: int, **fields: object) -> CasualtyClaim:
    start = TEXT.index(word)
    values: dict[str, object] = {
        "text": "",
        "span": (start, start + len(word)),
        "outcome": "killed",
        "party": "total",
        "low": best,
        "best": best,
        "high": best,
        "scope": "incident",
    }
    values.update(fields)
    return CasualtyClaim.model_validate(values)


def _extraction(claims: list[object], places: list[PlaceOut] | None = None) -> Extraction:
    return Extraction.model_validate(
        {
            "report": ReportInfo(published=PUBLISHED, text=TEXT),
            "claims": claims,
            "places": places or [],
            "actors": [],
        }
    )


def _gold() -> GoldArticle:
    twelve = TEXT.index("12")
    five = TEXT.index("5 children")
    town = TEXT.index("Kafr Nabl")
    return GoldArticle(
        unit_id="1",
        half="dev",
        casualties=[
            {
                "span": [twelve, twelve + 2],
                "outcome": "killed",
                "party": "total",
                "best": 12,
                "scope": "incident",
                "claimant": "Syrian Observatory for Human Rights",
                "date": "2016-03-01",
            },
            {
                "span": [five, five + 1],
                "outcome": "killed",
                "party": "civilians",
                "best": 5,
                "scope": "incident",
                "claimant": "Syrian Observatory for Human Rights",
                "date": "2016-03-01",
            },
        ],
        control=[
            {
                "span": [town, town + 9],
                "place": "Kafr Nabl",
                "gainer": "rebels",
                "loser": "Syrian Arab Army",
                "change": "gained",
                "date": None,
                "historical": False,
            },
        ],
        not_casualties=[(TEXT.index("40000"), TEXT.index("40000") + 5)],
    )


def _figures(count: Counter[str]) -> dict[str, float | None]:
    return {name: value for name, value, _note in fakes_rows(count)}


def test_a_population_read_as_deaths_is_a_false_positive_and_a_right_figure_counts() -> None:
    claims = [
        _casualty("12", 12, claimant="SOHR", date=_day(date(2016, 3, 1))),
        _casualty("40000", 40000),
    ]
    count: Counter[str] = Counter()
    score_article(_gold(), Article("1", TEXT, PUBLISHED, "nna"), _extraction(claims), count)
    figures = _figures(count)
    assert figures["casualty precision"] == 0.5
    assert figures["casualty recall"] == 0.5
    assert figures["figure exact (best)"] == 1.0
    assert figures["claimant right"] == 1.0  # "SOHR" is the Observatory by the sources' aliases
    assert figures["date right"] == 1.0
    assert count["false: on a not-casualty number"] == 1


def test_a_second_claim_on_one_figure_is_false_and_wrong_fields_count_wrong() -> None:
    claims = [
        _casualty("5 children", 5, party="civilians:children", scope="cumulative", claimant="nna"),
        _casualty("5 children", 5, outcome="injured"),
    ]
    count: Counter[str] = Counter()
    score_article(_gold(), Article("1", TEXT, PUBLISHED, "nna"), _extraction(claims), count)
    figures = _figures(count)
    assert count["false: duplicate"] == 1 and figures["casualty precision"] == 0.5
    assert figures["party right"] == 1.0  # civilians:children is civilians
    assert figures["scope right"] == 0.0
    assert figures["claimant right"] == 0.0  # the outlet, where the text names the monitor
    assert figures["date right"] == 0.0


def test_a_report_day_agrees_with_a_null_gold_date_and_a_day_from_text_does_not() -> None:
    gold = _gold()
    for row in gold.casualties:
        row["date"] = None  # the text gives no day for either figure
    fallback = _casualty("12", 12, date=_day(PUBLISHED), date_basis="report")
    stated = _casualty("5 children", 5, party="civilians", date=_day(date(2016, 2, 28)), date_basis="text")
    count: Counter[str] = Counter()
    score_article(gold, Article("1", TEXT, PUBLISHED, "nna"), _extraction([fallback, stated]), count)
    assert _figures(count)["date right"] == 0.5
    assert count["undated: report day for a null gold date"] == 1


def test_a_lone_victim_without_a_numeral_is_left_unscored_but_a_numeral_is_not() -> None:
    # The gold codes no lone victim told without a numeral (gold/fakes/README.md,
    # "Not coded"): a claim of one on such words is neither right nor wrong.
    claims = [
        _casualty("12", 12, claimant="SOHR", date=_day(date(2016, 3, 1))),
        _casualty("rebels", 1),
        _casualty("40000", 1),
    ]
    count: Counter[str] = Counter()
    score_article(_gold(), Article("1", TEXT, PUBLISHED, "nna"), _extraction(claims), count)
    assert count["uncoded: lone victim"] == 1
    assert count["claims"] == 2 and count["false: no gold figure"] == 1
    assert _figures(count)["casualty precision"] == 0.5


def test_a_figure_told_as_several_is_left_unscored_but_several_hundred_is_not() -> None:
    # The gold codes no bare "several" (gold/fakes/README.md, "'Several' is not
    # coded"); "several hundred" is a vague hundreds, a figure like "hundreds".
    text = TEXT + " Several were hurt; several hundred had died there since 2012."
    several = text.index("Several")
    hundred = text.index("several hundred")
    claims = [
        _casualty("12", 12, claimant="SOHR", date=_day(date(2016, 3, 1))),
        _casualty("12", 3, span=(several, several + 7), outcome="injured"),
        _casualty("12", 100, span=(hundred, hundred + 15), scope="historical"),
    ]
    count: Counter[str] = Counter()
    score_article(_gold(), Article("1", text, PUBLISHED, "nna"), _extraction(claims), count)
    assert count["uncoded: several"] == 1
    assert count["claims"] == 2 and count["false: no gold figure"] == 1


def test_control_matches_at_the_gold_place_and_scores_the_gainer() -> None:
    town = TEXT.index("Kafr Nabl")
    place = PlaceRef(name="Kafr Nubl", geonameid=1)
    claims = [
        ControlClaim(text="", span=(0, 5), place=place, actor="Rebel Group (Syria)", change="gained"),
        ControlClaim(text="", span=(0, 5), place=PlaceRef(name="Idlib"), actor="x", change="lost"),
    ]
    places = [PlaceOut(name="Kafr Nubl", geonameid=1, mentions=[(town, town + 9)])]
    count: Counter[str] = Counter()
    score_article(_gold(), Article("1", TEXT, PUBLISHED, "nna"), _extraction(claims, places), count)
    figures = _figures(count)
    assert figures["control precision"] == 0.5 and figures["control recall"] == 1.0
    assert figures["gainer right"] == 1.0  # ACLED's "Rebel Group (Syria)" is rebels


def test_control_counts_one_claim_per_place_and_claim_and_the_agreeing_one_takes_the_entry() -> None:
    town = TEXT.index("Kafr Nabl")
    place = PlaceRef(name="Kafr Nubl", geonameid=1)
    claims = [
        # told twice, and its loser half ("from the army"): one gold entry, no false claim
        ControlClaim(text="", span=(0, 5), place=place, actor="Rebel Group (Syria)", change="gained"),
        ControlClaim(text="", span=(0, 5), place=place, actor="Military Forces of Syria", change="lost"),
        ControlClaim(text="", span=(9, 12), place=place, actor="Rebel Group (Syria)", change="gained"),
    ]
    places = [PlaceOut(name="Kafr Nubl", geonameid=1, mentions=[(town, town + 9)])]
    count: Counter[str] = Counter()
    score_article(_gold(), Article("1", TEXT, PUBLISHED, "nna"), _extraction(claims, places), count)
    assert count["control claims"] == 1 and _figures(count)["control precision"] == 1.0
    # a wrong holder first in the report does not push the right gain off its entry
    claims = [
        ControlClaim(text="", span=(0, 5), place=place, actor="Military Forces of Syria", change="holds"),
        ControlClaim(text="", span=(9, 12), place=place, actor="Rebel Group (Syria)", change="gained"),
    ]
    count = Counter()
    score_article(_gold(), Article("1", TEXT, PUBLISHED, "nna"), _extraction(claims, places), count)
    figures = _figures(count)
    assert figures["control precision"] == 0.5 and figures["gainer right"] == 1.0


def test_names_compare_canonically() -> None:
    assert canonical("the Syrian Observatory") == canonical("Syrian Observatory for Human Rights")
    assert canonical("Syrian army") == canonical("Syrian Arab Army")
    assert canonical("Daesh") == canonical("Islamic State")
    assert canonical("SANA") != canonical("Syrian Observatory for Human Rights")
    assert canonical(None) is None


def test_claimant_misses_fall_in_kinds() -> None:
    outlet = "National News Agency"
    assert miss_kind("National News Agency", "Syrian Observatory for Human Rights", outlet) == (
        "source_as_outlet"
    )
    assert miss_kind("SOHR", None, outlet) == "outlet_as_source"
    assert miss_kind("SOHR", "NNA", "NNA") == "outlet_as_source"  # the gold names the outlet itself
    assert miss_kind(None, "activists", outlet) == "missing"
    assert miss_kind("activists", "Syrian Observatory for Human Rights", outlet) == "other_source"
    assert miss_kind("local and media sources", "local sources", outlet) == "renamed"
    assert miss_kind("Government of Russia", "Russian Defence Ministry", outlet) == "renamed"
    # a country's name shared is no one source; nor are two kinds of source
    assert not same_source(canonical("Syrian Interior Ministry") or "", canonical("SOHR") or "")
    assert not same_source("military source", "security source")


def test_claimant_totals_by_outlet_and_kind_show_no_row() -> None:
    claims = [
        _casualty("12", 12, claimant="National News Agency"),  # the outlet, where the gold names the monitor
        _casualty("5 children", 5, party="civilians", claimant="activists"),  # another source
    ]
    count: Counter[str] = Counter()
    score_article(_gold(), Article("1", TEXT, PUBLISHED, "nna"), _extraction(claims), count)
    # the 12 of a second article: right
    score_article(
        _gold(),
        Article("2", TEXT, PUBLISHED, "sana"),
        _extraction([_casualty("12", 12, claimant="Syrian Observatory")]),
        count,
    )
    assert count["claimant miss|source_as_outlet"] == 1 and count["claimant miss|other_source"] == 1
    assert count["claimant miss at|never"] == 2  # the Observatory speaks for no claim of the first
    # the Observatory heard for the 12, not carried on to the 5 children: a miss "before"
    carried: Counter[str] = Counter()
    claims = [
        _casualty("12", 12, claimant="SOHR"),
        _casualty("5 children", 5, claimant="National News Agency"),
    ]
    score_article(_gold(), Article("1", TEXT, PUBLISHED, "nna"), _extraction(claims), carried)
    assert (
        carried["claimant miss at|before"] == 1 and carried["claimant miss|source_as_outlet|elsewhere"] == 1
    )
    tables = {t.title.split(" (")[0]: t for t in claimant_breakdowns({"dev": count})}
    by_outlet = {row[0]: row[1:] for row in tables["Claimant right by outlet"].rows}
    assert by_outlet["National News Agency"] == ["0/2", "0/2"]
    assert by_outlet["SANA"] == ["1/1", "0/1"] and by_outlet["all"] == ["1/3", "0/3"]
    by_kind = {row[0]: row[1:] for row in tables["Claimant misses by kind"].rows}
    assert by_kind["gold names a source, we give the outlet"] == ["1", "0"]
    assert by_kind["both name sources, different ones"] == ["1", "0"]
    markdown = "".join(t.markdown() for t in tables.values())
    assert "Kafr" not in markdown and "Observatory" not in markdown  # totals, never a gold row


def test_isaf_release_day_half_and_sums_without_double_counting() -> None:
    assert release_published("2012-06-S-026\nKABUL, Afghanistan (June 14) - A force") == (
        date(2012, 6, 14),
        True,
    )
    assert release_published("KABUL, Afghanistan (Jan. 25, 2013)\nText") == (date(2013, 1, 25), True)
    assert release_published("ISAF\n2011-07-S-003\nFor Immediate Release")[1] is False
    assert isaf_half("a release") == isaf_half("a release") and {isaf_half(str(i)) for i in range(20)} == {
        "dev",
        "heldout",
    }
    text = "KABUL, Afghanistan (May 2, 2012) - Forces killed 3 insurgents, 1 of them a leader, in Ghazni."
    total = _casualty("12", 3, party="rebels")
    part = _casualty("5 children", 1, party="rebels", part_of=0)
    captured = _casualty("12", 2, outcome="captured")
    ghazni = text.index("Ghazni")
    places = [
        PlaceOut(name="Kabul", admin1="Kabul", country="Afghanistan", mentions=[(0, 5)]),
        PlaceOut(name="Ghazni", admin1="Ghazni", country="Afghanistan", mentions=[(ghazni, ghazni + 6)]),
    ]
    got = release_figures(text, _extraction([total, part, captured], places))
    assert got["killed"] == 3 and got["captured"] == 2
    assert got["provinces"] == {"ghazni"}  # the dateline's KABUL is not where it happened


def _gold_dir(tmp_path: Path, line: dict[str, object]) -> Path:
    (tmp_path / "split.csv").write_text("unit_id,half,order\n1,dev,0\n2,heldout,1\n", encoding="utf-8")
    (tmp_path / "dev.jsonl").write_text(json.dumps(line) + "\n", encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ({"unit_id": "1", "casualties": [{"span": [0, 999]}], "control": []}, "span"),
        ({"unit_id": "2", "casualties": [], "control": []}, "not a dev article"),
        ({"unit_id": "1", "casualties": "none", "control": []}, "must be lists"),
        (
            {
                "unit_id": "1",
                "casualties": [
                    {
                        "span": [0, 5],
                        "outcome": "died",
                        "party": "total",
                        "best": 1,
                        "scope": "incident",
                        "qualifier": "exact",
                    }
                ],
                "control": [],
            },
            "outcome",
        ),
    ],
)
def test_bad_gold_is_refused_with_its_line_and_reason(
    tmp_path: Path, line: dict[str, object], reason: str
) -> None:
    folder = _gold_dir(tmp_path, line)
    articles = {"1": Article("1", TEXT, PUBLISHED, "nna"), "2": Article("2", TEXT, PUBLISHED, "nna")}
    split = {"1": "dev", "2": "heldout"}
    with pytest.raises(BadInput, match=reason):
        read_gold(folder / "dev.jsonl", "dev", split, articles)  # type: ignore[arg-type]


@pytest.mark.skipif(not FAKES.is_file(), reason="needs ../shared (CI has it)")
def test_the_command_refuses_bad_gold_in_one_line(tmp_path: Path) -> None:
    folder = _gold_dir(tmp_path, {"unit_id": "nope", "casualties": [], "control": []})
    result = run_cli(
        "eval", "claims", "--only", "fakes", "--half", "dev", "--fakes", str(FAKES), "--gold", str(folder),
        db="sqlite://",
    )  # fmt: skip
    assert "not a dev article" in assert_one_line_error(result)
    result = run_cli("eval", "claims", "--half", "both", db="sqlite://")
    assert "--half" in assert_one_line_error(result)


@pytest.mark.slow
def test_dev_half_meets_its_floors() -> None:
    # Measured (docs/accuracy.md): ISAF killed 0.864, captured 0.800, within 1
    # 0.910, date 0.517, province 0.499; FA-KES precision 0.934, recall 0.817,
    # figure 1.000, scope 0.941, claimant 0.813, date 0.433 (issue 11's rules,
    # branch claims3; ISAF killed 0.872, within 1 0.919, date 0.521 and FA-KES
    # date 0.477 with the dateline and retelling rules, branch events4);
    # control precision 0.548, recall 0.250, gainer right 0.800 (its
    # control rules; each measured on its own branch). Branch claimant11:
    # precision 0.955 (lone victims without a numeral unscored, as the gold
    # codes none), claimant 0.864 (restatements in the dev gold made
    # consistent, bylines, quotes, directorates, "it said"). Branch isaf11:
    # ISAF captured 0.846, within 1 0.916, then 0.855 with group names
    # (amounts, "along with", vague leads, "an X of Y leader"). Branch
    # claimant11c: claimant 0.895 (the Kremlin, sources carried on in
    # figures, verbless closing sources, tag lines). Branch dates18: ISAF
    # date 0.784 (wire datelines), FA-KES date right 0.789.
    report = eval_claims(ISAF, FAKES, GOLD, "dev")
    isaf = {name: report.figure("ISAF", name, "dev") for name in ("killed exact", "captured exact")}
    assert (isaf["killed exact"] or 0) >= 0.84
    assert (isaf["captured exact"] or 0) >= 0.82
    assert (report.figure("ISAF", "killed within 1", "dev") or 0) >= 0.88
    assert (report.figure("ISAF", "date exact", "dev") or 0) >= 0.76
    assert (report.figure("ISAF", "province set exact", "dev") or 0) >= 0.46
    fakes = {name: report.figure("FA-KES", name, "dev") or 0 for name, _v, _n in fakes_rows(Counter())}
    assert fakes["casualty precision"] >= 0.94
    assert fakes["casualty recall"] >= 0.79
    assert fakes["figure exact (best)"] >= 0.97
    assert fakes["scope right"] >= 0.93
    assert fakes["claimant right"] >= 0.87
    assert fakes["date right"] >= 0.77
    assert fakes["control precision"] >= 0.52
    assert fakes["control recall"] >= 0.23
    assert fakes["gainer right"] >= 0.77


@pytest.mark.slow
def test_held_out_half_meets_its_floors() -> None:
    # Measured as totals only: ISAF killed 0.863, captured 0.749, date 0.529;
    # FA-KES precision 0.891, recall 0.831, scope 0.875, claimant 0.699 (branch
    # claims3); control
    # precision 0.693, recall 0.227, gainer right 0.769 (issue 11's rules);
    # FA-KES date right 0.576 (branch events4: the text's dateline, retellings).
    # Branch claimant11: precision 0.918 (lone victims unscored), claimant 0.702.
    # Branch isaf11: ISAF captured 0.810, killed 0.865. Branch claimant11c:
    # claimant 0.705.
    report = eval_claims(ISAF, FAKES, GOLD, "heldout")
    assert (report.figure("ISAF", "killed exact", "heldout") or 0) >= 0.84
    assert (report.figure("ISAF", "captured exact", "heldout") or 0) >= 0.78
    assert (report.figure("ISAF", "date exact", "heldout") or 0) >= 0.50
    if (GOLD / "heldout.jsonl").is_file():
        fakes = {
            name: report.figure("FA-KES", name, "heldout") or 0 for name, _v, _n in fakes_rows(Counter())
        }
        assert fakes["casualty precision"] >= 0.90
        assert fakes["casualty recall"] >= 0.80
        assert fakes["scope right"] >= 0.85
        assert fakes["claimant right"] >= 0.68
        assert fakes["date right"] >= 0.54
        assert fakes["control precision"] >= 0.63
        assert fakes["control recall"] >= 0.20
        assert fakes["gainer right"] >= 0.72
    else:
        assert any("heldout.jsonl: not there" in m for m in report.messages)


@pytest.mark.slow
def test_fresh_claimant_file_is_scored_on_its_own_column() -> None:
    """`--half fresh` scores gold/fakes/claims_fresh.jsonl (dev-only, outside
    split.csv) alone, FA-KES only. Measured at 0.714 claimant right when
    added (branch claimant13; main was 0.657); 0.779 with the 20 articles
    and the report-level rules of branch claimant15a (0.755 before the
    rules). The floor is a little below."""
    report = eval_claims(ISAF, FAKES, GOLD, "fresh")
    assert [t.title for t in report.tables] == ["FA-KES articles (hand-made gold)"]
    assert report.tables[0].columns == ["fresh"]
    assert (report.figure("FA-KES", "claimant right", "fresh") or 0) >= 0.76
    assert (report.figure("FA-KES", "casualty precision", "fresh") or 0) >= 0.88


def test_the_fresh_file_refuses_an_article_of_the_split(tmp_path: Path) -> None:
    split_id = next(iter((GOLD / "split.csv").read_text(encoding="utf-8").splitlines()[1:])).split(",")[0]
    (tmp_path / "split.csv").write_text((GOLD / "split.csv").read_text(encoding="utf-8"), encoding="utf-8")
    row = {"unit_id": split_id, "casualties": [], "control": [], "not_casualties": []}
    (tmp_path / "claims_fresh.jsonl").write_text(json.dumps(row) + "\n", encoding="utf-8")
    with pytest.raises(BadInput, match=r"in split\.csv"):
        eval_claims(None, FAKES, tmp_path, "fresh")


@pytest.mark.parametrize(
    ("gold_name", "split_name", "earlier"),
    [
        ("claims_blind.jsonl", "blind_split.csv", ()),
        ("claims_blind2.jsonl", "blind2_split.csv", ("claims_blind.jsonl",)),
    ],
)
def test_a_blind_split_and_its_gold_name_the_same_ids_by_the_sha1_rule(
    gold_name: str, split_name: str, earlier: tuple[str, ...]
) -> None:
    """A blind file's split was written once: every id in both, halves and
    order as the SHA-1 rule of gold/fakes/README.md says, and no id of
    split.csv, of the fresh files or of an earlier blind file (each file was
    drawn from the articles left)."""
    with (GOLD / gold_name).open(encoding="utf-8") as fh:
        gold_ids = [json.loads(line)["unit_id"] for line in fh if line.strip()]
    lines = (GOLD / split_name).read_text(encoding="utf-8").splitlines()
    assert lines[0] == "unit_id,half,order"
    rows = [line.split(",") for line in lines[1:]]
    assert len(gold_ids) == len(set(gold_ids)) == len(rows)
    assert {uid for uid, _h, _o in rows} == set(gold_ids)
    assert {uid: half for uid, half, _o in rows} == blind_halves(gold_ids)
    assert [int(order) for _u, _h, order in rows] == list(range(len(rows)))
    others = {line.split(",")[0] for line in (GOLD / "split.csv").read_text(encoding="utf-8").splitlines()}
    for name in ("claims_fresh.jsonl", "control_fresh.jsonl", *earlier):
        with (GOLD / name).open(encoding="utf-8") as fh:
            others |= {json.loads(line)["unit_id"] for line in fh if line.strip()}
    assert not others & set(gold_ids)


@pytest.mark.slow
def test_the_second_blind_files_dev_half_alone() -> None:
    """`--half blind2` scores the second blind file's dev half on its own column."""
    report = eval_claims(None, FAKES, GOLD, "blind2")
    assert [t.columns for t in report.tables] == [["blind2 dev"]]
    assert report.tables[0].counts["blind2 dev"].startswith("18 articles, 89 gold casualty figures")


def test_the_blind_file_is_refused_when_its_split_names_other_ids(tmp_path: Path) -> None:
    for name in ("split.csv", "claims_blind.jsonl"):
        (tmp_path / name).write_text((GOLD / name).read_text(encoding="utf-8"), encoding="utf-8")
    lines = (GOLD / "blind_split.csv").read_text(encoding="utf-8").splitlines()
    (tmp_path / "blind_split.csv").write_text("\n".join(lines[:-1]) + "\n", encoding="utf-8")
    with pytest.raises(BadInput, match="differ"):
        blind_gold(tmp_path, read_split(tmp_path), read_articles(FAKES), "dev")


def test_a_second_blind_file_sharing_an_article_with_the_first_is_refused(tmp_path: Path) -> None:
    """Each blind file is drawn from the articles no earlier file holds: the
    second one naming an id of the first would be scored twice, once as dev."""
    for name in ("split.csv", "claims_blind.jsonl", "blind_split.csv"):
        (tmp_path / name).write_text((GOLD / name).read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "claims_blind2.jsonl").write_text(
        (GOLD / "claims_blind.jsonl").read_text(encoding="utf-8"), encoding="utf-8"
    )
    (tmp_path / "blind2_split.csv").write_text(
        (GOLD / "blind_split.csv").read_text(encoding="utf-8"), encoding="utf-8"
    )
    with pytest.raises(BadInput, match=r"blind_split\.csv too"):
        blind_gold(tmp_path, read_split(tmp_path), read_articles(FAKES), "dev", BLIND_FILES[1])


@pytest.mark.slow
def test_blind_file_dev_half_alone_and_its_held_out_half_as_totals() -> None:
    """`--half blind` scores the blind file's dev half on its own column; the
    default run adds its held-out half as one totals table and one
    claimant-miss-kind table (no per-outlet or per-claim rows)."""
    report = eval_claims(None, FAKES, GOLD, "blind")
    assert [t.columns for t in report.tables] == [["blind dev"]]
    assert report.tables[0].counts["blind dev"].startswith("19 articles")


@pytest.mark.slow
def test_the_default_run_prints_the_blind_held_out_half_as_totals_only(tmp_path: Path) -> None:
    for name in ("split.csv", "claims_blind.jsonl", "blind_split.csv"):
        (tmp_path / name).write_text((GOLD / name).read_text(encoding="utf-8"), encoding="utf-8")
    report = eval_claims(None, FAKES, tmp_path, "all")  # no dev.jsonl / heldout.jsonl here
    assert [t.title for t in report.tables] == [BLIND_HELDOUT_TITLE]
    assert report.tables[0].columns == ["blind heldout"]
    assert report.tables[0].counts["blind heldout"].startswith("18 articles")
    assert [t.title for t in report.breakdowns] == [
        "Claimant misses by kind (FA-KES blind claimant file, held-out half)"
    ]


def test_control_matches_a_gold_place_spelled_as_the_article_spells_our_place() -> None:
    # The gold's entry sits on the verb, not the name; our place shows the
    # readers' name ("Kafr Nubl") for a mention the article spells "Kafr Nabl".
    gold = _gold()
    taken = TEXT.index("taken")
    gold.control[0]["span"] = [taken, taken + 5]
    town = TEXT.index("Kafr Nabl")
    place = PlaceRef(name="Kafr Nubl", geonameid=1)
    claims = [ControlClaim(text="", span=(0, 5), place=place, actor="Rebel Group (Syria)", change="gained")]
    count: Counter[str] = Counter()
    places = [PlaceOut(name="Kafr Nubl", geonameid=1, mentions=[(town, town + 9)])]
    score_article(gold, Article("1", TEXT, PUBLISHED, "nna"), _extraction(claims, places), count)
    assert _figures(count)["control recall"] == 1.0
    # with no mention spelled so, the names differ and nothing matches
    count = Counter()
    score_article(gold, Article("1", TEXT, PUBLISHED, "nna"), _extraction(claims, []), count)
    assert _figures(count)["control recall"] == 0.0
