// Faults while the site is busy (issue 8): Meilisearch killed and restarted in the middle of a load run, and
// a language-model endpoint that hangs or answers garbage while questions keep coming. People must get
// pages and answers throughout: no 5xx, no dropped connection.
// Run on its own by `npm run test:faults` (after the other vitest files, see package.json): it loads both cores
// for half a minute, which would upset the timing bounds of tests running beside it.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import autocannon from "autocannon";
import { afterAll, describe, expect, it } from "vitest";
import { startBundledMeilisearch, type RunningMeilisearch } from "../../search/lifecycle.server";
import { startSite, waitForEngine, type SiteProcess } from "../../support/site-process";
import { startIndexedMeili } from "./meili-fixture";

const json = { "Content-Type": "application/json" };
const askFor = (question: string) => ({ method: "POST" as const, path: "/api/ask", body: JSON.stringify({ question }), headers: json });

// What people do at the same time: read pages, search (the page and the API) and ask.
const MIX: autocannon.Request[] = [
  { method: "GET", path: "/" },
  { method: "GET", path: "/plan/tasks" },
  { method: "GET", path: `/search?q=${encodeURIComponent("辅具适配")}` },
  { method: "GET", path: `/api/search?q=${encodeURIComponent("残疾人之家")}` },
  askFor("坐公交要钱吗？"),
  { method: "GET", path: `/api/search?q=${encodeURIComponent("wheelchair")}` },
  askFor("盲人按摩有什么支持？"),
  { method: "GET", path: "/subsidies/care-allowance" },
];

interface Run {
  statuses: Map<number, number>;
  errors: number;
  timeouts: number;
  /** Responses received while `during` was true. */
  answeredDuring: number;
}

/** Load at 10 connections for `seconds`, calling `during` while it runs; counts every status. */
async function underLoad(url: string, seconds: number, requests: autocannon.Request[], during: (mark: (on: boolean) => void) => Promise<void>): Promise<Run> {
  const run: Run = { statuses: new Map(), errors: 0, timeouts: 0, answeredDuring: 0 };
  let inFault = false;
  const finished = new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, connections: 10, duration: seconds, requests, timeout: 20 }, (error, result) => (error ? reject(error) : resolve(result)));
    instance.on("response", (_client, status) => {
      run.statuses.set(status, (run.statuses.get(status) ?? 0) + 1);
      if (inFault) run.answeredDuring++;
    });
  });
  await during((on) => (inFault = on));
  const result = await finished;
  run.errors = result.errors;
  run.timeouts = result.timeouts;
  return run;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const fiveXx = (run: Run) => [...run.statuses].filter(([s]) => s >= 500).reduce((n, [, c]) => n + c, 0);
const other = (run: Run) => [...run.statuses].filter(([s]) => s !== 200).map(([s, c]) => `${s}×${c}`);

const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const clean of cleanups.reverse()) await clean();
});

describe("faults under load", () => {
  it("Meilisearch killed and restarted during a load run: every request is answered 200, and search returns to Meilisearch", async () => {
    const meili = await startIndexedMeili();
    cleanups.push(() => meili.stop());
    // The result cache off, so every search during the outage asks the engine rather than the cache.
    const site = await startSite({ MEILI_URL: meili.url, MEILI_API_KEY: meili.apiKey, ASK_RATE_LIMIT: "0", OPENAI_API_KEY: "", SEARCH_CACHE_SIZE: "0" }, "meilisearch");
    cleanups.push(() => site.stop());
    let restarted: RunningMeilisearch | undefined;
    cleanups.push(async () => restarted?.stop());
    let healthDuring: unknown;

    const run = await underLoad(site.url, 14, MIX, async (mark) => {
      await sleep(3000);
      const exited = new Promise((r) => meili.child!.once("exit", r));
      mark(true);
      meili.child!.kill("SIGKILL");
      await exited;
      await sleep(2000);
      // Searches meanwhile are answered by the embedded engine, and the site says so.
      healthDuring = await (await fetch(`${site.url}/healthz`)).json();
      await sleep(2000);
      // The same server back on the same port with its data, as a supervisor would restart it.
      restarted = await startBundledMeilisearch({ dataDir: meili.dataDir, port: Number(new URL(meili.url).port) });
      mark(false);
    });

    expect(fiveXx(run), `statuses: ${other(run).join(", ")}`).toBe(0);
    expect(other(run)).toEqual([]);
    expect(run.errors).toBe(0);
    expect(run.timeouts).toBe(0);
    // The outage was really served through, not waited out.
    expect(run.answeredDuring).toBeGreaterThan(20);
    expect(healthDuring).toMatchObject({ status: "degraded", search: { engine: "embedded", ok: false } });
    await waitForEngine(site.url, "meilisearch", 30_000);
  }, 120_000);

  for (const fault of ["hang", "garbage"] as const) {
    it(`a language model that ${fault === "hang" ? "never answers" : "answers garbage"}: every question under load gets the extractive, cited answer within the timeout`, async () => {
      const stub = await modelStub(fault);
      cleanups.push(() => stub.close());
      const site = await startSite(
        { SEARCH_ENGINE: "embedded", ASK_RATE_LIMIT: "0", OPENAI_API_KEY: "test-key", OPENAI_BASE_URL: stub.url, OPENAI_MODEL: "stub", OPENAI_TIMEOUT_MS: "1500" },
        "embedded",
      );
      cleanups.push(() => site.stop());
      const questions = ["坐公交要钱吗？", "盲人按摩有什么支持？", "重度残疾人护理补贴的覆盖率目标是多少？", "残疾人之家是什么？", "孤独症儿童康复有什么政策？"];

      // Ten at a time, three rounds: the model is asked every time and fails every time.
      const answers = [];
      for (let round = 0; round < 3; round++) {
        answers.push(
          ...(await Promise.all(
            [...questions, ...questions].map(async (question) => {
              const started = Date.now();
              const res = await fetch(`${site.url}/api/ask`, { method: "POST", headers: json, body: JSON.stringify({ question }) });
              return { status: res.status, ms: Date.now() - started, body: (await res.json()) as { status: string; mode: string; citations: unknown[] } };
            }),
          )),
        );
      }
      expect(stub.requests()).toBeGreaterThanOrEqual(answers.length);
      for (const a of answers) {
        expect(a.status).toBe(200);
        expect(a.body.mode).toBe("extractive");
        expect(["answered", "partial"]).toContain(a.body.status);
        expect(a.body.citations.length).toBeGreaterThan(0);
        // The model's timeout (1.5 s here) bounds the wait, with room for ten questions sharing two cores.
        expect(a.ms).toBeLessThan(10_000);
      }
    }, 120_000);
  }
});

/** An OpenAI-compatible endpoint that never answers, or answers 200 with content that is not the contract. */
async function modelStub(fault: "hang" | "garbage"): Promise<{ url: string; requests(): number; close(): Promise<void> }> {
  let count = 0;
  const server: Server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      count++;
      if (fault === "hang") return; // the connection stays open, nothing comes back
      res.writeHead(200, json);
      res.end(JSON.stringify({ id: "x", object: "chat.completion", created: 0, model: "stub", choices: [{ index: 0, finish_reason: "stop", message: { role: "assistant", content: "<html>不是 JSON" } }] }));
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`,
    requests: () => count,
    close: async () => {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    },
  };
}
