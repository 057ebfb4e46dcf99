// `npm run admin:user`: makes, resets, disables, enables and lists the /admin editor's accounts (issue 19).
// There is no default password: a new or reset password is read from standard input (--password-stdin, for
// scripts) or made here at random and shown once. Every change is written to the audit log as done by the
// command line.
//   npm run admin:user -- create <用户名> --role editor|reviewer|publisher [--name 显示名] [--password-stdin]
//   npm run admin:user -- reset <用户名> [--password-stdin]
//   npm run admin:user -- disable <用户名>
//   npm run admin:user -- enable <用户名>
//   npm run admin:user -- list
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { adminDbPath } from "../app/admin/db.server";
import { AccountError, createUser, isRole, listUsers, resetPassword, setDisabled, type Role, type User } from "../app/admin/users.server";

const USAGE = `用法：
  npm run admin:user -- create <用户名> --role editor|reviewer|publisher [--name 显示名] [--password-stdin]
  npm run admin:user -- reset <用户名> [--password-stdin]
  npm run admin:user -- disable <用户名>
  npm run admin:user -- enable <用户名>
  npm run admin:user -- list
不加 --password-stdin 时，命令会生成一个随机密码并只显示这一次。`;

const ROLE_NAMES: Record<Role, string> = { editor: "编辑", reviewer: "审核", publisher: "发布" };

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function parse() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: { role: { type: "string" }, name: { type: "string" }, "password-stdin": { type: "boolean" } },
    });
  } catch (error) {
    return fail(`参数有误：${(error as Error).message}\n${USAGE}`);
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  // `echo` and here-documents end with a newline that is not part of the password.
  return Buffer.concat(chunks).toString("utf8").replace(/\r?\n$/, "");
}

/** The password to set, and whether it was made here (and so must be shown). */
async function newPassword(fromStdin: boolean): Promise<{ password: string; generated: boolean }> {
  if (fromStdin) return { password: await readStdin(), generated: false };
  // 18 random bytes: 24 characters of base64url, 144 bits.
  return { password: randomBytes(18).toString("base64url"), generated: true };
}

function showGenerated(username: string, password: string): void {
  console.log(`账号“${username}”的密码（只显示这一次，不会保存在别处）：\n\n  ${password}\n`);
  console.log("请当面或通过加密渠道交给本人，不要用邮件、短信或聊天群发送。密码可能已经泄露时，用 reset 重新设置。");
}

function describe(user: User): string {
  const state = user.disabled ? "已停用" : "启用";
  const created = new Date(user.createdAt).toISOString().slice(0, 10);
  return `${user.username}\t${user.displayName}\t${ROLE_NAMES[user.role]}（${user.role}）\t${state}\t创建于 ${created}`;
}

async function run(): Promise<void> {
  const { values, positionals } = parse();
  const [command, username, ...extra] = positionals;
  if (!command) fail(USAGE);
  if (extra.length) fail(`多余的参数：${extra.join(" ")}\n${USAGE}`);
  if (command !== "list" && !username) fail(`请写出用户名。\n${USAGE}`);
  console.log(`账号数据库：${adminDbPath()}`);

  switch (command) {
    case "create": {
      const role = values.role;
      if (!role) fail("请用 --role 指定角色：editor（编辑）、reviewer（审核）或 publisher（发布）。");
      if (!isRole(role)) fail(`角色只能是 editor（编辑）、reviewer（审核）或 publisher（发布），不能是“${role}”。`);
      const { password, generated } = await newPassword(values["password-stdin"] ?? false);
      const user = await createUser(username, role, values.name ?? username, password);
      console.log(`已创建账号：${describe(user)}`);
      if (generated) showGenerated(user.username, password);
      return;
    }
    case "reset": {
      const { password, generated } = await newPassword(values["password-stdin"] ?? false);
      await resetPassword(username, password);
      console.log(`已为“${username}”设置新密码；这个账号原来的登录都已结束。`);
      if (generated) showGenerated(username, password);
      return;
    }
    case "disable":
    case "enable": {
      const user = setDisabled(username, command === "disable");
      console.log(command === "disable" ? `已停用账号“${user.username}”，它的登录都已结束。` : `已启用账号“${user.username}”。`);
      return;
    }
    case "list": {
      const users = listUsers();
      console.log(users.length ? users.map(describe).join("\n") : "还没有账号。用 npm run admin:user -- create 创建第一个。");
      return;
    }
    default:
      fail(`不认识的命令“${command}”。\n${USAGE}`);
  }
}

try {
  await run();
} catch (error) {
  if (error instanceof AccountError) fail(error.message);
  throw error;
}
