// A document's status on a day, computed from its period and from the relations an editor records, never
// typed as a verdict and never a claim of legal force (the site cannot know whether a measure is in force:
// it says what the document says).
export type DocumentStatusKind = "not_started" | "within" | "ended" | "replaced";

export type DocumentStatus = { kind: DocumentStatusKind; start: number; end: number };

export interface Dated {
  period_start: number;
  period_end: number;
  /** A later document an editor recorded as replacing this one. */
  replaced_by?: string;
}

export function documentStatus(document: Dated, today: string): DocumentStatus {
  const year = Number(today.slice(0, 4));
  const dated = year < document.period_start ? "not_started" : year > document.period_end ? "ended" : "within";
  return { kind: document.replaced_by ? "replaced" : dated, start: document.period_start, end: document.period_end };
}
