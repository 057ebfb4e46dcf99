// Whole-page caching for anonymous reading (app/lib/page-cache.server.ts): what is sent from the cache must be
// what a fresh render sends, with the response's own nonce, and nothing a person sends may be kept.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSite, type SiteProcess } from "../../support/site-process";
import { SHARED_SITE_ENV, sharedMeilisearch, sharedSite } from "./shared-services";

type Site = { url: string };
let cached: Site;
let fresh: SiteProcess;

// The shared site keeps pages; a site of its own, the same but for PAGE_CACHE_SIZE=0, renders every page afresh.
beforeAll(async () => {
  const meili = await sharedMeilisearch();
  [cached, fresh] = await Promise.all([
    sharedSite(),
    startSite({ ...SHARED_SITE_ENV, MEILI_URL: meili.url, MEILI_API_KEY: meili.apiKey, PAGE_CACHE_SIZE: "0" }, "meilisearch"),
  ]);
}, 120_000);

afterAll(async () => {
  await fresh?.stop();
});

async function page(site: Site, path: string, headers: Record<string, string> = {}) {
  const response = await fetch(site.url + path, { headers });
  const html = await response.text();
  const nonce = /script-src 'nonce-([^']+)'/.exec(response.headers.get("content-security-policy") ?? "")?.[1] ?? "";
  return { status: response.status, html, nonce };
}

/** The page with its nonce and the port (in the Remix context) taken out. */
const comparable = (p: { html: string; nonce: string }, site: Site) => p.html.split(p.nonce).join("NONCE").split(new URL(site.url).port).join("PORT");

describe("kept pages", () => {
  for (const path of ["/", "/plan/tasks", "/en/plan/indicators", "/glossary", "/subsidies/care-allowance"]) {
    it(`${path}: sent again byte for byte as a fresh render, with each response's own nonce`, async () => {
      await page(cached, path); // rendered and kept
      const [first, second, reference] = [await page(cached, path), await page(cached, path), await page(fresh, path)];
      expect(first.status).toBe(200);
      expect(first.nonce).not.toBe(second.nonce);
      expect(first.html).toContain(`nonce="${first.nonce}"`);
      expect(second.html).toContain(`nonce="${second.nonce}"`);
      expect(second.html).not.toContain(first.nonce);
      expect(comparable(first, cached)).toBe(comparable(reference, fresh));
      expect(comparable(second, cached)).toBe(comparable(reference, fresh));
    });
  }

  it("keeps one page per display choice", async () => {
    const contrast = { Cookie: `display=${encodeURIComponent(Buffer.from(JSON.stringify({ textSize: "200", scheme: "contrast", spacing: "wide", motion: "reduce" })).toString("base64"))}` };
    await page(cached, "/plan/tasks", contrast);
    const [withChoice, without] = [await page(cached, "/plan/tasks", contrast), await page(cached, "/plan/tasks")];
    expect(withChoice.html).toMatch(/<html[^>]*data-scheme="contrast"/);
    expect(without.html).not.toMatch(/<html[^>]*data-scheme=/);
  });

  it("never keeps a page with a query or another cookie: what people type is never held", async () => {
    const typed = "第一次输入的问题";
    const search = await page(cached, `/search?q=${encodeURIComponent(typed)}`);
    expect(search.html).toContain(typed);
    // The same address without the query shows nothing of it, also after the query was asked.
    expect((await page(cached, "/search")).html).not.toContain(typed);
    const withOther = await page(cached, "/finder/check", { Cookie: "finder=abc; display=x" });
    expect(withOther.status).toBeLessThan(500);
    expect((await page(cached, "/finder/check")).html).not.toContain("abc");
  });
});
