// How the answer names the documents it quotes. Step 7 (`nameDocuments`): the answer opens with the document
// it comes from and, when that document's period has ended (or an editor recorded that another replaced it),
// says so in that first sentence: a reader must never take an ended plan's measure for today's rule. The
// framing around each quote and what the answer says it cannot tell (`documentWords`) name the document by
// what running text calls it (规划), with its period. The status is the day's (decision 0014), never stored.
import type { Lang } from "~/i18n";
import { today } from "~/lib/clock.server";
import { translator } from "~/lib/translate";
import type { DocumentStatusKind } from "~/model/document-status";
import { documentNotice, documentOf } from "~/model/documents";
import { getContent } from "~/model/load.server";
import type { SiteDocument } from "~/model/plan";
import type { AskContext } from "./context";

/** What the framing strings say about a document: its names in the answer's language, period and status today. */
export type DocumentWords = {
  title: string;
  short: string;
  called: string;
  start: number;
  end: number;
  by?: string;
  status: DocumentStatusKind;
};

function wordsFor(document: SiteDocument, lang: Lang): DocumentWords {
  const en = lang === "en";
  const { status, replacedBy: by } = documentNotice(getContent(), document, today());
  return {
    title: document.title,
    short: document.short_title_en,
    called: en ? document.called_en : document.called,
    start: status.start,
    end: status.end,
    by: en ? by?.title_en : by?.title,
    status: status.kind,
  };
}

/** The words for the document a unit or entry (by id) comes from. */
export function documentWords(id: string, lang: Lang): DocumentWords {
  const content = getContent();
  return wordsFor(documentOf(content, id) ?? content.documents[0], lang);
}

export function nameDocuments(context: AskContext): void {
  if ((context.status !== "answered" && context.status !== "partial") || !context.citations.length) return;
  const content = getContent();
  const t = translator(context.lang);
  const documents = [...new Set(context.citations.map((c) => documentOf(content, c.id)).filter((d): d is SiteDocument => !!d))];
  // In the Chinese sentence the document is named by its title; in the English one by its short English name.
  const sentences = documents.map((document) => {
    const words = wordsFor(document, context.lang);
    return t(`assistant.fromDocument.${words.status}`, { ...words, called: document.called });
  });
  if (sentences.length) context.parts.unshift({ text: sentences.join(""), lang: context.lang });
}
