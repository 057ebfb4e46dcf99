import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { loadContent } from "~/model/load.server";
import { unitUrl } from "~/model/plan";
import { CONTENT_DIR, copyContent, edit, lineOf, problemsOf } from "./content-fixture";

describe("the published content", () => {
  const content = loadContent(CONTENT_DIR);

  it("loads every chapter of the plan in order", () => {
    expect(content.chapters.map((c) => c.slug)).toEqual([
      "notice",
      "preface",
      "background",
      "principles",
      "tasks",
      "safeguards",
      "indicators",
      "projects",
    ]);
  });

  it("has the 41 numbered tasks in ten parts, each numbered and titled from its own text", () => {
    const tasks = [...content.units.values()].flatMap((u) => u.task ?? []);
    expect(tasks.map((t) => t.number)).toEqual(Array.from({ length: 41 }, (_, i) => i + 1));
    expect(tasks[11]).toMatchObject({ id: "task-12", number: 12, title: "优化辅具适配服务" });
    expect(content.chapters.find((c) => c.slug === "tasks")?.sections).toHaveLength(10);
  });

  it("gives every table row a citable id and keeps cells as printed", () => {
    const row = content.units.get("indicator-4");
    expect(row?.kind).toBe("row");
    expect(row?.table?.rows.find((r) => r.id === "indicator-4")?.cells).toEqual([
      "4",
      "“残疾人之家”覆盖率",
      "约束性",
      "75%",
      "≥95%",
      "乡镇(街道)均建有“残疾人之家”",
    ]);
    const total = content.units.get("project-total")?.table?.rows.find((r) => r.id === "project-total");
    expect(total?.cells).toEqual(["", "合计", "", "", "", ""]);
    expect(unitUrl(content.units.get("t13-row-5")!)).toBe("/plan/background#t13-row-5");
  });

  it("carries the repaired text, not the extraction artefacts", () => {
    const text = [...content.units.values()].map((u) => u.text).join("\n");
    expect(text).toContain("明确目标和责任");
    expect(text).not.toContain(" and ");
    expect(text).toContain("全国示范的市级残疾人综合服务中心");
    expect(text).not.toContain("市级残残疾人");
    expect(content.units.get("task-13")?.text.endsWith("签约服务方。") ).toBe(true);
  });

  it("reports a stable version hash and the number of citable units", () => {
    expect(content.version).toMatch(/^[0-9a-f]{12}$/);
    expect(loadContent(CONTENT_DIR).version).toBe(content.version);
    expect(content.units.size).toBeGreaterThan(100);
  });
});

describe("invalid content is rejected with file:line and what is wrong", () => {
  it("a missing required field", () => {
    const copy = copyContent();
    edit(copy, "plan/06-safeguards.yaml", 'title: "主要机制和保障措施"\n', "");
    expect(problemsOf(copy)).toEqual([expect.stringMatching(/^plan\/06-safeguards\.yaml:\d+: 缺少必填字段“title”/)]);
  });

  it("an id that is not URL-safe, on the line of that id", () => {
    const copy = copyContent();
    edit(copy, "plan/06-safeguards.yaml", "- id: sg-funding-1", "- id: SG Funding");
    const line = lineOf(copy, "plan/06-safeguards.yaml", "- id: SG Funding");
    expect(problemsOf(copy)).toEqual([expect.stringMatching(new RegExp(`^plan/06-safeguards\\.yaml:${line}: 编号只能用小写字母`))]);
  });

  it("English search words for a unit the plan does not have, or with a figure in them", () => {
    const unknown = copyContent();
    edit(unknown, "plan-english.yaml", "- id: task-1\n", "- id: task-99\n");
    expect(problemsOf(unknown)).toEqual([`plan-english.yaml:${lineOf(unknown, "plan-english.yaml", "- id: task-99")}: 规划里没有编号为 task-99 的段落、任务或表格行`]);
    const figure = copyContent();
    edit(figure, "plan-english.yaml", 'en: "document number;', 'en: "document number 28;');
    expect(problemsOf(figure)).toEqual([expect.stringMatching(new RegExp(`^plan-english\\.yaml:${lineOf(figure, "plan-english.yaml", "document number 28")}: 英文检索词不能含数字`))]);
  });

  it("a measured figure's name that is not the plan's own, or names nothing the plan gives a figure for", () => {
    const misquoted = copyContent();
    edit(misquoted, "plan-measures.yaml", 'zh: "基本辅具适配率"', 'zh: "基本辅具配置率"');
    expect(problemsOf(misquoted)).toEqual([`plan-measures.yaml:${lineOf(misquoted, "plan-measures.yaml", "基本辅具配置率")}: “基本辅具配置率”不在 pr-goal-care 的原文里：要一字不差地照抄`]);
    const figureless = copyContent();
    edit(figureless, "plan-measures.yaml", 'zh: "基本辅具适配率"', 'zh: "中等职业教育"');
    edit(figureless, "plan-measures.yaml", "- unit: pr-goal-care\n    zh: \"中等职业教育\"", "- unit: task-3\n    zh: \"中等职业教育\"");
    expect(problemsOf(figureless)).toEqual([`plan-measures.yaml:${lineOf(figureless, "plan-measures.yaml", "中等职业教育")}: task-3 里写到“中等职业教育”的句子没有数字：这里只列规划给出数字的东西`]);
  });

  it("a duplicate id, naming where it was first used", () => {
    const copy = copyContent();
    edit(copy, "plan/06-safeguards.yaml", "- id: sg-funding-1", "- id: task-12");
    const line = lineOf(copy, "plan/06-safeguards.yaml", "- id: task-12");
    const first = lineOf(copy, "plan/05-tasks.yaml", "- id: task-12");
    expect(problemsOf(copy)).toEqual([
      expect.stringMatching(new RegExp(`^plan/06-safeguards\\.yaml:${line}: 单元编号“task-12”重复（已在 .*05-tasks\\.yaml:${first} 使用）`)),
    ]);
  });

  it("a misspelt field", () => {
    const copy = copyContent();
    edit(copy, "plan/06-safeguards.yaml", "    heading: \"(二) 巩固经费保障机制\"", "    headline: \"(二) 巩固经费保障机制\"");
    expect(problemsOf(copy)).toEqual([expect.stringMatching(/^plan\/06-safeguards\.yaml:\d+: 不认识的字段：headline/)]);
  });

  it("broken YAML", () => {
    const copy = copyContent();
    edit(copy, "plan/06-safeguards.yaml", "sections:\n", "sections: [\n");
    expect(problemsOf(copy)[0]).toMatch(/^plan\/06-safeguards\.yaml:\d+: YAML 格式错误/);
  });

  it("a table row whose cells do not match the header", () => {
    const copy = copyContent();
    edit(copy, "plan/08-projects.yaml", '"残疾人康复托养", "区县级"]', '"残疾人康复托养"]');
    expect(problemsOf(copy)).toEqual([expect.stringMatching(/^plan\/08-projects\.yaml:\d+: 表格行 project-7 有 5 个单元格，表头有 6 列/)]);
  });

  it("a task whose text does not start with its number and title", () => {
    const copy = copyContent();
    edit(copy, "plan/05-tasks.yaml", '"12. 优化辅具适配服务。', '"优化辅具适配服务：');
    expect(problemsOf(copy)).toEqual([expect.stringMatching(/^plan\/05-tasks\.yaml:\d+: 任务正文必须以“编号\. 标题。”开头/)]);
  });

  it("an unknown kind of unit", () => {
    const copy = copyContent();
    edit(copy, "plan/05-tasks.yaml", "      - id: task-12\n        kind: task", "      - id: task-12\n        kind: list");
    expect(problemsOf(copy)).toEqual([expect.stringMatching(/^plan\/05-tasks\.yaml:\d+: kind 只能是 task、table、contents、paragraph/)]);
  });

  it("reports every problem at once, not just the first", () => {
    const copy = copyContent();
    edit(copy, "plan/06-safeguards.yaml", 'title: "主要机制和保障措施"\n', "");
    edit(copy, "plan/08-projects.yaml", '"残疾人康复托养", "区县级"]', '"残疾人康复托养"]');
    expect(problemsOf(copy)).toHaveLength(2);
  });
});

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

describe("ids are written in the files, never derived from position", () => {
  it("inserting a new unit into a chapter changes no existing id or its text", () => {
    const before = loadContent(CONTENT_DIR);
    const copy = copyContent();
    // The published text is the official text (the fidelity check), so the new unit is a paragraph of a
    // corrected official text, recorded with its new checksum.
    const SOURCE = "source/hangzhou-disability-plan-2021-2025.txt";
    const RECORD = "documents/hangzhou-disability-plan-2021-2025/document.yaml";
    const source = copy.files.get(SOURCE)!;
    edit(copy, SOURCE, "(一)“十三五”残疾人事业发展回顾\n\n", "(一)“十三五”残疾人事业发展回顾\n\n一个新插入的段落。\n\n");
    edit(copy, RECORD, sha256(source), sha256(copy.files.get(SOURCE)!));
    edit(
      copy,
      "plan/03-background.yaml",
      "    units:\n      - id: bg-review-1\n",
      '    units:\n      - id: bg-review-inserted\n        text: "一个新插入的段落。"\n      - id: bg-review-1\n',
    );
    const after = loadContent(copy);
    expect(after.units.size).toBe(before.units.size + 1);
    expect(after.units.get("bg-review-inserted")?.text).toBe("一个新插入的段落。");
    for (const [id, unit] of before.units) {
      expect(after.units.get(id)?.text, id).toBe(unit.text);
      expect(after.units.get(id)?.chapter.slug, id).toBe(unit.chapter.slug);
    }
  });
});
