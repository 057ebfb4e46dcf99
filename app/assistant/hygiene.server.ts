// Step 1: tidy the question, and stop at once if it contains personal data (nothing is processed or logged).
import { translator } from "~/lib/translate";
import type { AskContext } from "./context";
import { finishWithReply } from "./replies.server";

// Zero-width and other invisible characters, bidi controls, and Unicode tag characters (used to smuggle text).
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\u00AD]|[\u{E0000}-\u{E007F}]/gu;

const ID_CARD = /(?<![0-9])[1-9]\d{5}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![0-9])/;
const MOBILE = /(?<![0-9])1[3-9]\d{9}(?![0-9])/;
const BANK_CARD = /(?<![0-9])\d{16,19}(?![0-9])/;

function containsPersonalData(text: string): boolean {
  // Digits written with spaces or dashes between groups still count.
  const compact = text.replace(/(?<=\d)[\s-](?=\d)/g, "");
  return ID_CARD.test(compact) || MOBILE.test(compact) || BANK_CARD.test(compact);
}

export function hygiene(context: AskContext): void {
  context.question = context.question.normalize("NFC").replace(INVISIBLE, "").replace(/\s+/g, " ").trim();
  if (containsPersonalData(context.question)) {
    // The question is dropped here: later steps, logs and counters never see it.
    context.question = "";
    finishWithReply(context, "refused", "personal_data", translator(context.lang));
  }
}
