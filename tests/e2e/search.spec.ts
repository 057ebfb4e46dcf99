import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";

test.describe("search without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the header search box finds 重度残疾人护理补贴 in the first three hits, from Meilisearch", async ({ page, request }) => {
    await page.goto("/");
    const box = page.getByRole("search").first().getByLabel("搜索本站");
    await box.fill("护理补贴");
    await box.press("Enter");
    await expect(page).toHaveURL(/\/search\?q=/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("“护理补贴”的搜索结果");
    await expect(page.getByRole("heading", { level: 2, name: /^找到 \d+ 条结果/ })).toBeVisible();
    const titles = await page.locator(".result__title").allTextContents();
    expect(titles.slice(0, 3).some((t) => t.includes("重度残疾人护理补贴")), `first titles: ${titles.slice(0, 5).join(" | ")}`).toBe(true);
    await expect(page.locator(".result__snippet mark").first()).toBeVisible();
    const api = await (await request.get(`/api/search?q=${encodeURIComponent("护理补贴")}`)).json();
    expect(api.engine).toBe("meilisearch");
  });

  test("type filters are a fieldset of checkboxes submitted with a button", async ({ page }) => {
    await page.goto(`/search?q=${encodeURIComponent("覆盖率")}`);
    const filters = page.getByRole("group", { name: "只看这些类型" });
    await filters.getByLabel("表格数据").check();
    await filters.getByRole("button", { name: "筛选" }).click();
    await expect(page).toHaveURL(/type=table/);
    await expect(page.getByLabel("表格数据")).toBeChecked();
    const types = await page.locator(".result__type").allTextContents();
    expect(types.length).toBeGreaterThan(0);
    expect(new Set(types)).toEqual(new Set(["表格数据"]));
  });

  test("pagination is links, and page 2 shows other results", async ({ page }) => {
    await page.goto(`/search?q=${encodeURIComponent("残疾人")}`);
    const first = await page.locator(".result__title").allTextContents();
    const pager = page.getByRole("navigation", { name: "搜索结果分页" });
    await pager.getByRole("link", { name: "下一页" }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(pager.locator("[aria-current=page]")).toHaveText("第 2 页");
    const second = await page.locator(".result__title").allTextContents();
    expect(second.length).toBeGreaterThan(0);
    expect(second).not.toEqual(first);
  });

  test("no results: tips, links to browse, and 12345", async ({ page }) => {
    await page.goto(`/search?q=${encodeURIComponent("qxzqxzqxz")}`);
    const help = page.locator(".no-results");
    await expect(help.getByRole("heading", { level: 2 })).toContainText("没有找到与“qxzqxzqxz”完全符合的内容");
    await expect(help.getByRole("link", { name: "阅读规划全文" })).toBeVisible();
    await expect(help).toContainText("12345");
  });

  test("a query over 200 characters gets a clear message, not an error page", async ({ page }) => {
    const response = await page.goto(`/search?q=${"无障碍".repeat(70)}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("alert")).toContainText("出现了问题");
    await expect(page).toHaveTitle(/^错误：/);
    await expect(page.getByRole("alert")).toContainText("200");
    // Nothing typed is lost: the box still holds the query.
    await expect(page.locator("#search-page-q")).toHaveValue("无障碍".repeat(70));
  });

  test("markup in a query is shown as text wherever it is echoed", async ({ page }) => {
    const attack = `<img src=x onerror=alert(1)><script>alert(2)</script>"'`;
    let dialogs = 0;
    page.on("dialog", () => dialogs++);
    await page.goto(`/search?q=${encodeURIComponent(attack)}`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("<img src=x onerror=alert(1)>");
    await expect(page.locator("main img")).toHaveCount(0);
    await expect(page.locator("main script")).toHaveCount(0);
    await expect(page.locator("#search-page-q")).toHaveValue(attack);
    expect(dialogs).toBe(0);
  });
});

test("with JavaScript, search from the keyboard and reach a plan unit", async ({ page }) => {
  await page.goto("/plan");
  await page.getByRole("searchbox", { name: "搜索本站" }).first().focus();
  await page.keyboard.type("辅具租赁");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("“辅具租赁”的搜索结果");
  const first = page.locator(".result__title a").first();
  await first.focus();
  await expect(first).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).not.toHaveURL(/\/search/);
  const id = new URL(page.url()).hash.slice(1);
  if (id) await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
  else await expect(page.getByRole("heading", { level: 1 })).toContainText("辅具租赁");
});

test.describe("GET /api/search", () => {
  test("answers with the contract: query, engine, total, page, tookMs and full hits", async ({ request }) => {
    const res = await request.get(`/api/search?q=${encodeURIComponent("停车")}&limit=3`);
    expect(res.status()).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ query: "停车", engine: "meilisearch", page: 1 });
    expect(typeof body.total).toBe("number");
    expect(typeof body.tookMs).toBe("number");
    expect(body.hits.length).toBeGreaterThan(0);
    for (const hit of body.hits) {
      expect(Object.keys(hit).sort()).toEqual(["document", "headingPath", "id", "snippet", "text", "title", "type", "url"]);
      // Plan units by fragment on their chapter, FAQ entries on /faq, subsidies and services on their own page.
      expect(hit.url).toMatch(new RegExp(`^(/plan/[a-z]+#${hit.id}|/faq#${hit.id}|/subsidies/${hit.id}|/services/${hit.id})$`));
    }
  });

  test("repeatable type filters, and pages", async ({ request }) => {
    const body = await (await request.get(`/api/search?q=${encodeURIComponent("残疾人")}&type=task&type=table&limit=5&page=2`)).json();
    expect(body.page).toBe(2);
    expect(body.hits.every((h: { type: string }) => ["task", "table"].includes(h.type))).toBe(true);
  });

  test("bad input is a 400 with a code and message", async ({ request }) => {
    const cases: [string, string][] = [
      [`q=${"a".repeat(201)}`, "query_too_long"],
      ["q=x&type=nonsense", "bad_parameter"],
      ["q=x&page=0", "bad_parameter"],
      ["q=x&limit=1000", "bad_parameter"],
      [`q=x&district=${encodeURIComponent("火星区")}`, "bad_parameter"],
      ["q=", "bad_parameter"],
    ];
    for (const [query, code] of cases) {
      const res = await request.get(`/api/search?${query}`);
      expect(res.status(), query).toBe(400);
      const body = await res.json();
      expect(body.error.code, query).toBe(code);
      expect(typeof body.error.message).toBe("string");
    }
  });
});

test.describe("never a dead end: a search nothing matches exactly", () => {
  for (const javaScriptEnabled of [false, true]) {
    test(`${javaScriptEnabled ? "with" : "without"} JavaScript: labelled nearest units, the finder, the A–Z and 12345`, async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      await page.goto("/search");
      if (javaScriptEnabled) await expect(page.getByRole("button", { name: "问一问" })).toBeVisible();
      await page.getByRole("searchbox", { name: "要搜索的内容" }).fill("琴棋书画");
      await page.getByRole("searchbox", { name: "要搜索的内容" }).press("Enter");
      const section = page.getByRole("region", { name: /没有找到与“琴棋书画”完全符合的内容/ });
      await expect(section).toBeVisible();
      await expect(page).toHaveTitle(/^“琴棋书画”没有完全符合的结果 - /);
      // Whatever is listed is labelled as not an exact match.
      const listed = await section.locator(".result").count();
      if (listed) await expect(section.getByRole("heading", { level: 2, name: /最接近的 \d+ 条内容（不是完全符合）/ })).toBeVisible();
      await expect(section.getByRole("link", { name: "看看有哪些支持" })).toBeVisible();
      await expect(section.getByRole("link", { name: "补贴和服务机构 A–Z" })).toBeVisible();
      await expect(section).toContainText("12345");
      await expect(page.getByRole("status").filter({ hasText: "没有完全符合的结果" })).toHaveCount(1);
      // axe runs in the page's JavaScript: the same markup is checked in the run with it on.
      if (javaScriptEnabled) await expectNoAxeViolations(page);
      await context.close();
    });
  }

  test("a typo by sound is offered back as “您是不是要找”, and nonsense still leads somewhere", async ({ page }) => {
    await page.goto("/search?q=" + encodeURIComponent("无账碍"));
    await expect(page.getByText("您是不是要找：")).toBeVisible();
    await expect(page.getByRole("link", { name: "无障碍" }).first()).toHaveAttribute("href", /q=%E6%97%A0%E9%9A%9C%E7%A2%8D/);
    await expect(page.locator(".result").first()).toBeVisible();
    await page.goto("/search?q=qxzqxzqxz");
    await expect(page.locator(".no-results").getByRole("link", { name: "看看有哪些支持" })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
