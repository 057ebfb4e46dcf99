// The official documents the site's content draws on (the registry, content/documents/<id>/), named with
// their status on a day. The one place that answers "which document does this unit, entry or page draw on".
import type { Lang } from "~/i18n";
import { documentStatus, type DocumentStatus, type DocumentStatusKind } from "./document-status";
import type { CitableUnit, ContentModel, SiteDocument } from "./plan";
import type { Service, Subsidy, FaqEntry } from "./schemas";

/** A document as search hits and citations name it. */
export interface DocumentRef {
  id: string;
  title: string;
  status: DocumentStatusKind;
}

/** What a page says about a document it draws on: its name, number, dates and status that day. */
export interface DocumentNotice {
  id: string;
  title: string;
  title_en: string;
  /** What running text calls it (规划 / plan, 通知 / notice). */
  called: string;
  called_en: string;
  short_title_en: string;
  previous_period?: string;
  document_number?: string;
  issued: string;
  url: string;
  status: DocumentStatus;
  /** How many numbered tasks it has (counted, never written in an interface string). */
  tasks: number;
  /** The document recorded as replacing it, when there is one. */
  replacedBy?: { title: string; title_en: string; url: string };
}

export function findDocument(content: Pick<ContentModel, "documents">, id: string): SiteDocument | undefined {
  return content.documents.find((d) => d.id === id);
}

/** The document a unit belongs to. */
export function unitDocument(content: Pick<ContentModel, "documents">, unit: Pick<CitableUnit, "chapter">): SiteDocument {
  return findDocument(content, unit.chapter.document)!;
}

/** The document a unit, or an entry (subsidy, service, FAQ answer) by its first quote, draws on. */
export function documentOf(content: Pick<ContentModel, "documents" | "units" | "subsidies" | "services" | "faq">, id: string): SiteDocument | undefined {
  const unit = content.units.get(id);
  if (unit) return unitDocument(content, unit);
  const entry: Pick<Subsidy | Service | FaqEntry, "quotes"> | undefined =
    content.subsidies.find((s) => s.id === id) ?? content.services.find((s) => s.id === id) ?? content.faq.find((f) => f.id === id);
  return entry && findDocument(content, entry.quotes[0].document);
}

export function documentRef(document: SiteDocument, day: string, lang: Lang): DocumentRef {
  return { id: document.id, title: lang === "en" ? document.title_en : document.title, status: documentStatus(document, day).kind };
}

export function documentNotice(content: Pick<ContentModel, "documents">, document: SiteDocument, day: string): DocumentNotice {
  const by = document.replaced_by ? findDocument(content, document.replaced_by) : undefined;
  return {
    id: document.id,
    title: document.title,
    title_en: document.title_en,
    called: document.called,
    called_en: document.called_en,
    short_title_en: document.short_title_en,
    previous_period: document.previous_period,
    document_number: document.document_number,
    issued: document.issued,
    url: document.base,
    status: documentStatus(document, day),
    tasks: document.chapters.flatMap((c) => c.sections.flatMap((s) => s.units.filter((u) => u.kind === "task"))).length,
    ...(by ? { replacedBy: { title: by.title, title_en: by.title_en, url: by.base } } : {}),
  };
}

/** The documents within their period on `day`: search ranks what draws on them first. */
export function currentDocuments(content: Pick<ContentModel, "documents">, day: string): string[] {
  return content.documents.filter((d) => documentStatus(d, day).kind === "within").map((d) => d.id);
}
