// The site built with two documents: the plan (its period ended) and the made-up fixture notice (within its
// period on the day), served from a content copy with real Meilisearch. The fixture's units are pages, search
// hits and assistant citations with its own status; nothing in the code names it.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSite, type SiteProcess } from "../../support/site-process";
import { FIXTURE_DOCUMENT, addFixtureDocument, copyContent, writeContent } from "../unit/content-fixture";

const PLAN = "hangzhou-disability-plan-2021-2025";
const NOTICE_TITLE = "示例市残疾人服务补贴标准（2026—2030年）的通知（虚构，仅用于测试）";
const ENTITIES: Record<string, string> = { "&#x27;": "'", "&quot;": '"', "&lt;": "<", "&gt;": ">", "&amp;": "&" };
const text = (html: string) =>
  html
    .replace(/<script[\s\S]*?<\/script>/g, "")
    .replace(/<[^>]+>/g, "")
    .replace(/&#x27;|&quot;|&lt;|&gt;|&amp;/g, (e) => ENTITIES[e]);

describe("a site with two documents", () => {
  let site: SiteProcess;
  let contentDir: string;
  let dataDir: string;
  beforeAll(async () => {
    contentDir = writeContent(addFixtureDocument(copyContent()));
    dataDir = mkdtempSync(join(tmpdir(), "two-documents-"));
    site = await startSite({ CONTENT_DIR: contentDir, DATA_DIR: dataDir, SITE_DATE: "2026-12-01", OPENAI_API_KEY: "" }, "meilisearch");
  }, 120_000);
  afterAll(async () => {
    await site?.stop();
    for (const dir of [contentDir, dataDir]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const get = async (path: string) => {
    const response = await fetch(site.url + path);
    expect(response.status, path).toBe(200);
    return response.text();
  };
  const search = async (query: string) => (await fetch(`${site.url}/api/search?${new URLSearchParams(query)}`)).json();

  it("its chapters are pages under /documents/<id>, in both languages, with a notice of its own status", async () => {
    const html = await get(`/documents/${FIXTURE_DOCUMENT}/chapter-2`);
    const page = text(html);
    expect(page).toContain("4. 出行补贴。对持证残疾人乘坐示例市公共汽车和轨道交通的费用给予补贴。");
    expect(page).toContain(`本页内容出自《${NOTICE_TITLE}》（示残联〔2026〕7号，2026年3月2日印发）。这份通知的期限是 2026 至 2030 年。`);
    expect(page).toContain("今天仍在通知期内。");
    // The notice is for the document the page draws on: the plan is named only in the footer.
    expect(text(html.split("<footer")[0])).not.toContain("十四五");
    expect(html).toContain('id="exn-t1-row-2"');
    const english = text(await get(`/en/documents/${FIXTURE_DOCUMENT}/chapter-2`));
    expect(english).toContain("This page comes from the Example City subsidy notice (示残联〔2026〕7号, issued on 2 March 2026). The notice covers 2026 to 2030.");
    expect(english).toContain("The notice's official text is in Chinese");
    // The home page draws on both: its note speaks of the official texts.
    expect(text(await get("/en"))).toContain("The official texts are in Chinese");
    const contents = text(await get(`/documents/${FIXTURE_DOCUMENT}`));
    for (const heading of ["一、总体要求", "二、补贴项目和标准", "三、组织实施"]) expect(contents).toContain(heading);
  });

  it("the home page leads to both documents; every page's footer names both, each with its status that day", async () => {
    const home = await get("/");
    expect(home).toContain(`href="/documents/${FIXTURE_DOCUMENT}"`);
    expect(home).toContain('href="/plan"');
    const footer = text(/<footer[\s\S]*<\/footer>/.exec(home)![0]);
    expect(footer).toContain("规划期为 2021 至 2025 年，已于 2025 年结束。");
    expect(footer).toContain(`本站内容依据《${NOTICE_TITLE}》（示残联〔2026〕7号）。 通知期为 2026 至 2030 年。`);
  });

  it("search hits name their document with its status; the document filter keeps one; within its period ranks first", async () => {
    const filtered = await search(`q=补贴&document=${FIXTURE_DOCUMENT}`);
    expect(filtered.engine).toBe("meilisearch");
    expect(filtered.hits.length).toBeGreaterThan(0);
    for (const hit of filtered.hits) expect(hit.document).toEqual({ id: FIXTURE_DOCUMENT, title: NOTICE_TITLE, status: "within" });
    const both = await search("q=补贴&limit=20");
    const ids = both.hits.map((h: { document: { id: string } }) => h.document.id);
    expect(ids).toContain(PLAN);
    expect(ids).toContain(FIXTURE_DOCUMENT);
    expect(ids.lastIndexOf(FIXTURE_DOCUMENT)).toBeLessThan(ids.indexOf(PLAN));
    expect(both.hits.find((h: { document: { id: string } }) => h.document.id === PLAN).document.status).toBe("ended");
  });

  it("the assistant cites it with its own status and names it first", async () => {
    const response = await fetch(`${site.url}/api/ask`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ question: "示例市的出行补贴是给谁的" }) });
    const reply = await response.json();
    expect(reply.citations.some((c: { document: { id: string; status: string } }) => c.document.id === FIXTURE_DOCUMENT && c.document.status === "within")).toBe(true);
    expect(reply.answer).toMatch(new RegExp(`^以下内容出自《${NOTICE_TITLE.replace(/[()（）]/g, ".")}》（2026—2030年）。`));
  });

  it("the operator desk's ready reply names the document and its period", async () => {
    const page = text(await get(`/operator?q=${encodeURIComponent("示例市出行补贴")}`));
    expect(page).toContain(`依据：《${NOTICE_TITLE}》（2026—2030年）`);
    expect(page).toContain("以上是通知（2026—2030年）中的内容");
  });

  it("nothing in the code names the fixture", () => {
    // git grep lists the files that name it (tracked or not yet committed) and exits 1 when there are none.
    const grep = spawnSync("git", ["grep", "--untracked", "-l", "-e", FIXTURE_DOCUMENT, "-e", "示例市", "--", "app", "search", "server", "server.ts", "scripts", "support"], { encoding: "utf8" });
    expect(grep.stdout).toBe("");
    expect(grep.status).toBe(1);
  });
});
