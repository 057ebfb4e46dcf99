// Every address ever published (content/published-ids.txt) keeps working on the running site, in both
// languages: a page path answers (directly or through its permanent redirect), and an anchor id is an
// element on the page it lands on: the page of its unit, entry or term, or where content/redirects.yaml
// sends it (a server cannot redirect a fragment, so the anchor must be there). The plan's units are also
// reached through their /documents/<id>/<chapter> address, which redirects to /plan/<chapter>.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadContent } from "~/model/load.server";
import { chapterUrl, unitUrl } from "~/model/plan";
import { startSite, type SiteProcess } from "../../support/site-process";

const content = loadContent();
const recorded = readFileSync("content/published-ids.txt", "utf8").split("\n").filter(Boolean);

/** The page an anchor id lives on today, with the id it has there. */
function anchorPage(id: string): { page: string; anchor: string } {
  const moved = content.redirects.find((r) => r.from === id);
  if (moved?.to) {
    const [page, anchor = id] = moved.to.split("#");
    return { page, anchor };
  }
  const unit = content.units.get(id);
  if (unit) return { page: unitUrl(unit).split("#")[0], anchor: id };
  const chapter = content.chapters.find((c) => c.sections.some((s) => s.id === id));
  if (chapter) return { page: chapterUrl(chapter), anchor: id };
  if (content.faq.some((e) => e.id === id)) return { page: "/faq", anchor: id };
  if (content.glossary.some((e) => e.id === id)) return { page: "/glossary", anchor: id };
  throw new Error(`published anchor #${id} is nowhere on the site`);
}

describe("every published address", () => {
  let site: SiteProcess;
  const pages = new Map<string, Promise<string>>();
  const page = (path: string) => {
    if (!pages.has(path)) pages.set(path, fetch(site.url + path).then(async (r) => (r.ok ? r.text() : `HTTP ${r.status}`)));
    return pages.get(path)!;
  };
  beforeAll(async () => {
    site = await startSite({ SEARCH_ENGINE: "embedded", OPENAI_API_KEY: "" }, "embedded");
  }, 90_000);
  afterAll(async () => {
    await site?.stop();
  });

  it.each(["", "/en"])("resolves, with every anchor on the page it lands on (%s)", async (prefix) => {
    const missing: string[] = [];
    for (const key of recorded) {
      if (key.startsWith("/")) {
        const response = await fetch(site.url + prefix + key);
        if (response.status !== 200) missing.push(`${prefix}${key}: HTTP ${response.status}`);
        continue;
      }
      const { page: path, anchor } = anchorPage(key.slice(1));
      const html = await page(prefix + path);
      if (!html.includes(`id="${anchor}"`)) missing.push(`${prefix}${path}#${anchor} (recorded as ${key})`);
    }
    expect(missing).toEqual([]);
    expect(recorded.length).toBeGreaterThan(300);
  });

  it("the plan's chapters answer at their /documents address too, with a permanent redirect to /plan", async () => {
    for (const document of content.documents) {
      for (const chapter of document.chapters) {
        for (const prefix of ["", "/en"]) {
          const response = await fetch(`${site.url}${prefix}/documents/${document.id}/${chapter.slug}`, { redirect: "manual" });
          if (document.base === `/documents/${document.id}`) expect(response.status).toBe(200);
          else {
            expect(response.status).toBe(301);
            expect(new URL(response.headers.get("location")!, site.url).pathname).toBe(`${prefix}${chapterUrl(chapter)}`);
          }
        }
      }
    }
  });
});
