// `npm run content:record`: adds every address the content now publishes to content/published-ids.txt.
// `npm run publish` does this too; from then on content:check keeps those addresses working.
import { join } from "node:path";
import { recordAddresses } from "../app/lib/publish.server";
import { contentDir, loadContent } from "../app/model/load.server";
import { PUBLISHED_FILE } from "../app/model/published";

const dir = process.argv[2] ?? contentDir();
const { total, added } = recordAddresses(dir, loadContent(dir));
console.log(`已记录 ${total} 个已发布的地址（新增 ${added} 个）：${join(dir, PUBLISHED_FILE)}`);
