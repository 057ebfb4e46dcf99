// Builds the search index of one content version. The index is built under a name of its own and renamed to
// the version's name in one step, so an index with the version's name is always complete: searches never see
// a half-built one, a failed build leaves nothing behind, and two processes building the same version at
// once both end with the one complete index (decision 0016).
import { randomBytes } from "node:crypto";
import type { Meilisearch, Task } from "meilisearch";
import { INDEX_PREFIX, meiliSettings, versionIndex } from "./settings";
import type { SearchDocument } from "./types";

const TASK_TIMEOUT_MS = 120_000;

function succeeded(task: Task, what: string): void {
  if (task.status !== "succeeded") throw new Error(`${what} failed: ${task.error?.message ?? task.status}`);
}

async function indexExists(client: Meilisearch, uid: string): Promise<boolean> {
  try {
    await client.getIndex(uid);
    return true;
  } catch {
    return false;
  }
}

/** Deletes an index and waits until it is gone (a missing one is fine: the task then fails harmlessly). */
async function dropIndex(client: Meilisearch, uid: string): Promise<void> {
  await client.deleteIndex(uid).waitTask({ timeout: TASK_TIMEOUT_MS });
}

export interface ReindexInput {
  documents: SearchDocument[];
  synonyms: Record<string, string[]>;
  version: string;
}

/** Builds the version's index unless it is there. Returns whether this call built it. */
export async function ensureVersionIndex(client: Meilisearch, { documents, synonyms, version }: ReindexInput): Promise<boolean> {
  const uid = versionIndex(version);
  if (await indexExists(client, uid)) return false;
  const wait = { timeout: TASK_TIMEOUT_MS };
  // Unique to this call: two builds of one version, even in one process, never share a name.
  const building = `${uid}_building_${randomBytes(6).toString("hex")}`;
  try {
    succeeded(await client.createIndex(building, { primaryKey: "id" }).waitTask(wait), "create index");
    const next = client.index<SearchDocument>(building);
    succeeded(await next.updateSettings(meiliSettings(synonyms)).waitTask(wait), "index settings");
    // A document's English is for weighing questions in the site's process, not for the engine.
    succeeded(await next.addDocuments(documents.map(({ english: _english, ...doc }) => doc)).waitTask(wait), "add documents");
    const stats = await next.getStats();
    if (stats.numberOfDocuments !== documents.length) throw new Error(`new index has ${stats.numberOfDocuments} documents, expected ${documents.length}`);
    // Another process may have finished the same version meanwhile: then its index stands.
    if (await indexExists(client, uid)) return false;
    const renamed = await client.swapIndexes([{ indexes: [building, uid], rename: true }]).waitTask(wait);
    if (renamed.status !== "succeeded" && (await indexExists(client, uid))) return false;
    succeeded(renamed, "rename index");
    return true;
  } finally {
    await dropIndex(client, building);
  }
}

/** Deletes the indexes of versions not in `keep` (the versions that may still be served or rolled back to). */
export async function pruneIndexes(client: Meilisearch, keep: string[]): Promise<void> {
  const wanted = new Set(keep.map(versionIndex));
  const { results } = await client.getIndexes({ limit: 1000 });
  for (const index of results) {
    // Indexes being built by a process right now carry "_building_" and are left to it.
    if (index.uid.startsWith(INDEX_PREFIX) && !index.uid.includes("_building_") && !wanted.has(index.uid)) await dropIndex(client, index.uid);
  }
}
