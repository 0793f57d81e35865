"""The minimum group size comes from the survey's audience unless asked for, and every report says what it withheld."""

from __future__ import annotations

import oes
from conftest import EXAMPLES


def _survey(audience: str | None) -> oes.Survey:
    definition: dict = {"id": "pulse", "questions": [{"id": "enps", "kind": "nps"}]}
    if audience is not None:
        definition["audience"] = audience
    return oes.Survey.from_json(definition)


def _responses(survey: oes.Survey) -> oes.Responses:
    # Team A has 6 respondents, team B 2.
    records = [{"id": f"r{i}", "submitted_at": "2025-03-03T10:00:00Z", "segments": {"team": "A" if i < 6 else "B"},
                "answers": {"enps": i % 11}} for i in range(8)]
    return oes.Responses.from_dicts(survey, records)


def test_the_audience_sets_the_default() -> None:
    assert _survey(None).audience is None
    employee, customer, unsaid = _survey("employee"), _survey("customer"), _survey(None)
    assert employee.audience == "employee" and customer.audience == "customer"

    r = oes.report(employee, _responses(employee), by="team")
    assert r.min_group_size == 5
    assert r.withheld["rule"] == "audience"
    assert (r.withheld["periods"], r.withheld["of"], r.withheld["groups"]) == (1, 3, 1)
    assert "fewer than 5 respondents (the default minimum group size of an employee survey)" in r.withheld["reason"]
    team_b = r.to_dict()["groups"][2]["periods"][0]
    assert team_b["withheld"] and "questions" not in team_b and team_b["respondents"] == 2

    r = oes.report(customer, _responses(customer), by="team")
    assert (r.min_group_size, r.withheld["periods"], r.withheld["rule"]) == (0, 0, "audience")
    assert "reason" not in r.withheld
    assert r.to_dict()["groups"][2]["periods"][0]["questions"]["enps"]["nps"]["n"] == 2

    r = oes.report(unsaid, _responses(unsaid), by="team")
    assert (r.min_group_size, r.withheld["periods"], r.withheld["rule"]) == (5, 1, "default")
    assert '"audience": "customer"' in r.withheld["reason"]


def test_an_asked_size_wins_and_the_accumulator_agrees() -> None:
    customer = _survey("customer")
    r = oes.report(customer, _responses(customer), by="team", min_group_size=3)
    assert (r.min_group_size, r.withheld["periods"], r.withheld["rule"]) == (3, 1, "options")
    acc = oes.ReportAccumulator(customer, by="team")
    acc.add(_responses(customer))
    assert acc.finish(min_group_size=3).to_dict() == r.to_dict()
    assert acc.finish().withheld["periods"] == 0


def test_the_shipped_examples_say_their_audience() -> None:
    assert oes.Survey.from_file(EXAMPLES / "survey.json").audience == "customer"
    assert oes.Survey.from_file(EXAMPLES / "employee" / "survey.json").audience == "employee"
    try:
        oes.Survey.from_json({"id": "s", "audience": "public", "questions": []})
    except oes.SurveyError as e:
        assert "unknown variant" in str(e) and "employee" in str(e)
    else:
        raise AssertionError("an unknown audience was accepted")
