// @vitest-environment jsdom
// What a screen-reader user hears, in order, from @guidepup/virtual-screen-reader: the page header and
// navigation as the real site serves them, and the ask dialog as React renders it, answered by the real
// site's /api/ask.
import { virtual } from "@guidepup/virtual-screen-reader";
import { act } from "react";
import type { Root } from "react-dom/client";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { mountAskDialog } from "~/enhance/ask-dialog";
import { getContent } from "~/model/load.server";
import { documentNotice } from "~/model/documents";
import { sharedSite, type SharedSite } from "./shared-services";

let site: SharedSite;
const realFetch = globalThis.fetch;

beforeAll(async () => {
  site = await sharedSite();
  // The dialog asks "/api/ask" on its own origin; here that origin is the running site.
  globalThis.fetch = (input, init) => realFetch(typeof input === "string" && input.startsWith("/") ? site.url + input : input, init);
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
}, 120_000);

afterAll(() => {
  globalThis.fetch = realFetch;
});

afterEach(async () => {
  await virtual.stop();
  document.body.innerHTML = "";
});

/**
 * Waits until `condition` gives something, checking it on every change to the page and every focus move.
 * It waits outside act(): while an act() scope is open React holds back rendering, so the answer from the
 * site is rendered here as a browser would render it. The cap only turns a hang into a failure.
 */
async function until<T>(condition: () => T | null | undefined | false, what: string, capMs = 20_000): Promise<T> {
  const env = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
  env.IS_REACT_ACT_ENVIRONMENT = false;
  try {
    return await new Promise<T>((resolve, reject) => {
      const observer = new MutationObserver(() => check());
      const timer = setTimeout(() => {
        stop();
        reject(new Error(`${what} did not happen within ${capMs} ms`));
      }, capMs);
      const stop = () => {
        observer.disconnect();
        document.removeEventListener("focusin", check);
        clearTimeout(timer);
      };
      function check() {
        const value = condition();
        if (value) {
          stop();
          resolve(value);
        }
      }
      observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
      document.addEventListener("focusin", check);
      check();
    });
  } finally {
    env.IS_REACT_ACT_ENVIRONMENT = true;
    // Whatever React and the screen reader still have queued (effects, announcements) is done after this.
    await act(async () => {});
  }
}

/** Moves through everything in the container, once, and returns what was spoken. */
async function readAll(container: Element, limit = 200): Promise<string[]> {
  await virtual.start({ container });
  for (let i = 0; i < limit; i++) {
    await virtual.next();
    const log = (await virtual.spokenPhraseLog()).filter((p, j, all) => j === 0 || p !== all[j - 1]);
    // The virtual cursor wraps to the start at the end of the container.
    if (log.length > 2 && log.at(-1) === log[0]) return log.slice(0, -1);
  }
  return (await virtual.spokenPhraseLog()).filter((p, j, all) => j === 0 || p !== all[j - 1]);
}

describe("the page header, as served", () => {
  it("announces the site name, help line, the menu with tools, search and the main navigation, in that order", async () => {
    const html = await (await realFetch(`${site.url}/privacy`)).text();
    document.body.innerHTML = /<body[^>]*>([\s\S]*)<\/body>/.exec(html)![1];
    const header = document.querySelector("header")!;
    const spoken = await readAll(header);
    expect(spoken).toEqual([
      "banner",
      "link, 杭州残疾人服务指南",
      "paragraph",
      "需要帮助？",
      "link, 拨打 12345",
      "end of paragraph",
      // The menu (a <details>); jsdom applies no style sheet, so the 菜单 button that only narrow screens
      // show is heard here too.
      "group",
      "菜单",
      "end, 菜单",
      "link, 问一问",
      "link, 显示设置",
      "link, English",
      "search, 搜索本站",
      "搜索本站",
      "searchbox, 搜索本站",
      "button, 搜索",
      "end of search, 搜索本站",
      "navigation, 主导航",
      "list",
      "listitem, level 1, position 1, set size 7",
      "link, 首页",
      "end of listitem, level 1, position 1, set size 7",
      "listitem, level 1, position 2, set size 7",
      "link, 规划全文",
      "end of listitem, level 1, position 2, set size 7",
      "listitem, level 1, position 3, set size 7",
      "link, 补贴和福利",
      "end of listitem, level 1, position 3, set size 7",
      "listitem, level 1, position 4, set size 7",
      "link, 服务机构",
      "end of listitem, level 1, position 4, set size 7",
      "listitem, level 1, position 5, set size 7",
      "link, 看看有哪些支持",
      "end of listitem, level 1, position 5, set size 7",
      "listitem, level 1, position 6, set size 7",
      "link, 常见问题",
      "end of listitem, level 1, position 6, set size 7",
      "listitem, level 1, position 7, set size 7",
      "link, 主要指标",
      "end of listitem, level 1, position 7, set size 7",
      "end of list",
      "end of navigation, 主导航",
      "end of group",
      "end of banner",
    ]);
  });
});

describe("the ask dialog", () => {
  let root: Root;

  /** Mounts the dialog open, as the header's 问一问 does when it is first pressed (app/enhance/ask-trigger.ts). */
  async function openDialog() {
    // The dialog reads the 12345 facts from the page, as on the site.
    const content = getContent();
    const { facts } = content;
    const slot = document.createElement("span");
    document.body.append(slot);
    await act(async () => {
      root = await mountAskDialog(slot, "zh-CN", { hotline: facts.hotline, emergency: facts.emergency, documents: content.documents.map((d) => documentNotice(content, d, "2026-12-01")) });
    });
  }

  it("announces the dialog, its question field, and a whole answer with its sources", async () => {
    await openDialog();
    const dialog = document.querySelector("[role=dialog]")!;
    expect(dialog).not.toBeNull();
    const opening = await readAll(dialog, 40);
    expect(opening).toEqual([
      "dialog, 问一问, 用自己的话提问。回答只来自本站发布的规划内容，并列出来源。",
      "heading, 问一问, level 2",
      "button, 关闭",
      "paragraph",
      "用自己的话提问。回答只来自本站发布的规划内容，并列出来源。",
      "end of paragraph",
      "form",
      "您的问题",
      "paragraph",
      "例如：残疾人坐公交要钱吗？请不要填写姓名、身份证号、手机号等个人信息。",
      "end of paragraph",
      // The field's description is its hint, so the warning about personal data is heard with it.
      "textbox, 您的问题, 例如：残疾人坐公交要钱吗？请不要填写姓名、身份证号、手机号等个人信息。",
      "button, 提问",
      "end of form",
      "status",
      "paragraph",
      "link, 在单独页面提问",
      "end of paragraph",
      "end of dialog, 问一问, 用自己的话提问。回答只来自本站发布的规划内容，并列出来源。",
    ]);
    await virtual.stop();

    const field = dialog.querySelector("textarea")!;
    const form = dialog.querySelector("form")!;
    await act(async () => {
      field.value = "辅助器具可以租吗？";
      form.requestSubmit();
    });
    const answer = await until(() => dialog.querySelector("article"), "the answer");
    const heard = await readAll(answer, 60);
    // In order: which question this answers, its status, the answer, then its sources, the caution and 12345.
    const at = (match: (p: string) => boolean) => heard.findIndex(match);
    const order = [
      at((p) => p === "article, 您问：辅助器具可以租吗？"),
      at((p) => p === "heading, 您问：辅助器具可以租吗？, level 3"),
      at((p) => p === "已回答"),
      at((p) => p.includes("辅具租赁")),
      at((p) => p === "heading, 来源, level 4"),
      at((p) => /^link, 第\d+条 /.test(p)),
      at((p) => p === "blockquote"),
      at((p) => p === "回答可能有误，请以原文为准。"),
      at((p) => p === "link, 拨打 12345"),
      at((p) => p === "end of article, 您问：辅助器具可以租吗？"),
    ];
    expect(order.every((i) => i >= 0), heard.join("\n")).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    act(() => root.unmount());
  }, 30_000);

  it("reads a new answer once: focus moves from the 提问 button (never disabled) to the answer's heading", async () => {
    await openDialog();
    const dialog = document.querySelector("[role=dialog]")!;
    const button = dialog.querySelector<HTMLButtonElement>("button[type=submit]")!;
    await virtual.start({ container: dialog });
    dialog.querySelector("textarea")!.value = "辅助器具可以租吗？";
    button.focus();
    const focusTrail: (Element | null)[] = [];
    const onFocus = () => focusTrail.push(document.activeElement);
    document.addEventListener("focusin", onFocus);
    await act(async () => {
      dialog.querySelector("form")!.requestSubmit();
    });
    // While the answer is on its way the button keeps focus: it is marked busy, not disabled.
    expect(button.disabled).toBe(false);
    expect(document.activeElement).toBe(button);
    const heading = await until(() => dialog.querySelector("article h3") === document.activeElement && document.activeElement, "focus on the answer's heading");
    document.removeEventListener("focusin", onFocus);
    expect(document.activeElement).toBe(heading);
    expect(focusTrail).toEqual([heading]);
    const spoken = await virtual.spokenPhraseLog();
    const question = spoken.filter((p) => p.includes("您问：辅助器具可以租吗？"));
    expect(question, spoken.join("\n")).toHaveLength(1);
    act(() => root.unmount());
  }, 30_000);
});
