import { expect, test, type Page } from "@playwright/test";

/** Presses Tab until the focused element matches, failing after `limit` presses; returns how many it took. */
async function tabTo(page: Page, matches: (el: { tag: string; text: string; label: string | null }) => boolean, limit = 60) {
  for (let i = 1; i <= limit; i++) {
    await page.keyboard.press("Tab");
    const el = await page.evaluate(() => {
      const a = document.activeElement as HTMLElement;
      return { tag: a.tagName, text: (a.innerText || a.getAttribute("value") || "").trim(), label: a.getAttribute("aria-label") };
    });
    if (matches(el)) return i;
  }
  throw new Error(`focus never reached the target in ${limit} presses`);
}

/**
 * The header's 问一问 becomes a button once the page is interactive. Before that a key press follows the
 * plain link with a full page load (which is correct, but is not the journey being tested).
 */
async function interactive(page: Page) {
  await expect(page.getByRole("banner").getByRole("button", { name: "问一问" })).toBeVisible();
}

test.describe("keyboard-only journeys, asserting where focus is at each step", () => {
  test("home → search → result → plan unit", async ({ page }) => {
    await page.goto("/");
    await interactive(page);
    await tabTo(page, (el) => el.tag === "INPUT");
    const box = page.getByRole("searchbox", { name: "搜索本站" }).first();
    await expect(box).toBeFocused();
    await page.keyboard.type("辅具适配");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/search\?q=/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("“辅具适配”的搜索结果");
    // After the results load, focus is on the main content, so the next Tab goes into the results.
    await expect(page.locator("main")).toBeFocused();
    await tabTo(page, (el) => el.tag === "A" && el.text.includes("优化辅具适配服务"));
    const result = page.locator(":focus");
    await expect(result).toHaveAttribute("href", /\/plan\/tasks#task-12$/);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/plan\/tasks#task-12$/);
    await expect(page.locator("#task-12")).toBeFocused();
    await expect(page.locator("#task-12")).toBeInViewport();
    // The next Tab continues from the unit (a term link in its text, or its own link), not the page top.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.getElementById("task-12")?.contains(document.activeElement))).toBe(true);
  });

  test("finder start → result", async ({ page }) => {
    await page.goto("/finder");
    await interactive(page);
    await tabTo(page, (el) => el.tag === "A" && el.text === "开始");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/finder\/role$/);
    await expect(page.locator("main")).toBeFocused();
    const answer = async (label: string) => {
      await tabTo(page, (el) => el.tag === "INPUT");
      // Arrow keys move within a radio group; Space checks the focused radio.
      const radio = page.getByRole("radio", { name: label, exact: true });
      for (let i = 0; i < 12 && !(await radio.evaluate((r) => r === document.activeElement)); i++) await page.keyboard.press("ArrowDown");
      await expect(radio).toBeFocused();
      await page.keyboard.press("Space");
      await tabTo(page, (el) => el.tag === "BUTTON" && el.text === "继续");
      await page.keyboard.press("Enter");
    };
    await answer("社会组织或机构");
    await expect(page).toHaveURL(/\/finder\/district$/);
    await expect(page.locator("main")).toBeFocused();
    await answer("西湖区");
    await expect(page).toHaveURL(/\/finder\/check$/);
    await tabTo(page, (el) => el.tag === "A" && el.text === "查看结果");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/finder\/result/);
    await expect(page.locator("main")).toBeFocused();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  });

  test("ask dialog: open → question → answer → close, focus returned", async ({ page }) => {
    await page.goto("/plan");
    await interactive(page);
    await tabTo(page, (el) => el.tag === "BUTTON" && el.text === "问一问");
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "问一问" });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByLabel("您的问题")).toBeFocused();
    await page.keyboard.type("盲人按摩有什么支持？");
    await tabTo(page, (el) => el.tag === "BUTTON" && el.text === "提问", 5);
    await page.keyboard.press("Enter");
    await expect(dialog.getByRole("heading", { level: 3, name: "盲人按摩有什么支持？" })).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(page.getByRole("button", { name: "问一问" })).toBeFocused();
  });
});

test.describe("accessibility-tree snapshots", () => {
  test("home", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("banner")).toMatchAriaSnapshot({ name: "header.aria.yml" });
    await expect(page.locator("main")).toMatchAriaSnapshot({ name: "home-main.aria.yml" });
  });

  test("a plan chapter: headings, plain summary and first units", async ({ page }) => {
    await page.goto("/plan/preface");
    await expect(page.locator("main")).toMatchAriaSnapshot({ name: "plan-preface-main.aria.yml" });
  });

  test("search results", async ({ page }) => {
    await page.goto("/search?q=" + encodeURIComponent("盲人按摩"));
    await expect(page.locator(".results").first()).toMatchAriaSnapshot({ name: "search-results.aria.yml" });
  });

  test("an answer", async ({ page }) => {
    await page.goto("/ask");
    await page.getByLabel("您的问题").fill("残疾人坐公交车免费吗？");
    await page.getByRole("button", { name: "提问" }).click();
    await expect(page.locator("#latest-answer")).toMatchAriaSnapshot({ name: "answer.aria.yml" });
  });
});

test.describe("read aloud", () => {
  // Headless Chromium has no voices, so the page's calls to speechSynthesis are recorded instead of spoken.
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      const calls: { method: string; text?: string; lang?: string }[] = [];
      (window as unknown as { __speech: typeof calls }).__speech = calls;
      const synth = window.speechSynthesis;
      synth.speak = (u: SpeechSynthesisUtterance) => void calls.push({ method: "speak", text: u.text, lang: u.lang });
      synth.pause = () => void calls.push({ method: "pause" });
      synth.resume = () => void calls.push({ method: "resume" });
      synth.cancel = () => void calls.push({ method: "cancel" });
    });
  });
  const calls = (page: Page) => page.evaluate(() => (window as unknown as { __speech: { method: string; text?: string; lang?: string }[] }).__speech);
  // The reading code loads on the first press, so speech starts a moment after it.
  const spoken = async (page: Page) => {
    await expect.poll(async () => (await calls(page)).some((c) => c.method === "speak")).toBe(true);
    return (await calls(page)).filter((c) => c.method === "speak");
  };

  test("reads the main content only, and can pause, resume and stop", async ({ page }) => {
    await page.goto("/subsidies/care-allowance");
    const button = page.getByRole("button", { name: "朗读本页" });
    await button.click();
    const utterances = await spoken(page);
    const text = utterances.map((c) => c.text).join("");
    expect(text).toContain("重度残疾人护理补贴");
    // Not the header, navigation or footer, and not the control itself.
    expect(text).not.toContain("搜索本站");
    expect(text).not.toContain("补贴和福利");
    expect(text).not.toContain("朗读本页");
    expect(utterances.every((c) => (c.text ?? "").length <= 180)).toBe(true);
    expect(utterances[0].lang).toBe("zh-CN");
    await expect(page.getByRole("status").filter({ hasText: "正在朗读本页" })).toBeAttached();

    await page.getByRole("button", { name: "暂停朗读" }).click();
    await page.getByRole("button", { name: "继续朗读" }).click();
    await page.getByRole("button", { name: "停止朗读" }).click();
    const methods = (await calls(page)).map((c) => c.method).filter((m) => m !== "speak");
    expect(methods.slice(-3)).toEqual(["pause", "resume", "cancel"]);
    await expect(page.getByRole("button", { name: "朗读本页" })).toBeFocused();
  });

  test("English pages read plan quotations in Chinese and the rest in English", async ({ page }) => {
    await page.goto("/en/subsidies/care-allowance");
    await page.getByRole("button", { name: "Read this page aloud" }).click();
    const langs = new Set((await spoken(page)).map((c) => c.lang));
    expect(langs).toEqual(new Set(["en", "zh-CN"]));
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });
    test("there is no read-aloud button that could not work", async ({ page }) => {
      await page.goto("/plan/tasks");
      await expect(page.getByRole("button", { name: "朗读本页" })).toHaveCount(0);
    });
  });
});
