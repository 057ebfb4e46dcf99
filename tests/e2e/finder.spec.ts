import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";

async function answer(page: Page, label: string) {
  await page.getByLabel(label, { exact: true }).check();
  await page.getByRole("button", { name: "继续" }).click();
}

test.describe("benefit finder without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("家属, 6 岁以下, 孤独症 gets 0—6 岁基本康复服务 with its reason and citation", async ({ page }) => {
    await page.goto("/finder");
    await page.getByRole("link", { name: "开始" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("您是谁？");
    await answer(page, "残疾人的家属");
    await expect(page).toHaveURL(/\/finder\/age$/);
    await answer(page, "0 至 6 岁");
    await answer(page, "不确定或不想说");
    await answer(page, "不确定或不想说");
    await expect(page).toHaveURL(/\/finder\/conditions$/);
    await answer(page, "孤独症");
    await answer(page, "西湖区");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("检查您的回答");
    // No answer ever travels in the URL.
    expect(page.url()).not.toMatch(/autism|family|0-6/);
    await page.getByRole("link", { name: "查看结果" }).click();
    const card = page.locator(".card", { has: page.getByRole("link", { name: "0—6周岁残疾儿童和孤独症儿童基本康复服务" }) });
    await expect(card).toBeVisible();
    await expect(card.locator(".because")).toContainText("因为您选择了");
    await expect(card.locator(".because")).toContainText("0 至 6 岁");
    await expect(card.locator(".because")).toContainText("孤独症");
    await expect(card.locator("blockquote")).toContainText("0—6周岁残疾儿童和孤独症儿童");
    await expect(card.getByRole("link", { name: /在规划原文中查看/ })).toHaveAttribute("href", /\/plan\/tasks#task-10$/);
    await expect(page.getByRole("heading", { name: "下一步：拨打 12345" })).toBeVisible();
    // Services named for the chosen district, and city-wide ones.
    await expect(page.getByRole("link", { name: "西湖区残疾人康复托养中心和培智学校" })).toBeVisible();
  });

  test("an unanswered question shows an error summary and an inline error, and keeps the page", async ({ page }) => {
    await page.goto("/finder/role");
    await page.getByRole("button", { name: "继续" }).click();
    await expect(page.getByRole("alert")).toContainText("请选择您是谁");
    await expect(page.locator(".error-message")).toContainText("请选择您是谁");
    const described = await page.getByRole("group", { name: /您是谁/ }).getAttribute("aria-describedby");
    expect(described).toContain("role-error");
    await page.getByRole("alert").getByRole("link", { name: "请选择您是谁" }).click();
    await expect(page).toHaveURL(/#role$/);
  });

  test("Back and 'change' keep the answers; an employer is not asked personal questions", async ({ page }) => {
    await page.goto("/finder/role");
    await answer(page, "残疾人本人");
    await answer(page, "18 至 59 岁");
    await page.getByRole("link", { name: "返回" }).click();
    await expect(page.getByLabel("18 至 59 岁")).toBeChecked();
    await page.getByRole("link", { name: "返回" }).click();
    await expect(page.getByLabel("残疾人本人")).toBeChecked();
    // Change the role to employer: the personal questions drop out.
    await answer(page, "用人单位");
    await expect(page).toHaveURL(/\/finder\/district$/);
    await answer(page, "不确定或不想说");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("检查您的回答");
    await expect(page.locator(".summary-list")).not.toContainText("年龄");
    await page.getByRole("link", { name: "修改：您是谁？" }).click();
    await expect(page.getByLabel("用人单位")).toBeChecked();
    await answer(page, "用人单位");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("检查您的回答");
    await page.getByRole("link", { name: "查看结果" }).click();
    await expect(page.getByRole("link", { name: "残疾人就业岗位补贴" })).toBeVisible();
    await expect(page.getByRole("link", { name: "重度残疾人护理补贴" })).toHaveCount(0);
  });
});

// axe needs JavaScript in the page, so the accessibility check walks the same journey with it on.
test("every finder step, the error state, the check page and the result pass axe", async ({ page }) => {
  await page.goto("/finder");
  await expectNoAxeViolations(page);
  await page.goto("/finder/role");
  await page.getByRole("button", { name: "继续" }).click();
  await expect(page.getByRole("alert")).toBeVisible();
  // With JavaScript the error summary takes focus, so screen readers announce it at once.
  await expect(page.getByRole("alert")).toBeFocused();
  await expectNoAxeViolations(page);
  for (const label of ["残疾人的家属", "0 至 6 岁", "不确定或不想说", "不确定或不想说", "孤独症", "西湖区"]) {
    await answer(page, label);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
  }
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("检查您的回答");
  await page.getByRole("link", { name: "查看结果" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("规划里和您情况有关的支持");
  await expectNoAxeViolations(page);
});

test("the finder works from the keyboard with JavaScript", async ({ page }) => {
  await page.goto("/finder/role");
  const first = page.getByLabel("残疾人本人");
  await first.focus();
  await page.keyboard.press("Space");
  await expect(first).toBeChecked();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "继续" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/finder\/age$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("残疾人的年龄是多少？");
});

test.describe("subsidies and services without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the subsidies filter is a real form and narrows the list", async ({ page }) => {
    await page.goto("/subsidies");
    const all = await page.locator(".card").count();
    await page.getByLabel("残疾等级").selectOption("severe");
    await page.getByRole("button", { name: "筛选" }).click();
    await expect(page).toHaveURL(/severity=severe/);
    const some = await page.locator(".card").count();
    expect(some).toBeLessThanOrEqual(all);
    await page.getByLabel("您是").selectOption("employer");
    await page.getByRole("button", { name: "筛选" }).click();
    await expect(page.getByRole("link", { name: "重度残疾人护理补贴" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "残疾人就业岗位补贴" })).toBeVisible();
  });

  test("a subsidy page: plan stance, no amount, 12345, sources and dates", async ({ page }) => {
    await page.goto("/subsidies/care-allowance");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("重度残疾人护理补贴");
    await expect(page.getByText("规划没有写明具体金额")).toBeVisible();
    await expect(page.locator("a[href='tel:12345']").first()).toBeVisible();
    const source = page.getByRole("link", { name: /在规划原文中查看：\s*第17条/ });
    await expect(source).toHaveAttribute("href", "/plan/tasks#task-17");
    await expect(page.getByText("最后更新")).toBeVisible();
    await expect(page.getByText("复核日期")).toBeVisible();
    await expect(page.getByRole("complementary", { name: "关于本页内容" })).toContainText("杭残联〔2021〕28号");
  });

  test("a service page shows what the plan does not give as 暂未公布, with 12345", async ({ page }) => {
    await page.goto("/services/binjiang-service-centre");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("滨江区残疾人综合服务中心");
    const practical = page.locator(".summary-list").last();
    await expect(practical).toContainText("地址");
    await expect(practical.getByText("暂未公布，请拨打 12345")).toHaveCount(4);
    await expect(page.locator(".summary-list").first()).toContainText("2156 平方米");
  });

  test("services filter by district", async ({ page }) => {
    await page.goto("/services");
    await page.getByLabel("所在区县").selectOption("滨江区");
    await page.getByRole("button", { name: "筛选" }).click();
    await expect(page.getByRole("link", { name: "滨江区残疾人综合服务中心" })).toBeVisible();
    await expect(page.getByRole("link", { name: "西湖区残疾人康复托养中心和培智学校" })).toHaveCount(0);
  });
});

test("/api/search?q=停车 returns the 停车收费减免 subsidy in the top three", async ({ request }) => {
  const body = await (await request.get(`/api/search?q=${encodeURIComponent("停车")}`)).json();
  const top = body.hits.slice(0, 3);
  expect(top.some((h: { type: string; title: string }) => h.type === "subsidy" && h.title.includes("停车收费减免"))).toBe(true);
});
