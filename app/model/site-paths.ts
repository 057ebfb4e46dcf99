// Which site paths exist, for checking links written in content (FAQ "related", links in `details`).
import type { CitableUnit } from "./plan";

export interface SitePaths {
  subsidyIds: Set<string>;
  serviceIds: Set<string>;
  /** Every chapter page (/plan/tasks, /documents/<id>/<slug>). */
  chapterPaths: Set<string>;
  /** Every document's contents page (/plan, /documents/<id>). */
  documentPaths: Set<string>;
  units: Map<string, CitableUnit>;
  /** Every id the plan files claim (sections as well as units), for anchors. */
  planIds: Set<string>;
  faqIds: Set<string>;
  glossaryIds: Set<string>;
}

const PAGES = ["", "a-z", "finder", "search", "ask", "accessibility", "privacy", "preferences", "operator", "changes"];
const FINDER_STEPS = ["role", "age", "category", "severity", "conditions", "district", "check", "result"];

/** True if `/path` or `/path#anchor` (optionally under /en) is a page, and the anchor is on it. */
export function sitePathExists(path: string, site: SitePaths): boolean {
  const [bare, fragment] = path.replace(/^\/en(?=\/|$)/, "").split("#");
  if (site.documentPaths.has(bare)) return !fragment;
  if (site.chapterPaths.has(bare)) return !fragment || site.units.has(fragment) || site.planIds.has(fragment);
  const [, kind = "", slug, extra] = bare.split("?")[0].split("/");
  if (extra !== undefined) return false;
  switch (kind) {
    case "finder":
      return slug === undefined || FINDER_STEPS.includes(slug);
    case "subsidies":
      return slug === undefined || site.subsidyIds.has(slug);
    case "services":
      return slug === undefined || site.serviceIds.has(slug);
    case "faq":
      return slug === undefined && (!fragment || site.faqIds.has(fragment));
    case "glossary":
      return slug === undefined && (!fragment || site.glossaryIds.has(fragment));
    default:
      return slug === undefined && PAGES.includes(kind);
  }
}
