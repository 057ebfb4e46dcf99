// Plain-language text: sentence-length figures, the summary checks, first-use term marks.
import { describe, expect, it } from "vitest";
import { loadContent } from "~/model/load.server";
import { unsupportedNumbers } from "~/model/numbers";
import { summaryKey } from "~/model/plan";
import { enStats, PLAIN_LIMITS, plainLanguageProblems, zhSentences, zhStats } from "~/model/plain-language";
import type { GlossaryEntry } from "~/model/schemas";
import { firstUses } from "~/model/term-marks";
import { copyContent, edit, lineOf, problemsOf } from "./content-fixture";

describe("sentence-length figures", () => {
  it("splits Chinese after 。！？ and counts characters without spaces or the closing mark", () => {
    expect(zhSentences("规划要帮残疾人找工作。也支持创业！")).toEqual(["规划要帮残疾人找工作。", "也支持创业！"]);
    const stats = zhStats(["一二三四五。一二三。", "一二三四五六七八九十。"]);
    expect(stats).toMatchObject({ sentences: 3, mean: 6, p90: 10 });
  });

  it("counts English words per sentence and keeps decimals inside a sentence", () => {
    const stats = enStats(["The plan aims for 95.83% coverage. It covers 2021 to 2025."]);
    expect(stats).toMatchObject({ sentences: 2, mean: 5.5 });
  });

  it("reports each limit that is passed, and nothing within them", () => {
    const long = "这".repeat(45) + "。";
    expect(plainLanguageProblems(zhStats([long]), enStats(["Short."]))).toEqual([
      expect.stringContaining(`平均 45 字，超过 ${PLAIN_LIMITS.zhMean} 字`),
      expect.stringContaining(`第 90 百分位是 45 字，超过 ${PLAIN_LIMITS.zhP90} 字`),
    ]);
    expect(plainLanguageProblems(zhStats(["短句。"]), enStats([Array(21).fill("word").join(" ") + "."]))).toEqual([expect.stringContaining("英文句子平均 21 个词")]);
    expect(plainLanguageProblems(zhStats(["短句。"]), enStats(["Short."]))).toEqual([]);
  });

  it("every chapter's plain summary and the glossary are within the limits", () => {
    const content = loadContent();
    expect([...content.summaries.keys()].sort()).toEqual(content.chapters.map((c) => summaryKey(c.document, c.slug)).sort());
    for (const summary of content.summaries.values()) {
      const zh = zhStats(summary.points.map((p) => p.text));
      const en = enStats(summary.points.map((p) => p.text_en));
      expect(plainLanguageProblems(zh, en), summary.chapter).toEqual([]);
    }
  });
});

describe("the content check of plain-language text", () => {
  const FILE = "summaries/notice.yaml";
  const NOTICE = summaryKey("hangzhou-disability-plan-2021-2025", "notice");

  it("fails a summary sentence that is too long, at the file and line of its points", () => {
    const copy = copyContent();
    const text = loadContent(copy).summaries.get(NOTICE)!.points[0].text;
    // Four sentences of 60 characters among the file's dozen short ones: the average and the 90th percentile.
    edit(copy, FILE, text, ("这".repeat(60) + "。").repeat(4));
    const at = `${FILE}:${lineOf(copy, FILE, "  - text:")}: 易读文字太长：`;
    expect(problemsOf(copy)).toEqual([expect.stringMatching(new RegExp(`^${at}中文句子平均`)), expect.stringMatching(new RegExp(`^${at}中文句子的第 90 百分位是 60 字`))]);
  });

  it("fails a number the cited units do not contain", () => {
    const copy = copyContent();
    const text = loadContent(copy).summaries.get(NOTICE)!.points[0].text;
    edit(copy, FILE, text, "规划每月发 300 元。");
    expect(problemsOf(copy)).toEqual([expect.stringMatching(new RegExp(`^${FILE}:\\d+: “text”里的数字 300 在所引用的规划单元里找不到`))]);
  });

  it("fails a citation of a unit that does not exist", () => {
    const copy = copyContent();
    const id = loadContent(copy).summaries.get(NOTICE)!.points[0].cite[0];
    edit(copy, FILE, `cite: [${id}`, "cite: [no-such-unit");
    expect(problemsOf(copy)).toEqual([expect.stringMatching(new RegExp(`^${FILE}:\\d+: 引用的规划单元“no-such-unit”不存在`))]);
  });

  it("fails when a chapter has no summary", () => {
    const copy = copyContent();
    edit(copy, FILE, "chapter: notice", "chapter: preface");
    expect(problemsOf(copy)).toEqual(
      expect.arrayContaining([expect.stringContaining("已经有易读版"), expect.stringContaining("content/summaries/notice.yaml")]),
    );
  });

  it("fails a glossary explanation with a figure that is in neither the plan nor facts.yaml", () => {
    const copy = copyContent();
    edit(copy, "glossary.yaml", "不买辅助器具，而是租来使用。", "不买辅助器具，而是每月花 4321 元租来使用。");
    expect(problemsOf(copy)).toEqual([expect.stringMatching(/^glossary\.yaml:\d+: 术语“辅具租赁”的解释里的数字 4321/)]);
  });
});

describe("numbers in English plain text", () => {
  it("reads million and thousand, so 692 million matches the plan's 6.92 亿", () => {
    expect(unsupportedNumbers("grew to 692 million yuan", ["从 2015 年的 6.92 亿元增长"])).toEqual([]);
    expect(unsupportedNumbers("about 54 thousand people", ["近 5.4 万名"])).toEqual([]);
    expect(unsupportedNumbers("693 million", ["6.92 亿元"])).toEqual(["693 million"]);
  });
});

describe("first-use term marks", () => {
  const entry = (id: string, term: string, aliases: string[] = [], list = true): GlossaryEntry => ({ id, term, aliases, everyday: [], typos: [], slurs: [], en: [], explain: "", explain_en: "", list });
  const glossary = [entry("home", "残疾人之家"), entry("care", "托养", ["托养服务"]), entry("free", "免费", [], false)];

  it("marks only the first use of each term across the page, longest word first", () => {
    const marks = firstUses(
      [
        { key: "a", text: "发展托养服务和残疾人之家。" },
        { key: "b", text: "托养和残疾人之家，免费。" },
      ],
      glossary,
    );
    expect(marks).toEqual({
      a: [
        { start: 2, end: 6, id: "care" },
        { start: 7, end: 12, id: "home" },
      ],
    });
  });

  it("never marks a search-only word", () => {
    expect(firstUses([{ key: "a", text: "免费乘车" }], glossary)).toEqual({});
  });
});
