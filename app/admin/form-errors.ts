// What a save found wrong, as the GOV.UK error summary lists it: each schema problem at its field, in
// words for the field it sits next to; each content:check problem (file:line) in the summary.
import type { ZodIssue } from "zod";
import { describeIssue, formatProblem, type ContentProblem } from "~/model/problems";

export interface SaveErrors {
  /** By field name (audience.role), the first problem of each field. */
  fields: Record<string, string>;
  /** content:check's problems with the draft applied, as file:line messages. */
  content: string[];
}

// The schemas' own messages are written in Chinese for editors; zod's defaults are English.
const written = (message: string) => /[\u4e00-\u9fff]/.test(message);

function messageOf(issue: ZodIssue): string {
  if (written(issue.message)) return issue.message;
  if (issue.code === "too_small") return issue.type === "array" ? `至少要有 ${String(issue.minimum)} 项` : "请填写这一项";
  if (issue.code === "invalid_type" && issue.received === "undefined") return "请填写这一项";
  return describeIssue(issue).replace(/（位置 [^）]*）$/, "");
}

export function fieldErrors(issues: ZodIssue[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues) {
    const name = issue.path.filter((p) => typeof p === "string").join(".") || "id";
    out[name] ??= messageOf(issue);
  }
  return out;
}

export const contentMessages = (problems: ContentProblem[]) => problems.map(formatProblem);
