// Every page, search hit and citation states the plan's status for the day it is made, in both languages and
// through the page cache: within its period on a day in 2024, ended on a day in 2026 (SITE_DATE sets the day),
// and on one site whose clock moves past the period's end.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSite, type SiteProcess } from "../../support/site-process";

const footer = async (site: SiteProcess, path: string) => {
  const html = await (await fetch(site.url + path)).text();
  return /<footer[\s\S]*<\/footer>/.exec(html)?.[0].replace(/<[^>]+>/g, "") ?? "";
};

describe("the plan's status on every page", () => {
  let during: SiteProcess;
  let after: SiteProcess;
  beforeAll(async () => {
    [during, after] = await Promise.all(
      ["2024-06-01", "2026-12-01"].map((day) => startSite({ SEARCH_ENGINE: "embedded", OPENAI_API_KEY: "", SITE_DATE: day }, "embedded")),
    );
  }, 90_000);
  afterAll(async () => {
    await Promise.all([during?.stop(), after?.stop()]);
  });

  it("says the period has ended after 2025, and only then, on a kept page too", async () => {
    for (const path of ["/", "/plan/tasks", "/subsidies/care-allowance"]) {
      // The second request is served from the page cache.
      for (const _ of [1, 2]) {
        expect(await footer(after, path)).toContain("规划期为 2021 至 2025 年，已于 2025 年结束");
        const within = await footer(during, path);
        expect(within).toContain("规划期为 2021 至 2025 年。");
        expect(within).not.toContain("结束");
      }
    }
  });

  it("search hits and citations name the document with its status that day; /api/search filters by it", async () => {
    const plan = { id: "hangzhou-disability-plan-2021-2025", title: "杭州市残疾人事业发展“十四五”规划" };
    for (const [site, status] of [[after, "ended"], [during, "within"]] as const) {
      const search = await (await fetch(`${site.url}/api/search?q=${encodeURIComponent("护理补贴")}&document=${plan.id}`)).json();
      expect(search.hits.length).toBeGreaterThan(0);
      for (const hit of search.hits) expect(hit.document).toEqual({ ...plan, status });
      const ask = await (await fetch(`${site.url}/api/ask`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ question: "重度残疾人护理补贴覆盖率目标是多少" }) })).json();
      expect(ask.citations.length).toBeGreaterThan(0);
      for (const citation of ask.citations) expect(citation.document).toEqual({ ...plan, status });
    }
    const english = await (await fetch(`${after.url}/api/search?q=care&lang=en`)).json();
    expect(english.hits[0].document.title).toMatch(/^Hangzhou Plan/);
    const unknown = await fetch(`${after.url}/api/search?q=care&document=another-plan`);
    expect(unknown.status).toBe(400);
    expect((await unknown.json()).error).toEqual({ code: "bad_parameter", message: "Unknown document" });
  });

  it("the operator desk's ready reply says the period has ended, only after 2025", async () => {
    const page = async (site: SiteProcess) => (await fetch(`${site.url}/operator?q=${encodeURIComponent("坐公交要钱吗")}`)).text();
    expect(await page(after)).toContain("以上是规划（2021—2025年，规划期已于 2025 年结束）中的内容");
    expect(await page(during)).toContain("以上是规划（2021—2025年）中的内容");
  });

  it("in English too", async () => {
    expect(await footer(after, "/en/plan/tasks")).toContain("its period ended in 2025");
    expect(await footer(during, "/en/plan/tasks")).toContain("The plan covers 2021 to 2025.");
  });
});

describe("a kept page when the day changes", () => {
  // One site whose clock moves from the last day of the plan's period to the first day after it: the page
  // kept on the first day is not sent on the second (the page cache keys pages by the day).
  let site: SiteProcess;
  const dir = mkdtempSync(join(tmpdir(), "clock-"));
  const clock = join(dir, "now");
  beforeAll(async () => {
    writeFileSync(clock, "2025-12-31T12:00:00+08:00");
    const preload = resolve("tests/integration/fixtures/clock-from-file.cjs");
    site = await startSite({ SEARCH_ENGINE: "embedded", OPENAI_API_KEY: "", NODE_OPTIONS: `--require ${preload}`, TEST_CLOCK_FILE: clock }, "embedded");
  }, 90_000);
  afterAll(async () => {
    await site?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("says the period has ended from the first day after it, on a page kept the day before", async () => {
    for (const _ of [1, 2]) expect(await footer(site, "/plan/tasks")).toContain("规划期为 2021 至 2025 年。");
    writeFileSync(clock, "2026-01-01T00:30:00+08:00");
    // The clock file is read at most every 50 ms.
    await new Promise((r) => setTimeout(r, 100));
    expect(await footer(site, "/plan/tasks")).toContain("规划期为 2021 至 2025 年，已于 2025 年结束");
  });
});
