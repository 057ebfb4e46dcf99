import { expect, test } from "@playwright/test";

test("the first Tab reaches the skip link, and Enter moves focus to the main content", async ({ page }) => {
  await page.goto("/plan/tasks");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "跳到主要内容" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
  // The next Tab continues inside main, not back in the header.
  await page.keyboard.press("Tab");
  const inMain = await page.evaluate(() => document.querySelector("main")?.contains(document.activeElement));
  expect(inMain).toBe(true);
});

test("a keyboard user reaches a task from the chapter's own contents", async ({ page }) => {
  await page.goto("/plan/tasks");
  const link = page.getByRole("navigation", { name: "本章目录" }).getByRole("link", { name: "12. 优化辅具适配服务" });
  await link.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#task-12$/);
  await expect(page.locator("#task-12")).toBeInViewport();
});

test("focus is visible with a ring of at least 3 px", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  const style = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const s = getComputedStyle(el);
    return { bg: s.backgroundColor, shadow: s.boxShadow, outline: s.outlineWidth };
  });
  // Links show the yellow background with a dark 4 px underline (box-shadow).
  expect(style.bg).toBe("rgb(255, 221, 0)");
  expect(style.shadow).toContain("4px");
});
