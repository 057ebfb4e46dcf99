// The words every published page shows, kept as file snapshots (tests/integration/rendered-text/): a change
// to what a page says, in either language, shows up here as a diff to review. Issue 17 moved the plan into
// the document registry "without changing one published word"; the snapshots were recorded before that move.
// What a change may add on purpose is marked in the page with `data-addition` (the document notices), and what
// depends on the running site rather than its content with `data-volatile` (the publish history): both are
// left out of the comparison. Record again after a deliberate change with `npx vitest run <this file> -u`.
import { readFileSync } from "node:fs";
import { JSDOM } from "jsdom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSite, type SiteProcess } from "../../support/site-process";

/** Pages that are not in the published-address record (it keeps content pages). */
const SITE_PAGES = ["/", "/a-z", "/finder", "/search", "/ask", "/accessibility", "/privacy", "/preferences", "/operator", "/changes", "/faq", "/glossary", "/plan", "/subsidies", "/services"];

const BLOCKS = "p, li, h1, h2, h3, h4, h5, h6, div, tr, section, dt, dd, br, header, footer, nav, main, caption, figcaption, blockquote, summary, label, legend, option";

/**
 * The visible words of a page, one block a line: without scripts, without what is hidden until the page's
 * script shows it (a stop button, a copy button), and without what is marked as an addition.
 */
function renderedText(html: string): string {
  const { document } = new JSDOM(html).window;
  document.querySelectorAll("script, style, template, [hidden], [data-addition], [data-volatile]").forEach((e) => e.remove());
  document.querySelectorAll(BLOCKS).forEach((e) => e.append(document.createTextNode("\n")));
  document.querySelectorAll("td, th").forEach((e) => e.append(document.createTextNode("\t")));
  return (document.body.textContent ?? "")
    .split("\n")
    .map((line) => line.replace(/[ \t]+/g, " ").trim())
    .filter(Boolean)
    .join("\n")
    .concat("\n");
}

const recorded = readFileSync("content/published-ids.txt", "utf8").split("\n").filter((l) => l.startsWith("/"));
const paths = [...SITE_PAGES, ...recorded].flatMap((p) => [p, p === "/" ? "/en" : `/en${p}`]);
const fileOf = (path: string) => `./rendered-text/${path === "/" ? "index" : path.slice(1).replace(/\//g, "_")}.txt`;

describe("the words of every recorded page", () => {
  let site: SiteProcess;
  beforeAll(async () => {
    // A fixed day: the footer states the plan's status on the day a page is made.
    site = await startSite({ SEARCH_ENGINE: "embedded", OPENAI_API_KEY: "", SITE_DATE: "2026-12-01" }, "embedded");
  }, 90_000);
  afterAll(async () => {
    await site?.stop();
  });

  it.each(paths)("%s", async (path) => {
    const response = await fetch(site.url + path);
    expect(response.status).toBe(200);
    await expect(renderedText(await response.text())).toMatchFileSnapshot(fileOf(path));
  });
});
