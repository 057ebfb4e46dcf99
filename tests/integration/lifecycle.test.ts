// The bundled Meilisearch: started on loopback with a private master key, stopped cleanly.
import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { removeDataDir, startBundledMeilisearch } from "../../search/lifecycle.server";

describe("bundled Meilisearch lifecycle", () => {
  it("keeps its master key private, requires it, never logs it, and exits on stop", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "meili-life-"));
    try {
      const meili = await startBundledMeilisearch({ dataDir });
      try {
        expect(new URL(meili.url).hostname).toBe("127.0.0.1");
        const keyFile = join(dataDir, "meilisearch-master-key");
        expect(statSync(keyFile).mode & 0o777).toBe(0o600);
        expect(readFileSync(keyFile, "utf8").trim()).toBe(meili.apiKey);
        // Without the key the server refuses; with it, it answers.
        expect((await fetch(`${meili.url}/indexes`)).status).toBe(401);
        expect((await fetch(`${meili.url}/indexes`, { headers: { Authorization: `Bearer ${meili.apiKey}` } })).status).toBe(200);
        // The key is passed by environment, never on the command line others can read.
        expect(meili.child!.spawnargs.join(" ")).not.toContain(meili.apiKey);
      } finally {
        await meili.stop();
      }
      expect(meili.child!.exitCode !== null || meili.child!.signalCode !== null).toBe(true);
      expect(readFileSync(join(dataDir, "meilisearch.log"), "utf8")).not.toContain(meili.apiKey);
      // The same key is reused on the next start.
      const again = await startBundledMeilisearch({ dataDir });
      try {
        expect(again.apiKey).toBe(meili.apiKey);
      } finally {
        await again.stop();
      }
    } finally {
      removeDataDir(dataDir);
    }
  }, 60_000);
});
