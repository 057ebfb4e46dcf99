import { getContent } from "~/model/load.server";

/** Liveness and the content version being served (GUIDE.md §4). */
export function loader() {
  const content = getContent();
  return Response.json(
    { status: "ok", content: { version: content.version, units: content.units.size } },
    { headers: { "Cache-Control": "no-store" } },
  );
}
