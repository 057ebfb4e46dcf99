// The lists of pages behind /sitemap.xml and /a-z, and the spoken form of a table row, on made-up content.
import { describe, expect, it } from "vitest";
import type { CitableUnit } from "~/model/plan";
import { rowCellsAsked, rowSentence, rowSpoken } from "~/model/plan";
import type { Service, Subsidy, TableUnit } from "~/model/schemas";
import { alphabeticalIndex, publishedPages } from "~/model/site-map";

const subsidy = (id: string, name: string, name_en: string) => ({ id, name, name_en }) as Subsidy;
const service = (id: string, name: string, name_en: string) => ({ id, name, name_en }) as Service;
const content = {
  documents: [{ base: "/plan" }, { base: "/documents/made-up-notice" }] as never[],
  chapters: [{ slug: "alpha", base: "/plan" }, { slug: "beta", base: "/plan" }, { slug: "one", base: "/documents/made-up-notice" }] as never[],
  subsidies: [subsidy("zz-help", "助学补助", "Study help"), subsidy("aa-care", "爱心照护", "Care at home")],
  services: [service("bb-centre", "便民中心", "Service centre"), service("num", "12 号站", "12 Station")],
};

describe("published pages", () => {
  it("lists the fixed pages, every document and chapter, support and service, with no fragments", () => {
    const pages = publishedPages(content);
    for (const path of ["/", "/a-z", "/plan", "/plan/alpha", "/plan/beta", "/documents/made-up-notice", "/documents/made-up-notice/one", "/subsidies/zz-help", "/services/bb-centre"]) expect(pages).toContain(path);
    expect(pages.some((p) => p.includes("#"))).toBe(false);
    expect(new Set(pages).size).toBe(pages.length);
  });
});

describe("the A–Z index", () => {
  it("files Chinese names by pinyin initial, in order, and the rest under #", () => {
    const letters = alphabeticalIndex(content, "zh-CN");
    expect(letters.map((l) => l.letter)).toEqual(["A", "B", "Z", "#"]);
    expect(letters[0].entries).toEqual([{ kind: "subsidy", name: "爱心照护", url: "/subsidies/aa-care" }]);
  });

  it("files English names by their first letter", () => {
    const letters = alphabeticalIndex(content, "en");
    expect(letters.map((l) => l.letter)).toEqual(["C", "S", "#"]);
    expect(letters[1].entries.map((e) => e.name)).toEqual(["Service centre", "Study help"]);
  });
});

describe("a table row read as a sentence", () => {
  const table = {
    id: "t",
    kind: "table",
    caption: "指标表",
    row_header: 1,
    columns: ["序号", "指标", "属性", "2020年 基期值", "2025年 目标值", "备注"],
    rows: [
      { id: "r1", cells: ["1", "甲覆盖率", "约束", "", "≥90%", "说明"] },
      { id: "r2", cells: ["2", "乙覆盖率", "预期", "50%", "≥60%", ""] },
      { id: "r3", cells: ["3", "丙覆盖率", "约束", "1%", "2%", ""] },
      { id: "r4", cells: ["4", "丁覆盖率", "约束", "3%", "4%", ""] },
      { id: "r5", cells: ["5", "戊覆盖率", "预期", "5%", "6%", ""] },
      { id: "r-total", cells: ["", "合计", "", "", "", ""] },
    ],
  } as unknown as TableUnit;
  const unit = (id: string) => ({ id, table }) as Pick<CitableUnit, "id" | "table">;

  it("names the row, then each filled cell with its column header, leaving out the row numbers (a total row without one too) and a column that only sorts rows into two kinds", () => {
    expect(rowSentence(unit("r1"))).toBe("甲覆盖率：2025年 目标值 ≥90%，备注 说明。");
    expect(rowSentence(unit("r2"))).toBe("乙覆盖率：2020年 基期值 50%，2025年 目标值 ≥60%。");
  });

  it("gives only the cells a question asks for", () => {
    expect(rowCellsAsked(unit("r2"), "乙覆盖率的目标值是多少")).toEqual(["2025年 目标值 ≥60%"]);
    expect(rowCellsAsked(unit("r2"), "乙覆盖率2020年基期是多少")).toEqual(["2020年 基期值 50%"]);
    expect(rowCellsAsked(unit("r2"), "乙覆盖率怎么样")).toEqual([]);
    // A figure asked for without naming the column: the target for what is to be reached, the base for what was.
    expect(rowCellsAsked(unit("r2"), "乙覆盖率要搞到多少")).toEqual(["2025年 目标值 ≥60%"]);
    expect(rowCellsAsked(unit("r2"), "乙覆盖率当时达到了多少")).toEqual(["2020年 基期值 50%"]);
    // Two years named, or where it starts and where it is to be: both cells.
    expect(rowCellsAsked(unit("r2"), "乙覆盖率2020年多少，2025年目标多少")).toEqual(["2020年 基期值 50%", "2025年 目标值 ≥60%"]);
    expect(rowCellsAsked(unit("r2"), "乙覆盖率要从多少提到多少")).toEqual(["2020年 基期值 50%", "2025年 目标值 ≥60%"]);
    // Where it stands in the plan's own figures ("现在才多少") and where it is to be: the base year and the target.
    expect(rowCellsAsked(unit("r2"), "乙覆盖率现在才多少，十四五末要到多少")).toEqual(["2020年 基期值 50%", "2025年 目标值 ≥60%"]);
    expect(rowCellsAsked(unit("r2"), "What is the 乙覆盖率 right now, and where should it be by 2025?")).toEqual(["2020年 基期值 50%", "2025年 目标值 ≥60%"]);
    // The starting point is the base year's; a target "set" is the target; whether it binds is its 属性.
    expect(rowCellsAsked(unit("r2"), "What was the 乙覆盖率 at the starting point?")).toEqual(["2020年 基期值 50%"]);
    expect(rowCellsAsked(unit("r2"), "乙覆盖率有没有定个具体百分比")).toEqual(["2025年 目标值 ≥60%"]);
    expect(rowCellsAsked(unit("r2"), "乙覆盖率是硬性的约束指标吗")).toEqual(["属性 预期"]);
  });

  it("speaks the cells asked as a plain sentence, ≥ read as 不低于, every figure the row's own", () => {
    expect(rowSpoken(unit("r2"), "乙覆盖率的目标值是多少")).toBe("乙覆盖率的 2025 年目标值是不低于 60%。");
    // Nothing asked by name: every figure of the row.
    expect(rowSpoken(unit("r2"), "乙覆盖率怎么样")).toBe("乙覆盖率的 2020 年基期值是 50%，2025 年目标值是不低于 60%。");
  });

  it("moves a header's unit after the figure and reads a measure's (%) onto its values; the row's own name is not a column asked", () => {
    const projects = {
      id: "p",
      kind: "table",
      caption: "项目表",
      row_header: 1,
      columns: ["序号", "项目名称", "建筑面积 (平方米)", "总投资 (万元)", "主要内容及功能", "级别"],
      rows: [{ id: "p1", cells: ["1", "某康复中心", "30500", "19990", "康复", "市级"] }],
    } as unknown as TableUnit;
    expect(rowSpoken({ id: "p1", table: projects }, "某康复中心有多大")).toBe("某康复中心的建筑面积是 30500 平方米。");
    // What it is for, asked in everyday words, is its 功能 column.
    expect(rowSpoken({ id: "p1", table: projects }, "某康复中心投资多少，主要干啥用")).toBe("某康复中心的总投资是 19990 万元，主要内容及功能是康复。");
    expect(rowSpoken({ id: "p1", table: projects }, "某康复中心花了多少钱")).toBe("某康复中心的总投资是 19990 万元。");
    const past = {
      id: "h",
      kind: "table",
      caption: "完成情况",
      row_header: 0,
      columns: ["指标(%)", "2020年目标值", "2020年实现值"],
      rows: [{ id: "h1", cells: ["3. 低保目标人群覆盖率(%)", "≥98", "99.92%"] }],
    } as unknown as TableUnit;
    // 目标人群 in the name asks for no target; 完成了多少 asks for the result.
    expect(rowSpoken({ id: "h1", table: past }, "低保目标人群覆盖率最后完成了多少")).toBe("低保目标人群覆盖率的 2020 年实现值是 99.92%。");
    expect(rowSpoken({ id: "h1", table: past }, "低保目标人群覆盖率的目标是多少")).toBe("低保目标人群覆盖率的 2020 年目标值是不低于 98%。");
    // Whether the target was met asks for both: the target and what was reached; how much it rose is the result.
    expect(rowSpoken({ id: "h1", table: past }, "低保目标人群覆盖率一年涨了多少")).toBe("低保目标人群覆盖率的 2020 年实现值是 99.92%。");
    expect(rowSpoken({ id: "h1", table: past }, "低保目标人群覆盖率最后是百分之几，超没超目标")).toBe("低保目标人群覆盖率的 2020 年目标值是不低于 98%，2020 年实现值是 99.92%。");
    expect(rowSpoken({ id: "h1", table: past }, "Did the city meet the target for it?")).toBe("低保目标人群覆盖率的 2020 年目标值是不低于 98%，2020 年实现值是 99.92%。");
  });
});
