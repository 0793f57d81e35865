// Generated from the Rust types by oes-core/tests/typescript.rs: do not edit by hand.
// OES_WRITE_TS=1 cargo test -p oes-core --features schema --test typescript

/** How one answer moved the scores. */
export interface AnswerEffect {
  /** Per perspective, how many points the score would move without this answer (positive: it pushed the score up). */
  effect: OesPerspectives;
  /** The question id (`"ticket"` for the response's support ticket). */
  question: string;
}

/** Who answers a survey: it sets a report's default minimum group size (5 for employees, none for customers). */
export type Audience = "customer" | "employee";

/** Legacy CES figures (`ces_effort` questions, lower is better). */
export interface CesEffortResult {
  /** Wilson interval of `percent_low_effort`. */
  ci: [number, number] | null;
  /** Confidence level. */
  confidence: number;
  /** Unweighted counts per scale point, from the scale's min to its max. */
  distribution: number[];
  /** Kish's effective sample size over the denominator. */
  effective_n: number;
  /** Number reporting high effort. */
  high_effort: number;
  /** Number reporting low effort. */
  low_effort: number;
  /** Weighted mean of the answers. */
  mean: number | null;
  /** Student t interval of the mean. */
  mean_ci: [number, number] | null;
  /** Number of respondents in the denominator. */
  n: number;
  /** Weighted share of high effort (above the midpoint: 4-5 on 1-5), percent. */
  percent_high_effort: number | null;
  /** Weighted share of low effort (below the midpoint: 1-2 on 1-5), percent. */
  percent_low_effort: number | null;
  /** The scale. */
  scale: Scale;
  /** Weighted standard deviation of the answers (with Kish's effective n). */
  sd: number | null;
  /** Number shown the question who skipped it. */
  skipped: number;
  /** Σ weights over the denominator. */
  weighted_n: number;
}

/** CES 2.0 figures (`ces` questions). `None` where there is nothing to compute from. */
export interface CesResult {
  /** Number agreeing. */
  agree: number;
  /** Wilson interval of `percent_agree`. */
  ci: [number, number] | null;
  /** Confidence level. */
  confidence: number;
  /** Number disagreeing. */
  disagree: number;
  /** Unweighted counts per scale point, from the scale's min to its max. */
  distribution: number[];
  /** Kish's effective sample size over the denominator. */
  effective_n: number;
  /** Weighted mean of the answers. */
  mean: number | null;
  /** Student t interval of the mean. */
  mean_ci: [number, number] | null;
  /** Number of respondents in the denominator. */
  n: number;
  /** `percent_agree - percent_disagree`. */
  net_easy: number | null;
  /** Trinomial interval of `net_easy` (adjusted Wald or Wald, as for NPS). */
  net_easy_ci: [number, number] | null;
  /** Weighted share agreeing (above the midpoint: 5-7 on 1-7), percent. */
  percent_agree: number | null;
  /** Weighted share disagreeing (below the midpoint: 1-3 on 1-7), percent. */
  percent_disagree: number | null;
  /** The scale. */
  scale: Scale;
  /** Weighted standard deviation of the answers (with Kish's effective n). */
  sd: number | null;
  /** Number shown the question who skipped it. */
  skipped: number;
  /** Σ weights over the denominator. */
  weighted_n: number;
}

/** Figures of a choice question. */
export interface ChoiceResult {
  /** Number of respondents in the denominator. */
  n: number;
  /** Per option, in the survey's order. For multi-choice the shares can add up to more than 100. */
  options: OptionShare[];
  /** Number shown the question who skipped it. */
  skipped: number;
  /** Σ weights over the denominator. */
  weighted_n: number;
}

/** The outcome of comparing one figure between two groups. */
export interface Comparison {
  /** Confidence interval of the difference. */
  ci: [number, number];
  /** Degrees of freedom of Welch's t test. */
  df?: number;
  /** First minus second, in the figure's unit. */
  diff: number;
  /** Which figure is compared (`score`, `percent`, `mean`, `percent_yes`, ...). */
  metric: string;
  /** Two-sided p-value. */
  p_value: number;
  /** Standard error of the difference. */
  se: number;
  /** Whether `p_value < 1 - confidence`. */
  significant: boolean;
  /** The test statistic (z or Welch's t). */
  statistic: number;
  /** `"z"` or `"welch_t"`. */
  test: "z" | "welch_t";
}

/** Pearson's correlation with a t test of `r = 0` and a Fisher z interval. */
export interface Correlation {
  /** Fisher z interval of r. */
  ci: [number, number] | null;
  /** Number of pairs. */
  n: number;
  /** Two-sided p-value of `r = 0` (t test with n - 2 degrees of freedom). */
  p_value: number | null;
  /** Pearson's r (`None` when either side is constant or n < 3). */
  r: number | null;
  /** Whether `p_value < 1 - confidence`. */
  significant: boolean;
}

/** CSAT figures. `None` where there is nothing to compute from. */
export interface CsatResult {
  /** Wilson interval of `percent`. */
  ci: [number, number] | null;
  /** Confidence level. */
  confidence: number;
  /** Unweighted counts per scale point, from the scale's min to its max. */
  distribution: number[];
  /** Kish's effective sample size over the denominator. */
  effective_n: number;
  /** Weighted mean of the answers. */
  mean: number | null;
  /** Student t interval of the mean. */
  mean_ci: [number, number] | null;
  /** Half-width of the Wilson interval, percentage points. */
  moe: number | null;
  /** Number of respondents in the denominator. */
  n: number;
  /** Weighted share of satisfied answers (at or above `threshold`), percent. */
  percent: number | null;
  /** Number of satisfied answers. */
  satisfied: number;
  /** The scale. */
  scale: Scale;
  /** Weighted standard deviation of the answers (with Kish's effective n). */
  sd: number | null;
  /** Number of respondents shown the question who skipped it. */
  skipped: number;
  /** Lowest value counted as satisfied. */
  threshold: number;
  /** Σ weights over the denominator. */
  weighted_n: number;
}

/** Which respondents the shares are computed over. */
export type Denominator = "answered" | "shown";

/** Figures of one duration, in hours. */
export interface DurationStats {
  /** Whether the quantiles are exact (false once the sketch switched to 0.5 %-accurate buckets). */
  exact: boolean;
  /** Mean, hours. */
  mean_hours: number | null;
  /** Order-statistic interval of the median, hours. */
  median_ci: [number, number] | null;
  /** Median, hours. */
  median_hours: number | null;
  /** Number of tickets with this duration. */
  n: number;
  /** Order-statistic interval of the 90th percentile, hours. */
  p90_ci: [number, number] | null;
  /** 90th percentile, hours. */
  p90_hours: number | null;
}

/** The length of a report's time buckets. */
export type Every = "day" | "week" | "month" | "quarter" | "year";

/** One group's periods. */
export interface GroupReport {
  /** Periods in chronological order, contiguous from the first to the last bucket of the whole data set. */
  periods: PeriodReport[];
  /** Segment name to value (`{}` for the overall group; `null` where responses lack the segment). */
  segment: Record<string, string | null>;
}

/** Where a report's minimum group size comes from. */
export type GroupSizeRule = "options" | "audience" | "default";

/** How an interval for NPS-like (trinomial) scores is computed. */
export type IntervalMethod = "adjusted_wald" | "wald";

/** A weighted mean with its interval. */
export interface MeanResult {
  /** Student t interval of the mean. */
  ci: [number, number] | null;
  /** Weighted mean. */
  mean: number | null;
  /** Number of scored responses. */
  n: number;
  /** Weighted standard deviation (Kish's effective n). */
  sd: number | null;
}

/** NPS figures. Counts are unweighted; shares, score and intervals use the weights. `None` where `n` is 0. */
export interface NpsResult {
  /** Confidence interval, clipped to [-100, 100]. */
  ci: [number, number] | null;
  /** Confidence level. */
  confidence: number;
  /** Number of detractors (0-6). */
  detractors: number;
  /** Weighted share of detractors, percent. */
  detractors_pct: number | null;
  /** Kish's effective sample size. */
  effective_n: number;
  /** Interval method. */
  interval: IntervalMethod;
  /** Half-width of the interval, in points. */
  moe: number | null;
  /** Number of respondents in the denominator. */
  n: number;
  /** Number of passives (7-8). */
  passives: number;
  /** Weighted share of passives, percent. */
  passives_pct: number | null;
  /** Number of promoters (9-10). */
  promoters: number;
  /** Weighted share of promoters, percent. */
  promoters_pct: number | null;
  /** `100 (promoters share - detractors share)`, in [-100, 100]. */
  score: number | null;
  /** Wald standard error of the score, in points. */
  se: number | null;
  /** Number of respondents shown the question who skipped it. */
  skipped: number;
  /** Σ weights over the denominator. */
  weighted_n: number;
}

/** One value per perspective. */
export interface OesPerspectives {
  /** Ease (low effort). */
  ease: number;
  /** Loyalty (relationship, intent to stay or buy again). */
  loyalty: number;
  /** Likelihood to recommend. */
  recommendation: number;
  /** Satisfaction. */
  satisfaction: number;
}

/** The Overall Experience Score of one response. */
export interface OesScore {
  /** The model's confidence in each score, 0-1. */
  confidence: OesPerspectives;
  /** Ease (low effort), 0-10. */
  ease: number;
  /** The response id. */
  id: string;
  /** Loyalty (relationship), 0-10. */
  loyalty: number;
  /** The reasons. */
  reasons: Reasons;
  /** Likelihood to recommend, 0-10. */
  recommendation: number;
  /** Satisfaction, 0-10. */
  satisfaction: number;
}

/** Aggregated OES of a group and period. */
export interface OesSummary {
  /** Ease. */
  ease: MeanResult;
  /** Loyalty. */
  loyalty: MeanResult;
  /** Recommendation. */
  recommendation: MeanResult;
  /** Satisfaction. */
  satisfaction: MeanResult;
}

/** One option's figures. */
export interface OptionShare {
  /** Number of respondents who chose it. */
  count: number;
  /** The option. */
  option: string;
  /** Weighted share of respondents in the denominator who chose it, percent. */
  percent: number | null;
}

/** One group in one period. */
export interface PeriodReport {
  /** First day after the period. */
  end?: string;
  /** Overall Experience Score means, when responses were scored; absent when withheld. */
  oes?: OesSummary;
  /** `2025-01-14`, `2025-W03`, `2025-01`, `2025-Q1`, `2025`, or `all`. */
  period: string;
  /** Per question id, in the survey's order; absent when withheld. */
  questions?: Record<string, QuestionReport>;
  /** Why they are withheld. */
  reason?: string;
  /** Number of responses. */
  respondents: number;
  /** First day (UTC) of the period. */
  start?: string;
  /** Support figures (time to resolution, first reply, ...), when the data has tickets; absent when withheld. */
  support?: SupportResult;
  /** Whether the figures are withheld (fewer respondents than the minimum group size). */
  withheld: boolean;
}

/** One of the four perspectives of the Overall Experience Score. */
export type Perspective = "satisfaction" | "recommendation" | "ease" | "loyalty";

/** A question as the survey holds it (scales filled in with the kind's default). */
export interface QuestionJSON {
  id: string;
  kind: QuestionKind;
  options?: string[];
  perspective?: Perspective;
  scale?: Scale;
  text: string;
}

/** What a question asks, which decides how its answers are read and which metrics apply. */
export type QuestionKind = "nps" | "csat" | "ces" | "ces_effort" | "rating" | "yes_no" | "single_choice" | "multi_choice" | "text";

/** One question's figures in one group and period. */
export type QuestionReport = QuestionReportCommon & ({
  kind: "nps";
  nps: NpsResult;
} | {
  csat: CsatResult;
  kind: "csat";
} | {
  ces: CesResult;
  kind: "ces";
} | {
  ces_effort: CesEffortResult;
  kind: "ces_effort";
} | {
  kind: "rating";
  rating: RatingResult;
} | {
  kind: "yes_no";
  yes_no: YesNoResult;
} | {
  choice: ChoiceResult;
  kind: "single_choice" | "multi_choice";
} | {
  kind: "text";
  text: TextResult;
});
/** The fields of every QuestionReport. */
export interface QuestionReportCommon {
  /** The question kind. */
  kind: QuestionKind;
  /**
   * Pearson's correlation between time to resolution and the answer (csat, ces and ces_effort questions,
   * when the data has tickets): does waiting longer hurt?
   */
  ttr_correlation?: Correlation;
  /** Change against the same group's previous period (`null` when either is missing or withheld). */
  vs_previous: Comparison | null;
  /**
   * This group against every other respondent of the period (`null` for the overall group, or when the
   * rest is smaller than the minimum group size).
   */
  vs_rest: Comparison | null;
}

/** Figures of a `rating` question. */
export interface RatingResult {
  /** Confidence level. */
  confidence: number;
  /** Unweighted counts per scale point, from the scale's min to its max. */
  distribution: number[];
  /** Kish's effective sample size of the answers. */
  effective_n: number;
  /** Weighted mean of the answers. */
  mean: number | null;
  /** Student t interval of the mean. */
  mean_ci: [number, number] | null;
  /** Number of answers. */
  n: number;
  /** The scale. */
  scale: Scale;
  /** Weighted standard deviation of the answers (with Kish's effective n). */
  sd: number | null;
  /** Number shown the question who skipped it. */
  skipped: number;
  /** Σ weights of the answers. */
  weighted_n: number;
}

/** Why the scores are what they are. */
export interface Reasons {
  /** Answers by decreasing largest absolute effect. */
  answers: AnswerEffect[];
  /** Themes mentioned in comments, by decreasing probability. */
  themes: ThemeMention[];
}

/** A summary of a rejected response, for reports. */
export interface Rejected {
  /** The full error message. */
  error: string;
  /** Line (JSONL) or row (CSV). */
  line: number | null;
  /** Response id, if it could be read. */
  response: string | null;
}

/**
 * A report: per group (overall first) and per period, every applicable metric of every question. It reads back
 * from its JSON (`serde_json::from_str(&report.to_json())`), equal to itself.
 */
export interface Report {
  /** Segment names grouped by. */
  by: string[];
  /** Confidence level of every interval and test. */
  confidence: number;
  /** Denominator policy of shares. */
  denominator: Denominator;
  /** Bucket length (`null`: one period over all time). */
  every: Every | null;
  /** The overall group first, then one per combination of segment values present, sorted by value. */
  groups: GroupReport[];
  /** Interval method of NPS-like scores. */
  interval: IntervalMethod;
  /**
   * Minimum group size in force: the one asked for, else the survey audience's default (5 for employee surveys
   * and surveys that do not give their audience, 0 for customer surveys).
   */
  min_group_size: number;
  /** Number of responses. */
  respondents: number;
  /** Survey id. */
  survey: string;
  /** How many group-periods were withheld, and why. */
  withheld: Withheld;
}

/** An inclusive integer scale `min..=max` with `min < max`, checked at construction. */
export interface Scale {
  max: number;
  min: number;
}

/** Support figures. */
export interface SupportResult {
  /** Mean number of contacts per resolved ticket (over resolved tickets that report contacts). */
  contacts_per_resolution: number | null;
  /** First reply time of answered tickets. */
  first_reply: DurationStats;
  /** Share of tickets not resolved, percent. */
  percent_unresolved: number | null;
  /** Share of all tickets resolved within the target, percent. */
  percent_within_target: number | null;
  /** Wilson interval of `reopen_rate`. */
  reopen_ci: [number, number] | null;
  /** Share of tickets reopened at least once (over tickets that report it), percent. */
  reopen_rate: number | null;
  /** Number of resolved tickets. */
  resolved: number;
  /** The resolution target, hours. */
  target_hours: number;
  /** Number of responses with a ticket. */
  tickets: number;
  /** Time to resolution of resolved tickets. */
  ttr: DurationStats;
  /** Wilson interval of `percent_within_target`. */
  within_target_ci: [number, number] | null;
}

/** A survey definition (scales filled in with the kind's default). */
export interface SurveyJSON {
  /** Who answers the survey (`customer` or `employee`); absent when the definition does not say. */
  audience?: Audience;
  id: string;
  questions: QuestionJSON[];
}

/** Figures of a text question. */
export interface TextResult {
  /** Number of non-empty comments. */
  n: number;
  /** Number shown the question who left it empty. */
  skipped: number;
}

/** A theme a comment mentions. */
export interface ThemeMention {
  /** Tone of the mention, from -1 (negative) to 1 (positive). */
  polarity: number;
  /** The model's probability that the theme is mentioned. */
  probability: number;
  /** The question whose answer mentions it. */
  question: string;
  /** The theme (one of [`THEMES`]). */
  theme: "delivery" | "price" | "staff" | "waiting_time" | "product_quality" | "website_app" | "billing" | "cleanliness" | "communication" | "pay" | "workload" | "management" | "colleagues" | "growth";
}

/** What a report withheld to protect anonymity: counted over every group (the overall group included) and period. */
export interface Withheld {
  /** Groups all of whose periods are withheld. */
  groups: number;
  /** Group-periods in the report. */
  of: number;
  /** Group-periods whose figures are withheld. */
  periods: number;
  /** Why figures are withheld, in words; absent when nothing is. */
  reason?: string;
  /** Where the minimum group size comes from. */
  rule: GroupSizeRule;
}

/** Figures of a `yes_no` question. */
export interface YesNoResult {
  /** Wilson interval of `percent_yes`. */
  ci: [number, number] | null;
  /** Confidence level. */
  confidence: number;
  /** Kish's effective sample size over the denominator. */
  effective_n: number;
  /** Half-width of the Wilson interval. */
  moe: number | null;
  /** Number of respondents in the denominator. */
  n: number;
  /** Number of "no". */
  no: number;
  /** Weighted share of "yes", percent. */
  percent_yes: number | null;
  /** Number shown the question who skipped it. */
  skipped: number;
  /** Σ weights over the denominator. */
  weighted_n: number;
  /** Number of "yes". */
  yes: number;
}
