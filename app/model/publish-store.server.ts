// Published content versions (decision 0016). Each version is a complete copy of the content folder, written
// only after it passed every content check, under the version's name; `current.json` points at the version
// the site serves; `history.jsonl` records every publish and rollback; `instances/` holds a heartbeat per
// running site process, with the version it serves. One folder (PUBLISH_DIR) is shared by every process of
// a site: writes are whole files renamed into place, so a reader never sees half a pointer or half a version.
// The copies are files; what they mean is read by load.server.ts only.
import { createHash } from "node:crypto";
import { appendFileSync, cpSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { settings } from "~/lib/settings.server";

export interface ChangedFile {
  /** Inside the content folder: "subsidies/care-allowance.yaml". */
  path: string;
  change: "added" | "changed" | "removed";
}

export interface PublishRecord {
  version: string;
  /** ISO date-time of the publish. */
  at: string;
  /** publish: `npm run publish` or the development server; start: a site started on new content; rollback. */
  kind: "publish" | "start" | "rollback";
  note: string;
  /** Set by the web editor's publisher: a major change is marked as such on /changes. */
  change?: "major" | "minor";
  /** What changed from the version served before. */
  files: ChangedFile[];
}

export interface InstanceBeat {
  id: string;
  pid: number;
  version: string;
  /** Milliseconds since the epoch of the last beat. */
  at: number;
  /** A version published that this process could not serve, and why. */
  failed?: { version: string; message: string };
}

export function publishDir(): string {
  const { PUBLISH_DIR, DATA_DIR } = settings();
  return PUBLISH_DIR ? resolve(PUBLISH_DIR) : join(DATA_DIR, "published");
}

const versionsDir = () => join(publishDir(), "versions");
const pointerFile = () => join(publishDir(), "current.json");
const historyFile = () => join(publishDir(), "history.jsonl");
const instancesDir = () => join(publishDir(), "instances");

/** The folder holding a published version's content. */
export function versionPath(version: string): string {
  return join(versionsDir(), version);
}

export function hasVersion(version: string): boolean {
  return /^[0-9a-f]{12}$/.test(version) && existsSync(versionPath(version));
}

/** Writes a whole file under a temporary name and renames it into place (an atomic replace on one file system). */
function writeWhole(path: string, text: string): void {
  const temporary = `${path}.${process.pid}.${Date.now()}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, path);
}

/** Copies a checked content folder into the store as `version`, unless it is there already. */
export function saveVersion(contentDir: string, version: string): void {
  if (existsSync(versionPath(version))) return;
  mkdirSync(versionsDir(), { recursive: true });
  const temporary = `${versionPath(version)}.${process.pid}.${Date.now()}.tmp`;
  cpSync(contentDir, temporary, { recursive: true, filter: (path) => !relative(contentDir, path).split("/").some((part) => part.startsWith(".")) });
  try {
    renameSync(temporary, versionPath(version));
  } catch (error) {
    // Another process saved the same version meanwhile: the same checked files, so its copy stands.
    rmSync(temporary, { recursive: true, force: true });
    if (!existsSync(versionPath(version))) throw error;
  }
}

/** The version the site serves, as last published; undefined before the first publish. */
export function currentRecord(): PublishRecord | undefined {
  try {
    return JSON.parse(readFileSync(pointerFile(), "utf8")) as PublishRecord;
  } catch {
    return undefined;
  }
}

/** When the pointer last changed, to notice a new publish cheaply. */
export function pointerStamp(): number {
  try {
    return statSync(pointerFile()).mtimeMs;
  } catch {
    return 0;
  }
}

/** Points the site at a saved version and records it in the history. */
export function recordPublish(record: PublishRecord): void {
  if (!existsSync(versionPath(record.version))) throw new Error(`version ${record.version} is not in the store`);
  writeWhole(pointerFile(), JSON.stringify(record, null, 2));
  appendFileSync(historyFile(), `${JSON.stringify(record)}\n`);
}

/** Every publish and rollback, newest first. */
export function publishHistory(): PublishRecord[] {
  if (!existsSync(historyFile())) return [];
  return readFileSync(historyFile(), "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as PublishRecord)
    .reverse();
}

function fileHashes(dir: string, under = ""): Map<string, string> {
  const hashes = new Map<string, string>();
  if (!existsSync(dir)) return hashes;
  for (const entry of readdirSync(join(dir, under), { withFileTypes: true })) {
    if (entry.name.startsWith(".")) continue;
    const path = under ? `${under}/${entry.name}` : entry.name;
    if (entry.isDirectory()) for (const [p, h] of fileHashes(dir, path)) hashes.set(p, h);
    else hashes.set(path, createHash("sha256").update(readFileSync(join(dir, path))).digest("hex"));
  }
  return hashes;
}

/** The files that differ between a published version (or nothing) and a content folder. */
export function changedFiles(from: string | undefined, toDir: string): ChangedFile[] {
  const before = from ? fileHashes(versionPath(from)) : new Map<string, string>();
  const after = fileHashes(toDir);
  const changes: ChangedFile[] = [];
  for (const [path, hash] of after) if (before.get(path) !== hash) changes.push({ path, change: before.has(path) ? "changed" : "added" });
  for (const path of before.keys()) if (!after.has(path)) changes.push({ path, change: "removed" });
  return changes.sort((a, b) => a.path.localeCompare(b.path));
}

/** The versions worth keeping: the one served and the `count` most recent before it (for a rollback). */
export function keptVersions(count: number): string[] {
  const versions = [currentRecord()?.version, ...publishHistory().map((r) => r.version)].filter((v): v is string => !!v);
  return [...new Set(versions)].slice(0, count + 1);
}

/** Deletes saved versions other than `keep`. */
export function pruneVersions(keep: string[]): void {
  if (!existsSync(versionsDir())) return;
  for (const name of readdirSync(versionsDir())) {
    if (/^[0-9a-f]{12}$/.test(name) && !keep.includes(name)) rmSync(versionPath(name), { recursive: true, force: true });
  }
}

/** A running process says which version it serves. */
export function beat(instance: InstanceBeat): void {
  mkdirSync(instancesDir(), { recursive: true });
  writeWhole(join(instancesDir(), `${instance.id}.json`), JSON.stringify(instance));
}

export function endBeat(id: string): void {
  rmSync(join(instancesDir(), `${id}.json`), { force: true });
}

/** A process that stopped without ending its beat (killed) leaves its file; after a day it is removed. */
const STALE_BEAT_MS = 24 * 60 * 60 * 1000;

/** The processes that have beaten within `maxAgeMs`: the ones a publish waits for. */
export function liveInstances(maxAgeMs: number, now = Date.now()): InstanceBeat[] {
  if (!existsSync(instancesDir())) return [];
  return readdirSync(instancesDir())
    .filter((name) => name.endsWith(".json"))
    .flatMap((name) => {
      try {
        const instance = JSON.parse(readFileSync(join(instancesDir(), name), "utf8")) as InstanceBeat;
        if (now - instance.at > STALE_BEAT_MS) rmSync(join(instancesDir(), name), { force: true });
        return [instance];
      } catch {
        // Being replaced this moment, or removed: the next look reads it.
        return [];
      }
    })
    .filter((instance) => now - instance.at <= maxAgeMs);
}
