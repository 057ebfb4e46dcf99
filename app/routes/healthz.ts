import type { LoaderFunctionArgs } from "@remix-run/node";
import { statusCounts } from "~/assistant/pipeline.server";
import { getContent } from "~/model/load.server";
import { currentRecord } from "~/model/publish-store.server";

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
      // The version this process serves, and the one last published: they differ only while a swap is under
      // way or when this process could not serve the new one (decision 0016).
      content: { version: content.version, published: currentRecord()?.version ?? content.version, units: content.units.size },
      ask: statusCounts(),
    },
    { headers: { "Cache-Control": "no-store" } },
  );
}
