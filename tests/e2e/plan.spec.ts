import { expect, test } from "@playwright/test";

test("all 41 numbered tasks are reachable at /plan/tasks#task-N, each with a self-link named for it", async ({ page }) => {
  await page.goto("/plan/tasks");
  for (let n = 1; n <= 41; n++) {
    const task = page.locator(`#task-${n}`);
    await expect(task.getByRole("heading", { level: 3 })).toHaveText(new RegExp(`^${n}\\. `));
    const link = task.getByRole("link", { name: new RegExp(`^链接\\s?：第${n}条 .+$`) });
    await expect(link).toHaveAttribute("href", `#task-${n}`);
  }
  await expect(page.getByRole("link", { name: /^链接\s?：第12条 优化辅具适配服务$/ })).toBeVisible();
});

test("every table row has an id and a link to itself", async ({ page }) => {
  for (const path of ["/plan/background", "/plan/indicators", "/plan/projects"]) {
    await page.goto(path);
    const rows = page.locator("table tbody tr");
    const count = await rows.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      const id = await rows.nth(i).getAttribute("id");
      expect(id, `row ${i} on ${path}`).toMatch(/^[a-z][a-z0-9-]+$/);
      await expect(rows.nth(i).locator(`a[href="#${id}"]`)).toHaveCount(1);
    }
  }
});

test("indicators: a captioned table with header scopes, cells as printed, and a chart that names what it leaves out", async ({ page }) => {
  await page.goto("/plan/indicators");
  const table = page.getByRole("table", { name: "“十四五”杭州市残疾人事业发展主要指标" });
  await expect(table.locator("thead th[scope=col]")).toHaveCount(7);
  await expect(table.locator("tbody th[scope=row]")).toHaveCount(15);
  // The target is shown as printed (≥95%), and the ≥ is read as 不低于.
  const target = table.locator("#indicator-4 td").nth(3);
  await expect(target.locator("[aria-hidden=true]")).toHaveText("≥");
  await expect(target.locator(".visually-hidden")).toHaveText("不低于");
  await expect(target).toContainText("95%");
  // Indicator 1 has no baseline: its cell stays empty and the chart says so.
  await expect(table.locator("#indicator-1 td").nth(2)).toHaveText("");
  await expect(page.locator(".chart__skipped")).toContainText("残疾人家庭人均可支配收入年均增长");
  await expect(page.locator(".chart__skipped")).toContainText("没有给出基期值");
  await expect(page.locator(".chart__item")).toHaveCount(14);
});

test("projects: the empty 合计 row stays empty (no computed totals)", async ({ page }) => {
  await page.goto("/plan/projects");
  const total = page.locator("#project-total");
  await expect(total.locator("th")).toHaveText("合计");
  const cells = await total.locator("td").allTextContents();
  expect(cells.slice(0, -1).every((c) => c === "")).toBe(true);
});

test("every plan page states the plan period, document number, issue date and 12345", async ({ page }) => {
  for (const path of ["/plan", "/plan/notice", "/plan/tasks", "/plan/indicators", "/plan/projects"]) {
    await page.goto(path);
    const notice = page.getByRole("complementary", { name: "关于本页内容" });
    await expect(notice).toContainText("2021 至 2025 年");
    await expect(notice).toContainText("杭残联〔2021〕28号");
    await expect(notice).toContainText("2021年6月18日");
    await expect(notice).toContainText("12345");
  }
});

test("the help line is in the same place on every page", async ({ page }) => {
  for (const path of ["/", "/plan/tasks", "/privacy", "/no-such-page", "/en/plan"]) {
    await page.goto(path);
    const help = page.locator("header .help-line");
    await expect(help).toBeVisible();
    await expect(help.getByRole("link")).toHaveAttribute("href", "tel:12345");
  }
  await page.goto("/");
  await expect(page.locator("header .help-line")).toHaveText("需要帮助？拨打 12345");
});

test("languages: Chinese at /, English under /en, any other segment is a 404, the switch keeps the page", async ({ page }) => {
  await page.goto("/plan/indicators");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await page.getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\/en\/plan\/indicators$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Main indicators");
  // Chinese content inside the English page is marked as Chinese.
  await expect(page.locator("[data-plan-text]").first()).toHaveAttribute("lang", "zh-CN");
  await page.getByRole("link", { name: "中文" }).click();
  await expect(page).toHaveURL(/\/plan\/indicators$/);

  for (const path of ["/fr", "/fr/plan", "/de/plan/tasks", "/en/no-such-page", "/plan/no-such-chapter"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/找不到这个页面|Page not found/);
  }
});

test("pages load with no console errors (CSP violations included) and carry the security headers", async ({ page }) => {
  const errors: string[] = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(e.message));
  const response = await page.goto("/plan/tasks");
  const headers = response?.headers() ?? {};
  expect(headers["content-security-policy"]).toMatch(/script-src 'nonce-[^']+'/);
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["content-security-policy"]).not.toContain("unsafe-inline");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");
  // Each response has its own CSP nonce, so no shared cache may keep a page (decision 0009).
  expect(headers["cache-control"]).toBe("private, no-cache");
  // The page's script runs under the CSP (it turns 问一问 into a button), and following a link loads the next page.
  await expect(page.getByRole("button", { name: "问一问" })).toBeVisible();
  await page.getByRole("link", { name: "主要指标" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("主要指标");
  expect(errors).toEqual([]);
});

test("pages never contain NUL characters (a React 18 streaming bug with Chinese text)", async ({ request }) => {
  for (const path of ["/plan/tasks", "/plan/background", "/subsidies", "/faq", "/en/plan/tasks"]) {
    const html = await (await request.get(path)).text();
    expect(html.includes("\u0000"), path).toBe(false);
    expect(html.includes("\uFFFD"), path).toBe(false);
  }
});

test("moving between chapters in the page shows each chapter's own text, also after Back", async ({ page }) => {
  await page.goto("/plan/background");
  const body = page.locator("#plan-body");
  const firstVisit = await body.innerText();
  await page.getByRole("navigation", { name: "章节目录" }).getByRole("link", { name: /下一章/ }).click();
  await expect(page).toHaveURL(/\/plan\/principles$/);
  await expect(body.locator(".unit").first()).toHaveAttribute("id", /^pr-/);
  await page.goBack();
  await expect(page).toHaveURL(/\/plan\/background$/);
  await expect.poll(() => body.innerText()).toBe(firstVisit);
});
