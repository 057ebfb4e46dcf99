// `npm run bench:publish`: publishes under load. A production site (bundled Meilisearch) serves pages, search
// and questions to 10 connections while content is published PUBLISHES times (`npm run publish`, a real
// edit each time); prints publish-to-visible times (from the command's start until the site serves the new
// text on a page) as percentiles, the command's own times, and the count of non-2xx responses and errors
// during the whole run. Decision 0016; the target is ≤ 5 s to visible and zero non-2xx.
import autocannon from "autocannon";
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startSite } from "../../support/site-process";

const PUBLISHES = Number(process.env.BENCH_PUBLISHES ?? 5);
const CONNECTIONS = 10;
const FILE = "subsidies/care-allowance.yaml";
const LEAD = "这是给重度残疾人的护理补贴。";

const contentDir = mkdtempSync(join(tmpdir(), "bench-content-"));
const dataDir = mkdtempSync(join(tmpdir(), "bench-data-"));
cpSync("content", contentDir, { recursive: true });
const original = readFileSync(join(contentDir, FILE), "utf8");

const site = await startSite({ CONTENT_DIR: contentDir, DATA_DIR: dataDir, ASK_RATE_LIMIT: "0", OPENAI_API_KEY: "", SEARCH_ENGINE: "" }, "meilisearch");
const get = (path: string) => ({ method: "GET" as const, path });
const requests: autocannon.Request[] = [
  get("/"),
  get("/plan/tasks"),
  get("/subsidies/care-allowance"),
  get(`/api/search?q=${encodeURIComponent("护理补贴")}`),
  get(`/search?q=${encodeURIComponent("坐公交要钱吗")}`),
  { method: "POST", path: "/api/ask", body: JSON.stringify({ question: "重度残疾人护理补贴是什么" }), headers: { "Content-Type": "application/json" } },
];

const statuses = new Map<number, number>();
let stop = false;
const load = new Promise<autocannon.Result>((resolve, reject) => {
  // Runs until the publishes are done (stopped below), not for a fixed time.
  const instance = autocannon({ url: site.url, connections: CONNECTIONS, duration: 3600, requests }, (error, result) => (error ? reject(error) : resolve(result)));
  instance.on("response", (_client, status) => statuses.set(status, (statuses.get(status) ?? 0) + 1));
  const timer = setInterval(() => {
    if (stop) {
      clearInterval(timer);
      instance.stop();
    }
  }, 50);
});

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const visible: number[] = [];
const command: number[] = [];
try {
  await new Promise((r) => setTimeout(r, 3_000));
  for (let i = 1; i <= PUBLISHES; i++) {
    // No digits: every number in a summary must appear in the units it quotes (the truth rules).
    const marker = `（测试发布${"甲乙丙丁戊己庚辛壬癸"[(i - 1) % 10]}）`;
    writeFileSync(join(contentDir, FILE), original.replace(`summary: ${LEAD}`, `summary: ${LEAD.replace("。", marker + "。")}`));
    const started = performance.now();
    const published = spawnSync("npx", ["tsx", "scripts/publish.ts", "--note", `bench ${i}`], { env: { ...process.env, CONTENT_DIR: contentDir, DATA_DIR: dataDir }, encoding: "utf8" });
    command.push(performance.now() - started);
    if (published.status !== 0) throw new Error(`publish ${i} failed:\n${published.stderr}`);
    for (;;) {
      const page = await (await fetch(`${site.url}/subsidies/care-allowance`)).text();
      if (page.includes(marker)) break;
      if (performance.now() - started > 60_000) throw new Error(`publish ${i} not visible after 60 s`);
      await new Promise((r) => setTimeout(r, 20));
    }
    visible.push(performance.now() - started);
    await new Promise((r) => setTimeout(r, 2_000));
  }
} finally {
  stop = true;
  const result = await load;
  await site.stop();
  for (const dir of [contentDir, dataDir]) rmSync(dir, { recursive: true, force: true });
  const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
  const seconds = (ms: number | undefined) => (ms === undefined ? "–" : `${(ms / 1000).toFixed(2)} s`);
  const v = sorted(visible);
  const c = sorted(command);
  const non2xx = [...statuses].filter(([status]) => status < 200 || status >= 300).reduce((n, [, count]) => n + count, 0);
  console.log(`Publishing under load (${CONNECTIONS} connections, ${PUBLISHES} publishes, bundled Meilisearch)`);
  console.log(`  publish to visible: p50 ${seconds(percentile(v, 50))}, p95 ${seconds(percentile(v, 95))}, max ${seconds(v.at(-1))}`);
  console.log(`  npm run publish returns: p50 ${seconds(percentile(c, 50))}, max ${seconds(c.at(-1))}`);
  console.log(`  responses: ${[...statuses.values()].reduce((a, b) => a + b, 0)}, non-2xx: ${non2xx}, errors: ${result.errors}, timeouts: ${result.timeouts}`);
  console.log(`  by status: ${[...statuses].map(([s, n]) => `${s}×${n}`).join(", ")}`);
}
