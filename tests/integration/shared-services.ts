// The site and Meilisearch that integration files share in one run (see shared-services.setup.ts). The first
// file to ask starts them; they must only be read from: a file that changes a service's state or needs another
// environment starts its own process instead.
import { inject } from "vitest";
import type { MeiliConnection } from "../../search/engine/meilisearch.server";

export { SHARED_SITE_ENV } from "./shared-services.setup";

export interface SharedSite {
  url: string;
  /** Everything the shared site has printed so far, from every file that used it. */
  output(): Promise<string>;
}

async function request<T>(path: string): Promise<T> {
  const res = await fetch(inject("sharedServices") + path);
  const body = await res.json();
  if (!res.ok) throw new Error(`shared ${path}: ${body.error}`);
  return body as T;
}

/** The shared production site: the current build and content, the shared Meilisearch, ASK_RATE_LIMIT=0, no OpenAI key. */
export async function sharedSite(): Promise<SharedSite> {
  const { url } = await request<{ url: string }>("/site");
  return { url, output: async () => (await request<{ output: string }>("/site/output")).output };
}

/** The shared Meilisearch, indexed with the current content. Search it; never rebuild or change its index. */
export async function sharedMeilisearch(): Promise<MeiliConnection> {
  return request<MeiliConnection>("/meilisearch");
}
