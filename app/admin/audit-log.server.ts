// The audit log: who drafted, reviewed and published what, and every change to an account. Rows are only
// ever added. audit() takes the database handle so a caller writes the row in the same transaction as the
// change it records: a change is never kept without its row, nor a row without its change.
import { withDefaults, type AdminDb, type AdminOptions } from "./db.server";

export interface AuditEntry {
  /** Who did it; null for the command line (npm run admin:user). */
  userId: number | null;
  /** What was done, as "object.verb": "user.create", "draft.approve". */
  action: string;
  /** What it was done to: a username, a draft id, an entry. */
  target?: string;
  detail?: string;
}

export interface AuditRecord {
  id: number;
  /** Milliseconds since the epoch. */
  at: number;
  userId: number | null;
  /** The user's name at the time of reading; null for the command line. */
  username: string | null;
  action: string;
  target: string | null;
  detail: string | null;
}

export function audit(db: AdminDb, entry: AuditEntry, now: number = Date.now()): void {
  db.prepare("INSERT INTO audit_log (at, user_id, action, target, detail) VALUES (?, ?, ?, ?, ?)").run(
    now,
    entry.userId,
    entry.action,
    entry.target ?? null,
    entry.detail ?? null,
  );
}

/** The newest `limit` rows, newest first. */
export function recentAudit(limit: number, options: AdminOptions = {}): AuditRecord[] {
  const { db } = withDefaults(options);
  return db
    .prepare(
      `SELECT a.id, a.at, a.user_id AS userId, u.username, a.action, a.target, a.detail
       FROM audit_log a LEFT JOIN users u ON u.id = a.user_id
       ORDER BY a.at DESC, a.id DESC LIMIT ?`,
    )
    .all(limit) as AuditRecord[];
}
