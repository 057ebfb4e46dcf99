// The one object every pipeline step reads and adds to (after GOV.UK Chat's pipeline context).
import type { Lang } from "~/i18n";
import type { SearchHit } from "../../search/types";
import type { UnderstoodQuery } from "../../search/query.server";
import type { IntentSignals } from "./intent";
import type { AskStatus } from "./statuses";

export interface Citation {
  id: string;
  title: string;
  url: string;
  /** The sentence(s) the answer used. */
  quote: string;
  /** The unit's full text. */
  text: string;
}

/** A piece of the answer and its language, so English framing around a Chinese quote can be marked up. */
export interface AnswerPart {
  text: string;
  lang: Lang;
}

export interface AskContext {
  question: string;
  /** The question asked just before, sent by the dialog or read from /ask's cookie; never stored. */
  previous?: string;
  /** How a follow-up was read with the previous question, shown at the top of the reply. */
  tookAs?: string;
  lang: Lang;
  status?: AskStatus;
  mode: "extractive" | "llm";
  parts: AnswerPart[];
  citations: Citation[];
  understood?: UnderstoodQuery;
  /** What the question's wording shows (intent.ts), read once by routing. */
  intent?: IntentSignals;
  /** Someone's life may be in danger, or the emergency services are asked about: 110/120 come first. */
  emergency?: boolean;
  hits: SearchHit[];
  /** The kind of fact the question asks for (an investment, an amount, an address…), checked against the content. */
  factAsked?: FactKind;
  /** Set by a step that ends the pipeline. */
  done: boolean;
}

const FACT_KINDS = ["in_force", "later_plan", "later_result", "investment", "area", "assessment", "rate", "amount", "procedure", "documents", "deadline", "address", "phone", "hours", "leave", "account", "quota", "eligibility", "admission", "calculation", "other_place", "business_offer"] as const;
export type FactKind = (typeof FACT_KINDS)[number];

// An English sentence that ends a part and one that starts the next need a space between them; Chinese
// sentences (ending in 。) are written without one.
const ENDS_SENTENCE = /[.!?;:)”"]$/;
const STARTS_LATIN = /^[A-Za-z0-9“"(]/;

/** The parts with a space wherever one English sentence ends a part and the next begins another. */
export function spacedParts(parts: AnswerPart[]): AnswerPart[] {
  const english = (part: AnswerPart) => part.lang === "en";
  return parts.map((part, i) => {
    const before = parts[i - 1];
    const apart = before && (english(before) || english(part)) && ENDS_SENTENCE.test(before.text) && STARTS_LATIN.test(part.text);
    return apart ? { ...part, text: ` ${part.text}` } : part;
  });
}

/** A quote of the official text as a part of the answer: Chinese, nested quotation marks made single (“‘残疾人之家’覆盖率…”). */
export const quoted = (text: string): AnswerPart => ({ text: `“${text.replace(/“/g, "‘").replace(/”/g, "’")}”`, lang: "zh-CN" });

export function answerText(context: Pick<AskContext, "parts">): string {
  return context.parts.map((p) => p.text).join("");
}
