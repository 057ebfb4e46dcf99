// `npm run admin:user` and `npm run admin:backup` run as the operator runs them: child processes, with
// ADMIN_DB pointing at a database in a temporary folder. What they did is read back from that database.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { recentAudit } from "~/admin/audit-log.server";
import { closeAdminDb, openAdminDb } from "~/admin/db.server";
import { checkLogin, listUsers } from "~/admin/users.server";

const dir = mkdtempSync(join(tmpdir(), "admin-command-"));
const ADMIN_DB = join(dir, "admin.sqlite");
afterAll(() => {
  closeAdminDb(ADMIN_DB);
  rmSync(dir, { recursive: true, force: true });
});

const run = (script: string, args: string[], input = "") =>
  spawnSync("npx", ["tsx", `scripts/${script}`, ...args], { env: { ...process.env, ADMIN_DB }, input, encoding: "utf8", timeout: 60_000 });
const adminUser = (args: string[], input?: string) => run("admin-user.ts", args, input);

const PASSWORD = "一个足够长的密码-2026";
const db = () => openAdminDb(ADMIN_DB);

describe("npm run admin:user", { timeout: 120_000 }, () => {
  it("prints its usage with no arguments, and exits 1", () => {
    const result = adminUser([]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("用法：");
    expect(result.stderr).toContain("create <用户名> --role editor|reviewer|publisher");
  });

  it("creates an account with the password from standard input", async () => {
    const result = adminUser(["create", "wang.li", "--role", "editor", "--name", "王丽", "--password-stdin"], `${PASSWORD}\n`);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`账号数据库：${ADMIN_DB}`);
    expect(result.stdout).toContain("已创建账号：wang.li\t王丽\t编辑（editor）\t启用");
    expect(result.stdout).not.toContain(PASSWORD);
    expect(await checkLogin("wang.li", PASSWORD, { db: db() })).toMatchObject({ ok: true, user: { displayName: "王丽", role: "editor" } });
  });

  it("without --password-stdin makes a strong password and shows it once", async () => {
    const result = adminUser(["create", "chen", "--role", "reviewer"]);
    expect(result.status).toBe(0);
    const password = result.stdout.match(/^ {2}(\S+)$/m)?.[1];
    expect(password).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(result.stdout).toContain("只显示这一次");
    expect(await checkLogin("chen", password!, { db: db() })).toMatchObject({ ok: true, user: { displayName: "chen", role: "reviewer" } });
  });

  it.each([
    [["create", "WANG.LI", "--role", "publisher", "--password-stdin"], PASSWORD, "用户名“wang.li”已经有账号了。"],
    [["create", "zhou", "--role", "admin", "--password-stdin"], PASSWORD, "角色只能是 editor（编辑）、reviewer（审核）或 publisher（发布），不能是“admin”。"],
    [["create", "zhou", "--password-stdin"], PASSWORD, "请用 --role 指定角色"],
    [["create", "zhou", "--role", "editor", "--password-stdin"], "short", "密码至少要有 12 个字符（现在是 5 个）。"],
    [["reset", "nobody", "--password-stdin"], PASSWORD, "没有用户名为“nobody”的账号。"],
    [["disable", "nobody"], "", "没有用户名为“nobody”的账号。"],
    [["rename", "wang.li"], "", "不认识的命令“rename”。"],
    [["list", "--colour"], "", "参数有误："],
  ])("refuses %j in Chinese, with exit status 1, changing nothing", (args, input, message) => {
    const result = adminUser(args, input);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(message);
    expect(listUsers({ db: db() }).map((u) => u.username)).toEqual(["chen", "wang.li"]);
  });

  it("lists the accounts with their roles and state", () => {
    const result = adminUser(["list"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^chen\tchen\t审核（reviewer）\t启用\t创建于 \d{4}-\d{2}-\d{2}$/m);
    expect(result.stdout).toMatch(/^wang\.li\t王丽\t编辑（editor）\t启用\t/m);
  });

  it("disables an account: it can no longer log in, and the list says so", async () => {
    const result = adminUser(["disable", "wang.li"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("已停用账号“wang.li”");
    expect(await checkLogin("wang.li", PASSWORD, { db: db() })).toEqual({ ok: false, reason: "disabled" });
    expect(adminUser(["list"]).stdout).toMatch(/^wang\.li\t王丽\t编辑（editor）\t已停用\t/m);
  });

  it("resets a password from standard input and enables an account again", async () => {
    expect(adminUser(["reset", "wang.li", "--password-stdin"], "another-long-password\n").status).toBe(0);
    expect(adminUser(["enable", "wang.li"]).status).toBe(0);
    expect(await checkLogin("wang.li", PASSWORD, { db: db() })).toEqual({ ok: false, reason: "invalid" });
    expect(await checkLogin("wang.li", "another-long-password", { db: db() })).toMatchObject({ ok: true });
  });

  it("wrote each change to the audit log as done by the command line", () => {
    const rows = recentAudit(20, { db: db() });
    expect(rows.every((r) => r.userId === null)).toBe(true);
    expect(rows.map((r) => `${r.action} ${r.target}`).reverse()).toEqual([
      "user.create wang.li",
      "user.create chen",
      "user.disable wang.li",
      "user.reset wang.li",
      "user.enable wang.li",
    ]);
  });
});

describe("npm run admin:backup", { timeout: 60_000 }, () => {
  it("copies the database to a new file, and never over an existing one", () => {
    const copy = join(dir, "backup", "admin-backup.sqlite");
    const result = run("admin-backup.ts", [copy]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`备份到 ${copy}`);
    expect(listUsers({ db: openAdminDb(copy) }).map((u) => u.username)).toEqual(["chen", "wang.li"]);
    closeAdminDb(copy);

    const again = run("admin-backup.ts", [copy]);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain("已经存在");
    expect(existsSync(copy)).toBe(true);
  });
});
