// Publishing (decision 0016): the one place that decides what the site serves. A content folder is loaded
// and checked with every content:check rule; only then is it saved as a version and the pointer moved to it.
// Running site processes watch the pointer and swap to the new version (app/lib/live-site.server.ts).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { contentDir, loadContent } from "~/model/load.server";
import type { ContentModel } from "~/model/plan";
import { PUBLISHED_FILE, publishedKeys } from "~/model/published";
import { ContentError, type ContentProblem } from "~/model/problems";
import { changedFiles, currentRecord, hasVersion, keptVersions, liveInstances, pruneVersions, recordPublish, saveVersion, versionPath, type InstanceBeat, type PublishRecord } from "~/model/publish-store.server";

/** How many earlier versions stay saved for a rollback. */
export const KEEP_VERSIONS = 10;
/** A process that has not beaten for this long is taken to be stopped. */
export const BEAT_MAX_AGE_MS = 5_000;

/** A publish that passed carries the content it checked, so a process starting on it need not load it again. */
export type PublishOutcome = { ok: true; record: PublishRecord; unchanged: boolean; content: ContentModel } | { ok: false; problems: ContentProblem[] };

/** The content of a folder, checked; its problems when it does not pass. */
function checked(dir: string): { content: ContentModel } | { problems: ContentProblem[] } {
  try {
    return { content: loadContent(dir) };
  } catch (error) {
    if (error instanceof ContentError) return { problems: error.problems.filter((p) => !p.warning) };
    throw error;
  }
}

/** Checks the content folder and, when it passes and differs from what is served, publishes it. */
export function publish({ dir = contentDir(), note = "", kind = "publish", change }: { dir?: string; note?: string; kind?: PublishRecord["kind"]; change?: PublishRecord["change"] } = {}): PublishOutcome {
  const result = checked(dir);
  if ("problems" in result) return { ok: false, problems: result.problems };
  const { version } = result.content;
  // From now on content:check keeps every address this version publishes working.
  recordAddresses(dir, result.content);
  const current = currentRecord();
  if (current?.version === version) return { ok: true, record: current, unchanged: true, content: result.content };
  saveVersion(dir, version);
  const record: PublishRecord = { version, at: new Date().toISOString(), kind, note, ...(change ? { change } : {}), files: changedFiles(current?.version, dir) };
  recordPublish(record);
  pruneVersions(keptVersions(KEEP_VERSIONS));
  return { ok: true, record, unchanged: false, content: result.content };
}

/** Adds every address the content publishes to its published-ids.txt; returns how many there are and how many are new. */
export function recordAddresses(dir: string, content: ContentModel): { total: number; added: number } {
  const path = join(dir, PUBLISHED_FILE);
  const before = existsSync(path) ? readFileSync(path, "utf8").split("\n").filter(Boolean) : [];
  const all = [...new Set([...before, ...publishedKeys(content.site)])].sort();
  if (all.length !== before.length) writeFileSync(path, `${all.join("\n")}\n`);
  return { total: all.length, added: all.length - before.length };
}

/** Points the site back at a saved version, through the same swap; its content is checked again first. */
export function rollback(version: string, note = ""): PublishOutcome | { ok: false; missing: true } {
  if (!hasVersion(version)) return { ok: false, missing: true };
  const result = checked(versionPath(version));
  if ("problems" in result) return { ok: false, problems: result.problems };
  const current = currentRecord();
  if (current?.version === version) return { ok: true, record: current, unchanged: true, content: result.content };
  const record: PublishRecord = { version, at: new Date().toISOString(), kind: "rollback", note, files: changedFiles(current?.version, versionPath(version)) };
  recordPublish(record);
  return { ok: true, record, unchanged: false, content: result.content };
}

/**
 * Waits until every running site process serves `version`, or `timeoutMs` passes. Returns the processes that
 * serve it and those that do not (with the reason one could not, if it said).
 */
export async function waitForInstances(version: string, timeoutMs: number): Promise<{ serving: InstanceBeat[]; behind: InstanceBeat[] }> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const instances = liveInstances(BEAT_MAX_AGE_MS);
    const behind = instances.filter((i) => i.version !== version);
    const settled = behind.every((i) => i.failed?.version === version);
    if (!behind.length || settled || Date.now() > deadline) return { serving: instances.filter((i) => i.version === version), behind };
    await new Promise((r) => setTimeout(r, 100));
  }
}
