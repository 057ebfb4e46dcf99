// A document's status on a day, computed from its period, never typed as a verdict and never a claim of
// legal force (the site cannot know whether a measure is in force: it says what the document says).
export type DocumentStatus = { kind: "not_started" | "within" | "ended"; start: number; end: number };

export function documentStatus(period: { period_start: number; period_end: number }, today: string): DocumentStatus {
  const year = Number(today.slice(0, 4));
  const kind = year < period.period_start ? "not_started" : year > period.period_end ? "ended" : "within";
  return { kind, start: period.period_start, end: period.period_end };
}
