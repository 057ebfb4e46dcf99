// Reading a follow-up with the question before it, on made-up subjects: which follow-ups lean on the
// previous question, how the reading is made, and that a question standing on its own is never bent.
import { describe, expect, it } from "vitest";
import { readFollowUp } from "../../search/understanding/followup";

// Made-up subjects: 甲补贴, 乙补贴, 丙中心 are things; 覆盖率 is an aspect.
const SUBJECTS = ["甲补贴", "乙补贴", "丙中心", "覆盖率"];
const subjectsOf = (text: string) => SUBJECTS.filter((s) => text.includes(s)).sort((a, b) => b.length - a.length);

describe("reading a follow-up", () => {
  it("asks the previous question about a new subject: 那…呢, a bare subject", () => {
    expect(readFollowUp("那乙补贴呢？", "甲补贴覆盖率目标是多少", subjectsOf)).toEqual({ question: "乙补贴覆盖率目标是多少", leaned: true });
    expect(readFollowUp("乙补贴？", "甲补贴覆盖率目标是多少", subjectsOf)).toEqual({ question: "乙补贴覆盖率目标是多少", leaned: true });
  });

  it("asks something new of the previous subject: a pronoun, or only an aspect", () => {
    expect(readFollowUp("它在哪里办？", "丙中心是做什么的", subjectsOf)).toEqual({ question: "丙中心在哪里办？", leaned: true });
    expect(readFollowUp("那里有什么？", "丙中心是做什么的", subjectsOf)).toEqual({ question: "丙中心有什么？", leaned: true });
    expect(readFollowUp("目标是多少？", "丙中心是做什么的", subjectsOf)).toEqual({ question: "丙中心：目标是多少？", leaned: true });
  });

  it("never bends a question that stands on its own, or one with nothing before it", () => {
    expect(readFollowUp("乙补贴每个月发给哪些人，怎么申请", "甲补贴覆盖率目标是多少", subjectsOf).leaned).toBe(false);
    expect(readFollowUp("残疾人考驾照有优惠吗", "甲补贴有什么政策", subjectsOf).leaned).toBe(false);
    expect(readFollowUp("那乙补贴呢？", undefined, subjectsOf).leaned).toBe(false);
    // Nothing to carry: the previous question names no subject.
    expect(readFollowUp("那乙补贴呢？", "你好", subjectsOf).leaned).toBe(false);
  });
});
