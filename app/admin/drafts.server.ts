// Draft → review → publish (issue 19). A draft is one entry's new content, kept in the admin database with
// the entry as it was when the draft began (its base). Every save is checked with every content:check rule
// on a copy of the content folder with the draft applied. A reviewer other than the author approves; a
// publisher publishes through the one publish step (app/lib/publish.server.ts). A draft whose entry was
// published anew since its base is never written over it: the editor sees the difference first.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { contentDir, loadContent } from "~/model/load.server";
import type { ContentModel } from "~/model/plan";
import { ContentError, type ContentProblem } from "~/model/problems";
import { today } from "~/lib/clock.server";
import { publish, type PublishOutcome } from "~/lib/publish.server";
import { audit } from "./audit-log.server";
import type { AdminDb } from "./db.server";
import { KINDS, keyOf, readEntry, recordRename, writeEntry, type EntryKind } from "./entry-kinds.server";
import { titleOf } from "./entry-title";

export type DraftStatus = "draft" | "in_review" | "returned" | "approved" | "published" | "withdrawn";
type Entry = Record<string, unknown>;

export interface Draft {
  id: number;
  kind: EntryKind;
  entryId: string;
  title: string;
  baseVersion: string;
  /** The entry as published when the draft began; null for a new entry. */
  base: Entry | null;
  data: Entry;
  /** For a new entry of a kind kept in several files: the file it goes into. */
  file: string | null;
  authorId: number;
  authorName: string;
  status: DraftStatus;
  reviewComment: string | null;
  reviewerId: number | null;
  updatedAt: number;
  /** A scheduled publish: when (ms), and why the last one was refused, if it was. */
  publishAt: number | null;
  scheduleError: string | null;
}

interface Row {
  id: number;
  kind: EntryKind;
  entry_id: string;
  title: string;
  base_version: string;
  base_json: string | null;
  data_json: string;
  file: string | null;
  author_id: number;
  author_name: string;
  status: DraftStatus;
  review_comment: string | null;
  reviewer_id: number | null;
  updated_at: number;
  publish_at: number | null;
  schedule_error: string | null;
}

const SELECT = "SELECT d.*, u.display_name AS author_name FROM drafts d JOIN users u ON u.id = d.author_id";
const toDraft = (r: Row): Draft => ({
  id: r.id,
  kind: r.kind,
  entryId: r.entry_id,
  title: r.title,
  baseVersion: r.base_version,
  base: r.base_json === null ? null : (JSON.parse(r.base_json) as Entry),
  data: JSON.parse(r.data_json) as Entry,
  file: r.file,
  authorId: r.author_id,
  authorName: r.author_name,
  status: r.status,
  reviewComment: r.review_comment,
  reviewerId: r.reviewer_id,
  updatedAt: r.updated_at,
  publishAt: r.publish_at,
  scheduleError: r.schedule_error,
});


export function draftById(db: AdminDb, id: number): Draft | undefined {
  const row = db.prepare(`${SELECT} WHERE d.id = ?`).get(id) as Row | undefined;
  return row ? toDraft(row) : undefined;
}

export function draftsWithStatus(db: AdminDb, statuses: DraftStatus[], authorId?: number): Draft[] {
  const rows = db
    .prepare(`${SELECT} WHERE d.status IN (${statuses.map(() => "?").join(",")})${authorId ? " AND d.author_id = ?" : ""} ORDER BY d.updated_at DESC`)
    .all(...statuses, ...(authorId ? [authorId] : [])) as Row[];
  return rows.map(toDraft);
}

/** The author's open draft of an entry, or a new one based on the entry as published. */
export function openDraft(db: AdminDb, kind: EntryKind, entryId: string, userId: number, version: string): Draft | undefined {
  const open = db.prepare(`${SELECT} WHERE d.kind = ? AND d.entry_id = ? AND d.author_id = ? AND d.status IN ('draft','returned','in_review')`).get(kind, entryId, userId) as Row | undefined;
  if (open) return toDraft(open);
  const found = readEntry(contentDir(), kind, entryId);
  if (!found) return undefined;
  const now = Date.now();
  const json = JSON.stringify(found.entry);
  const { lastInsertRowid } = db
    .prepare("INSERT INTO drafts (kind, entry_id, title, base_version, base_json, data_json, author_id, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'draft', ?, ?)")
    .run(kind, entryId, titleOf(found.entry), version, json, json, userId, now, now);
  audit(db, { userId, action: "draft.start", target: `${kind}/${entryId}`, detail: `draft ${lastInsertRowid}` });
  return draftById(db, Number(lastInsertRowid));
}

type Applied = Pick<Draft, "kind" | "entryId" | "data" | "base" | "file">;

/**
 * Writes a draft into a content folder; a renamed entry's old address is redirected to its new one. Returns
 * the file the entry is now in.
 */
function writeEntryFile(dir: string, draft: Applied): string {
  const key = keyOf(draft.kind, draft.data);
  if (!draft.base) return writeEntry(dir, draft.kind, draft.data, { replacing: key, file: draft.file ?? undefined });
  const file = writeEntry(dir, draft.kind, draft.data, { replacing: draft.entryId });
  if (key !== draft.entryId) recordRename(dir, draft.kind, draft.entryId, key, today());
  return file;
}

/** A draft of a new entry, saved by its author (first save). */
export function startNewDraft(db: AdminDb, kind: EntryKind, data: Entry, file: string | null, userId: number, version: string): Draft {
  const now = Date.now();
  const key = keyOf(kind, data);
  const { lastInsertRowid } = db
    .prepare("INSERT INTO drafts (kind, entry_id, title, base_version, base_json, data_json, file, author_id, status, created_at, updated_at) VALUES (?, ?, ?, ?, NULL, ?, ?, ?, 'draft', ?, ?)")
    .run(kind, key, titleOf(data), version, JSON.stringify(data), file, userId, now, now);
  audit(db, { userId, action: "draft.new", target: `${kind}/${key}`, detail: `draft ${lastInsertRowid}` });
  return draftById(db, Number(lastInsertRowid))!;
}

/** The content folder with the draft applied, in a temporary copy; removed by the caller. */
function withDraft(draft: Applied): string {
  const dir = mkdtempSync(join(tmpdir(), "draft-"));
  cpSync(contentDir(), dir, { recursive: true });
  writeEntryFile(dir, draft);
  return dir;
}

/** Every content:check problem with the draft applied (none: it would publish). */
export function checkDraft(draft: Applied): ContentProblem[] {
  const dir = withDraft(draft);
  try {
    loadContent(dir);
    return [];
  } catch (error) {
    // Named as the content folder's files, not the temporary copy's.
    if (error instanceof ContentError) return error.problems.filter((p) => !p.warning).map((p) => ({ ...p, file: join("content", relative(dir, p.file)) }));
    throw error;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// One saved draft's content, built again only when the draft is saved again (the preview's pages and the
// review page's questions all use it).
const previews = new Map<number, { updatedAt: number; content: ContentModel }>();

/** The site's content with the draft applied, for the reviewer's preview. */
export function previewContent(draft: Draft): ContentModel {
  const kept = previews.get(draft.id);
  if (kept?.updatedAt === draft.updatedAt) return kept.content;
  const dir = withDraft(draft);
  try {
    const content = loadContent(dir);
    previews.set(draft.id, { updatedAt: draft.updatedAt, content });
    return content;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The entry as published now, when it differs from the draft's base: someone published it meanwhile (for a
 * new entry: someone published one with the same key).
 */
export function publishedSince(draft: Draft): Entry | undefined {
  if (!draft.base) return readEntry(contentDir(), draft.kind, keyOf(draft.kind, draft.data))?.entry;
  const now = readEntry(contentDir(), draft.kind, draft.entryId)?.entry;
  return now && JSON.stringify(now) !== JSON.stringify(draft.base) ? now : undefined;
}

export function saveDraft(db: AdminDb, draft: Draft, data: Entry, userId: number, { rebase = false, submit = false } = {}): void {
  const now = Date.now();
  // Seen and merged by the editor: the draft now starts from what is published.
  const base = rebase ? readEntry(contentDir(), draft.kind, draft.entryId)?.entry : undefined;
  db.prepare("UPDATE drafts SET data_json = ?, title = ?, status = ?, updated_at = ?" + (base ? ", base_json = ?" : "") + " WHERE id = ?").run(
    JSON.stringify(data),
    titleOf(data),
    submit ? "in_review" : draft.status === "in_review" ? "in_review" : "draft",
    now,
    ...(base ? [JSON.stringify(base)] : []),
    draft.id,
  );
  audit(db, { userId, action: submit ? "draft.submit" : "draft.save", target: `${draft.kind}/${draft.entryId}`, detail: `draft ${draft.id}` });
}

export type ReviewOutcome = { ok: true } | { ok: false; reason: "own" | "state" | "comment" };

export function review(db: AdminDb, draft: Draft, reviewerId: number, decision: "approve" | "return", comment: string): ReviewOutcome {
  if (draft.authorId === reviewerId) return { ok: false, reason: "own" };
  if (draft.status !== "in_review") return { ok: false, reason: "state" };
  if (decision === "return" && !comment.trim()) return { ok: false, reason: "comment" };
  db.prepare("UPDATE drafts SET status = ?, reviewer_id = ?, review_comment = ?, updated_at = ? WHERE id = ?").run(decision === "approve" ? "approved" : "returned", reviewerId, comment.trim() || null, Date.now(), draft.id);
  audit(db, { userId: reviewerId, action: decision === "approve" ? "draft.approve" : "draft.return", target: `${draft.kind}/${draft.entryId}`, detail: comment.trim() || `draft ${draft.id}` });
  return { ok: true };
}

export type PublishDraftOutcome = PublishOutcome | { ok: false; conflict: true } | { ok: false; state: true };

/**
 * Writes an approved draft into the content folder and publishes it. The entry must still be as the draft
 * found it; if the publish is refused, the file is put back as it was.
 */
export function publishDraft(db: AdminDb, draft: Draft, publisherId: number, change: { kind: "major" | "minor"; note: string }): PublishDraftOutcome {
  if (draft.status !== "approved") return { ok: false, state: true };
  if (publishedSince(draft)) return { ok: false, conflict: true };
  const dir = contentDir();
  // Every file the draft may change, as it was, to put back if the publish is refused.
  const place = KINDS[draft.kind].place;
  const touched = [readEntry(dir, draft.kind, draft.entryId)?.file, draft.file, "file" in place ? place.file : undefined, "redirects.yaml"].filter((f): f is string => !!f);
  const before = new Map(touched.map((f) => [f, readFileSync(join(dir, f), "utf8")]));
  const written = writeEntryFile(dir, draft);
  const outcome = publish({ dir, note: change.note, change: change.kind });
  if (!outcome.ok) {
    if (!before.has(written)) rmSync(join(dir, written), { force: true });
    for (const [file, text] of before) writeFileSync(join(dir, file), text);
    return outcome;
  }
  db.prepare("UPDATE drafts SET status = 'published', change_kind = ?, change_note = ?, published_version = ?, publish_at = NULL, schedule_error = NULL, updated_at = ? WHERE id = ?").run(change.kind, change.note, outcome.record.version, Date.now(), draft.id);
  audit(db, { userId: publisherId, action: "draft.publish", target: `${draft.kind}/${draft.entryId}`, detail: `version ${outcome.record.version}: ${change.note}` });
  return outcome;
}

/** Schedules an approved draft to be published at `at` (ms) with its change note; the publisher is recorded. */
export function schedulePublish(db: AdminDb, draft: Draft, publisherId: number, at: number, change: { kind: "major" | "minor"; note: string }): void {
  db.prepare("UPDATE drafts SET publish_at = ?, scheduled_by = ?, change_kind = ?, change_note = ?, schedule_error = NULL, updated_at = ? WHERE id = ? AND status = 'approved'").run(at, publisherId, change.kind, change.note, Date.now(), draft.id);
  audit(db, { userId: publisherId, action: "draft.schedule", target: `${draft.kind}/${draft.entryId}`, detail: `${new Date(at).toISOString()}: ${change.note}` });
}

/**
 * Publishes every approved draft whose time has come. Each is claimed in one statement first, so of several
 * site processes running this, exactly one publishes it. A refused publish is kept on the draft for the
 * publisher to see, and in the audit log.
 */
export function publishDue(db: AdminDb, now = Date.now()): number {
  const due = db.prepare("SELECT id, scheduled_by, change_kind, change_note FROM drafts WHERE status = 'approved' AND publish_at IS NOT NULL AND publish_at <= ?").all(now) as { id: number; scheduled_by: number; change_kind: "major" | "minor"; change_note: string }[];
  let published = 0;
  for (const job of due) {
    if (db.prepare("UPDATE drafts SET publish_at = NULL WHERE id = ? AND publish_at IS NOT NULL").run(job.id).changes !== 1) continue;
    const draft = draftById(db, job.id);
    if (!draft) continue;
    const outcome = publishDraft(db, draft, job.scheduled_by, { kind: job.change_kind, note: job.change_note });
    if (outcome.ok) published++;
    else {
      const why = "conflict" in outcome ? "conflict" : "problems" in outcome ? outcome.problems.map((p) => `${p.file}:${p.line}: ${p.message}`).join("\n") : "state";
      db.prepare("UPDATE drafts SET schedule_error = ? WHERE id = ?").run(why, job.id);
      audit(db, { userId: job.scheduled_by, action: "draft.schedule_failed", target: `${draft.kind}/${draft.entryId}`, detail: why });
    }
  }
  return published;
}
