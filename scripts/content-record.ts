// `npm run content:record`: adds every address the content now publishes to content/published-ids.txt.
// Run it when publishing (docs/editing.md); from then on content:check keeps those addresses working.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { contentDir, loadContent } from "../app/model/load.server";
import { PUBLISHED_FILE, publishedKeys } from "../app/model/published";

const dir = process.argv[2] ?? contentDir();
const path = join(dir, PUBLISHED_FILE);
const before = existsSync(path) ? readFileSync(path, "utf8").split("\n").filter(Boolean) : [];
const content = loadContent(dir);
const all = [...new Set([...before, ...publishedKeys(content.site)])].sort();
writeFileSync(path, all.join("\n") + "\n");
console.log(`已记录 ${all.length} 个已发布的地址（新增 ${all.length - before.length} 个）：${path}`);
