// Publishing without downtime on two app processes sharing one Meilisearch and one publish folder (decision
// 0016): after `npm run publish` returns, both serve a valid change in their pages, search and assistant; an
// invalid change leaves both on the old version; a rollback restores it. The tests wait for versions with a
// generous timeout that only catches hangs; nothing here is timed.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSite, type SiteProcess } from "../../support/site-process";
import { copyContent, edit, writeContent } from "../unit/content-fixture";
import { startIndexedMeili } from "./meili-fixture";

const OLD_LEAD = "这是给重度残疾人的护理补贴。";
const NEW_LEAD = "这是发给重度残疾人的护理补贴。";
// A word nobody typed before: search finds the care allowance by it only once the change is served.
const NEW_WORD = "晴川卡";

describe("publishing to two running processes", () => {
  const copy = copyContent();
  const contentDir = writeContent(copy);
  const publishDir = mkdtempSync(join(tmpdir(), "publish-"));
  let meili: Awaited<ReturnType<typeof startIndexedMeili>>;
  let sites: SiteProcess[] = [];

  beforeAll(async () => {
    meili = await startIndexedMeili();
    const env = { MEILI_URL: meili.url, MEILI_API_KEY: meili.apiKey, CONTENT_DIR: contentDir, PUBLISH_DIR: publishDir, OPENAI_API_KEY: "", ASK_RATE_LIMIT: "0" };
    sites = await Promise.all([startSite(env, "meilisearch"), startSite(env, "meilisearch")]);
  }, 120_000);
  afterAll(async () => {
    await Promise.all(sites.map((s) => s.stop()));
    await meili?.stop();
    for (const dir of [contentDir, publishDir]) rmSync(dir, { recursive: true, force: true });
  });

  const publish = (...args: string[]) => spawnSync("npx", ["tsx", "scripts/publish.ts", ...args], { env: { ...process.env, CONTENT_DIR: contentDir, PUBLISH_DIR: publishDir }, encoding: "utf8", timeout: 120_000 });
  const health = async (site: SiteProcess) => (await (await fetch(`${site.url}/healthz`)).json()) as { content: { version: string; published: string }; search: { engine: string } };
  const page = async (site: SiteProcess) => (await fetch(`${site.url}/subsidies/care-allowance`)).text();
  const found = async (site: SiteProcess) => ((await (await fetch(`${site.url}/api/search?q=${encodeURIComponent(NEW_WORD)}`)).json()) as { exact: boolean; hits: { id: string }[] });
  const answer = async (site: SiteProcess) =>
    ((await (await fetch(`${site.url}/api/ask`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ question: "重度残疾人护理补贴是什么" }) })).json()) as { answer: string }).answer;

  let first: string;

  it("a valid change is served by both, in pages, search and the assistant, when the publish command returns", async () => {
    first = (await health(sites[0])).content.version;
    expect((await health(sites[1])).content.version).toBe(first);
    edit(copy, "subsidies/care-allowance.yaml", `summary: ${OLD_LEAD}`, `summary: ${NEW_LEAD}`);
    edit(copy, "subsidies/care-allowance.yaml", "said: [护理费,", `said: [${NEW_WORD}, 护理费,`);
    writeContent(copy, contentDir);

    const result = publish("--note", "改了护理补贴的简介");
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("2 个网站进程都已切换到新版本");
    expect(result.stdout).toContain("修改 subsidies/care-allowance.yaml");

    for (const site of sites) {
      const { content, search } = await health(site);
      expect(content.version).not.toBe(first);
      expect(content.version).toBe(content.published);
      expect(search.engine).toBe("meilisearch");
      expect(await page(site)).toContain(NEW_LEAD);
      const hits = await found(site);
      expect(hits.exact).toBe(true);
      expect(hits.hits[0].id).toBe("care-allowance");
      expect(await answer(site)).toContain(NEW_LEAD.replace(/^这是/, ""));
    }
    const changes = await (await fetch(`${sites[1].url}/changes`)).text();
    expect(changes).toContain("改了护理补贴的简介");
  }, 180_000);

  it("an invalid change is refused with Chinese file:line messages, and both go on serving the version they had", async () => {
    const served = (await health(sites[0])).content.version;
    edit(copy, "subsidies/care-allowance.yaml", "    unit: task-17", "    unit: task-99");
    writeContent(copy, contentDir);
    const result = publish();
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/subsidies\/care-allowance\.yaml:\d+: 引用的规划单元“task-99”不存在/);
    expect(result.stderr).toContain("网站继续使用原来的版本");
    for (const site of sites) {
      expect((await health(site)).content.version).toBe(served);
      expect(await page(site)).toContain(NEW_LEAD);
    }
    edit(copy, "subsidies/care-allowance.yaml", "    unit: task-99", "    unit: task-17");
    writeContent(copy, contentDir);
  }, 120_000);

  it("a rollback serves the earlier version again on both, through the same swap", async () => {
    const result = publish("--rollback", first, "--note", "撤回简介的改动");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("2 个网站进程都已切换到新版本");
    for (const site of sites) {
      expect((await health(site)).content.version).toBe(first);
      const html = await page(site);
      expect(html).toContain(OLD_LEAD);
      expect(html).not.toContain(NEW_LEAD);
      const hits = await found(site);
      expect(hits.exact && hits.hits[0]?.id === "care-allowance").toBe(false);
    }
    const history = publish("--history");
    expect(history.stdout).toMatch(new RegExp(`${first}\\s+回滚.*撤回简介的改动`));
  }, 120_000);
});
