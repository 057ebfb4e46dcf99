// The outside facts every page shows (12345, the plan's identity), read from content/facts.yaml by the
// root loader so there is one source for them.
import { useRouteLoaderData } from "@remix-run/react";
import type { DocumentStatus } from "~/model/document-status";
import type { Facts } from "~/model/schemas";

export type SiteFacts = Pick<Facts, "hotline" | "plan" | "emergency"> & { planStatus: DocumentStatus };

export function useSiteFacts(): SiteFacts {
  const data = useRouteLoaderData<{ facts: SiteFacts }>("root");
  if (!data) throw new Error("root loader data is missing");
  return data.facts;
}
