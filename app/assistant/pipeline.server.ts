import { getContent } from "~/model/load.server";
import { hotlineNumber } from "./hotline.server";
// Runs the steps in order with one shared context; a step that finishes the answer stops the rest.
import type { Lang } from "~/i18n";
import { serverI18n } from "~/lib/i18n-instances.server";
import { provideServerI18n, translator } from "~/lib/translate";
import type { SearchService } from "../../search/service.server";
import { composeExtractive } from "./compose-extractive.server";
import { draftWithLlm, sourceTokens, type LlmSettings } from "./compose-llm.server";
import { answerText, spacedParts, type AskContext, type AnswerPart, type Citation } from "./context";
import { documentFacts } from "./document-facts.server";
import { nameDocuments } from "./document-frame.server";
import { followUp } from "./followup.server";
import { hygiene } from "./hygiene.server";
import { retrieval } from "./retrieval.server";
import { sectionLists } from "./section-lists.server";
import { scope, screen } from "./routing.server";
import type { AskStatus } from "./statuses";
import { acceptDraft, verifyDraft } from "./verification.server";

export interface AskDependencies {
  search: SearchService;
  llm?: LlmSettings;
}

export interface AskResult {
  status: AskStatus;
  answer: string;
  parts: AnswerPart[];
  mode: "extractive" | "llm";
  citations: Citation[];
  handoff: { phone: string; text: string };
}

// The assistant replies in the asker's language, also when run outside a page request (tests, scripts).
provideServerI18n(serverI18n);

const counts = new Map<AskStatus, number>();

/** How many answers ended in each status since start: the only record kept of questions. */
export function statusCounts(): Record<string, number> {
  return Object.fromEntries(counts);
}

async function compose(context: AskContext, deps: AskDependencies): Promise<void> {
  composeExtractive(context, deps.search);
  if (!deps.llm || context.status === "not_covered" || !context.citations.length) return;
  // The model may improve the wording; any failure keeps the extractive answer already in place.
  try {
    const candidates = context.citations;
    const tokens = sourceTokens(candidates);
    const draft = await draftWithLlm(context, candidates, deps.llm);
    const verdict = verifyDraft(draft, tokens);
    if (verdict.ok) acceptDraft(context, draft, verdict.citations);
  } catch {
    // timeout, HTTP error or malformed output: the extractive answer stands
  }
}

export async function ask(question: string, lang: Lang, deps: AskDependencies, previous?: string): Promise<AskResult> {
  const context: AskContext = { question, previous, lang, mode: "extractive", parts: [], citations: [], hits: [], done: false };
  const t = translator(lang);
  try {
    hygiene(context);
    screen(context);
    if (!context.done) documentFacts(context);
    if (!context.done) sectionLists(context, deps.search);
    if (!context.done) followUp(context, deps.search);
    if (!context.done) await retrieval(context, deps.search);
    if (!context.done) scope(context);
    if (!context.done) await compose(context, deps);
    nameDocuments(context);
    // 110/120 come before anything else when a life may be in danger or the emergency services are asked about.
    // A follow-up says how it was read, so that a wrong guess can be seen and asked again.
    if (context.tookAs && context.status !== "refused") context.parts.unshift({ text: t("assistant.tookAs", { question: context.tookAs }), lang });
    if (context.emergency && context.status !== "refused") context.parts.unshift({ text: t("assistant.emergencyFirst"), lang });
  } catch {
    context.status = "error";
    context.parts = [{ text: t("assistant.reply.error", { hotline: hotlineNumber() }), lang }];
    context.citations = [];
  }
  context.parts = spacedParts(context.parts);
  const status = context.status ?? "error";
  counts.set(status, (counts.get(status) ?? 0) + 1);
  return {
    status,
    answer: answerText(context),
    parts: context.parts,
    mode: context.mode,
    citations: context.citations,
    handoff: { phone: hotlineNumber(), text: t("assistant.handoff", { hotline: hotlineNumber(), outside: getContent().facts.hotline.from_outside }) },
  };
}
