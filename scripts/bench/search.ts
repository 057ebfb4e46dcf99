// `npm run bench:search`: p50/p95/p99 and throughput of /api/search on each engine, and of raw Meilisearch
// queries, at 8 concurrent connections. Starts its own Meilisearch and site; prints a table.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadContent } from "../../app/model/load.server";
import { searchInput } from "../../app/lib/search-documents";
import { meiliClient } from "../../search/engine/meilisearch.server";
import { removeDataDir, startBundledMeilisearch, waitForHealth } from "../../search/lifecycle.server";
import { loadSearchCases, passes } from "../../support/search-eval";
import { startSite } from "../../support/site-process";
import { measure as run, type Row } from "./measure";
import { understandingForContent } from "../../search/query.server";
import { ensureVersionIndex } from "../../search/reindex.server";

const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 8;
const measure = (target: string, requests: { method: "GET" | "POST"; path: string; body?: string }[], url: string, headers: Record<string, string> = {}) =>
  run(target, { url, requests, headers, connections: CONNECTIONS, duration: DURATION });
const QUERIES = ["护理补贴", "坐公交要钱吗", "wheelchair", "残疾人之家", "孤独症 康复", "就业率", "无障碍改造", "盲人按摩"];

const content = loadContent();
const { documents, concepts } = searchInput(content);
const understanding = understandingForContent(concepts, documents);
const dataDir = mkdtempSync(join(tmpdir(), "bench-meili-"));
const meili = await startBundledMeilisearch({ dataDir });
await ensureVersionIndex(meiliClient(meili), { documents, synonyms: understanding.synonyms(), version: content.version });

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

// The result cache is off here: this compares the engines themselves.
const withMeili = await startSite({ MEILI_URL: meili.url, MEILI_API_KEY: meili.apiKey, SEARCH_CACHE_SIZE: "0" }, "meilisearch");
rows.push(await measure("/api/search (meilisearch)", apiRequests, withMeili.url));

// Never a dead end: over every search eval query (the tuned sets and blind set 1, which is tuned on since its
// first run), how many find no exact hit, and how many have no relevant hit in their first five.
const cases = loadSearchCases(undefined, ["search-public.jsonl", "search-own.jsonl", "blind-1/search.jsonl"]);
const quoted = new Map<string, string[]>([...content.subsidies, ...content.services, ...content.faq].map((e) => [e.id, e.quotes.map((q) => q.unit)]));
let noExact = 0;
let noRelevant = 0;
for (const c of cases) {
  const body = (await (await fetch(`${withMeili.url}/api/search?q=${encodeURIComponent(c.query)}&limit=5`)).json()) as { exact: boolean; hits: { id: string; title: string; text: string }[] };
  if (!body.exact) noExact++;
  if (!passes({ ...c, top: 5 }, body.hits, (id) => quoted.get(id) ?? [])) noRelevant++;
}
await withMeili.stop();

// No Meilisearch reachable: the site answers from the embedded engine.
const embedded = await startSite({ SEARCH_ENGINE: "embedded", SEARCH_CACHE_SIZE: "0" }, "embedded");
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
const share = (n: number) => `${n} of ${cases.length} (${((100 * n) / cases.length).toFixed(1)} %)`;
console.log(`\nOver ${cases.length} search eval queries: no exact hit for ${share(noExact)}; no relevant hit in the top 5 for ${share(noRelevant)}.`);
