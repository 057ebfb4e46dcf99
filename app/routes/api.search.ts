import type { LoaderFunctionArgs } from "@remix-run/node";
import { DEFAULT_LANG } from "~/i18n";
import { today } from "~/lib/clock.server";
import { parseSearchInput } from "~/lib/search-input.server";
import { documentRef, findDocument } from "~/model/documents";
import { getContent } from "~/model/load.server";

/** GET /api/search — the search contract of docs/architecture.md#search-api. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const input = parseSearchInput(new URL(request.url));
  if (!input.ok) {
    return Response.json({ error: { code: input.error.code, message: input.error.message } }, { status: 400 });
  }
  if (!input.params.q) {
    return Response.json({ error: { code: "bad_parameter", message: "q is required" } }, { status: 400 });
  }
  const result = await context.search.search(input.params);
  // Each hit names the document it draws on, with that document's status today (never stored in the index).
  const content = getContent();
  const day = today();
  const lang = input.params.lang ?? DEFAULT_LANG;
  const document = (hit: { documents: string[] }) => documentRef(findDocument(content, hit.documents[0])!, day, lang);
  return Response.json(
    {
      query: result.query,
      engine: result.engine,
      total: result.total,
      page: result.page,
      tookMs: result.tookMs,
      // false: nothing matched, and the hits are the nearest units only (never presented as a match).
      exact: result.exact,
      ...(result.suggestion ? { suggestion: result.suggestion } : {}),
      hits: result.hits.map((hit) => {
        const { id, type, title, headingPath, url, snippet, text } = hit;
        return { id, type, title, headingPath, url, snippet, text, document: document(hit) };
      }),
    },
    { headers: { "Cache-Control": "no-store" } },
  );
}
