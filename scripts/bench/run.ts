// `npm run bench [-- --check]`: load on the production build with autocannon, 10 connections, 20 s per
// route (BENCH_SECONDS to change): requests/s, p50/p95/p99, errors, the server's RSS before and after, and
// client JS/CSS per page as served. With --check it fails when a budget is missed. Rate limits are
// raised for the run through their environment variables; the site searches with the bundled Meilisearch.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startSite } from "../../support/site-process";
import { clientSizes, onDemandSizes } from "./client-size";
import { measure, type Row } from "./measure";

const DURATION = Number(process.env.BENCH_SECONDS ?? 20);
const CONNECTIONS = 10;
const check = process.argv.includes("--check");

const BUDGET = { htmlP95: 200, searchP95: 30, askP95: 300, rssGrowth: 0.2, jsKb: 60 };
// Content pages: what people read. The finder, search, ask and operator pages are in the table too.
const CONTENT_PAGES = ["/", "/plan/tasks", "/subsidies", "/subsidies/care-allowance", "/services", "/services/accessible-cinema-base", "/faq", "/glossary", "/a-z", "/en/plan/tasks"];
const OTHER_PAGES = ["/search?q=" + encodeURIComponent("护理补贴"), "/ask", "/finder/role", "/operator?q=" + encodeURIComponent("坐公交"), "/preferences", "/changes"];

// Real questions, many of them, so the run is not one cached query: the eval sets' search queries and
// questions in rotation.
const lines = (file: string) => readFileSync(file, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as { query?: string; question?: string });
const queries = [...lines("tests/eval/search-public.jsonl"), ...lines("tests/eval/search-own.jsonl")].flatMap((c) => (c.query ? [c.query] : []));
const questions = [...lines("tests/eval/ask-public.jsonl"), ...lines("tests/eval/ask-own.jsonl")].flatMap((c) => (c.question ? [c.question] : []));

const rssKb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? NaN);

// Its own data directory, so a site started with npm start can run beside it.
const site = await startSite({ ASK_RATE_LIMIT: "0", OPENAI_API_KEY: "", SEARCH_ENGINE: "", DATA_DIR: mkdtempSync(join(tmpdir(), "bench-")) }, "meilisearch");
const pid = site.child.pid!;
const get = (path: string) => ({ method: "GET" as const, path });
const targets: { name: string; kind: "html" | "search" | "ask"; requests: { method: "GET" | "POST"; path: string; body?: string; headers?: Record<string, string> }[] }[] = [
  { name: "/", kind: "html", requests: [get("/")] },
  { name: "/plan/tasks", kind: "html", requests: [get("/plan/tasks")] },
  { name: "/search?q=…", kind: "html", requests: queries.map((q) => get(`/search?q=${encodeURIComponent(q)}`)) },
  { name: "/api/search?q=…", kind: "search", requests: queries.map((q) => get(`/api/search?q=${encodeURIComponent(q)}`)) },
  {
    name: "/api/ask (extractive)",
    kind: "ask",
    requests: questions.map((question) => ({ method: "POST" as const, path: "/api/ask", body: JSON.stringify({ question }), headers: { "Content-Type": "application/json" } })),
  },
];

const rows: (Row & { kind: string })[] = [];
let rssBefore = 0;
let rssAfter = 0;
let sizes: Awaited<ReturnType<typeof clientSizes>> = [];
try {
  // A pass over every target first (5 s each): what is measured is the running site, not its first requests
  // and the caches filling.
  for (const t of targets) await measure(t.name, { url: site.url, requests: t.requests, connections: CONNECTIONS, duration: 5 });
  rssBefore = rssKb(pid);
  for (const t of targets) rows.push({ ...(await measure(t.name, { url: site.url, requests: t.requests, connections: CONNECTIONS, duration: DURATION })), kind: t.kind });
  rssAfter = rssKb(pid);
  sizes = await clientSizes(site.url, [...CONTENT_PAGES, ...OTHER_PAGES]);
} finally {
  await site.stop();
}

const growth = (rssAfter - rssBefore) / rssBefore;
const failures: string[] = [];
for (const r of rows) {
  if (r.errors > 0) failures.push(`${r.target}: ${r.errors} errors`);
  const budget = r.kind === "html" ? BUDGET.htmlP95 : r.kind === "search" ? BUDGET.searchP95 : BUDGET.askP95;
  if (!(r.p95 <= budget)) failures.push(`${r.target}: p95 ${r.p95} ms > ${budget} ms`);
}
if (growth > BUDGET.rssGrowth) failures.push(`RSS grew ${(growth * 100).toFixed(1)} % > ${BUDGET.rssGrowth * 100} %`);
for (const s of sizes.filter((s) => CONTENT_PAGES.includes(s.page))) {
  if (s.jsGzipKb > BUDGET.jsKb) failures.push(`${s.page}: client JS ${s.jsGzipKb} KB > ${BUDGET.jsKb} KB`);
}

console.log(`\n${CONNECTIONS} connections, ${DURATION} s per target; ${queries.length} queries and ${questions.length} questions in rotation\n`);
console.log("| target | req/s | p50 ms | p95 ms | p99 ms | errors | p95 budget |");
console.log("|---|---:|---:|---:|---:|---:|---:|");
for (const r of rows) console.log(`| ${r.target} | ${r.rps} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.errors} | ${r.kind === "html" ? BUDGET.htmlP95 : r.kind === "search" ? BUDGET.searchP95 : BUDGET.askP95} |`);
console.log(`\nServer RSS: ${(rssBefore / 1024).toFixed(1)} MB before, ${(rssAfter / 1024).toFixed(1)} MB after (${growth >= 0 ? "+" : ""}${(growth * 100).toFixed(1)} %, budget +${BUDGET.rssGrowth * 100} %)`);
console.log(`\n| page, first load | client JS gzip KB | CSS gzip KB |`);
console.log("|---|---:|---:|");
for (const s of sizes) console.log(`| ${decodeURIComponent(s.page)}${CONTENT_PAGES.includes(s.page) ? " (content page)" : ""} | ${s.jsGzipKb} | ${s.cssGzipKb} |`);
console.log(`\nLoaded only when used (budget ${BUDGET.jsKb} KB applies to first loads):`);
for (const d of onDemandSizes()) console.log(`- ${d.part}: ${d.jsGzipKb} KB`);

if (failures.length) {
  console.log(`\nOver budget:\n${failures.map((f) => `- ${f}`).join("\n")}`);
  if (check) process.exit(1);
} else console.log("\nAll budgets met.");
