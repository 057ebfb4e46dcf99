// `npm run index`: rebuild the search index from content/ (only when the content changed, unless --force).
// Uses MEILI_URL when set; otherwise starts the bundled server on the project's data directory, so run
// it while the site is stopped (publishing today: docs/deployment.md#publishing-content-to-n-processes).
// An entry point, so it lives in scripts/: it joins the content model and search, and search/ itself does
// not import the model (tests/unit/layers.test.ts).
import { loadContent } from "../app/model/load.server";
import { searchInput } from "../app/lib/search-documents";
import { meiliClient } from "../search/engine/meilisearch.server";
import { startOrConnect } from "../search/lifecycle.server";
import { understandingForContent } from "../search/query.server";
import { ensureIndexed, reindex } from "../search/reindex.server";

const force = process.argv.includes("--force");
const content = loadContent();
const { documents, concepts } = searchInput(content);
const input = { documents, synonyms: understandingForContent(concepts, documents).synonyms(), version: content.version };
const meili = await startOrConnect();
try {
  const client = meiliClient(meili);
  if (force) await reindex(client, input);
  const rebuilt = force || (await ensureIndexed(client, input));
  console.log(rebuilt ? `索引已重建：${documents.length} 条（内容版本 ${content.version}）。` : `索引已是最新（内容版本 ${content.version}），无需重建。`);
} finally {
  await meili.stop();
}
