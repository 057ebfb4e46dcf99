// The /admin editor's database (issue 19): accounts, sessions, failed logins, drafts and the audit log, in
// one SQLite file (ADMIN_DB). Opening it brings its schema up to date: MIGRATIONS is the schema's whole
// history, applied in order and counted in `PRAGMA user_version`, so a database made by any earlier version
// of the code is migrated on its first open and a current one is left alone. A migration is never edited
// once released; a change to the schema is a new migration at the end.
import Database from "better-sqlite3";
import { chmodSync, existsSync, mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { settings, type Settings } from "~/lib/settings.server";

export type AdminDb = Database.Database;

/** What a call works on: the shared database and the clock, unless the caller (a test) passes its own. */
export interface AdminOptions {
  db?: AdminDb;
  /** Milliseconds since the epoch; Date.now() when absent. */
  now?: number;
}

export const withDefaults = (options: AdminOptions): { db: AdminDb; now: number } => ({
  db: options.db ?? adminDb(),
  now: options.now ?? Date.now(),
});

// Times are whole milliseconds since the epoch. Users are never deleted, only disabled, so the audit log and
// the drafts keep naming who did what.
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    username TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('editor', 'reviewer', 'publisher')),
    password_hash TEXT NOT NULL,
    disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
  );

  -- id is the SHA-256 of the cookie's token: a copy of the database does not let anyone log in.
  CREATE TABLE sessions (
    id TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id),
    csrf_token TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    last_seen_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
  );
  CREATE INDEX sessions_user ON sessions (user_id);

  -- However the row is changed, a disabled account or a new password ends the account's sessions.
  CREATE TRIGGER sessions_end_on_disable AFTER UPDATE OF disabled ON users WHEN NEW.disabled = 1
  BEGIN
    DELETE FROM sessions WHERE user_id = NEW.id;
  END;
  CREATE TRIGGER sessions_end_on_new_password AFTER UPDATE OF password_hash ON users
  WHEN NEW.password_hash IS NOT OLD.password_hash
  BEGIN
    DELETE FROM sessions WHERE user_id = NEW.id;
  END;

  -- key is "account:<username>" or "address:<client address>" (login-limits.server.ts).
  CREATE TABLE login_failures (
    key TEXT NOT NULL,
    at INTEGER NOT NULL
  );
  CREATE INDEX login_failures_key ON login_failures (key, at);
  CREATE INDEX login_failures_at ON login_failures (at);

  -- base_json is the entry as it was published in base_version (NULL for a new entry), so a reviewer sees
  -- the change and a publish can tell whether someone else changed the entry meanwhile.
  CREATE TABLE drafts (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    entry_id TEXT NOT NULL,
    title TEXT NOT NULL,
    base_version TEXT,
    base_json TEXT,
    data_json TEXT NOT NULL,
    author_id INTEGER NOT NULL REFERENCES users (id),
    status TEXT NOT NULL DEFAULT 'draft'
      CHECK (status IN ('draft', 'in_review', 'returned', 'approved', 'published', 'withdrawn')),
    review_comment TEXT,
    reviewer_id INTEGER REFERENCES users (id),
    change_kind TEXT CHECK (change_kind IN ('major', 'minor')),
    change_note TEXT,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    published_version TEXT,
    -- A reviewer approves someone else's draft, never their own.
    CHECK (reviewer_id IS NULL OR reviewer_id <> author_id)
  );
  CREATE INDEX drafts_status ON drafts (status, updated_at);
  CREATE INDEX drafts_entry ON drafts (kind, entry_id);

  -- user_id is NULL for what the command line (npm run admin:user) did.
  CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at INTEGER NOT NULL,
    user_id INTEGER REFERENCES users (id),
    action TEXT NOT NULL,
    target TEXT,
    detail TEXT
  );
  CREATE INDEX audit_log_at ON audit_log (at);
  `,
  // Scheduled publishing: when an approved draft is to be published, by whom, and why it could not be if a
  // scheduled publish was refused.
  `
  ALTER TABLE drafts ADD COLUMN publish_at INTEGER;
  ALTER TABLE drafts ADD COLUMN scheduled_by INTEGER REFERENCES users (id);
  ALTER TABLE drafts ADD COLUMN schedule_error TEXT;
  CREATE INDEX drafts_publish_at ON drafts (publish_at) WHERE publish_at IS NOT NULL;
  `,
  // New entries: a draft without a base is a new entry; `file` is the file it goes into, where a kind keeps
  // several entries in several files (a question's topic file).
  `
  ALTER TABLE drafts ADD COLUMN file TEXT;
  `,
];

/** ADMIN_DB, or admin.sqlite in DATA_DIR. */
export function adminDbPath(s: Settings = settings()): string {
  return s.ADMIN_DB ? resolve(s.ADMIN_DB) : join(s.DATA_DIR, "admin.sqlite");
}

/**
 * Applies the migrations this database has not had, each in its own transaction. The version is read again
 * inside a write lock, so two processes opening a new database at once migrate it once.
 */
function migrate(db: AdminDb): void {
  const version = () => db.pragma("user_version", { simple: true }) as number;
  if (version() > MIGRATIONS.length) {
    throw new Error(`The admin database ${db.name} has schema version ${version()}, newer than this code knows (${MIGRATIONS.length}): run the newer code, or restore a backup made by this version.`);
  }
  for (let next = version(); next < MIGRATIONS.length; next++) {
    db.transaction(() => {
      if (version() !== next) return;
      db.exec(MIGRATIONS[next]);
      db.pragma(`user_version = ${next + 1}`);
    }).immediate();
  }
}

const open = new Map<string, AdminDb>();

/** The process's one handle on the database at `path`, opened and migrated on first use. */
export function openAdminDb(path: string): AdminDb {
  const full = resolve(path);
  let db = open.get(full);
  if (!db) {
    // It holds password hashes: a new database gets a folder and a file only the site's user can read
    // (SQLite gives its -wal and -shm files the same mode).
    mkdirSync(dirname(full), { recursive: true, mode: 0o700 });
    const created = !existsSync(full);
    db = new Database(full);
    if (created) chmodSync(full, 0o600);
    // Several processes share the file; a writer waits for another's short transaction rather than failing
    // (set first: switching to WAL takes a lock too).
    db.pragma("busy_timeout = 5000");
    db.pragma("journal_mode = WAL");
    db.pragma("foreign_keys = ON");
    try {
      migrate(db);
    } catch (error) {
      db.close();
      throw error;
    }
    open.set(full, db);
  }
  return db;
}

/** The shared handle on ADMIN_DB. */
export const adminDb = (): AdminDb => openAdminDb(adminDbPath());

/** Closes the handle on `path`, if open; the next openAdminDb opens it again. */
export function closeAdminDb(path: string): void {
  const full = resolve(path);
  open.get(full)?.close();
  open.delete(full);
}

/**
 * Copies the database to `destination` while it is in use (SQLite's online backup: a consistent snapshot,
 * writers are not stopped), then checks that the copy opens and is whole. The copy is one self-contained
 * file (rollback journal, not WAL), to be moved or restored as it is; opening it as ADMIN_DB turns WAL on.
 */
export async function backupDatabase(destination: string, db: AdminDb = adminDb()): Promise<void> {
  mkdirSync(dirname(resolve(destination)), { recursive: true });
  await db.backup(destination);
  chmodSync(destination, 0o600);
  const copy = new Database(destination, { fileMustExist: true });
  try {
    copy.pragma("journal_mode = DELETE");
    const check = copy.pragma("quick_check", { simple: true });
    if (check !== "ok") throw new Error(`The backup ${destination} failed SQLite's check: ${String(check)}`);
  } finally {
    copy.close();
  }
}
