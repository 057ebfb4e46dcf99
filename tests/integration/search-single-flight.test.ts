// After a Meilisearch failure, exactly one request at a time asks it again (single flight); every other
// request answers from the embedded engine without touching the hung server. Real Meilisearch behind a
// small counting proxy that can hang; the service's clock is the test's, so the counts do not depend on
// how fast this machine is.
import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EmbeddedEngine } from "../../search/engine/embedded.server";
import { MeilisearchEngine } from "../../search/engine/meilisearch.server";
import { Relevance } from "../../search/relevance.server";
import { SearchService } from "../../search/service.server";
import { content, documents, startIndexedMeili, understanding } from "./meili-fixture";

let meili: Awaited<ReturnType<typeof startIndexedMeili>>;
let proxy: Server;
let proxyUrl = "";
let hang = false;
let searchesReached = 0;
const held: ServerResponse[] = [];

beforeAll(async () => {
  meili = await startIndexedMeili();
  const target = new URL(meili.url);
  proxy = createServer((req: IncomingMessage, res: ServerResponse) => {
    if (req.url?.includes("search")) searchesReached++;
    if (hang) {
      held.push(res);
      return;
    }
    const upstream = httpRequest({ host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
  const address = proxy.address();
  proxyUrl = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
}, 90_000);

afterAll(async () => {
  for (const res of held) res.destroy();
  await new Promise((resolve) => proxy?.close(resolve));
  await meili?.stop();
});

describe("single-flight recovery", () => {
  it("lets one request probe a hung Meilisearch while the others stay on the embedded engine", async () => {
    let clock = 0;
    const lines: string[] = [];
    const service = new SearchService(new EmbeddedEngine(documents, understanding), understanding, new Relevance(documents), {
      timeoutMs: 300,
      retryAfterMs: 1000,
      now: () => clock,
      cacheSize: 0,
      log: (line) => lines.push(line),
    });
    service.usePrimary(new MeilisearchEngine({ url: proxyUrl, apiKey: meili.apiKey }, understanding, content.version));
    const wave = (q: string) => Promise.all(Array.from({ length: 10 }, (_, i) => service.search({ q: `${q} ${i}`, types: [], page: 1, limit: 5 })));
    const engines = (results: { engine: string }[]) => results.map((r) => r.engine).sort();

    expect(engines(await wave("护理补贴"))).toEqual(Array(10).fill("meilisearch"));

    // Meilisearch hangs. The ten requests already on their way to it time out and fall back.
    hang = true;
    searchesReached = 0;
    expect(engines(await wave("康复"))).toEqual(Array(10).fill("embedded"));
    expect(searchesReached).toBe(10);
    expect(service.health()).toMatchObject({ ok: false, engine: "embedded", reason: "meilisearch timeout" });

    // Within the pause, nobody asks it.
    searchesReached = 0;
    expect(engines(await wave("就业"))).toEqual(Array(10).fill("embedded"));
    expect(searchesReached).toBe(0);

    // After the pause, one request probes; the nine beside it do not wait on the hung server.
    clock += 1001;
    searchesReached = 0;
    expect(engines(await wave("教育"))).toEqual(Array(10).fill("embedded"));
    expect(searchesReached).toBe(1);

    // It is back: the next probe succeeds, and from then on every request asks it.
    hang = false;
    clock += 1001;
    searchesReached = 0;
    const recovering = await wave("托养");
    expect(searchesReached).toBe(1);
    expect(recovering.filter((r) => r.engine === "meilisearch")).toHaveLength(1);
    expect(service.health()).toEqual({ engine: "meilisearch", ok: true });
    searchesReached = 0;
    expect(engines(await wave("无障碍"))).toEqual(Array(10).fill("meilisearch"));
    expect(searchesReached).toBe(10);

    // Failures are logged by kind, never with what was searched for.
    expect(lines.some((l) => l.includes("Meilisearch failed (timeout)"))).toBe(true);
    expect(lines.join("\n")).not.toMatch(/康复|教育|就业|托养/);
  }, 60_000);

  it("names a persistent refusal by its HTTP status", async () => {
    const lines: string[] = [];
    const service = new SearchService(new EmbeddedEngine(documents, understanding), understanding, new Relevance(documents), { cacheSize: 0, log: (l) => lines.push(l) });
    service.usePrimary(new MeilisearchEngine({ url: meili.url, apiKey: "not-the-key" }, understanding, content.version));
    expect((await service.search({ q: "护理补贴", types: [], page: 1, limit: 5 })).engine).toBe("embedded");
    expect(service.health().reason).toBe("meilisearch http 403");
    expect(lines).toEqual([expect.stringContaining("Meilisearch failed (http 403)")]);
  }, 30_000);
});
