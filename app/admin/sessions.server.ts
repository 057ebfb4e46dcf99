// /admin sessions. The browser holds a random token; the database holds only its SHA-256, so a copy of the
// database (a backup) cannot be used to log in. A session ends after SESSION_IDLE_MS without a request, after
// SESSION_LIFETIME_MS in any case, when its user logs out, and when the account is disabled or gets a new
// password (triggers in the schema). Each session has its own CSRF token for the forms it posts.
import { createHash, randomBytes } from "node:crypto";
import { withDefaults, type AdminOptions } from "./db.server";
import { userById, type User } from "./users.server";

export const SESSION_IDLE_MS = 2 * 60 * 60 * 1000;
export const SESSION_LIFETIME_MS = 12 * 60 * 60 * 1000;

export interface NewSession {
  /** For the cookie: 32 random bytes, base64url. Never stored. */
  token: string;
  csrfToken: string;
  /** The latest the session can last (SESSION_LIFETIME_MS after it began), for the cookie's Expires. */
  expiresAt: Date;
}

export interface CurrentSession {
  user: User;
  csrfToken: string;
}

const TOKEN = /^[A-Za-z0-9_-]{43}$/;
const sessionId = (token: string) => createHash("sha256").update(token).digest("hex");
const randomToken = () => randomBytes(32).toString("base64url");

/** Deletes the sessions that have ended by time; returns how many. */
export function pruneSessions(options: AdminOptions = {}): number {
  const { db, now } = withDefaults(options);
  return db.prepare("DELETE FROM sessions WHERE expires_at <= ? OR last_seen_at <= ?").run(now, now - SESSION_IDLE_MS).changes;
}

/** Starts a session for a user who has just logged in. Ended sessions are cleared out at the same time. */
export function createSession(userId: number, options: AdminOptions = {}): NewSession {
  const { db, now } = withDefaults(options);
  const token = randomToken();
  const csrfToken = randomToken();
  const expiresAt = now + SESSION_LIFETIME_MS;
  db.transaction(() => {
    pruneSessions({ db, now });
    db.prepare("INSERT INTO sessions (id, user_id, csrf_token, created_at, last_seen_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)").run(
      sessionId(token),
      userId,
      csrfToken,
      now,
      now,
      expiresAt,
    );
  })();
  return { token, csrfToken, expiresAt: new Date(expiresAt) };
}

/** The session the cookie's token belongs to, if it has not ended; using it restarts its idle time. */
export function sessionFor(token: string | undefined, options: AdminOptions = {}): CurrentSession | undefined {
  if (!token || !TOKEN.test(token)) return undefined;
  const { db, now } = withDefaults(options);
  const live = db
    .prepare(
      `UPDATE sessions SET last_seen_at = MAX(last_seen_at, ?)
       WHERE id = ? AND expires_at > ? AND last_seen_at > ?
       RETURNING user_id AS userId, csrf_token AS csrfToken`,
    )
    .get(now, sessionId(token), now, now - SESSION_IDLE_MS) as { userId: number; csrfToken: string } | undefined;
  if (!live) return undefined;
  const user = userById(live.userId, { db });
  return user && !user.disabled ? { user, csrfToken: live.csrfToken } : undefined;
}

/** Logs out: ends the session the token belongs to. */
export function endSession(token: string, options: AdminOptions = {}): void {
  const { db } = withDefaults(options);
  db.prepare("DELETE FROM sessions WHERE id = ?").run(sessionId(token));
}

/** Ends every session of a user (log out everywhere); returns how many there were. */
export function endSessionsOf(userId: number, options: AdminOptions = {}): number {
  const { db } = withDefaults(options);
  return db.prepare("DELETE FROM sessions WHERE user_id = ?").run(userId).changes;
}
