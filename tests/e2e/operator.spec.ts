import { expect, test } from "@playwright/test";

const ORIGIN = "https://guide.example.gov.cn"; // PUBLIC_ORIGIN in playwright.config.ts

test("“坐公交要钱吗” gives the free public transport answer, its plan sentence and a reply to copy, in one step", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/operator");
  await page.getByRole("searchbox", { name: "来电问题、关键词或任务序号" }).fill("坐公交要钱吗");
  await page.keyboard.press("Enter");
  const first = page.locator(".op-card").first();
  await expect(first.getByRole("heading", { level: 2 })).toContainText("免费");
  await expect(first.locator("blockquote").filter({ hasText: "免费乘坐市内公共交通" }).first()).toBeVisible();
  await expect(first.locator(".op-card__reference").first()).toContainText(/《规划》第[一二三四]部分/);
  await first.getByRole("button", { name: "复制答复" }).click();
  await expect(first.getByRole("status")).toHaveText("已复制到剪贴板。");
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const answer = (await first.locator("h3:has-text('答复要点') + p").textContent()) ?? "";
  expect(copied).toContain(answer.trim());
  expect(copied).toMatch(/规划原文：“[^”]*免费乘坐市内公共交通/);
  expect(copied).toContain("依据：《杭州市残疾人事业发展“十四五”规划》（2021—2025年）第三部分第27条");
  expect(copied).toContain(`详情：${ORIGIN}/`);
  expect(copied).toContain("2021—2025年");
});

test("“第12条” and “12” show task 12; a number the plan does not have says so", async ({ page }) => {
  for (const q of ["第12条", "12", "第十二条"]) {
    await page.goto(`/operator?q=${encodeURIComponent(q)}`);
    await expect(page.locator(".op-card")).toHaveCount(1);
    await expect(page.locator(".op-card h2")).toContainText("第12条 优化辅具适配服务");
    await expect(page.locator(".op-card__reference")).toHaveText("电话里可以说：《规划》第三部分第12条");
    await expect(page.locator(".op-card textarea")).toHaveValue(new RegExp(`${ORIGIN}/plan/tasks#task-12`));
  }
  await page.goto("/operator?q=" + encodeURIComponent("第99条"));
  await expect(page.getByRole("status")).toContainText("没有第99条");
});

test("no autofocus: the skip link leads straight to the search box", async ({ page }) => {
  await page.goto("/operator");
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("searchbox", { name: "来电问题、关键词或任务序号" })).toBeFocused();
  await expect(page.getByText("本页没有键盘快捷键")).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the reply is in a selectable read-only field, and there is no copy button that could not work", async ({ page }) => {
    await page.goto("/operator?q=" + encodeURIComponent("坐公交要钱吗"));
    const reply = page.locator(".op-card").first().getByLabel("可复制的答复");
    await expect(reply).toHaveAttribute("readonly", "");
    await expect(reply).toHaveValue(/详情：https:\/\/guide\.example\.gov\.cn\//);
    await expect(page.getByRole("button", { name: "复制答复" })).toHaveCount(0);
  });
});

test("print shows the results, not the page furniture", async ({ page }) => {
  await page.goto("/operator?q=" + encodeURIComponent("护理补贴"));
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".site-header")).toBeHidden();
  await expect(page.locator(".operator .search-box")).toBeHidden();
  await expect(page.locator(".op-card").first()).toBeVisible();
});

test("the desk ranks by the same reading as the assistant: the page named for what was asked, a figure when one is asked for", async ({ page }) => {
  await page.goto("/operator?q=" + encodeURIComponent("护理补贴发多少"));
  await expect(page.locator(".op-card h2").first()).toContainText("重度残疾人护理补贴");
  await page.goto("/operator?q=" + encodeURIComponent("无障碍改造 户数"));
  await expect(page.locator(".op-card").filter({ hasText: /3000\s?户/ }).first()).toBeVisible();
});
