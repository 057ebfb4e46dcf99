// Editors' safety nets on a running site: a broken content file fails content:check and `npm run publish` with
// Chinese file:line messages while the running site keeps serving; renamed and removed addresses answer
// 301 and 410 (content/redirects.yaml).
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSite, type SiteProcess } from "../../support/site-process";
import { copyContent, edit, lineOf, writeContent } from "../unit/content-fixture";

let site: SiteProcess;
// The site and the scripts are separate processes that read a content directory: the copy is written to a
// temporary one, removed at the end.
const copy = copyContent();
let dir: string | undefined;
// The site's data folder, shared with the publish command run below: it holds the published versions.
const dataDir = mkdtempSync(join(tmpdir(), "publishing-"));

beforeAll(async () => {
  // An editor renamed one subsidy and removed a unit id, and recorded both.
  edit(
    copy,
    "redirects.yaml",
    "redirects: []",
    [
      "redirects:",
      "  - from: /subsidies/old-care-allowance",
      "    to: /subsidies/care-allowance",
      '    date: "2026-11-20"',
      "  - from: /subsidies/withdrawn-allowance",
      '    date: "2026-11-21"',
      "    note: 这项内容合并到了重度残疾人护理补贴。",
      "    note_en: This was merged into the care allowance.",
      "  - from: task-99",
      "    to: /plan/tasks#task-12",
      '    date: "2026-11-22"',
    ].join("\n"),
  );
  dir = writeContent(copy);
  site = await startSite({ SEARCH_ENGINE: "embedded", CONTENT_DIR: dir, DATA_DIR: dataDir, OPENAI_API_KEY: "" }, "embedded");
}, 90_000);
afterAll(async () => {
  await site?.stop();
  for (const d of [dir, dataDir]) if (d) rmSync(d, { recursive: true, force: true });
});

const run = (script: string[]) => spawnSync("npx", script, { env: { ...process.env, CONTENT_DIR: dir, DATA_DIR: dataDir }, encoding: "utf8" });

describe("redirects", () => {
  it("a renamed page answers 301 to its new address, in either language", async () => {
    const zh = await fetch(`${site.url}/subsidies/old-care-allowance`, { redirect: "manual" });
    expect(zh.status).toBe(301);
    expect(zh.headers.get("location")).toBe("/subsidies/care-allowance");
    const en = await fetch(`${site.url}/en/subsidies/old-care-allowance`, { redirect: "manual" });
    expect(en.headers.get("location")).toBe("/en/subsidies/care-allowance");
  });

  it("a removed page answers 410 with the note and where to look", async () => {
    const res = await fetch(`${site.url}/subsidies/withdrawn-allowance`);
    expect(res.status).toBe(410);
    const html = await res.text();
    expect(html).toContain("这个页面已经删除");
    expect(html).toContain("这项内容合并到了重度残疾人护理补贴。");
    expect(html).toContain('href="/changes"');
    expect(html).toContain("12345");
  });

  it("an address never published is still a plain 404", async () => {
    expect((await fetch(`${site.url}/subsidies/never-existed`)).status).toBe(404);
  });

  it("/changes lists the renames and removals, newest first", async () => {
    const html = await (await fetch(`${site.url}/changes`)).text();
    const removed = html.indexOf("/subsidies/withdrawn-allowance");
    const renamed = html.indexOf("/subsidies/old-care-allowance");
    expect(removed).toBeGreaterThan(0);
    expect(renamed).toBeGreaterThan(removed);
  });
});

describe("a broken content file", () => {
  it("fails content:check and the publish with Chinese file:line messages, while the running site keeps serving", async () => {
    const before = (await (await fetch(`${site.url}/healthz`)).json()).content.version;
    edit(copy, "subsidies/care-allowance.yaml", "    unit: task-17", "    unit: task-99");
    edit(copy, "services/binjiang-service-centre.yaml", "kind: centre\n", "");
    edit(copy, "subsidies/living-allowance.yaml", 'last_updated: "', 'details: |\n  详见[点击这里](/subsidies/care-allowance)。\nlast_updated: "');
    writeContent(copy, dir);
    const expected = [
      `subsidies/care-allowance.yaml:${lineOf(copy, "subsidies/care-allowance.yaml", "unit: task-99")}: 引用的规划单元“task-99”不存在`,
      "services/binjiang-service-centre.yaml:3: 缺少必填字段“kind”",
      `subsidies/living-allowance.yaml:${lineOf(copy, "subsidies/living-allowance.yaml", "点击这里")}: 链接文字“点击这里”没有说明去哪里`,
    ];

    const check = run(["tsx", "scripts/content-check.ts"]);
    expect(check.status).toBe(1);
    for (const line of expected) expect(check.stderr).toContain(line);

    const published = run(["tsx", "scripts/publish.ts", "--note", "坏的改动"]);
    expect(published.status).toBe(1);
    for (const line of expected) expect(published.stderr).toContain(line);
    expect(published.stderr).not.toMatch(/\n\s+at /);

    // The running site goes on serving the version it had.
    expect((await (await fetch(`${site.url}/healthz`)).json()).content.version).toBe(before);
    const page = await fetch(`${site.url}/subsidies/care-allowance`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("重度残疾人护理补贴");
  }, 120_000);
});
