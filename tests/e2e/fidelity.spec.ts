import { expect, test } from "@playwright/test";
import { addedPieces, normalize, officialPieces, officialText } from "./plan-text";

// The plan as published: every chapter page in reading order. The contents page lists them. The files are
// checked against the official text both ways by tests/unit/plan-fidelity.test.ts; this checks what readers
// get from the pages.
test("the rendered plan pages show every sentence of the official text in order, and no text it does not have", async ({ page }) => {
  await page.goto("/plan");
  const chapters = await page.locator("ol.chapter-list a").evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
  expect(chapters.length).toBe(8);

  let rendered = "";
  for (const path of chapters) {
    await page.goto(path);
    // What a reader sees of the plan's text: marked containers, without the screen-reader-only readings,
    // the 链接 to each unit and the recorded editorial note 〔原文如此〕 (the file check allows only that one).
    // innerText keeps a line per block and a row per table row, so a changed cell is seen in its row.
    rendered += await page.evaluate(() => {
      document.querySelectorAll(".visually-hidden, .unit-link, .data-table__link-col, .unit__note").forEach((el) => el.remove());
      return [...document.querySelectorAll<HTMLElement>("[data-plan-text]")].map((el) => el.innerText).join("\n") + "\n";
    });
  }
  const text = normalize(rendered);
  const source = officialText();

  const pieces = officialPieces(source);
  expect(pieces.length).toBeGreaterThan(500);
  let at = 0;
  const missing: string[] = [];
  for (const piece of pieces) {
    const found = text.indexOf(normalize(piece), at);
    if (found < 0) missing.push(piece.slice(0, 60));
    else at = found + normalize(piece).length;
  }
  expect(missing, "official sentences missing or out of order").toEqual([]);
  expect(addedPieces(rendered, source), "text on the plan pages that the official text does not have").toEqual([]);
});
