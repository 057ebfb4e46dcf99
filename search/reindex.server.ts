// Builds a complete new index beside the live one, then swaps them in one step: searches never see a
// half-built index, and a failed build leaves the previous index serving.
import type { Meilisearch } from "meilisearch";
import type { Task } from "meilisearch";
import { LIVE_INDEX, META_INDEX, NEXT_INDEX, meiliSettings } from "./settings";
import type { SearchDocument } from "./types";

const TASK_TIMEOUT_MS = 120_000;

function succeeded(task: Task, what: string): void {
  if (task.status !== "succeeded") throw new Error(`${what} failed: ${task.error?.message ?? task.status}`);
}

export async function indexedVersion(client: Meilisearch): Promise<string | undefined> {
  try {
    const doc = await client.index<{ id: string; version: string }>(META_INDEX).getDocument("content");
    return doc.version;
  } catch {
    return undefined;
  }
}

async function indexExists(client: Meilisearch, uid: string): Promise<boolean> {
  try {
    await client.getIndex(uid);
    return true;
  } catch {
    return false;
  }
}

export interface ReindexInput {
  documents: SearchDocument[];
  synonyms: Record<string, string[]>;
  version: string;
}

export async function reindex(client: Meilisearch, { documents, synonyms, version }: ReindexInput): Promise<void> {
  const wait = { timeout: TASK_TIMEOUT_MS };
  await client.deleteIndexIfExists(NEXT_INDEX);
  succeeded(await client.createIndex(NEXT_INDEX, { primaryKey: "id" }).waitTask(wait), "create index");
  const next = client.index<SearchDocument>(NEXT_INDEX);
  succeeded(await next.updateSettings(meiliSettings(synonyms)).waitTask(wait), "index settings");
  // A document's English is for weighing questions in the site's process, not for the engine.
  succeeded(await next.addDocuments(documents.map(({ english: _english, ...doc }) => doc)).waitTask(wait), "add documents");
  const stats = await next.getStats();
  if (stats.numberOfDocuments !== documents.length) {
    throw new Error(`new index has ${stats.numberOfDocuments} documents, expected ${documents.length}`);
  }
  // The first time there is nothing to swap with: create an empty live index so the swap is the same
  // single atomic step every time.
  if (!(await indexExists(client, LIVE_INDEX))) {
    succeeded(await client.createIndex(LIVE_INDEX, { primaryKey: "id" }).waitTask(wait), "create live index");
  }
  succeeded(await client.swapIndexes([{ indexes: [LIVE_INDEX, NEXT_INDEX], rename: false }]).waitTask(wait), "swap indexes");
  await client.deleteIndexIfExists(NEXT_INDEX);
  succeeded(
    await client.index(META_INDEX).addDocuments([{ id: "content", version }], { primaryKey: "id" }).waitTask(wait),
    "record version",
  );
}

/** Reindexes only when the live index was built from other content. Returns whether it did. */
export async function ensureIndexed(client: Meilisearch, input: ReindexInput): Promise<boolean> {
  if ((await indexedVersion(client)) === input.version && (await indexExists(client, LIVE_INDEX))) return false;
  await reindex(client, input);
  return true;
}
