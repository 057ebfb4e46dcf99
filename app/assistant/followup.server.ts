// Step 2b: a follow-up is read with the question before it (search/understanding/followup.ts), after the
// follow-up itself was screened and before anything is retrieved. The reply then says how it was read, so
// a wrong guess is visible. Nothing is kept: the previous question comes with the request.
import type { SearchService } from "../../search/service.server";
import { readFollowUp } from "../../search/understanding/followup";
import type { AskContext } from "./context";

export function followUp(context: AskContext, search: SearchService): void {
  // Something clearly elsewhere ("明天会下雨吗") is not made about the previous subject.
  if (!context.previous || context.intent?.elsewhere || context.intent?.greeting) return;
  const read = readFollowUp(context.question, context.previous, (text) => search.subjects(text));
  if (!read.leaned) return;
  context.tookAs = read.question;
  context.question = read.question;
}
