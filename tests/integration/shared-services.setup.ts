// Vitest global setup: one production site and one indexed Meilisearch for the whole run, shared by the
// integration files that only read from them (tests/integration/shared-services.ts). Nothing starts until a
// file asks: this process answers on a loopback port, starts each service on its first request, and stops
// them after the last file. Files that need a process of their own (a different environment, a content copy,
// a signal, a fault, an index they rebuild) still start it themselves.
import { createServer, type Server } from "node:http";
import { mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { startSite, type SiteProcess } from "../../support/site-process";

declare module "vitest" {
  export interface ProvidedContext {
    /** The address of the process below, which starts the shared site and Meilisearch on request. */
    sharedServices: string;
  }
}

/** What the shared site runs with: the shared Meilisearch, no language model, no limit on questions. */
export const SHARED_SITE_ENV = { ASK_RATE_LIMIT: "0", OPENAI_API_KEY: "" };

type IndexedMeili = Awaited<ReturnType<typeof import("./meili-fixture").startIndexedMeili>>;

export default async function setup(project: TestProject) {
  let meili: Promise<IndexedMeili> | undefined;
  let site: Promise<SiteProcess> | undefined;
  let dataDir: string | undefined;

  const startMeili = () =>
    (meili ??= import("./meili-fixture").then(({ startIndexedMeili }) => startIndexedMeili()));
  const startShared = () =>
    (site ??= startMeili().then((m) => {
      // Its own session secret; search goes to the shared Meilisearch, so the site starts none of its own.
      dataDir = mkdtempSync(join(tmpdir(), "shared-site-"));
      return startSite({ ...SHARED_SITE_ENV, MEILI_URL: m.url, MEILI_API_KEY: m.apiKey, DATA_DIR: dataDir }, "meilisearch");
    }));

  const server: Server = createServer(async (req, res) => {
    const reply = (status: number, body: unknown) => {
      res.writeHead(status, { "Content-Type": "application/json" });
      res.end(JSON.stringify(body));
    };
    try {
      if (req.url === "/meilisearch") {
        const m = await startMeili();
        return reply(200, { url: m.url, apiKey: m.apiKey });
      }
      if (req.url === "/site") return reply(200, { url: (await startShared()).url });
      // Everything the shared site has printed so far (its request log included).
      if (req.url === "/site/output") return reply(200, { output: (await startShared()).output() });
      reply(404, { error: `no shared service ${req.url}` });
    } catch (error) {
      reply(500, { error: (error as Error).message });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  project.provide("sharedServices", `http://127.0.0.1:${(server.address() as AddressInfo).port}`);

  return async () => {
    server.close();
    await (await site?.catch(() => undefined))?.stop();
    await (await meili?.catch(() => undefined))?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
}
