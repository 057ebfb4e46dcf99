// The outside facts every page shows (12345, 110/120) and the documents the site draws on with their status
// that day. The root loader reads them once and provides them here; the ask dialog, which runs outside Remix
// (decision 0017), provides the same value from the page.
import { createContext, useContext } from "react";
import type { DocumentNotice } from "~/model/documents";
import type { Facts } from "~/model/schemas";

export type SiteFacts = Pick<Facts, "hotline" | "emergency"> & { documents: DocumentNotice[] };

export const SiteFactsContext = createContext<SiteFacts | undefined>(undefined);

export function useSiteFacts(): SiteFacts {
  const facts = useContext(SiteFactsContext);
  if (!facts) throw new Error("the site facts are missing (root loader data)");
  return facts;
}
