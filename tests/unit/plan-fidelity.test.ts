// The plan files are the official text, both ways (tests/unit/plan-fidelity.ts): shown on the published
// content, and on made-up edits of an in-memory copy that each must fail at the line of the edit.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatProblem } from "~/model/problems";
import { copyContent, edit, lineOf, type ContentCopy } from "./content-fixture";
import { checkPlanFidelity } from "./plan-fidelity";
import { SOURCE_FILE } from "./plan-source";

const TASKS = "plan/05-tasks.yaml";
const INDICATORS = "plan/07-indicators.yaml";
const PROJECTS = "plan/08-projects.yaml";

/** The fidelity problems of a copy, as `file:line: message` with the file relative to content/. */
const problemsOf = (copy: ContentCopy) => checkPlanFidelity(copy).map((p) => formatProblem({ ...p, file: p.file.replace(/^content\//, "") }));

describe("the published plan", () => {
  it("is the official text: every sentence in order, and nothing else", () => {
    expect(problemsOf(copyContent())).toEqual([]);
  });

  it("differs from the official text only in whitespace, which is not compared", () => {
    const copy = copyContent();
    edit(copy, TASKS, '"12. 优化辅具适配服务。构建', '"12. 优化辅具适配服务。\\n构建');
    edit(copy, PROJECTS, '"残疾人康复托养", "区县级"]', '"残疾人康复托养", " 区县级 "]');
    expect(problemsOf(copy)).toEqual([]);
  });
});

describe("text the official plan does not have is refused", () => {
  it("a made-up sentence inserted into a task", () => {
    const copy = copyContent();
    edit(copy, TASKS, '"12. 优化辅具适配服务。', '"12. 优化辅具适配服务。残疾人每月可领取 500 元交通补贴。');
    expect(problemsOf(copy)).toEqual([
      `${TASKS}:${lineOf(copy, TASKS, "12. 优化辅具适配服务。")}: 规划原文里没有这段文字（在“12.优化辅具适配服务。”之后）：“残疾人每月可领取500元交通补贴。”`,
    ]);
  });

  it("a made-up paragraph added as a unit of its own", () => {
    const copy = copyContent();
    edit(copy, TASKS, "      - id: task-13\n", '      - id: task-12-extra\n        text: "全市残疾人均可免费领取辅助器具。"\n      - id: task-13\n');
    expect(problemsOf(copy)).toEqual([expect.stringMatching(new RegExp(`^${TASKS}:${lineOf(copy, TASKS, "全市残疾人均可免费领取辅助器具")}: 规划原文里没有这段文字.*“全市残疾人均可免费领取辅助器具。”$`))]);
  });

  it("a changed table cell, shown whole", () => {
    const copy = copyContent();
    edit(copy, PROJECTS, '"残疾人康复托养", "区县级"]', '"残疾人康复托养", "市级"]');
    expect(problemsOf(copy)).toEqual([expect.stringMatching(new RegExp(`^${PROJECTS}:${lineOf(copy, PROJECTS, "桐庐县康复托养服务中心")}: 与规划原文不符.*原文是“区县级”，这里是“市级”$`))]);
  });

  it("text moved from one cell to the next, though the row reads the same", () => {
    const copy = copyContent();
    edit(copy, PROJECTS, '"残疾人康复托养", "区县级"]', '"残疾人康复", "托养区县级"]');
    expect(problemsOf(copy)).toEqual([
      `${PROJECTS}:${lineOf(copy, PROJECTS, "桐庐县康复托养服务中心")}: 单元格的分法与规划原文不符：规划原文没有“7 | 桐庐县康复托养服务中心 | 2300 | 1600 | 残疾人康复 | 托养区县级”这样一行`,
    ]);
  });

  it("a changed figure in the indicators", () => {
    const copy = copyContent();
    edit(copy, INDICATORS, '"75%", "≥95%"', '"75%", "≥98%"');
    expect(problemsOf(copy)).toEqual([expect.stringMatching(new RegExp(`^${INDICATORS}:${lineOf(copy, INDICATORS, "≥98%")}: 与规划原文不符.*原文是“≥95%”，这里是“≥98%”$`))]);
  });

  it("a changed section heading", () => {
    const copy = copyContent();
    edit(copy, "plan/06-safeguards.yaml", 'heading: "(二) 巩固经费保障机制"', 'heading: "(二) 巩固和增加经费保障机制"');
    expect(problemsOf(copy)).toEqual([
      expect.stringMatching(new RegExp(`^plan/06-safeguards\\.yaml:${lineOf(copy, "plan/06-safeguards.yaml", "巩固和增加")}: 规划原文里没有这段文字.*“和增加”$`)),
    ]);
  });

  it("an editor's note other than the recorded 原文如此", () => {
    const copy = copyContent();
    edit(copy, TASKS, "      - id: task-12\n", "      - id: task-12\n        note: 补贴标准见各区通知\n");
    expect(problemsOf(copy)).toEqual([`${TASKS}:${lineOf(copy, TASKS, "note: 补贴标准见各区通知")}: 说明“补贴标准见各区通知”不是记录在案的编者说明：规划原文之外不能加文字`]);
  });
});

describe("official text the plan files lack or reorder is refused", () => {
  const SENTENCE = "鼓励康复机构与医疗、养老、托养、教育及残疾人就业等机构合作,优化多元化辅助器具适配服务,实现辅具服务覆盖率 100%,";

  it("a deleted sentence, at the text it followed", () => {
    const copy = copyContent();
    edit(copy, TASKS, SENTENCE, "");
    expect(problemsOf(copy)).toEqual([
      expect.stringMatching(new RegExp(`^${TASKS}:${lineOf(copy, TASKS, "12. 优化辅具适配服务。")}: 缺少规划原文（在“[^”]*舒适性服务需求。”之后）：“鼓励康复机构与医疗`)),
    ]);
  });

  it("a sentence moved to another task", () => {
    const copy = copyContent();
    edit(copy, TASKS, SENTENCE, "");
    edit(copy, TASKS, '"13. ', `"13. ${SENTENCE}`);
    const problems = problemsOf(copy);
    expect(problems).toContainEqual(expect.stringMatching(new RegExp(`^${TASKS}:${lineOf(copy, TASKS, "12. 优化辅具适配服务。")}: 缺少规划原文`)));
    expect(problems).toContainEqual(expect.stringMatching(new RegExp(`^${TASKS}:${lineOf(copy, TASKS, '"13. ')}: 规划原文里没有这段文字`)));
  });

  it("a whole chapter left out, reported without listing every character", () => {
    const copy = copyContent();
    copy.files.delete("plan/05-tasks.yaml");
    const problems = problemsOf(copy);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.length).toBeLessThan(5);
  });
});

describe("any change to the plan's words", () => {
  // Every quoted verbatim value in the plan files: text, headings, captions, columns, cells, contents entries
  // (empty cells too; not titles, ids or English labels, nor the covering notice's page title 印发通知).
  const copy = copyContent();
  const values = [...copy.files.keys()]
    .filter((file) => file.startsWith("plan/"))
    .flatMap((file) =>
      copy.files
        .get(file)!
        .split("\n")
        .flatMap((line, i) => {
          if (!/^\s*(-\s*)?(text|heading|caption|columns|cells|entries|- \[)/.test(line) || line.includes('"印发通知"')) return [];
          return [...line.matchAll(/"([^"]*)"/g)].map((m) => ({ file, line: i, start: m.index! + 1, value: m[1] }));
        }),
    );

  it("is reported, wherever it is made: a character added, left out or replaced", () => {
    expect(values.length).toBeGreaterThan(300);
    const change = fc.record({
      at: fc.nat({ max: values.length - 1 }),
      offset: fc.nat(),
      how: fc.constantFrom("add", "drop", "replace"),
      char: fc.constantFrom("的", "不", "1", "%", "。", "X"),
    });
    fc.assert(
      fc.property(change, ({ at, offset, how, char }) => {
        const { file, line, start, value } = values[at];
        const i = offset % Math.max(value.length, 1);
        if (how !== "add" && (!value || /\s/.test(value[i]))) return; // whitespace is not compared
        if (how === "replace" && value[i] === char) return;
        const changed = how === "add" ? value.slice(0, i) + char + value.slice(i) : value.slice(0, i) + (how === "replace" ? char : "") + value.slice(i + 1);
        const edited = copyContent();
        const lines = edited.files.get(file)!.split("\n");
        lines[line] = lines[line].slice(0, start) + changed + lines[line].slice(start + value.length);
        edited.files.set(file, lines.join("\n"));
        expect(problemsOf(edited).length, `${file}:${line + 1} ${how} ${char} at ${i} of ${value}`).toBeGreaterThan(0);
      }),
      { numRuns: 60 },
    );
  });
});

describe("the recorded repairs", () => {
  it("must still match the official text, once each", () => {
    const copy = copyContent();
    edit(copy, SOURCE_FILE, "明确目标 and 责任", "明确目标和责任");
    expect(() => checkPlanFidelity(copy)).toThrow(/recorded repair \(“和” extracted as “and”\) matches the source 0 times/);
  });
});
