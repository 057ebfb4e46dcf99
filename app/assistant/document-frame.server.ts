// Step 6: the answer says which document it comes from, and, when that document's period has ended (or an
// editor recorded that another replaced it), says so in its first sentence: a reader must never take an
// ended plan's measure for today's rule. The status is the day's (decision 0014), never stored.
import { today } from "~/lib/clock.server";
import { translator } from "~/lib/translate";
import { documentStatus } from "~/model/document-status";
import { documentOf, findDocument } from "~/model/documents";
import { getContent } from "~/model/load.server";
import type { SiteDocument } from "~/model/plan";
import type { AskContext } from "./context";

export function nameDocuments(context: AskContext): void {
  if ((context.status !== "answered" && context.status !== "partial") || !context.citations.length) return;
  const content = getContent();
  const day = today();
  const t = translator(context.lang);
  const en = context.lang === "en";
  const documents = [...new Set(context.citations.map((c) => documentOf(content, c.id)).filter((d): d is SiteDocument => !!d))];
  const sentences = documents.map((document) => {
    const status = documentStatus(document, day);
    const by = document.replaced_by ? findDocument(content, document.replaced_by) : undefined;
    return t(`assistant.fromDocument.${status.kind}`, {
      title: document.title,
      short: document.short_title_en,
      called: document.called,
      start: status.start,
      end: status.end,
      by: en ? by?.title_en : by?.title,
    });
  });
  if (sentences.length) context.parts.unshift({ text: sentences.join(""), lang: context.lang });
}
