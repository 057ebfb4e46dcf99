// Step 1: tidy the question: Unicode normalised, invisible and bidi-control characters removed, white space
// collapsed, years written short spelled out (25年 → 2025年) so that every later step reads the same year, and
// traditional characters written simplified, as the content and every reading of a question's shape are
// (幾塊 asks for a figure as 几块 does). What the question asks, and whether it may be answered, is decided by routing.
import { simplified } from "../../search/understanding/normalize";
import { fullYears } from "../../search/understanding/period";
import type { AskContext } from "./context";

// Zero-width and other invisible characters, bidi controls, and Unicode tag characters (used to smuggle text).
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\u00AD]|[\u{E0000}-\u{E007F}]/gu;

const tidy = (text: string) => simplified(fullYears(text.normalize("NFC").replace(INVISIBLE, "").replace(/\s+/g, " ").trim()));

export function hygiene(context: AskContext): void {
  context.question = tidy(context.question);
  if (context.previous !== undefined) context.previous = tidy(context.previous) || undefined;
}
