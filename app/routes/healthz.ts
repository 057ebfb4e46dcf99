import type { LoaderFunctionArgs } from "@remix-run/node";
import { statusCounts } from "~/assistant/pipeline.server";
import { getContent } from "~/model/load.server";

/**
 * Liveness, the search engine in use (and why it is degraded), and the content version being served
 * (docs/architecture.md#api-contracts); also how many questions ended in each status, the only record kept
 * of questions.
 */
export async function loader({ context }: LoaderFunctionArgs) {
  const content = getContent();
  const search = await context.search.checkHealth();
  return Response.json(
    {
      status: search.ok ? "ok" : "degraded",
      search,
      content: { version: content.version, units: content.units.size },
      ask: statusCounts(),
    },
    { headers: { "Cache-Control": "no-store" } },
  );
}
