"""A notebook-style walk through the example retail survey (plain Python; `# %%` marks the cells).

    python oes-py/examples/notebook.py [nps_trend.png]

Prints a segment report and draws the NPS trend by month, with 95% confidence bands, overall and per store.
The figure is saved to the path given on the command line, or `nps_trend.png` in the current directory.
"""

# %% Setup
import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402

import oes  # noqa: E402

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("nps_trend.png")

# %% Load the survey and its responses
survey = oes.Survey.from_file(EXAMPLES / "survey.json")
responses = oes.read_responses(survey, EXAMPLES / "responses.jsonl")
print(f"{survey.id}: {len(responses)} responses, questions {', '.join(survey.question_ids)}")

# %% A segment report: every store over the whole period, against the rest of the stores
by_store = oes.report(survey, responses, by="store")
table = by_store.to_pandas()
headline = table[table.question.isin(["nps", "csat", "ces", "return_intent"])]
wide = headline.pivot(index="group", columns="question", values="value")
rest = headline.pivot(index="group", columns="question", values="vs_rest_significant")
print("\nHeadline figures by store (* = differs from the other stores at 95%):")
print(f"{'group':<16}{'n':>5}{'NPS':>9}{'CSAT %':>9}{'CES':>7}{'return %':>10}")
for group in by_store.group_labels:
    row, flags = wide.loc[group], rest.loc[group]
    n = int(headline[headline.group == group].respondents.iloc[0])

    def cell(question: str, digits: int) -> str:
        star = "*" if pd.notna(flags[question]) and bool(flags[question]) else " "
        return f"{row[question]:.{digits}f}{star}"

    print(
        f"{group:<16}{n:>5}{cell('nps', 1):>9}{cell('csat', 1):>9}{cell('ces', 2):>7}{cell('return_intent', 1):>10}"
    )

# %% NPS by month, overall and per store, with confidence intervals
monthly = oes.report(survey, responses, by="store", every="month").to_pandas()
nps = monthly[(monthly.question == "nps") & ~monthly.withheld.astype(bool)]
overall = nps[nps.group == "all"]
print("\nOverall NPS by month:")
for _, r in overall.iterrows():
    change = "" if r.vs_previous_diff != r.vs_previous_diff else f"  change {r.vs_previous_diff:+.1f}"
    print(f"  {r.period}  {r.value:6.1f}  [{r.ci_low:6.1f}, {r.ci_high:6.1f}]  n={r.n}{change}")

# %% Draw the trend
fig, (left, right) = plt.subplots(1, 2, figsize=(12, 4.5), sharey=True)
x = list(range(len(overall)))
left.fill_between(x, overall.ci_low, overall.ci_high, alpha=0.25, label="95% interval (adjusted Wald)")
left.plot(x, overall.value, marker="o", label="NPS")
left.set_xticks(x, overall.period)
left.set_title(f"All stores (n = {int(overall.respondents.sum())})")
left.set_ylabel("NPS")
left.axhline(0, color="grey", linewidth=0.8)
left.legend(loc="lower right")

periods = list(overall.period)
for store, rows in nps[nps.group != "all"].groupby("store"):
    xs = [periods.index(p) for p in rows.period]
    line = right.plot(xs, rows.value, marker=".", label=store)[0]
    right.fill_between(xs, rows.ci_low, rows.ci_high, alpha=0.08, color=line.get_color())
right.set_xticks(x, periods)
right.set_title("By store")
right.axhline(0, color="grey", linewidth=0.8)
right.legend(loc="lower right", ncol=3, fontsize="small")
fig.suptitle(f"{survey.id}: NPS by month with 95% confidence intervals")
fig.tight_layout()
fig.savefig(out, dpi=120)
print(f"\nsaved {out}")
