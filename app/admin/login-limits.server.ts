// Limits on guessing /admin passwords. Failed logins are counted per account (one account guessed from many
// addresses) and per client address (many accounts tried from one address), over a sliding window; they are
// kept in the database, so every process of a site counts together and a restart forgets nothing. A
// successful login clears its account's count, not its address's: knowing one password must not buy more
// guesses at the others.
import { withDefaults, type AdminDb, type AdminOptions } from "./db.server";
import { normalizeUsername } from "./users.server";

export const ACCOUNT_FAILURE_LIMIT = 5;
export const ADDRESS_FAILURE_LIMIT = 20;
export const FAILURE_WINDOW_MS = 15 * 60 * 1000;

export interface LoginAttempt {
  /** As typed: counted under its normalized form, whether or not such an account exists. */
  username: string;
  /** The client's address as the server sees it (req.ip, which honours TRUST_PROXY). */
  address: string;
}

export type LoginAllowance = { allowed: true } | { allowed: false; retryAfterSeconds: number };

const accountKey = (username: string) => `account:${normalizeUsername(username)}`;
// An IPv4 client reached over an IPv6 socket ("::ffff:10.0.0.1") is the same client as "10.0.0.1".
const addressKey = (address: string) => `address:${address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "")}`;

/** When the count under `key` drops below `limit` again (ms since the epoch); 0 while it is below. */
function freeAt(db: AdminDb, now: number, key: string, limit: number): number {
  const times = (db.prepare("SELECT at FROM login_failures WHERE key = ? AND at > ? ORDER BY at").all(key, now - FAILURE_WINDOW_MS) as { at: number }[]).map((r) => r.at);
  // With n failures in the window, the count is below the limit once the (n - limit + 1)th oldest leaves it.
  return times.length < limit ? 0 : times[times.length - limit] + FAILURE_WINDOW_MS;
}

/** Whether a login may be tried now; when not, how long until it may. Ask before checking the password. */
export function loginAllowed(attempt: LoginAttempt, options: AdminOptions = {}): LoginAllowance {
  const { db, now } = withDefaults(options);
  const until = Math.max(freeAt(db, now, accountKey(attempt.username), ACCOUNT_FAILURE_LIMIT), freeAt(db, now, addressKey(attempt.address), ADDRESS_FAILURE_LIMIT));
  return until > now ? { allowed: false, retryAfterSeconds: Math.ceil((until - now) / 1000) } : { allowed: true };
}

/** Counts a failed login against the account and the address, and forgets failures older than the window. */
export function recordLoginFailure(attempt: LoginAttempt, options: AdminOptions = {}): void {
  const { db, now } = withDefaults(options);
  db.transaction(() => {
    db.prepare("DELETE FROM login_failures WHERE at <= ?").run(now - FAILURE_WINDOW_MS);
    const insert = db.prepare("INSERT INTO login_failures (key, at) VALUES (?, ?)");
    insert.run(accountKey(attempt.username), now);
    insert.run(addressKey(attempt.address), now);
  })();
}

/** After a successful login: the account's failures are forgotten (the address's are not). */
export function clearAccountFailures(username: string, options: AdminOptions = {}): void {
  const { db } = withDefaults(options);
  db.prepare("DELETE FROM login_failures WHERE key = ?").run(accountKey(username));
}
