// A real Meilisearch for integration tests: the bundled binary on a free port with a throwaway data dir.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadContent } from "~/model/load.server";
import { searchInput } from "../../app/lib/search-documents";
import { meiliClient } from "../../search/engine/meilisearch.server";
import { removeDataDir, startBundledMeilisearch, type RunningMeilisearch } from "../../search/lifecycle.server";
import { understandingForContent } from "../../search/query.server";
import { ensureVersionIndex } from "../../search/reindex.server";

export const content = loadContent();
const input = searchInput(content);
export const documents = input.documents;
export const understanding = understandingForContent(input.concepts, documents);

export async function startIndexedMeili(): Promise<RunningMeilisearch & { dataDir: string }> {
  const dataDir = mkdtempSync(join(tmpdir(), "meili-"));
  const meili = await startBundledMeilisearch({ dataDir });
  await ensureVersionIndex(meiliClient(meili), { documents, synonyms: understanding.synonyms(), version: content.version });
  return {
    ...meili,
    dataDir,
    stop: async () => {
      await meili.stop();
      removeDataDir(dataDir);
    },
  };
}
