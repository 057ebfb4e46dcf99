// Which documents a search may return: type, district and official-document filters, shared by both engines.
import type { SearchDocument, SearchParams } from "./types";

export function matchesFilters(doc: Pick<SearchDocument, "type" | "districts" | "documents">, params: Pick<SearchParams, "types" | "district" | "document">): boolean {
  if (params.types.length && !params.types.includes(doc.type)) return false;
  if (params.district && !doc.districts.includes(params.district)) return false;
  if (params.document && !doc.documents.includes(params.document)) return false;
  return true;
}

/** The same filters as a Meilisearch filter expression. Values are checked by the API before they get here. */
export function meiliFilter(params: Pick<SearchParams, "types" | "district" | "document">): string[] {
  const filter: string[] = [];
  if (params.types.length) filter.push(`type IN [${params.types.map((t) => JSON.stringify(t)).join(", ")}]`);
  if (params.district) filter.push(`districts = ${JSON.stringify(params.district)}`);
  if (params.document) filter.push(`documents = ${JSON.stringify(params.document)}`);
  return filter;
}
