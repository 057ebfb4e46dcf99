import { getContent } from "~/model/load.server";
// Step 5: a model's answer is kept only if it cites retrieved sources and every number in it appears in
// them; otherwise the extractive answer stands. Unknown citations are dropped.
import { unsupportedNumbers } from "~/model/numbers";
import type { AskContext, Citation } from "./context";
import type { LlmDraft } from "./compose-llm.server";

export type Verdict = { ok: true; citations: Citation[] } | { ok: false; reason: string };

export function verifyDraft(draft: LlmDraft, tokens: Map<string, Citation>): Verdict {
  const citations = [...new Set(draft.sources)].flatMap((token) => tokens.get(token) ?? []);
  if (!citations.length) return { ok: false, reason: "no known source cited" };
  if (!draft.answer.trim()) return { ok: false, reason: "empty answer" };
  // The hotline and the documents' periods may be named in any answer (content/facts.yaml, the registry).
  const { facts, documents } = getContent();
  const periods = documents.flatMap((d) => [String(d.period_start), String(d.period_end)]);
  const missing = unsupportedNumbers(draft.answer, citations.map((c) => c.text), [facts.hotline.number, facts.hotline.from_outside, ...periods]);
  if (missing.length) return { ok: false, reason: `numbers not in sources: ${missing.join(", ")}` };
  return { ok: true, citations };
}

/** Applies a verified draft to the context: the model's words, the sources it really used. */
export function acceptDraft(context: AskContext, draft: LlmDraft, citations: Citation[]): void {
  context.mode = "llm";
  context.parts = [{ text: draft.answer, lang: context.lang }];
  context.citations = citations;
  if (context.status !== "not_covered") context.status = draft.completeness === "complete" ? "answered" : draft.completeness === "partial" ? "partial" : "not_covered";
}
