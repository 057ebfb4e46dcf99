// Going back to a published version from /admin: the site is pointed back at it (the publish step's rollback),
// and the content folder is made that version again, so the next save, publish or restart starts from what
// is served and does not bring the undone change back. The record of published addresses only grows: it is
// kept as it is, so every address ever published keeps working.
import { cpSync, readdirSync, rmSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { rollback } from "~/lib/publish.server";
import { contentDir } from "~/model/load.server";
import { PUBLISHED_FILE } from "~/model/published";
import { versionPath } from "~/model/publish-store.server";
import { audit } from "./audit-log.server";
import type { AdminDb } from "./db.server";

function files(dir: string, root = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path, root) : [relative(root, path)];
  });
}

export function rollbackTo(db: AdminDb, version: string, userId: number, note: string): ReturnType<typeof rollback> {
  const outcome = rollback(version, note);
  if (!outcome.ok) return outcome;
  const from = versionPath(version);
  const to = contentDir();
  const kept = new Set(files(from));
  for (const file of files(to)) if (!kept.has(file) && file !== PUBLISHED_FILE) rmSync(join(to, file));
  cpSync(from, to, { recursive: true, force: true, filter: (src) => relative(from, src) !== PUBLISHED_FILE });
  audit(db, { userId, action: "version.rollback", target: version, detail: note });
  return outcome;
}
