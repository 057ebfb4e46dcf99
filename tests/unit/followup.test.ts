// Reading a follow-up with the question before it, on made-up subjects: which follow-ups lean on the
// previous question, how the reading is made, and that a question standing on its own is never bent.
import { describe, expect, it } from "vitest";
import { readFollowUp } from "../../search/understanding/followup";

// Made-up subjects: 甲类补贴, 乙类补贴, 丙服务中心 are things; 覆盖率 is an aspect; 丁 is too short to replace.
const SUBJECTS = ["甲类补贴", "乙类补贴", "丙服务中心", "覆盖率", "丁"];
const subjectsOf = (text: string) => SUBJECTS.filter((s) => text.includes(s)).sort((a, b) => b.length - a.length);

describe("reading a follow-up", () => {
  it("asks the previous question about a new subject: 那…呢, a bare subject", () => {
    expect(readFollowUp("那乙类补贴呢？", "甲类补贴覆盖率目标是多少", subjectsOf)).toEqual({ question: "乙类补贴覆盖率目标是多少", leaned: true });
    expect(readFollowUp("乙类补贴？", "甲类补贴覆盖率目标是多少", subjectsOf)).toEqual({ question: "乙类补贴覆盖率目标是多少", leaned: true });
  });

  it("asks something new of the previous subject: a pronoun, or only an aspect", () => {
    expect(readFollowUp("它在哪里办？", "丙服务中心是做什么的", subjectsOf)).toEqual({ question: "丙服务中心在哪里办？", leaned: true });
    expect(readFollowUp("那里有什么？", "丙服务中心是做什么的", subjectsOf)).toEqual({ question: "丙服务中心有什么？", leaned: true });
    expect(readFollowUp("目标是多少？", "丙服务中心是做什么的", subjectsOf)).toEqual({ question: "丙服务中心：目标是多少？", leaned: true });
  });

  it("reads one with the whole previous question beside it when no subject is sure enough to replace, and always in English", () => {
    expect(readFollowUp("目标是多少？", "丁有什么", subjectsOf)).toEqual({ question: "目标是多少（丁有什么）", leaned: true });
    const english = readFollowUp("What about adults?", "What support is there for deaf children?", () => ["deaf children"]);
    expect(english).toEqual({ question: "adults (What support is there for deaf children)?", leaned: true });
  });

  it("never bends a question that stands on its own, or one with nothing before it", () => {
    expect(readFollowUp("乙类补贴每个月发给哪些人，怎么申请", "甲类补贴覆盖率目标是多少", subjectsOf).leaned).toBe(false);
    expect(readFollowUp("残疾人考驾照有优惠吗", "甲类补贴有什么政策", subjectsOf).leaned).toBe(false);
    expect(readFollowUp("那乙类补贴呢？", undefined, subjectsOf).leaned).toBe(false);
    // Nothing to carry: the previous question names no subject.
    expect(readFollowUp("那乙类补贴呢？", "你好", subjectsOf).leaned).toBe(false);
  });
});
