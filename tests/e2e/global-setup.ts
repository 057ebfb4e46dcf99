// Browser tests expect search served by Meilisearch, as users get it: wait until the site has moved
// from the embedded engine to the bundled Meilisearch with its index built.
import type { FullConfig } from "@playwright/test";
import { waitForEngine } from "../../support/site-process";

export default async function globalSetup(config: FullConfig) {
  const baseURL = config.projects[0].use.baseURL!;
  await waitForEngine(baseURL, "meilisearch", 90_000);
}
