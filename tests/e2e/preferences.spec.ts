import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";

// Pages that stand for the rest: the home page, the longest plan chapter, a subsidy page.
const REPRESENTATIVE = ["/", "/plan/tasks", "/subsidies/care-allowance"];

/** Chooses display preferences the way a person does: on the form, by their labels. */
async function choose(page: Page, labels: string[]) {
  await page.goto("/preferences");
  for (const label of labels) await page.getByRole("radio", { name: label }).check();
  await page.getByRole("button", { name: "保存设置" }).click();
  await expect(page.getByRole("status")).toContainText("设置已保存");
}

/**
 * Tabs through the first controls of the page; each must be on screen when it has focus and not covered by
 * anything else (2.4.11). The ratio allows for sub-pixel rounding when the browser scrolls it into view.
 */
async function expectFocusNeverObscured(page: Page, steps = 12) {
  for (let i = 0; i < steps; i++) {
    await page.keyboard.press("Tab");
    const focused = page.locator(":focus");
    await expect(focused).toBeInViewport({ ratio: 0.9 });
    const uncovered = await focused.evaluate((el) => {
      // The first line box: a link that wraps onto two lines has nothing of its own at its box's centre.
      const r = el.getClientRects()[0] ?? el.getBoundingClientRect();
      const top = document.elementFromPoint(r.left + r.width / 2, Math.min(r.top + r.height / 2, window.innerHeight - 1));
      return top === el || el.contains(top);
    });
    expect(uncovered, `focused element covered: ${await focused.evaluate((el) => el.outerHTML.slice(0, 80))}`).toBe(true);
  }
}

test("every page header links to the display settings, and they return to the page they came from", async ({ page }) => {
  await page.goto("/plan/tasks");
  await page.getByRole("banner").getByRole("link", { name: "显示设置" }).click();
  await expect(page).toHaveURL(/\/preferences\?from=%2Fplan%2Ftasks$/);
  await page.getByRole("radio", { name: "较大（125%）" }).check();
  await page.getByRole("button", { name: "保存设置" }).click();
  await expect(page.locator("html")).toHaveAttribute("data-text-size", "125");
  await page.getByRole("link", { name: "返回刚才的页面" }).click();
  await expect(page).toHaveURL(/\/plan\/tasks$/);
  await expect(page.locator("html")).toHaveAttribute("data-text-size", "125");
  const size = await page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
  expect(size).toBe("20px");
});

test("the server applies the preferences in the HTML it sends, so nothing flashes", async ({ page }) => {
  await choose(page, ["高对比度（黑底黄字）", "加宽", "减少动画"]);
  const html = await (await page.request.get("/plan/tasks")).text();
  expect(html).toMatch(/<html lang="zh-CN"[^>]*data-scheme="contrast"/);
  expect(html).toMatch(/<html[^>]*data-spacing="wide"/);
  expect(html).toMatch(/<html[^>]*data-motion="reduce"/);
  await page.goto("/plan/tasks");
  const colours = await page.evaluate(() => {
    const s = getComputedStyle(document.body);
    return [s.color, s.backgroundColor];
  });
  expect(colours).toEqual(["rgb(255, 255, 0)", "rgb(0, 0, 0)"]);
});

test("reset returns every preference to its default and removes the cookie", async ({ page, context }) => {
  await choose(page, ["特大（200%）", "深色（深灰底浅色字）"]);
  expect((await context.cookies()).some((c) => c.name === "display")).toBe(true);
  await page.getByRole("button", { name: "恢复默认" }).click();
  await expect(page.getByRole("status")).toContainText("设置已保存");
  await expect(page.getByRole("radio", { name: "标准（100%）" })).toBeChecked();
  expect(await page.locator("html").getAttribute("data-text-size")).toBeNull();
  expect((await context.cookies()).some((c) => c.name === "display")).toBe(false);
});

test("a cookie with unknown values is ignored, never shown as an error", async ({ page, context, baseURL }) => {
  await context.addCookies([{ name: "display", value: "not-base64-json", url: baseURL! }]);
  const response = await page.goto("/plan/tasks");
  expect(response?.status()).toBe(200);
  expect(await page.locator("html").getAttribute("data-scheme")).toBeNull();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the form saves the choices and the next page uses them", async ({ page }) => {
    await choose(page, ["大（150%）", "深色（深灰底浅色字）"]);
    await page.goto("/subsidies");
    await expect(page.locator("html")).toHaveAttribute("data-text-size", "150");
    await expect(page.locator("html")).toHaveAttribute("data-scheme", "dark");
  });
});

// Each option at its most extreme, on the representative pages at 320 CSS px (400 % zoom of 1280 px).
const EXTREMES: { name: string; labels: string[] }[] = [
  { name: "text 200%", labels: ["特大（200%）"] },
  { name: "high contrast", labels: ["高对比度（黑底黄字）"] },
  { name: "dark", labels: ["深色（深灰底浅色字）"] },
  { name: "wide spacing", labels: ["加宽"] },
  { name: "reduced motion", labels: ["减少动画"] },
];

test.describe("each preference at its extreme keeps pages usable at 320 px", () => {
  test.use({ viewport: { width: 320, height: 640 } });
  for (const extreme of EXTREMES) {
    test(extreme.name, async ({ page }) => {
      await choose(page, extreme.labels);
      for (const route of REPRESENTATIVE) {
        await page.goto(route);
        await expectNoAxeViolations(page);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `sideways scrolling on ${route}`).toBeLessThanOrEqual(0);
        await expectFocusNeverObscured(page);
      }
    });
  }
});

test.describe("system settings: forced colours and reduced motion", () => {
  for (const route of REPRESENTATIVE) {
    test(`${route} with forced-colors: active`, async ({ page }) => {
      await page.emulateMedia({ forcedColors: "active" });
      await page.goto(route);
      await expectNoAxeViolations(page);
      await page.keyboard.press("Tab");
      const outline = await page.evaluate(() => {
        const s = getComputedStyle(document.activeElement as Element);
        return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
      });
      expect(outline.style).not.toBe("none");
      expect(outline.width).toBeGreaterThanOrEqual(3);
    });

    test(`${route} with prefers-reduced-motion`, async ({ page }) => {
      await page.emulateMedia({ reducedMotion: "reduce" });
      await page.goto(route);
      await expectNoAxeViolations(page);
      const behaviour = await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior);
      expect(behaviour).toBe("auto");
      await page.keyboard.press("Tab");
      await expect(page.locator(":focus")).toBeVisible();
    });
  }
});
