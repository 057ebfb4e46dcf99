// /admin accounts. They are made, reset, disabled and enabled from the command line (npm run admin:user),
// never with a default password; every change is written to the audit log in the same transaction. Accounts
// are never deleted, so the audit log and the drafts keep naming who did what.
import { randomBytes } from "node:crypto";
import { audit } from "./audit-log.server";
import { withDefaults, type AdminOptions } from "./db.server";
import { hashPassword, passwordProblem, verifyPassword } from "./passwords.server";

/** editor: writes drafts; reviewer: approves or returns someone else's draft; publisher: publishes approved drafts. */
export const ROLES = ["editor", "reviewer", "publisher"] as const;
export type Role = (typeof ROLES)[number];
export const isRole = (role: string): role is Role => (ROLES as readonly string[]).includes(role);

export interface User {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  disabled: boolean;
  /** Milliseconds since the epoch. */
  createdAt: number;
  updatedAt: number;
}

/** A refusal to show the person who asked, in Chinese: a taken username, a weak password, an unknown account. */
export class AccountError extends Error {}

/** Who makes an account change: a user's id, or null (the default) for the command line. */
export interface AccountChange extends AdminOptions {
  by?: number | null;
}

export type LoginCheck = { ok: true; user: User } | { ok: false; reason: "invalid" | "disabled" };

const USERNAME = /^[a-z0-9][a-z0-9._-]{1,31}$/;

/** Usernames are compared in lower case, without surrounding spaces: "Wang.Li " logs in as "wang.li". */
export const normalizeUsername = (username: string) => username.trim().toLowerCase();

interface UserRow {
  id: number;
  username: string;
  display_name: string;
  role: Role;
  password_hash: string;
  disabled: 0 | 1;
  created_at: number;
  updated_at: number;
}

const toUser = (row: UserRow): User => ({
  id: row.id,
  username: row.username,
  displayName: row.display_name,
  role: row.role,
  disabled: row.disabled === 1,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

function rowByUsername(username: string, options: AdminOptions): UserRow | undefined {
  const { db } = withDefaults(options);
  return db.prepare("SELECT * FROM users WHERE username = ?").get(normalizeUsername(username)) as UserRow | undefined;
}

function existingRow(username: string, options: AdminOptions): UserRow {
  const row = rowByUsername(username, options);
  if (!row) throw new AccountError(`没有用户名为“${normalizeUsername(username)}”的账号。`);
  return row;
}

function checkNewPassword(password: string): void {
  const problem = passwordProblem(password);
  if (problem) throw new AccountError(problem);
}

export async function createUser(username: string, role: Role, displayName: string, password: string, options: AccountChange = {}): Promise<User> {
  const name = normalizeUsername(username);
  if (!USERNAME.test(name)) throw new AccountError("用户名只能用小写字母、数字和 . _ -，2 到 32 个字符，以字母或数字开头。");
  if (!isRole(role)) throw new AccountError(`角色只能是 editor（编辑）、reviewer（审核）或 publisher（发布），不能是“${role}”。`);
  if (!displayName.trim()) throw new AccountError("显示名不能是空的。");
  checkNewPassword(password);
  if (rowByUsername(name, options)) throw new AccountError(`用户名“${name}”已经有账号了。`);
  const hash = await hashPassword(password);
  const { db, now } = withDefaults(options);
  try {
    return db.transaction(() => {
      const row = db
        .prepare("INSERT INTO users (username, display_name, role, password_hash, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING *")
        .get(name, displayName.trim(), role, hash, now, now) as UserRow;
      audit(db, { userId: options.by ?? null, action: "user.create", target: name, detail: `role=${role}` }, now);
      return toUser(row);
    })();
  } catch (error) {
    // Another process made the same username while the password was being hashed.
    if ((error as { code?: string }).code === "SQLITE_CONSTRAINT_UNIQUE") throw new AccountError(`用户名“${name}”已经有账号了。`);
    throw error;
  }
}

/** Gives the account a new password; its sessions end (a trigger in the schema). */
export async function resetPassword(username: string, password: string, options: AccountChange = {}): Promise<void> {
  const row = existingRow(username, options);
  checkNewPassword(password);
  const hash = await hashPassword(password);
  const { db, now } = withDefaults(options);
  db.transaction(() => {
    db.prepare("UPDATE users SET password_hash = ?, updated_at = ? WHERE id = ?").run(hash, now, row.id);
    audit(db, { userId: options.by ?? null, action: "user.reset", target: row.username }, now);
  })();
}

/** Disables or enables the account. Disabling ends its sessions (a trigger in the schema). */
export function setDisabled(username: string, disabled: boolean, options: AccountChange = {}): User {
  const row = existingRow(username, options);
  const { db, now } = withDefaults(options);
  return db.transaction(() => {
    const updated = db.prepare("UPDATE users SET disabled = ?, updated_at = ? WHERE id = ? RETURNING *").get(disabled ? 1 : 0, now, row.id) as UserRow;
    audit(db, { userId: options.by ?? null, action: disabled ? "user.disable" : "user.enable", target: row.username }, now);
    return toUser(updated);
  })();
}

/** Every account, disabled ones too, by username. */
export function listUsers(options: AdminOptions = {}): User[] {
  const { db } = withDefaults(options);
  return (db.prepare("SELECT * FROM users ORDER BY username").all() as UserRow[]).map(toUser);
}

export function userById(id: number, options: AdminOptions = {}): User | undefined {
  const { db } = withDefaults(options);
  const row = db.prepare("SELECT * FROM users WHERE id = ?").get(id) as UserRow | undefined;
  return row && toUser(row);
}

// A hash of a password nobody knows, made on first use: an unknown username is checked against it, so an
// answer takes as long whether or not the account exists and its time does not tell which names are taken.
let dummyHash: Promise<string> | undefined;

/**
 * Whether `password` is the account's. "disabled" is answered only with the right password, so it tells an
 * attacker nothing. Does not count failures: the caller asks login-limits.server.ts first and records them.
 */
export async function checkLogin(username: string, password: string, options: AdminOptions = {}): Promise<LoginCheck> {
  dummyHash ??= hashPassword(randomBytes(32).toString("base64"));
  const dummy = await dummyHash;
  const row = rowByUsername(username, options);
  const matches = await verifyPassword(password, row?.password_hash ?? dummy);
  if (!row || !matches) return { ok: false, reason: "invalid" };
  if (row.disabled) return { ok: false, reason: "disabled" };
  return { ok: true, user: toUser(row) };
}
