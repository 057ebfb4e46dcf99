import { expect, test } from "@playwright/test";
import { ROUTES, expectedStatus } from "./routes";

test.use({ javaScriptEnabled: false });

test("the main journey works without JavaScript: home → plan → chapter → task", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "阅读规划全文" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("规划全文");
  await page.getByRole("link", { name: "三、主要任务" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("三、主要任务");
  await page.getByRole("link", { name: /^链接\s?：第12条 优化辅具适配服务$/ }).click();
  await expect(page).toHaveURL(/\/plan\/tasks#task-12$/);
  await page.getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\/en\/plan\/tasks$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

test("every page renders without JavaScript and every internal link on it resolves", async ({ page, request }) => {
  const checked = new Set<string>();
  const pages = new Map<string, string>();
  for (const route of ROUTES) {
    const response = await page.goto(route);
    expect(response?.status(), route).toBe(expectedStatus(route));
    await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
    // A 404 page's language switch points at the same missing page in English: that is expected.
    if (response?.status() === 404) continue;
    const hrefs = await page.locator("a[href^='/']").evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).getAttribute("href") ?? ""));
    for (const href of hrefs) {
      const [path, fragment] = href.split("#");
      if (!checked.has(path)) {
        checked.add(path);
        const res = await request.get(path);
        expect(res.status(), `${href} linked from ${route}`).toBe(200);
        pages.set(path, await res.text());
      }
      if (fragment) expect(pages.get(path), `#${fragment} on ${path}, linked from ${route}`).toContain(`id="${fragment}"`);
    }
  }
  expect(checked.size).toBeGreaterThan(10);
});
