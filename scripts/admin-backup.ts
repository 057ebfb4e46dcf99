// `npm run admin:backup -- <文件>`: copies the /admin database (ADMIN_DB) to a new file while the site keeps
// running, and checks the copy. Restoring is described in docs/deployment.md.
import { existsSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { adminDbPath, backupDatabase } from "../app/admin/db.server";

const USAGE = "用法：npm run admin:backup -- <备份文件>";

const [destination, ...extra] = process.argv.slice(2);
if (!destination || extra.length) {
  console.error(USAGE);
  process.exit(1);
}
const target = resolve(destination);
// An existing file may be an earlier backup someone still needs: a backup is always a new file.
if (existsSync(target)) {
  console.error(`文件 ${target} 已经存在；请换一个新文件名，备份不会覆盖已有的文件。`);
  process.exit(1);
}
const source = adminDbPath();
if (!existsSync(source)) {
  console.error(`没有找到账号数据库 ${source}（ADMIN_DB）：没有可备份的内容。`);
  process.exit(1);
}
await backupDatabase(target);
console.log(`已把 ${source} 备份到 ${target}（${Math.ceil(statSync(target).size / 1024)} KB，已检查可以打开）。`);
