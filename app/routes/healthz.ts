import type { LoaderFunctionArgs } from "@remix-run/node";
import { getContent } from "~/model/load.server";

/** Liveness, the search engine in use, and the content version being served (GUIDE.md §4). */
export function loader({ context }: LoaderFunctionArgs) {
  const content = getContent();
  const search = context.search.health();
  return Response.json(
    {
      status: search.ok ? "ok" : "degraded",
      search,
      content: { version: content.version, units: content.units.size },
    },
    { headers: { "Cache-Control": "no-store" } },
  );
}
