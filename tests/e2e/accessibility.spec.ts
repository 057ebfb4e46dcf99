import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { ROUTES, SAMPLE_ROUTES, TEMPLATES, en } from "./routes";

test.describe("axe, every route in Chinese at 1280 px", () => {
  test.use({ viewport: { width: 1280, height: 900 } });
  for (const route of ROUTES) {
    test(route, async ({ page }) => {
      await page.goto(route);
      await expectNoAxeViolations(page);
    });
  }
});

test.describe("axe, every route template in English", () => {
  for (const route of TEMPLATES) {
    test(en(route), async ({ page }) => {
      await page.goto(en(route));
      await expect(page.locator("html")).toHaveAttribute("lang", "en");
      await expectNoAxeViolations(page);
    });
  }
});

test.describe("axe, sampled routes at 320 px", () => {
  test.use({ viewport: { width: 320, height: 640 } });
  for (const route of SAMPLE_ROUTES) {
    test(route, async ({ page }) => {
      await page.goto(route);
      await expectNoAxeViolations(page);
    });
  }
});

test.describe("reflow: no page-level sideways scrolling at 320 px", () => {
  test.use({ viewport: { width: 320, height: 640 } });
  for (const route of [...ROUTES, ...SAMPLE_ROUTES.map(en)]) {
    test(route, async ({ page }) => {
      await page.goto(route);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});
