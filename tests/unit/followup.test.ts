// Reading a follow-up with the question before it, on made-up subjects: which follow-ups lean on the
// previous question, how the reading is made, and that a question standing on its own is never bent.
import { describe, expect, it } from "vitest";
import { readFollowUp } from "../../search/understanding/followup";
import { swapKind, topicsOf } from "../../search/understanding/frame";

// Made-up subjects: 甲类补贴, 乙类补贴, 丙服务中心 are things; 覆盖率 is an aspect.
const SUBJECTS = ["甲类补贴", "乙类补贴", "丙服务中心", "丁工程", "覆盖率"];
const subjectsOf = (text: string) => SUBJECTS.filter((s) => text.includes(s)).sort((a, b) => b.length - a.length);
const read = (question: string, previous?: string) => readFollowUp(question, previous, subjectsOf);

describe("a question's topic and frame", () => {
  it("keeps what a question is about and leaves out how it asks: question words, years, the plan, what is asked after 什么", () => {
    expect(topicsOf("2020年甲类补贴覆盖率实际达到了多少？")).toEqual(["甲类补贴覆盖率"]);
    expect(topicsOf("规划里丙服务中心有什么平台？")).toEqual(["丙服务中心"]);
    expect(topicsOf("市级代表中，甲类人员的比例要提高到多少？")).toEqual(["市级代表中", "甲类人员的比例"]);
    expect(topicsOf("2025年目标是多少？")).toEqual(["目标"]);
    expect(topicsOf("What was the 2020 baseline for the coverage of Sunflower homes?")).toEqual(["sunflower homes"]);
  });

  it("swaps a word for another of its kind, and only then", () => {
    expect(swapKind("重度", "轻度甲类人员在哪里上学？")).toBe("重度甲类人员在哪里上学？");
    expect(swapKind("中心村", "乡镇(街道)要建什么样的丙服务中心？")).toBe("中心村要建什么样的丙服务中心？");
    expect(swapKind("adults", "What support is there for deaf children?")).toBe("What support is there for deaf adults?");
    expect(swapKind("乙类补贴", "甲类补贴覆盖率是多少")).toBeUndefined();
  });
});

describe("reading a follow-up", () => {
  it("asks the previous question about a new topic, keeping the aspect the previous one ended with", () => {
    expect(read("那乙类补贴呢？", "甲类补贴覆盖率2025年目标是多少")).toEqual({ question: "乙类补贴覆盖率2025年目标是多少", leaned: true });
    expect(read("乙类补贴？", "2020年甲类补贴覆盖率实际达到了多少")).toEqual({ question: "2020年乙类补贴覆盖率实际达到了多少", leaned: true });
    expect(read("那乙类补贴的比例呢？", "2020年甲类补贴覆盖率实际达到了多少")).toEqual({ question: "2020年乙类补贴的比例实际达到了多少", leaned: true });
    expect(read("那乙类补贴呢？", "甲类补贴的覆盖率目标是多少")).toEqual({ question: "乙类补贴的覆盖率目标是多少", leaned: true });
  });

  it("swaps a word of the same kind: a degree, a place, an age", () => {
    expect(read("重度的呢？", "轻度甲类人员在哪里上学？")).toEqual({ question: "重度甲类人员在哪里上学？", leaned: true });
    expect(read("其中“2”代表啥？", "丁工程“1+3+2”里的“1”指什么？")).toEqual({ question: "丁工程“1+3+2”里的“2”指什么？", leaned: true });
    expect(read("What about adults?", "What support is there for deaf children?")).toEqual({ question: "What support is there for deaf adults?", leaned: true });
  });

  it("asks something new of the previous topic: a pronoun, or only an aspect, with the previous years unless it names its own", () => {
    expect(read("它在哪里办？", "丙服务中心是做什么的")).toEqual({ question: "丙服务中心在哪里办？", leaned: true });
    expect(read("建筑面积多大？", "丁工程主要做什么？")).toEqual({ question: "丁工程建筑面积多大？", leaned: true });
    expect(read("2025年目标是多少？", "甲类补贴覆盖率2020年是多少？")).toEqual({ question: "甲类补贴覆盖率2025年目标是多少？", leaned: true });
    expect(read("目标值呢？", "“十三五”期间甲类补贴覆盖率是多少？")).toEqual({ question: "“十三五”期间甲类补贴覆盖率目标值？", leaned: true });
  });

  it("reads English with the previous question beside it, without the subject the new one replaces, or in place of the word pointing back", () => {
    expect(read("What was the target?", "How fast did Class A income grow during the 13th Five-Year Plan?")).toEqual({ question: "What was the target (fast did Class A income grow, 13th Five-Year Plan)?", leaned: true });
    expect(read("And what is it in 2020?", "What is the 2025 target for the coverage of Class A homes?")).toEqual({ question: "what is coverage of Class A homes in 2020?", leaned: true });
    expect(read("What about Sunflower homes?", "What is the 2025 target for Lotus centres?")).toEqual({ question: "Sunflower homes (What is the 2025 target for)?", leaned: true });
  });

  it("never bends a question that names a topic and asks of it, or one with nothing before it", () => {
    expect(read("乙类补贴每个月发给哪些人，怎么申请", "甲类补贴覆盖率目标是多少").leaned).toBe(false);
    expect(read("残疾人考驾照有优惠吗", "甲类补贴有什么政策").leaned).toBe(false);
    expect(read("甲类人员可以享受哪些优惠，这些优惠怎么申请", "丙服务中心是做什么的").leaned).toBe(false);
    // A pointer followed by the subject it points to names its own subject.
    expect(read("这些丙服务中心在村里建成什么样的？", "丙服务中心有哪些作用？").leaned).toBe(false);
    expect(read("那乙类补贴呢？").leaned).toBe(false);
    // Nothing to carry: the previous question names no topic.
    expect(read("那乙类补贴呢？", "你好").leaned).toBe(false);
  });
});
