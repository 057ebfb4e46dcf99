// `npm run audit`: Lighthouse 12 (mobile, its default simulated throttling) with Debian Chromium against the
// production build, on the home page, a plan chapter, a subsidy page and /ask. Prints the four category
// scores per page, the metrics behind performance, the JavaScript transferred and the machine's load average
// when it started, and fails when accessibility is below 100 or performance below 95. Not part of npm test:
// it takes minutes and its performance score depends on the machine.
import { loadavg } from "node:os";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { startSite } from "../support/site-process";

const ALL_PAGES = ["/", "/plan/tasks", "/subsidies/care-allowance", "/ask", "/search?q=" + encodeURIComponent("护理补贴")];
// AUDIT_PAGES=/plan/tasks,/ask audits only those (while working on one page); the bar is for all of them.
const PAGES = process.env.AUDIT_PAGES ? process.env.AUDIT_PAGES.split(",").map((p) => ALL_PAGES.find((a) => decodeURIComponent(a) === p) ?? p) : ALL_PAGES;
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
const NEEDS = { accessibility: 100, performance: 95 } as const;
const RUNS = Number(process.env.AUDIT_RUNS ?? 5);
// The metrics the performance score is made of, so a low score says what to work on.
const METRICS = { "first-contentful-paint": "FCP", "largest-contentful-paint": "LCP", "total-blocking-time": "TBT", "speed-index": "SI", "cumulative-layout-shift": "CLS" } as const;
// JavaScript transferred on load, from Lighthouse's resource summary (bytes on the wire, compressed).
const JS_BYTES = "js-transferred";

const load = loadavg();

const site = await startSite({ SEARCH_ENGINE: process.env.SEARCH_ENGINE ?? "", OPENAI_API_KEY: "" }, process.env.SEARCH_ENGINE === "embedded" ? "embedded" : "meilisearch");
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});

const rows: { page: string; scores: Record<string, number>; metrics: Record<string, number> }[] = [];
let failed = false;
try {
  for (const path of PAGES) {
    // Performance varies between runs on a shared machine: the median of RUNS runs is reported.
    const runs: Record<string, number>[] = [];
    const metricRuns: Record<string, number>[] = [];
    // One plain request first, so no run measures the server's first render of a route.
    await fetch(site.url + path);
    for (let i = 0; i < RUNS; i++) {
      const result = await lighthouse(site.url + path, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: [...CATEGORIES] });
      if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
      const failedAudits = Object.values(result.lhr.audits).filter((a) => a.scoreDisplayMode === "binary" && a.score === 0 && result.lhr.categories.accessibility.auditRefs.some((r) => r.id === a.id));
      for (const audit of failedAudits) console.error(`  ${path}: accessibility audit failed: ${audit.id} (${audit.title})`);
      runs.push(Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((result.lhr.categories[c].score ?? 0) * 100)])));
      const summary = (result.lhr.audits["resource-summary"]?.details as { items?: { resourceType: string; transferSize: number }[] } | undefined)?.items ?? [];
      metricRuns.push({
        ...Object.fromEntries(Object.keys(METRICS).map((id) => [id, result.lhr.audits[id]?.numericValue ?? NaN])),
        [JS_BYTES]: summary.find((i) => i.resourceType === "script")?.transferSize ?? NaN,
      });
    }
    const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, median(runs.map((r) => r[c]))]));
    // A run can lack a metric (Lighthouse reports an error for it instead); the median is of the runs that have it.
    const metrics = Object.fromEntries([...Object.keys(METRICS), JS_BYTES].map((id) => [id, median(metricRuns.map((r) => r[id]).filter((v) => Number.isFinite(v))) ?? NaN]));
    rows.push({ page: path, scores, metrics });
    for (const [category, need] of Object.entries(NEEDS)) if (scores[category] < need) failed = true;
  }
} finally {
  chrome.kill();
  await site.stop();
}

console.log(`\nLighthouse ${(await import("lighthouse/package.json", { with: { type: "json" } })).default.version}, mobile, median of ${RUNS} runs; load average at start ${load.map((l) => l.toFixed(2)).join(", ")} (1, 5, 15 min)`);
console.log(["page".padEnd(28), ...CATEGORIES.map((c) => c.padStart(15))].join(""));
for (const { page, scores } of rows) console.log([decodeURIComponent(page).padEnd(28), ...CATEGORIES.map((c) => String(scores[c]).padStart(15))].join(""));
console.log(`\nPerformance metrics, median of ${RUNS} runs (ms; CLS unitless)`);
console.log(["page".padEnd(28), ...Object.values(METRICS).map((m) => m.padStart(8)), "JS KB".padStart(8)].join(""));
for (const { page, metrics } of rows) {
  const cell = (id: string, v: number) => (!Number.isFinite(v) ? "–" : id === "cumulative-layout-shift" ? v.toFixed(3) : id === JS_BYTES ? (v / 1024).toFixed(1) : String(Math.round(v)));
  console.log([decodeURIComponent(page).padEnd(28), ...Object.entries(metrics).map(([id, v]) => cell(id, v).padStart(8))].join(""));
}
if (failed) {
  console.error(`\nBelow the bar: accessibility must be ${NEEDS.accessibility} and performance at least ${NEEDS.performance} on every page.`);
  process.exit(1);
}
