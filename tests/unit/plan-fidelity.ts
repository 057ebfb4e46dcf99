// The plan files against the project's copy of the official text, both ways: the check itself is
// app/model/fidelity.ts (for any document); this gives it the plan's files and what plan-source.ts records
// about them (the repairs, the page title 印发通知 and the note 原文如此).
import type { ContentSource } from "~/model/content-source.server";
import { checkFidelity } from "~/model/fidelity";
import type { ContentProblem } from "~/model/problems";
import { NOTES, PAGE_TITLES, SOURCE_FILE, repairedSource } from "./plan-source";

export { normalize } from "~/model/fidelity";

/** Every difference between the plan files and the official text, as problems at the plan's file and line. */
export function checkPlanFidelity(from: ContentSource): ContentProblem[] {
  const official = from.read(SOURCE_FILE);
  if (official === undefined) return [{ file: from.shown(SOURCE_FILE), line: 1, message: "找不到规划原文" }];
  const chapters = from.yamlFiles("plan").map((path) => ({ file: from.shown(path), text: from.read(path) ?? "" }));
  // plan-source.ts repairs the text itself: a repair that no longer matches is a mistake in this test's own
  // record, not in the content, so it throws rather than being reported as a content problem.
  const source = { file: from.shown(SOURCE_FILE), text: repairedSource(official) };
  return checkFidelity({ source, repairs: [], pageTitles: PAGE_TITLES, notes: NOTES, chapters, label: "规划" });
}
