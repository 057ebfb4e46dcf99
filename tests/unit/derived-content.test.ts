import { describe, expect, it } from "vitest";
import { loadContent } from "~/model/load.server";
import { copyContent, edit, lineOf, problemsOf } from "./content-fixture";

const SUBSIDY = "subsidies/care-allowance.yaml";
const SERVICE = "services/binjiang-service-centre.yaml";

describe("subsidies and services are checked against the plan", () => {
  it("every published subsidy and service cites at least one existing unit", () => {
    const content = loadContent();
    expect(content.subsidies.length).toBeGreaterThanOrEqual(30);
    expect(content.services.length).toBeGreaterThanOrEqual(15);
    for (const entry of [...content.subsidies, ...content.services]) {
      expect(entry.quotes.length, entry.id).toBeGreaterThan(0);
      for (const q of entry.quotes) expect(content.units.has(q.unit), `${entry.id} cites ${q.unit}`).toBe(true);
    }
  });

  it("a citation to a unit that does not exist", () => {
    const copy = copyContent();
    edit(copy, SUBSIDY, "    unit: task-17", "    unit: task-99");
    const line = lineOf(copy, SUBSIDY, "unit: task-99");
    expect(problemsOf(copy)).toEqual([`${SUBSIDY}:${line}: 引用的规划单元“task-99”不存在`]);
  });

  it("a quote that is not in the unit it cites", () => {
    const copy = copyContent();
    edit(copy, SUBSIDY, "quote: 重度残疾人护理补贴覆盖率", "quote: 重度残疾人护理补贴每月发放");
    expect(problemsOf(copy)).toEqual([expect.stringMatching(new RegExp(`^${SUBSIDY}:\\d+: 引文不在单元 indicator-3 的原文里`))]);
  });

  it("a number in plain-language text that the cited units do not contain", () => {
    const copy = copyContent();
    edit(copy, SUBSIDY, "这是给重度残疾人的护理补贴。", "这是给重度残疾人的护理补贴，每月发放 300 元。");
    const line = lineOf(copy, SUBSIDY, "summary: ");
    expect(problemsOf(copy)).toEqual([expect.stringMatching(new RegExp(`^${SUBSIDY}:${line}: “summary”里的数字 300 在所引用的规划单元里找不到`))]);
  });

  it("a district that is not one of Hangzhou's 13", () => {
    const copy = copyContent();
    edit(copy, SERVICE, "district: 滨江区", "district: 火星区");
    expect(problemsOf(copy)).toEqual([expect.stringMatching(/区县“火星区”不在 facts\.yaml 的区县名单里/)]);
  });

  it("an id already used by a plan unit, and a file named differently from its id", () => {
    const copy = copyContent();
    edit(copy, SUBSIDY, "id: care-allowance", "id: task-17");
    const problems = problemsOf(copy);
    expect(problems).toContainEqual(expect.stringMatching(/补贴编号“task-17”重复（与规划原文的编号相同）/));
    expect(problems).toContainEqual(expect.stringMatching(/文件名应与编号一致：请把文件命名为 task-17\.yaml/));
  });

  it("a missing required field", () => {
    const copy = copyContent();
    edit(copy, SUBSIDY, "gives: 护理补贴（规划未写明金额）\n", "");
    expect(problemsOf(copy)).toEqual([expect.stringMatching(new RegExp(`^${SUBSIDY}:\\d+: 缺少必填字段“gives”`))]);
  });
});
