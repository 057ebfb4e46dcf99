// The outside facts every page shows (12345, 110/120) and the documents the site draws on with their status
// that day, read by the root loader so there is one source for them.
import { useRouteLoaderData } from "@remix-run/react";
import type { DocumentNotice } from "~/model/documents";
import type { Facts } from "~/model/schemas";

export type SiteFacts = Pick<Facts, "hotline" | "emergency"> & { documents: DocumentNotice[] };

export function useSiteFacts(): SiteFacts {
  const data = useRouteLoaderData<{ facts: SiteFacts }>("root");
  if (!data) throw new Error("root loader data is missing");
  return data.facts;
}
