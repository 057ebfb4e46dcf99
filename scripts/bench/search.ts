// `npm run bench:search`: p50/p95/p99 and throughput of /api/search on each engine, and of raw Meilisearch
// queries, at 8 concurrent connections. Starts its own Meilisearch and site; prints a table.
import autocannon from "autocannon";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadContent } from "../../app/model/load.server";
import { buildDocuments } from "../../search/documents";
import { meiliClient } from "../../search/engine/meilisearch.server";
import { removeDataDir, startBundledMeilisearch, waitForHealth } from "../../search/lifecycle.server";
import { startSite } from "../lib/site-process";
import { understandingForContent } from "../../search/query.server";
import { reindex } from "../../search/reindex.server";

const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 8;
const QUERIES = ["护理补贴", "坐公交要钱吗", "wheelchair", "残疾人之家", "孤独症 康复", "就业率", "无障碍改造", "盲人按摩"];

interface Row {
  target: string;
  p50: number;
  p95: number;
  p99: number;
  rps: number;
  errors: number;
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] * 10) / 10;
}

/** Runs autocannon and computes percentiles from every response time (autocannon's own table has no p95). */
async function measure(target: string, requests: autocannon.Request[], url: string, headers: Record<string, string> = {}): Promise<Row> {
  const times: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, connections: CONNECTIONS, duration: DURATION, requests, headers }, (error, r) => (error ? reject(error) : resolve(r)));
    instance.on("response", (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
  times.sort((a, b) => a - b);
  return {
    target,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    rps: Math.round(times.length / DURATION),
    errors: result.errors + result.non2xx,
  };
}

const content = loadContent();
const documents = buildDocuments(content);
const understanding = understandingForContent(content, documents);
const dataDir = mkdtempSync(join(tmpdir(), "bench-meili-"));
const meili = await startBundledMeilisearch({ dataDir });
await reindex(meiliClient(meili), { documents, synonyms: understanding.synonyms(), version: content.version });

const apiRequests = QUERIES.map((q) => ({ method: "GET" as const, path: `/api/search?q=${encodeURIComponent(q)}` }));
const rows: Row[] = [];

await waitForHealth(meili.url);
rows.push(
  await measure(
    "Meilisearch raw search",
    QUERIES.map((q) => ({
      method: "POST" as const,
      path: "/indexes/units/search",
      body: JSON.stringify({ q: understanding.understand(q).text, limit: 10, attributesToCrop: ["text"], cropLength: 45, attributesToHighlight: ["text"], locales: ["cmn"] }),
    })),
    meili.url,
    { "Content-Type": "application/json", Authorization: `Bearer ${meili.apiKey}` },
  ),
);

const withMeili = await startSite({ MEILI_URL: meili.url, MEILI_API_KEY: meili.apiKey }, "meilisearch");
rows.push(await measure("/api/search (meilisearch)", apiRequests, withMeili.url));
await withMeili.stop();

// No Meilisearch reachable: the site answers from the embedded engine.
const embedded = await startSite({ SEARCH_ENGINE: "embedded" }, "embedded");
rows.push(await measure("/api/search (embedded)", apiRequests, embedded.url));
await embedded.stop();

await meili.stop();
removeDataDir(dataDir);

console.log(`\n${CONNECTIONS} connections, ${DURATION} s each, ${QUERIES.length} queries in rotation\n`);
console.log("| target | p50 ms | p95 ms | p99 ms | req/s | errors |");
console.log("|---|---:|---:|---:|---:|---:|");
for (const r of rows) console.log(`| ${r.target} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.rps} | ${r.errors} |`);
const raw = rows[0].p95;
const api = rows[1].p95;
console.log(`\n/api/search p95 on Meilisearch is ${(api / Math.max(raw, 0.5)).toFixed(1)}× the raw Meilisearch p95 (budget 3×).`);
