// The official documents the site's content draws on, named with their status on a day. Today there is one,
// described in content/facts.yaml `plan`: every unit, entry, search hit and citation draws on it. The document
// registry of issue 17 will list more; this is the one place that names them.
import type { Lang } from "~/i18n";
import { documentStatus, type DocumentStatus } from "./document-status";
import type { Facts } from "./schemas";

/** A document as search hits and citations name it. */
export interface DocumentRef {
  id: string;
  title: string;
  status: DocumentStatus["kind"];
}

/** The documents the content draws on. */
export function documents(facts: Facts): Facts["plan"][] {
  return [facts.plan];
}

/** The document a unit or entry draws on (today always the plan), with its status on `day`. */
export function documentRef(facts: Facts, day: string, lang: Lang): DocumentRef {
  const doc = facts.plan;
  return { id: doc.id, title: lang === "en" ? doc.title_en : doc.title, status: documentStatus(doc, day).kind };
}
