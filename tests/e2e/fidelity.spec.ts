import { expect, test } from "@playwright/test";
import { normalize, officialPieces } from "./plan-text";

// The plan as published: every chapter page in reading order. The contents page lists them.
test("every sentence of the official text appears on the rendered plan pages, in order", async ({ page }) => {
  await page.goto("/plan");
  const chapters = await page.locator("ol.chapter-list a").evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
  expect(chapters.length).toBe(8);

  let rendered = "";
  for (const path of chapters) {
    await page.goto(path);
    // What a reader sees of the plan's text: marked containers, without the screen-reader-only readings.
    rendered += await page.evaluate(() => {
      document.querySelectorAll(".visually-hidden").forEach((el) => el.remove());
      return [...document.querySelectorAll("[data-plan-text]")].map((el) => el.textContent ?? "").join("\n");
    });
  }
  const text = normalize(rendered);

  const pieces = officialPieces();
  expect(pieces.length).toBeGreaterThan(500);
  let at = 0;
  const missing: string[] = [];
  for (const piece of pieces) {
    const found = text.indexOf(normalize(piece), at);
    if (found < 0) missing.push(piece.slice(0, 60));
    else at = found + normalize(piece).length;
  }
  expect(missing, "official sentences missing or out of order").toEqual([]);
});
