import { describe, expect, it } from "vitest";
import { chineseNumeral } from "~/lib/numerals";
import { numbersIn, unsupportedNumbers } from "~/model/numbers";

describe("numbers in derived text", () => {
  it("reads Chinese numerals with place words", () => {
    expect(chineseNumeral("十五")).toBe(15);
    expect(chineseNumeral("二十三")).toBe(23);
    expect(chineseNumeral("三千")).toBe(3000);
    expect(chineseNumeral("五万四千")).toBe(54000);
  });

  it("normalises 万 and Chinese numerals so equal amounts compare equal", () => {
    expect(numbersIn("近 5.4 万名")).toContain("54000");
    expect(numbersIn("共54000人")).toContain("54000");
    expect(numbersIn("十五年免费教育")).toContain("15");
    expect(numbersIn("覆盖率 99%")).toContain("99");
  });

  it("does not take words such as 统一 or 一体化 for numbers", () => {
    expect(numbersIn("统一标准，市域一体化")).toEqual([]);
  });

  it("finds numbers that the cited units do not contain", () => {
    const source = "实现有康复需求和适应指征的0—6周岁残疾儿童和孤独症儿童基本康复服务覆盖率100%";
    expect(unsupportedNumbers("0 至 6 岁的孩子，覆盖率 100%", [source])).toEqual([]);
    expect(unsupportedNumbers("每月补贴 300 元", [source])).toEqual(["300"]);
    expect(unsupportedNumbers("拨打 12345", [source], ["12345"])).toEqual([]);
    expect(unsupportedNumbers("十五年", ["“十五年”免费教育"])).toEqual([]);
    expect(unsupportedNumbers("二十年", ["“十五年”免费教育"])).toEqual(["二十"]);
    // 万 after digits belongs to them; it is not a number of its own.
    expect(unsupportedNumbers("总投资 18500 万元", ["杭州市残疾人综合服务中心改(扩)建工程 25000 18500"])).toEqual([]);
  });
});
