// Validates search input from a URL, for both the search page and /api/search.
import { z } from "zod";
import { DOC_TYPES, type SearchParams } from "../../search/types";
import { currentDocuments, findDocument } from "~/model/documents";
import { today } from "./clock.server";
import { getContent } from "~/model/load.server";
import { MAX_QUERY_LENGTH } from "./search-limits";


export type SearchInputError = { code: "query_too_long" | "bad_parameter"; message: string; field: string };

const schema = z.object({
  q: z.string().trim().max(MAX_QUERY_LENGTH, { message: "query_too_long" }),
  type: z.array(z.enum(DOC_TYPES)),
  district: z.string().optional(),
  page: z.coerce.number().int().min(1).max(100).default(1),
  limit: z.coerce.number().int().min(1).max(50).default(10),
  lang: z.enum(["zh-CN", "en"]).optional(),
  document: z.string().optional(),
});

export function parseSearchInput(url: URL): { ok: true; params: SearchParams & { lang?: "zh-CN" | "en" } } | { ok: false; error: SearchInputError } {
  const raw = {
    q: url.searchParams.get("q") ?? "",
    type: url.searchParams.getAll("type"),
    district: url.searchParams.get("district") || undefined,
    page: url.searchParams.get("page") ?? undefined,
    limit: url.searchParams.get("limit") ?? undefined,
    lang: url.searchParams.get("lang") ?? undefined,
    document: url.searchParams.get("document") || undefined,
  };
  const result = schema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    const field = String(issue.path[0] ?? "q");
    if (issue.message === "query_too_long") {
      return { ok: false, error: { code: "query_too_long", field, message: `Query is longer than ${MAX_QUERY_LENGTH} characters` } };
    }
    return { ok: false, error: { code: "bad_parameter", field, message: `Invalid value for ${field}` } };
  }
  const { q, type, district, page, limit, lang, document } = result.data;
  if (district && !getContent().facts.districts.some((d) => d.name === district)) {
    return { ok: false, error: { code: "bad_parameter", field: "district", message: "Unknown district" } };
  }
  const content = getContent();
  if (document && !findDocument(content, document)) {
    return { ok: false, error: { code: "bad_parameter", field: "document", message: "Unknown document" } };
  }
  // Which documents are within their period is the day's, not the index's: computed for each search.
  return { ok: true, params: { q, types: [...new Set(type)], district, document, current: currentDocuments(content, today()), page, limit, lang } };
}
