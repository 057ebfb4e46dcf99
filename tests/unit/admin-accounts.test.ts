// The /admin editor's storage and accounts (issue 19), against real SQLite files in a temporary folder: the
// schema and its migrations, password hashes, accounts, sessions and their expiry, the login limits, the
// audit log and the online backup. Time is passed in as `now`, so nothing here waits for a clock.
import Database from "better-sqlite3";
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { audit, recentAudit } from "~/admin/audit-log.server";
import { adminDbPath, backupDatabase, closeAdminDb, MIGRATIONS, openAdminDb, type AdminDb } from "~/admin/db.server";
import { ACCOUNT_FAILURE_LIMIT, ADDRESS_FAILURE_LIMIT, clearAccountFailures, FAILURE_WINDOW_MS, loginAllowed, recordLoginFailure } from "~/admin/login-limits.server";
import { hashPassword, passwordProblem, verifyPassword } from "~/admin/passwords.server";
import { createSession, endSession, endSessionsOf, pruneSessions, SESSION_IDLE_MS, SESSION_LIFETIME_MS, sessionFor } from "~/admin/sessions.server";
import { AccountError, checkLogin, createUser, listUsers, resetPassword, setDisabled, userById } from "~/admin/users.server";
import { parseSettings } from "~/lib/settings.server";

const dir = mkdtempSync(join(tmpdir(), "admin-db-"));
const paths: string[] = [];
afterAll(() => {
  for (const path of paths) closeAdminDb(path);
  rmSync(dir, { recursive: true, force: true });
});

/** A new database file of its own, migrated. */
function freshDb(name: string): { db: AdminDb; path: string } {
  const path = join(dir, `${name}.sqlite`);
  paths.push(path);
  return { db: openAdminDb(path), path };
}

const PASSWORD = "长城-correct-horse-42";
const T0 = Date.UTC(2026, 0, 5, 9, 0, 0);
const MINUTE = 60_000;

const tables = (db: AdminDb) => (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((t) => t.name);
const sessionRows = (db: AdminDb, userId: number) => (db.prepare("SELECT COUNT(*) AS n FROM sessions WHERE user_id = ?").get(userId) as { n: number }).n;

describe("the admin database", () => {
  it("lives at ADMIN_DB, or admin.sqlite in DATA_DIR", () => {
    expect(adminDbPath(parseSettings({ DATA_DIR: "/srv/guide-data" }))).toBe("/srv/guide-data/admin.sqlite");
    expect(adminDbPath(parseSettings({ DATA_DIR: "/srv/guide-data", ADMIN_DB: "/var/lib/guide/admin.sqlite" }))).toBe("/var/lib/guide/admin.sqlite");
  });

  it("runs its migrations once, in WAL mode with foreign keys and a busy timeout", () => {
    const { db } = freshDb("migrations");
    expect(db.pragma("user_version", { simple: true })).toBe(MIGRATIONS.length);
    expect(tables(db)).toEqual(["audit_log", "drafts", "login_failures", "sessions", "users"]);
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(db.pragma("foreign_keys", { simple: true })).toBe(1);
    expect(db.pragma("busy_timeout", { simple: true })).toBe(5000);
  });

  it("shares one handle per file, and opening again keeps the schema and the rows", async () => {
    const { db, path } = freshDb("reopen");
    expect(openAdminDb(path)).toBe(db);
    await createUser("kept", "editor", "留下", PASSWORD, { db });
    closeAdminDb(path);
    const again = openAdminDb(path);
    expect(again).not.toBe(db);
    expect(again.pragma("user_version", { simple: true })).toBe(MIGRATIONS.length);
    expect(listUsers({ db: again }).map((u) => u.username)).toEqual(["kept"]);
  });

  it("refuses a database from newer code rather than guess at its schema", () => {
    const path = join(dir, "newer.sqlite");
    const raw = new Database(path);
    raw.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    raw.close();
    expect(() => openAdminDb(path)).toThrow(/newer than this code knows/);
  });

  it("holds the schema's own rules: roles, statuses, a reviewer other than the author, known users", async () => {
    const { db } = freshDb("rules");
    const author = await createUser("author", "editor", "作者", PASSWORD, { db });
    expect(() => db.prepare("UPDATE users SET role = 'admin' WHERE id = ?").run(author.id)).toThrow(/CHECK/);
    const draft = db.prepare("INSERT INTO drafts (kind, entry_id, title, data_json, author_id, created_at, updated_at) VALUES ('faq', 'faq-1', '问题', '{}', ?, ?, ?)");
    const { lastInsertRowid } = draft.run(author.id, T0, T0);
    expect(() => db.prepare("UPDATE drafts SET status = 'lost' WHERE id = ?").run(lastInsertRowid)).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE drafts SET change_kind = 'huge' WHERE id = ?").run(lastInsertRowid)).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE drafts SET reviewer_id = author_id WHERE id = ?").run(lastInsertRowid)).toThrow(/CHECK/);
    expect(() => draft.run(9999, T0, T0)).toThrow(/FOREIGN KEY/);
  });
});

describe("passwords", () => {
  it("hashes with scrypt into a self-describing string, salted, and verifies", async () => {
    const hash = await hashPassword(PASSWORD);
    expect(hash).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/]{22}==\$[A-Za-z0-9+/]{86}==$/);
    expect(await hashPassword(PASSWORD)).not.toBe(hash);
    expect(await verifyPassword(PASSWORD, hash)).toBe(true);
    expect(await verifyPassword(PASSWORD + " ", hash)).toBe(false);
    expect(await verifyPassword("", hash)).toBe(false);
  });

  it("takes a password typed in another Unicode form as the same", async () => {
    const hash = await hashPassword("café-au-lait-2026");
    expect(await verifyPassword("cafe\u0301-au-lait-2026", hash)).toBe(true);
  });

  it("refuses a stored value that is not one of its hashes", async () => {
    await expect(verifyPassword(PASSWORD, "$2b$10$abcdefghijklmnopqrstuv")).rejects.toThrow(/scrypt\$N\$r\$p/);
  });

  it("asks for at least 12 characters, not all the same, and says why in Chinese", () => {
    expect(passwordProblem("short-pass1")).toBe("密码至少要有 12 个字符（现在是 11 个）。");
    expect(passwordProblem("残疾人服务指南残疾人服务")).toBeUndefined();
    expect(passwordProblem("aaaaaaaaaaaaaaaa")).toBe("密码不能全是同一个字符。");
    expect(passwordProblem(PASSWORD)).toBeUndefined();
  });
});

describe("accounts", () => {
  const { db } = freshDb("accounts");

  it("creates accounts with a role, lists them and finds them by id", async () => {
    const wang = await createUser("Wang.Li", "editor", "王丽", PASSWORD, { db, now: T0 });
    expect(wang).toEqual({ id: wang.id, username: "wang.li", displayName: "王丽", role: "editor", disabled: false, createdAt: T0, updatedAt: T0 });
    await createUser("chen", "reviewer", "陈审核", PASSWORD, { db });
    expect(listUsers({ db }).map((u) => [u.username, u.role])).toEqual([["chen", "reviewer"], ["wang.li", "editor"]]);
    expect(userById(wang.id, { db })).toEqual(wang);
    expect(userById(12345, { db })).toBeUndefined();
    const stored = db.prepare("SELECT password_hash FROM users WHERE id = ?").get(wang.id) as { password_hash: string };
    expect(stored.password_hash).not.toContain(PASSWORD);
  });

  it("refuses a taken username (in any case), a bad username, an unknown role and a weak password", async () => {
    await expect(createUser("WANG.LI", "publisher", "另一个", PASSWORD, { db })).rejects.toThrow(new AccountError("用户名“wang.li”已经有账号了。"));
    await expect(createUser("王丽", "editor", "王丽", PASSWORD, { db })).rejects.toThrow(/用户名只能用/);
    await expect(createUser("zhou", "admin" as "editor", "周", PASSWORD, { db })).rejects.toThrow(/角色只能是.*“admin”/);
    await expect(createUser("zhou", "editor", "周", "1234567", { db })).rejects.toThrow(/至少要有 12 个字符/);
    expect(listUsers({ db }).map((u) => u.username)).toEqual(["chen", "wang.li"]);
  });

  it("lets the right password in, and nothing else", async () => {
    const ok = await checkLogin(" Wang.Li", PASSWORD, { db });
    expect(ok).toMatchObject({ ok: true, user: { username: "wang.li", role: "editor" } });
    expect(await checkLogin("wang.li", "wrong-password-123", { db })).toEqual({ ok: false, reason: "invalid" });
    expect(await checkLogin("nobody", PASSWORD, { db })).toEqual({ ok: false, reason: "invalid" });
  });

  it("takes as long for an unknown username as for a known one", async () => {
    await createUser("timed", "editor", "计时", PASSWORD, { db });
    const timed = async (username: string) => {
      const times: number[] = [];
      for (let i = 0; i < 3; i++) {
        const started = performance.now();
        await checkLogin(username, "wrong-password-123", { db });
        times.push(performance.now() - started);
      }
      return Math.min(...times);
    };
    const known = await timed("timed");
    const unknown = await timed("nobody-at-all");
    // An unknown name answered without a hash would take well under a millisecond against tens for a hash.
    expect(unknown).toBeGreaterThan(known / 3);
  });

  it("refuses a disabled account, says so only to the right password, and ends its sessions", async () => {
    const user = await createUser("li.disabled", "publisher", "李", PASSWORD, { db });
    const session = createSession(user.id, { db, now: T0 });
    createSession(user.id, { db, now: T0 });
    expect(sessionRows(db, user.id)).toBe(2);
    expect(setDisabled("li.disabled", true, { db }).disabled).toBe(true);
    expect(sessionRows(db, user.id)).toBe(0);
    expect(sessionFor(session.token, { db, now: T0 + MINUTE })).toBeUndefined();
    expect(await checkLogin("li.disabled", PASSWORD, { db })).toEqual({ ok: false, reason: "disabled" });
    expect(await checkLogin("li.disabled", "wrong-password-123", { db })).toEqual({ ok: false, reason: "invalid" });
    setDisabled("li.disabled", false, { db });
    expect(await checkLogin("li.disabled", PASSWORD, { db })).toMatchObject({ ok: true });
    expect(sessionFor(session.token, { db, now: T0 + MINUTE })).toBeUndefined();
  });

  it("resets a password: the old one stops working and the account's sessions end", async () => {
    const user = await createUser("zhao", "reviewer", "赵", PASSWORD, { db });
    const session = createSession(user.id, { db, now: T0 });
    await resetPassword("zhao", "a-new-long-password", { db });
    expect(sessionFor(session.token, { db, now: T0 + MINUTE })).toBeUndefined();
    expect(await checkLogin("zhao", PASSWORD, { db })).toEqual({ ok: false, reason: "invalid" });
    expect(await checkLogin("zhao", "a-new-long-password", { db })).toMatchObject({ ok: true });
    await expect(resetPassword("nobody", "a-new-long-password", { db })).rejects.toThrow(new AccountError("没有用户名为“nobody”的账号。"));
    await expect(resetPassword("zhao", "zzzzzzzzzzzzzzzz", { db })).rejects.toThrow(/同一个字符/);
  });
});

describe("sessions", () => {
  const { db } = freshDb("sessions");
  let userId = 0;
  const user = async () => (userId ||= (await createUser("sun", "editor", "孙", PASSWORD, { db })).id);

  it("gives the browser a random token and keeps only its SHA-256", async () => {
    const session = createSession(await user(), { db, now: T0 });
    expect(session.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(session.csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(session.expiresAt).toEqual(new Date(T0 + SESSION_LIFETIME_MS));
    const ids = (db.prepare("SELECT id FROM sessions").all() as { id: string }[]).map((r) => r.id);
    expect(ids).toEqual([createHash("sha256").update(session.token).digest("hex")]);
    expect(createSession(await user(), { db, now: T0 }).token).not.toBe(session.token);
  });

  it("finds the user and the same CSRF token on every request", async () => {
    const session = createSession(await user(), { db, now: T0 });
    const first = sessionFor(session.token, { db, now: T0 + MINUTE });
    const second = sessionFor(session.token, { db, now: T0 + 2 * MINUTE });
    expect(first).toMatchObject({ user: { id: await user(), username: "sun" }, csrfToken: session.csrfToken });
    expect(second?.csrfToken).toBe(session.csrfToken);
    expect(sessionFor(undefined, { db })).toBeUndefined();
    expect(sessionFor("not-a-token", { db })).toBeUndefined();
    expect(sessionFor(session.token.replace(/^./, (c) => (c === "A" ? "B" : "A")), { db, now: T0 + MINUTE })).toBeUndefined();
  });

  it("ends after two idle hours; each request starts the idle time again", async () => {
    const { token } = createSession(await user(), { db, now: T0 });
    expect(sessionFor(token, { db, now: T0 + SESSION_IDLE_MS - 1 })).toBeDefined();
    expect(sessionFor(token, { db, now: T0 + 2 * SESSION_IDLE_MS - 2 })).toBeDefined();
    expect(sessionFor(token, { db, now: T0 + 3 * SESSION_IDLE_MS - 2 })).toBeUndefined();
  });

  it("ends twelve hours after it began, however busy", async () => {
    const { token } = createSession(await user(), { db, now: T0 });
    for (let t = T0 + 30 * MINUTE; t < T0 + SESSION_LIFETIME_MS; t += 30 * MINUTE) {
      expect(sessionFor(token, { db, now: t }), `at ${(t - T0) / MINUTE} minutes`).toBeDefined();
    }
    expect(sessionFor(token, { db, now: T0 + SESSION_LIFETIME_MS })).toBeUndefined();
  });

  it("ends on logging out, one session or all of a user's", async () => {
    const a = createSession(await user(), { db, now: T0 });
    const b = createSession(await user(), { db, now: T0 });
    endSession(a.token, { db });
    expect(sessionFor(a.token, { db, now: T0 + MINUTE })).toBeUndefined();
    expect(sessionFor(b.token, { db, now: T0 + MINUTE })).toBeDefined();
    expect(endSessionsOf(await user(), { db })).toBeGreaterThan(0);
    expect(sessionFor(b.token, { db, now: T0 + MINUTE })).toBeUndefined();
    expect(sessionRows(db, await user())).toBe(0);
  });

  it("prunes the rows of ended sessions, and a new login does it too", async () => {
    createSession(await user(), { db, now: T0 });
    const late = T0 + SESSION_LIFETIME_MS;
    const { token } = createSession(await user(), { db, now: late });
    expect(sessionRows(db, await user())).toBe(1);
    expect(pruneSessions({ db, now: late + SESSION_IDLE_MS })).toBe(1);
    expect(sessionFor(token, { db, now: late + SESSION_IDLE_MS })).toBeUndefined();
  });
});

describe("login limits", () => {
  const { db } = freshDb("limits");
  const fail = (username: string, address: string, now: number) => recordLoginFailure({ username, address }, { db, now });

  it(`allows ${ACCOUNT_FAILURE_LIMIT} failures per account in ${FAILURE_WINDOW_MS / MINUTE} minutes, from any address`, () => {
    for (let i = 0; i < ACCOUNT_FAILURE_LIMIT; i++) {
      expect(loginAllowed({ username: "wu", address: `10.0.0.${i}` }, { db, now: T0 + i * MINUTE })).toEqual({ allowed: true });
      fail("wu", `10.0.0.${i}`, T0 + i * MINUTE);
    }
    const now = T0 + 5 * MINUTE;
    // The oldest failure (at T0) leaves the window at T0 + 15 minutes: ten minutes from now.
    expect(loginAllowed({ username: "wu", address: "10.9.9.9" }, { db, now })).toEqual({ allowed: false, retryAfterSeconds: 600 });
    expect(loginAllowed({ username: " WU", address: "10.9.9.9" }, { db, now })).toMatchObject({ allowed: false });
    expect(loginAllowed({ username: "someone-else", address: "10.0.0.1" }, { db, now })).toEqual({ allowed: true });
    expect(loginAllowed({ username: "wu", address: "10.9.9.9" }, { db, now: T0 + FAILURE_WINDOW_MS - 1000 })).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect(loginAllowed({ username: "wu", address: "10.9.9.9" }, { db, now: T0 + FAILURE_WINDOW_MS })).toEqual({ allowed: true });
  });

  it(`allows ${ADDRESS_FAILURE_LIMIT} failures per address, whichever accounts they tried`, () => {
    const address = "192.0.2.7";
    for (let i = 0; i < ADDRESS_FAILURE_LIMIT; i++) fail(`guess-${i}`, address, T0);
    expect(loginAllowed({ username: "fresh-name", address }, { db, now: T0 + MINUTE })).toEqual({ allowed: false, retryAfterSeconds: 14 * 60 });
    // The same client reached over an IPv6 socket is the same address.
    expect(loginAllowed({ username: "fresh-name", address: `::ffff:${address}` }, { db, now: T0 + MINUTE })).toMatchObject({ allowed: false });
    expect(loginAllowed({ username: "fresh-name", address: "192.0.2.8" }, { db, now: T0 + MINUTE })).toEqual({ allowed: true });
  });

  it("a success clears the account's failures, not the address's", () => {
    const address = "198.51.100.1";
    for (let i = 0; i < ACCOUNT_FAILURE_LIMIT; i++) fail("zheng", address, T0);
    for (let i = 0; i < ADDRESS_FAILURE_LIMIT - ACCOUNT_FAILURE_LIMIT; i++) fail(`other-${i}`, address, T0);
    expect(loginAllowed({ username: "zheng", address: "203.0.113.1" }, { db, now: T0 })).toMatchObject({ allowed: false });
    clearAccountFailures("Zheng", { db });
    expect(loginAllowed({ username: "zheng", address: "203.0.113.1" }, { db, now: T0 })).toEqual({ allowed: true });
    expect(loginAllowed({ username: "zheng", address }, { db, now: T0 })).toMatchObject({ allowed: false });
  });

  it("forgets failures older than the window when it records a new one", () => {
    const count = () => (db.prepare("SELECT COUNT(*) AS n FROM login_failures").get() as { n: number }).n;
    expect(count()).toBeGreaterThan(0);
    fail("late", "203.0.113.9", T0 + FAILURE_WINDOW_MS + 10 * MINUTE);
    expect(count()).toBe(2);
  });
});

describe("audit log", () => {
  it("records every account change in the same transaction, newest first, naming who did it", async () => {
    const { db } = freshDb("audit");
    const publisher = await createUser("qian", "publisher", "钱", PASSWORD, { db, now: T0 });
    await createUser("feng", "editor", "冯", PASSWORD, { db, now: T0 + 1, by: publisher.id });
    await resetPassword("feng", "another-long-password", { db, now: T0 + 2 });
    setDisabled("feng", true, { db, now: T0 + 3 });
    setDisabled("feng", false, { db, now: T0 + 4 });
    audit(db, { userId: publisher.id, action: "draft.publish", target: "faq-1", detail: "version abc" }, T0 + 5);
    expect(recentAudit(10, { db }).map((r) => [r.at - T0, r.username, r.action, r.target, r.detail])).toEqual([
      [5, "qian", "draft.publish", "faq-1", "version abc"],
      [4, null, "user.enable", "feng", null],
      [3, null, "user.disable", "feng", null],
      [2, null, "user.reset", "feng", null],
      [1, "qian", "user.create", "feng", "role=editor"],
      [0, null, "user.create", "qian", "role=publisher"],
    ]);
    expect(recentAudit(2, { db })).toHaveLength(2);
  });

  it("writes nothing for a change that was refused", async () => {
    const { db } = freshDb("audit-refused");
    await createUser("he", "editor", "何", PASSWORD, { db });
    await expect(createUser("he", "editor", "何", PASSWORD, { db })).rejects.toThrow(AccountError);
    expect(() => setDisabled("nobody", true, { db })).toThrow(AccountError);
    expect(recentAudit(10, { db }).map((r) => r.action)).toEqual(["user.create"]);
  });
});

describe("backup", () => {
  it("copies the database while it is open into one file that opens with every row", async () => {
    const { db } = freshDb("live");
    const user = await createUser("lu", "editor", "陆", PASSWORD, { db });
    createSession(user.id, { db, now: T0 });
    const copyPath = join(dir, "backups", "admin-copy.sqlite");
    paths.push(copyPath);
    await backupDatabase(copyPath, db);
    // Written after the backup: not in the copy.
    await createUser("late", "editor", "晚", PASSWORD, { db });

    const raw = new Database(copyPath, { readonly: true });
    expect(raw.pragma("journal_mode", { simple: true })).toBe("delete");
    raw.close();
    const restored = openAdminDb(copyPath);
    expect(restored.pragma("user_version", { simple: true })).toBe(MIGRATIONS.length);
    expect(listUsers({ db: restored }).map((u) => u.username)).toEqual(["lu"]);
    expect(await checkLogin("lu", PASSWORD, { db: restored })).toMatchObject({ ok: true });
    expect(recentAudit(10, { db: restored }).map((r) => r.action)).toEqual(["user.create"]);
  });
});
