"""The reconciliation rules on hand-made claims: grades, event grouping,
toll supersession and control by day, each as an analyst would state it."""

from __future__ import annotations

from datetime import date
from typing import Any

from warmonitor.reconcile.control import timeline
from warmonitor.reconcile.events import MatchRules, date_precision, grade, group
from warmonitor.reconcile.views import ClaimView, is_partisan

ALEPPO = (1, "Aleppo", 36.20, 37.16)
SARAQIB = (2, "Saraqib", 35.86, 36.80)
_ids = iter(range(1, 10_000))


def claim(
    kind: str,
    claimant: str | None,
    day: str,
    *,
    place: tuple[int, str, float, float] | None = ALEPPO,
    stance: str = "asserted",
    report: int | None = None,
    **fields: Any,
) -> ClaimView:
    claim_id = next(_ids)
    when = {"start": day, "end": day, "precision": 1}
    return ClaimView(
        id=claim_id,
        report_id=report if report is not None else claim_id,
        kind=kind,
        claimant=claimant,
        stance=stance,
        fields={"date": when, "place": {"precision": 1}, **fields},
        published=date.fromisoformat(day),
        outlet="Reuters",
        place_id=place[0] if place else None,
        place_name=place[1] if place else None,
        lat=place[2] if place else None,
        lon=place[3] if place else None,
        admin1=None,
        country="Syria",
        span=(0, 1),
        sentence=f"sentence {claim_id}",
    )


def strike(claimant: str, day: str = "2024-11-30", **kw: Any) -> ClaimView:
    fields = {"event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike"}
    return claim("event", claimant, day, **{**fields, **kw})


def test_grades() -> None:
    sohr, afp = "Syrian Observatory for Human Rights", "Agence France-Presse"
    assert grade([strike(sohr)]) == "weak"
    assert grade([strike(sohr), strike(afp)]) == "fair"
    assert grade([strike(sohr), strike(sohr)]) == "weak"  # one voice twice is one voice
    russia = "Military Forces of Russia"
    assert grade([strike(sohr, actors=[russia]), strike(russia, actors=[russia])]) == "confirmed"
    assert grade([strike(sohr), strike(russia, stance="denied")]) == "contested"
    assert grade([strike(sohr, stance="hedged")]) == "discounted"


def test_same_happening_needs_type_place_day_and_compatible_actors() -> None:
    rules = MatchRules(radius_km=25, window_days=1)
    a = strike("A", "2024-11-30", actors=["Military Forces of Russia"])
    same = strike("B", "2024-12-01", actors=["Military Forces of Russia", "Military Forces of Syria"])
    elsewhere = strike("C", "2024-11-30", place=SARAQIB)  # 50 km away
    later = strike("D", "2024-12-03")
    other_actor = strike("E", "2024-11-30", actors=["Military Forces of Turkey"])
    groups = group([a, same, elsewhere, later, other_actor], rules)
    assert sorted(sorted(v.claimant or "" for v in g) for g in groups) == [["A", "B"], ["C"], ["D"], ["E"]]
    wide = group([a, elsewhere], MatchRules(radius_km=60, window_days=1))
    assert len(wide) == 1  # the radius is a setting


def test_a_run_of_daily_strikes_is_not_chained_into_one_event() -> None:
    days = [strike("A", f"2024-11-{d}") for d in (26, 27, 28, 29, 30)]
    assert len(group(days, MatchRules(window_days=1))) == 3


def test_partisan_voices() -> None:
    assert is_partisan("SANA") and is_partisan("Military Forces of Syria") and is_partisan("rebel sources")
    assert not is_partisan("Syrian Observatory for Human Rights") and not is_partisan("Reuters")
    assert not is_partisan("residents") and not is_partisan(None)


def control(claimant: str, day: str, change: str, actor: str | None, **kw: Any) -> ClaimView:
    return claim("control", claimant, day, change=change, actor=actor, **kw)


def test_control_contested_then_resolved_by_an_admitted_loss() -> None:
    army, sohr, hts = (
        "Military Forces of Syria",
        "Syrian Observatory for Human Rights",
        "Hayat Tahrir al-Sham",
    )
    claims = [
        control(army, "2024-11-29", "holds", army),
        control(sohr, "2024-11-29", "gained", hts),
        control(sohr, "2024-11-30", "holds", hts),
        control(army, "2024-11-30", "lost", army),
    ]
    periods = timeline(claims)
    assert [(p.status, p.actor, p.start, p.end) for p in periods] == [
        ("contested", army, date(2024, 11, 29), date(2024, 11, 29)),
        ("held", hts, date(2024, 11, 30), None),
    ]
    assert periods[0].disputed_by == {claims[1].id}
    assert periods[1].evidence == {claims[2].id, claims[3].id}


def test_a_voice_that_changes_its_word_the_same_day_counts_with_its_latest() -> None:
    army, hts = "Military Forces of Syria", "Hayat Tahrir al-Sham"
    morning = control(army, "2024-11-30", "holds", army, report=501)
    evening = control(army, "2024-11-30", "lost", army, report=502)
    rebels = control("Reuters", "2024-11-30", "gained", hts)
    periods = timeline([morning, evening, rebels])
    assert [(p.status, p.actor) for p in periods] == [("held", hts)]


def test_an_airport_or_a_nearby_village_does_not_change_who_holds_the_city() -> None:
    hts = "Hayat Tahrir al-Sham"
    airport = control("A", "2024-12-01", "gained", "Syrian Democratic Forces", extent="part")
    assert timeline([airport]) == []
    city = control("B", "2024-11-30", "holds", hts)
    assert [(p.status, p.actor) for p in timeline([city, airport])] == [("held", hts)]


# ---- one battle told over two days (issue 14) ---------------------------------------

SAKE = (7, "Sake", -1.57, 29.04)
KENYA = "Military Forces of Kenya"


def _soldiers(best: int, first: str, last: str, *, report: int | None = None, **kw: Any) -> ClaimView:
    fields = {
        "outcome": "killed", "party": KENYA, "low": best, "best": best, "high": best,
        "scope": "incident", "date": {"start": first, "end": last, "precision": 1}, **kw,
    }  # fmt: skip
    return claim("casualty", KENYA, first, place=SAKE, report=report, **fields)


def _killed(views: list[ClaimView], day: str) -> tuple[int | None, ...]:
    from warmonitor.reconcile.casualties import estimate_from_points, points_of

    end = date.fromisoformat(day)
    _total, parties = estimate_from_points(
        points_of(views), area=None, since=None, end=end, as_of=end, outcome="killed"
    )
    party = next(p for p in parties if p.party == KENYA)
    return party.low, party.best, party.high


def test_one_battle_told_over_two_days_by_one_voice_counts_once() -> None:
    # Told on the Saturday as "over two days" (Friday-Saturday) and elsewhere as
    # "on Thursday and Friday": one battle at one town, its dead once.
    counted_back = _soldiers(6, "2025-03-07", "2025-03-08")
    named_days = _soldiers(6, "2025-03-06", "2025-03-07")
    assert _killed([counted_back, named_days], "2025-03-09") == (6, 6, 6)
    # A one-day count at the town on one of the battle's days is inside it.
    assert _killed([counted_back, named_days, _soldiers(4, "2025-03-07", "2025-03-07")], "2025-03-09") == (
        6,
        6,
        6,
    )


def test_counts_at_one_town_on_two_days_with_no_battle_span_stay_two_incidents() -> None:
    monday, tuesday = _soldiers(3, "2025-03-03", "2025-03-03"), _soldiers(2, "2025-03-04", "2025-03-04")
    assert _killed([monday, tuesday], "2025-03-05") == (5, 5, 5)
    # A battle on other days at the town does not take them in.
    later = _soldiers(7, "2025-03-08", "2025-03-09")
    assert _killed([monday, tuesday, later], "2025-03-10") == (12, 12, 12)


def test_the_rebels_the_day_after_a_named_group_took_a_town_are_that_group() -> None:
    m23, rebels, army = "M23", "Rebel Group (Democratic Republic of Congo)", "Military Forces of Syria"
    taken = control("Reuters", "2025-01-27", "gained", m23)
    said_generically = control("United Nations", "2025-01-28", "holds", rebels)
    periods = timeline([taken, said_generically])
    assert [(p.status, p.actor) for p in periods] == [("held", m23)]
    # a generic name with no named group before it keeps its generic name
    assert [p.actor for p in timeline([said_generically])] == [rebels]
    # nor does a state force take the rebels' name
    assert timeline([control("A", "2025-01-27", "holds", army), said_generically])[-1].actor == rebels


def test_fighting_in_parts_of_a_town_contests_it_where_a_part_gained_alone_does_not() -> None:
    hts, army = "Hayat Tahrir al-Sham", "Military Forces of Syria"
    held = control("Reuters", "2024-11-28", "holds", hts)
    fighting = control("Military Forces of Syria", "2024-11-29", "contested", army, extent="part")
    assert [(p.status, p.actor) for p in timeline([held, fighting])][-1] == ("contested", army)
    foothold = control("Military Forces of Syria", "2024-11-29", "gained", army, extent="part")
    assert [(p.status, p.actor) for p in timeline([held, foothold])] == [("held", hts)]


def test_a_lone_stormed_with_no_actor_is_no_state_to_show() -> None:
    """Issue 14: "confidence 0 with no actor is not a state to show"."""
    stormed = control("Reuters", "2024-11-29", "contested", None)
    assert timeline([stormed]) == []
    held = control("SOHR", "2024-11-28", "holds", "Hayat Tahrir al-Sham")
    periods = timeline([held, stormed])
    assert all(p.actor for p in periods) and periods[-1].status == "contested"


def test_a_day_inferred_from_the_report_says_nothing_of_an_events_date_precision() -> None:
    # extract dates an undated claim by its report (date_basis "report"): the
    # event is as precisely dated as before it carried that day
    inferred = strike("Reuters", date_basis="report")
    assert date_precision([inferred]) == 2
    told = strike("AFP", date_basis="text")
    assert date_precision([inferred, told]) == 1


def _toll(best: int, scope: str, day: str, *, report: int, **kw: Any) -> ClaimView:
    # told in a report of Tuesday 14 November; `day` is the claim's own date
    fields = {
        "outcome": "killed", "party": "civilians", "low": best, "best": best, "high": best,
        "scope": scope, "date": {"start": day, "end": day, "precision": 1}, "period_start": None, **kw,
    }  # fmt: skip
    monitor = "Syrian Observatory for Human Rights"
    return claim("casualty", monitor, "2017-11-14", place=SARAQIB, report=report, **fields)


def _civilians_killed(views: list[ClaimView], day: str) -> int | None:
    from warmonitor.reconcile.casualties import estimate_from_points, points_of

    end = date.fromisoformat(day)
    _total, parties = estimate_from_points(
        points_of(views), area=None, since=None, end=end, as_of=end, outcome="killed"
    )
    return next(p for p in parties if p.party == "civilians").best


def test_a_headline_a_lead_and_a_raised_toll_of_one_strike_count_once() -> None:
    # One report (issue 11): the headline's 61, the lead's "has risen to 61"
    # read as a running toll stated on Tuesday, and the body's 61 of Monday's
    # strikes are one figure, never 122 or 183.
    headline = _toll(61, "incident", "2017-11-13", report=7)
    lead = _toll(61, "cumulative", "2017-11-14", report=7)
    body = _toll(61, "incident", "2017-11-13", report=7)
    assert _civilians_killed([headline, lead, body], "2017-11-15") == 61
    # Read as the gold reads them (all three the incident's), still once.
    as_gold = _toll(61, "incident", "2017-11-13", report=7)
    assert _civilians_killed([headline, as_gold, body], "2017-11-15") == 61


# ---- counts told twice inside one report (counts18) --------------------------------

SYRIA = (9, "Syria", 35.0, 38.0)


def _fighters(
    best: int, *, place: tuple[int, str, float, float] | None, part_of: int | None = None
) -> ClaimView:
    fields = {
        "outcome": "killed", "party": "rebels", "low": best, "best": best, "high": best,
        "scope": "incident", "part_of": part_of,
    }  # fmt: skip
    view = claim("casualty", "local media", "2017-10-02", place=place, report=77, **fields)
    view.fields["place"] = {"precision": 3 if place == SYRIA else 1}  # a country is a coarse place
    return view


def _estimate(views: list[ClaimView], party: str, area: str | None = None) -> int | None:
    from warmonitor.reconcile.casualties import estimate_from_points, points_of

    end = date(2017, 10, 3)
    total, parties = estimate_from_points(
        points_of(views), area=area, since=None, end=end, as_of=end, outcome="killed"
    )
    return total.best if party == "total" else next((p.best for p in parties if p.party == party), None)


def test_a_total_and_its_towns_shares_count_once() -> None:
    # "a total of 30 militants died near two towns" ... "18 at Saraqib" ...
    # "another 12 near Aleppo": the shares sit inside the total wherever each is placed.
    total = _fighters(30, place=ALEPPO)
    first, second = (
        _fighters(18, place=SARAQIB, part_of=total.id),
        _fighters(12, place=ALEPPO, part_of=total.id),
    )
    assert _estimate([total, first, second], "rebels") == 30
    # Told alone (no stated total), the two towns' dead are added.
    alone = [_fighters(18, place=ALEPPO), _fighters(12, place=SARAQIB)]
    assert _estimate(alone, "rebels") == 30


def test_a_count_told_again_at_a_town_counts_once_and_takes_the_town() -> None:
    # The headline places the count at the country, the body at the town.
    headline = _fighters(7, place=SYRIA)
    body = _fighters(7, place=SARAQIB, part_of=headline.id)
    assert _estimate([headline, body], "rebels") == 7
    assert _estimate([headline, body], "rebels", area="Saraqib") == 7
    # A telling placed more coarsely than its head leaves the head's place.
    coarse = _fighters(7, place=SYRIA, part_of=(town := _fighters(7, place=SARAQIB)).id)
    assert _estimate([town, coarse], "rebels", area="Saraqib") == 7


def test_a_breakdown_of_another_party_stays_that_partys_figure() -> None:
    fields = {"outcome": "killed", "low": 10, "best": 10, "high": 10, "scope": "incident"}
    total = claim("casualty", "SOHR", "2017-10-02", place=ALEPPO, report=78, party="total", **fields)
    part = {**fields, "low": 4, "best": 4, "high": 4, "party": "civilians", "part_of": total.id}
    children = claim("casualty", "SOHR", "2017-10-02", place=ALEPPO, report=78, **part)
    assert _estimate([total, children], "civilians") == 4
    assert _estimate([total, children], "total") == 10
