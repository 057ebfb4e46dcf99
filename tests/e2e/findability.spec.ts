// Nothing hidden, nothing lost (issue 12): every support is listed, every page can be reached another way,
// counts are announced, English pages mark their Chinese, and the operator's copy texts read as sentences.
import { expect, test } from "@playwright/test";
import { readdirSync } from "node:fs";
import { expectNoAxeViolations } from "./axe";

const ORIGIN = "https://guide.example.gov.cn"; // PUBLIC_ORIGIN in playwright.config.ts
const published = (kind: string) => readdirSync(`content/${kind}`).filter((f) => f.endsWith(".yaml")).length;

test.describe("every support is listed when nothing is chosen", () => {
  for (const path of ["/subsidies", "/en/subsidies"]) {
    test(path, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator(".card-list > li")).toHaveCount(published("subsidies"));
    });
  }
});

test.describe("the finder without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("ticking no 情况 leaves nothing out, and the result page says what each answer narrowed", async ({ page }) => {
    await page.goto("/finder/role");
    const answer = async (label: string) => {
      await page.getByLabel(label, { exact: true }).check();
      await page.getByRole("button", { name: "继续" }).click();
    };
    await answer("残疾人本人");
    await answer("0 至 6 岁");
    await answer("不确定或不想说");
    await answer("不确定或不想说");
    await expect(page).toHaveURL(/\/finder\/conditions$/);
    await page.getByRole("button", { name: "继续" }).click();
    await answer("不确定或不想说");
    await page.getByRole("link", { name: "查看结果" }).click();
    // Supports tagged with a 情况 (rehabilitation for young children) are still there.
    await expect(page.getByRole("link", { name: "0—6周岁残疾儿童和孤独症儿童基本康复服务" })).toBeVisible();
    const narrowing = page.getByRole("region", { name: "您的回答怎样缩小了结果" });
    await expect(narrowing).toContainText(`本站介绍了 ${published("subsidies")} 项支持`);
    await expect(narrowing.getByRole("listitem").filter({ hasText: "年龄" })).toContainText(/排除了 \d+ 项/);
    await expect(narrowing.getByRole("listitem").filter({ hasText: "情况" })).toHaveCount(0);
    await expect(narrowing).toContainText("一个也没勾选的问题，不会排除任何支持");
  });
});

test.describe("another way to every page (WCAG 2.4.5)", () => {
  test("/a-z lists every support and service, and the footer links to it", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("contentinfo").getByRole("link", { name: "补贴和服务机构 A–Z" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("全部补贴和服务机构（按拼音首字母）");
    await expect(page.locator(".az-list > li")).toHaveCount(published("subsidies") + published("services"));
    await expect(page.locator(".az-list a[href='/subsidies/care-allowance']")).toBeVisible();
    await page.goto("/en/a-z");
    await expect(page.locator(".az-list > li")).toHaveCount(published("subsidies") + published("services"));
    await expect(page.locator(".az-list a[href='/en/services/binjiang-service-centre']")).toBeVisible();
  });

  test("/sitemap.xml lists every published page in both languages, from the configured origin only", async ({ request }) => {
    const response = await request.get("/sitemap.xml", { headers: { Host: "evil.example.com" } });
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("application/xml");
    const xml = await response.text();
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(xml).not.toContain("evil.example.com");
    expect(locs.every((l) => l.startsWith(`${ORIGIN}/`) && !l.includes("#"))).toBe(true);
    for (const path of ["/", "/en", "/plan/tasks", "/en/plan/tasks", "/subsidies/care-allowance", "/en/services/binjiang-service-centre", "/a-z", "/en/a-z"]) {
      expect(locs).toContain(`${ORIGIN}${path}`);
    }
    expect(locs.filter((l) => l.includes("/subsidies/")).length).toBe(2 * published("subsidies"));
    expect(locs.filter((l) => l.includes("/services/")).length).toBe(2 * published("services"));
    expect(new Set(locs).size).toBe(locs.length);
    // Every listed page answers.
    for (const loc of locs.filter((_, i) => i % 7 === 0)) expect((await request.get(loc.replace(ORIGIN, ""))).status(), loc).toBe(200);
  });
});

test("filtering announces its count in a status message that stays in the page", async ({ page }) => {
  await page.goto("/subsidies");
  const status = page.getByRole("status").filter({ hasText: /^共 \d+ 项$/ });
  await expect(status).toHaveText(`共 ${published("subsidies")} 项`);
  await status.evaluate((el) => el.setAttribute("data-kept", "yes"));
  // Once the page's script has run (问一问 turns from a link into a button), the filter answers without a page load.
  await expect(page.getByRole("button", { name: "问一问" })).toBeVisible();
  await page.getByLabel("您是").selectOption("employer");
  await page.getByRole("button", { name: "筛选", exact: true }).click();
  await expect(page).toHaveURL(/role=employer/);
  const after = page.locator("[role=status][data-kept=yes]");
  // The URL can change a frame before React renders the new count, so wait for the text itself (retrying).
  await expect(after).not.toHaveText(`共 ${published("subsidies")} 项`);
  await expect(after).toHaveText(/^共 \d+ 项$/);
});

test("the search page announces its count", async ({ page }) => {
  await page.goto("/search?q=" + encodeURIComponent("护理补贴"));
  await expect(page.getByRole("status").filter({ hasText: /^找到 \d+ 条结果$/ })).toHaveCount(1);
});

test.describe("English pages mark every piece of Chinese with its language", () => {
  const PAGES = ["/en/plan/notice", "/en/plan/tasks", "/en/plan/background", "/en/plan/indicators", "/en/plan/projects", "/en/glossary", "/en/faq", "/en/changes", "/en/operator?q=%E7%AC%AC12%E6%9D%A1", "/en/search?q=%E6%8A%A4%E7%90%86%E8%A1%A5%E8%B4%B4", "/en/subsidies/care-allowance"];
  for (const path of PAGES) {
    test(path, async ({ page }) => {
      await page.goto(path);
      const untagged = await page.evaluate(() => {
        const cjk = /[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]/;
        const found: string[] = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const el = n.parentElement;
          // A form field's value is what the person copies, not text read in the page's language.
          if (!el || el.closest("script, style, textarea") || !cjk.test(n.textContent ?? "")) continue;
          if (!el.closest("[lang]")?.getAttribute("lang")?.startsWith("zh")) found.push(`${el.tagName}: ${n.textContent!.trim().slice(0, 60)}`);
        }
        for (const el of document.querySelectorAll("[aria-label], [title], [alt]"))
          for (const name of ["aria-label", "title", "alt"]) if (cjk.test(el.getAttribute(name) ?? "")) found.push(`${name}: ${el.getAttribute(name)}`);
        return found;
      });
      expect(untagged).toEqual([]);
    });
  }

  test("a page that quotes the plan says once, near the top, that the official text is Chinese", async ({ page }) => {
    for (const path of ["/en/plan/tasks", "/en/subsidies/care-allowance", "/en/search?q=wheelchair", "/en/ask", "/en/operator"]) {
      await page.goto(path);
      await expect(page.getByText("The plan's official text is in Chinese"), path).toHaveCount(1);
    }
  });
});

test.describe("the search page", () => {
  test("has one search landmark per name, and a title with the query and the count", async ({ page }) => {
    await page.goto("/search?q=" + encodeURIComponent("护理补贴"));
    const names = await page.getByRole("search").evaluateAll((els) => els.map((e) => document.getElementById(e.getAttribute("aria-labelledby") ?? "")?.textContent));
    expect(new Set(names).size).toBe(names.length);
    await expect(page).toHaveTitle(/^“护理补贴”的搜索结果（\d+ 条） - 杭州残疾人服务指南$/);
    await page.goto("/en/search?q=wheelchair");
    await expect(page).toHaveTitle(/^Search results for “wheelchair” \(\d+ results?\) - /);
  });

  test("a title says 错误： when a form has errors, with and without JavaScript", async ({ page, browser }) => {
    await page.goto("/search?q=" + "长".repeat(300));
    await expect(page).toHaveTitle(/^错误：/);
    await page.goto("/finder/role");
    await expect(page.getByRole("button", { name: "问一问" })).toBeVisible();
    await page.getByRole("button", { name: "继续" }).click();
    await expect(page.getByRole("alert")).toBeVisible();
    await expect(page).toHaveTitle(/^错误：您是谁？/);
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const plain = await noJs.newPage();
    await plain.goto(test.info().project.use.baseURL + "/ask");
    await plain.getByRole("button", { name: "提问" }).click();
    await expect(plain).toHaveTitle(/^错误：问一问/);
    await plain.goto(test.info().project.use.baseURL + "/finder/role");
    await plain.getByRole("button", { name: "继续" }).click();
    await expect(plain).toHaveTitle(/^错误：/);
    await noJs.close();
  });
});

test.describe("at 320 px", () => {
  test.use({ viewport: { width: 320, height: 640 }, javaScriptEnabled: false });

  test("the page heading is on the first screen, and the 菜单 opens the navigation without JavaScript", async ({ page }) => {
    await page.goto("/plan/tasks");
    const top = (await page.getByRole("heading", { level: 1 }).boundingBox())!.y;
    expect(top).toBeLessThan(320);
    const nav = page.getByRole("navigation", { name: "主导航" });
    await expect(nav).toBeHidden();
    await page.getByText("菜单", { exact: true }).click();
    await expect(nav).toBeVisible();
    await nav.getByRole("link", { name: "补贴和福利" }).click();
    await expect(page).toHaveURL(/\/subsidies$/);
  });

  test("the header is unchanged at desktop width: no 菜单, everything shown", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto("/");
    await expect(page.getByText("菜单", { exact: true })).toBeHidden();
    await expect(page.getByRole("navigation", { name: "主导航" })).toBeVisible();
    await expect(page.getByRole("search", { name: "搜索本站" })).toBeVisible();
  });
});

test.describe("the operator desk's copy texts", () => {
  test("a table row reads as a sentence with its column headers; each part once; quotes nest properly", async ({ page }) => {
    await page.goto("/operator?q=" + encodeURIComponent("护理补贴覆盖率"));
    const replies = await page.locator(".op-card textarea").evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value));
    expect(replies.length).toBeGreaterThan(1);
    for (const reply of replies) {
      expect(reply).not.toMatch(/序号：|；指标：/);
      expect(reply).not.toMatch(/““|””/);
      // No line says the same thing twice.
      const lines = reply.split("\n");
      expect(new Set(lines).size).toBe(lines.length);
      for (const line of lines) expect(reply.split(line).length - 1, line).toBe(1);
    }
    expect(replies.join("\n")).toMatch(/重度残疾人护理补贴覆盖率：2020年 基期值 99%，2025年 目标值 ≥99%/);
  });

  test("a plan paragraph's copy text has the paragraph once", async ({ page }) => {
    await page.goto("/operator?q=" + encodeURIComponent("理事长接访"));
    const reply = await page.locator(".op-card textarea").first().inputValue();
    expect(reply.split("理事长接访").length - 1).toBe(1);
  });

  test("each copy button says what it copies", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto("/operator?q=" + encodeURIComponent("坐公交要钱吗"));
    const buttons = page.getByRole("button", { name: /^复制答复\s?：/ });
    await expect(buttons.first()).toBeVisible();
    const names = await buttons.evaluateAll((els) => els.map((e) => e.textContent));
    expect(names.length).toBeGreaterThan(1);
    expect(new Set(names).size).toBe(names.length);
  });
});

test("/a-z and /en/a-z pass axe", async ({ page }) => {
  for (const path of ["/a-z", "/en/a-z"]) {
    await page.goto(path);
    await expectNoAxeViolations(page);
  }
});
