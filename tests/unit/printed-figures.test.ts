import { describe, expect, it } from "vitest";
import { answeringFigures, figureSaid, itemNaming } from "~/assistant/printed-figures";

const english = (clause: string, years = false) => answeringFigures(clause, years).map((f) => figureSaid(f, "en"));
const chinese = (clause: string) => answeringFigures(clause, false).map((f) => figureSaid(f, "zh-CN"));

describe("figures as a clause prints them", () => {
  it("keeps the plan's bound and unit, and says 万 and 亿 as the number they make", () => {
    expect(english("全市每年开展残疾人职业培训人数不少于 5000 人次,")).toEqual(["at least 5000 person-times"]);
    expect(english("比例提高到65%以上;")).toEqual(["at least 65%"]);
    expect(english("每年全市残疾人按比例就业人数达 2 万人以上并逐年递增,")).toEqual(["at least 20,000 people"]);
    expect(english("发放近 7 万件")).toEqual(["nearly 70,000 items"]);
    expect(english("总投资 19990 万元")).toEqual(["199.9 million yuan"]);
    expect(chinese("比例提高到65%以上;")).toEqual(["65%以上"]);
  });

  it("takes no figure from the digits of a name (G20, 5G)", () => {
    expect(english("2016年市残联获“服务保障G20杭州峰会先进集体”表彰", true)).toEqual(["2016"]);
    expect(english("2016年市残联获“服务保障G20杭州峰会先进集体”表彰")).toEqual([]);
    expect(chinese("推进5G应用,覆盖率达到95%")).toEqual(["95%"]);
  });

  it("says which year each of two amounts is for", () => {
    expect(english("全市残疾人事业经费投入从 2015 年的 6.92 亿元增长到 2020 年的 13.77 亿元。")).toEqual(["692 million yuan (2015)", "1.377 billion yuan (2020)"]);
  });

  it("reads an age range as who a measure is for, and a range of years as one answer", () => {
    expect(english("实现有康复需求和适应指征的0—6周岁残疾儿童和孤独症儿童服务覆盖率100%,")).toEqual(["100%"]);
    expect(english("制定出台《杭州市特殊教育提升计划2021-2023》,", true)).toEqual(["2021 to 2023"]);
    expect(english("3. 残疾人就业率达 90%")).toEqual(["90%"]);
  });

  it("of a list of named figures, keeps the item that names the one asked", () => {
    expect(itemNaming("残疾人各类来信来访做到受理率 100%、答复率 100%、满意率 98%。", "满意率")).toBe("满意率 98%。");
    // One figure: the clause stays whole.
    expect(itemNaming("残疾人基本辅具适配率达到95%以上。", "基本辅具适配率")).toBe("残疾人基本辅具适配率达到95%以上。");
  });
});
