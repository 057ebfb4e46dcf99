// Persona cases for the benefit finder. The rules are the audience tags in content/subsidies; each case
// names supports a person like this should (and should not) be shown, and the plan sentence that says so.
import { describe, expect, it } from "vitest";
import { narrowing, supportsFor, type Answers } from "~/model/audience";
import { loadContent } from "~/model/load.server";

const content = loadContent();
const loose = (s: string) => s.replace(/\s+/g, "").replace(/，/g, ",").replace(/；/g, ";").replace(/（/g, "(").replace(/）/g, ")");

interface Persona {
  who: string;
  answers: Answers;
  shows: string[];
  hides?: string[];
  /** Why, in the plan's own words. */
  because: { unit: string; quote: string };
}

const PERSONAS: Persona[] = [
  {
    who: "家属，6 岁以下，孤独症",
    answers: { role: "family", age: "0-6", conditions: ["autism"] },
    shows: ["child-rehabilitation-0-6", "free-education"],
    hides: ["child-rehabilitation-7-14", "job-post-subsidy"],
    because: { unit: "task-10", quote: "实现有康复需求和适应指征的0—6周岁残疾儿童和孤独症儿童服务覆盖率100%" },
  },
  {
    who: "家属，10 岁，需要康复",
    answers: { role: "family", age: "7-14", conditions: ["rehab_devices"] },
    shows: ["child-rehabilitation-7-14", "assistive-device-fitting", "rehabilitation-subsidy"],
    hides: ["child-rehabilitation-0-6"],
    because: { unit: "task-10", quote: "探索7—14周岁残疾儿童康复补贴救助制度" },
  },
  {
    who: "本人，重度肢体残疾，成年",
    answers: { role: "self", age: "18-59", category: "physical", severity: "severe", conditions: [] },
    shows: ["care-allowance", "free-public-transport"],
    hides: ["home-teaching"],
    because: { unit: "task-17", quote: "完善困难残疾人生活补贴、重度残疾人护理补贴" },
  },
  {
    who: "本人，三级，低保家庭",
    answers: { role: "self", age: "18-59", severity: "mild", conditions: ["low_income"] },
    shows: ["living-allowance", "subsistence-allowance", "temporary-assistance", "housing-repair-assistance"],
    hides: ["care-allowance"],
    because: { unit: "task-16", quote: "对符合城乡低保条件的残疾人家庭和个人,确保应保尽保" },
  },
  {
    who: "本人，想创业",
    answers: { role: "self", age: "18-59", conditions: ["job"] },
    shows: ["startup-cost-support", "startup-loan-subsidy", "vocational-training-support", "reserved-outlet-places"],
    hides: ["job-post-subsidy", "above-quota-reward"],
    because: { unit: "task-7", quote: "鼓励扶持残疾人自主创业，给予开办费、小额贷款补贴" },
  },
  {
    who: "用人单位",
    answers: { role: "employer" },
    shows: ["job-post-subsidy", "above-quota-reward", "concentrated-employment-tax-relief", "accessibility-construction-subsidy", "employer-social-insurance-aid"],
    hides: ["care-allowance", "free-public-transport", "startup-loan-subsidy"],
    because: { unit: "task-7", quote: "落实残疾人就业岗位补贴、超比例奖励、无障碍设施建设补助标准,并确保符合条件的用人单位应补尽补" },
  },
  {
    who: "盲人按摩机构（社会组织）",
    answers: { role: "organisation" },
    shows: ["employer-social-insurance-aid", "care-institution-operating-subsidy"],
    hides: ["job-post-subsidy", "living-allowance"],
    because: { unit: "task-7", quote: "盲人按摩机构等其他残疾人集中就业机构,按安置残疾人人数给予一定的社保缴费补助" },
  },
  {
    who: "家属，精神残疾，低收入",
    answers: { role: "family", age: "18-59", category: "mental", conditions: ["low_income"] },
    shows: ["free-psychiatric-medication", "psychiatric-hospital-aid", "living-allowance"],
    because: { unit: "bg-review-3", quote: "落实好精神残疾人免费服药和住院救助政策" },
  },
  {
    who: "本人，视力残疾，没有勾选情况（低收入的支持照样列出）",
    answers: { role: "self", age: "18-59", category: "visual", conditions: [] },
    shows: ["free-cultural-facilities", "free-public-transport", "legal-aid", "living-allowance"],
    hides: ["free-psychiatric-medication", "psychiatric-hospital-aid"],
    because: { unit: "task-20", quote: "市、区县(市)两级公共图书馆设立盲人阅览室" },
  },
  {
    who: "家属，15 岁，在读学生",
    answers: { role: "family", age: "15-17", conditions: ["student"] },
    shows: ["exam-pe-exemption", "student-aid", "free-education"],
    because: { unit: "task-2", quote: "可以申请体育项目免考,体育项目按照满分计入中考总分" },
  },
  {
    who: "家属，重度，学龄儿童",
    answers: { role: "family", age: "7-14", severity: "severe", conditions: [] },
    shows: ["home-teaching", "care-allowance", "free-education"],
    because: { unit: "task-1", quote: "送教上门" },
  },
  {
    who: "本人，成年，重度，没有勾选学生",
    answers: { role: "self", age: "18-59", severity: "severe", conditions: [] },
    shows: ["care-allowance"],
    hides: ["home-teaching", "free-education", "exam-pe-exemption"],
    because: { unit: "indicator-3", quote: "重度残疾人护理补贴覆盖率" },
  },
  {
    who: "家属，需要托养照护",
    answers: { role: "family", age: "18-59", conditions: ["care"] },
    shows: ["residential-care-subsidy"],
    hides: ["care-institution-operating-subsidy"],
    because: { unit: "task-31", quote: "落实残疾人托养服务补助政策" },
  },
  {
    who: "本人，需要辅具",
    answers: { role: "self", age: "60+", conditions: ["rehab_devices"] },
    shows: ["assistive-device-fitting", "assistive-device-rental"],
    because: { unit: "task-12", quote: "探索“基本补贴+个人补差”选择优质高新辅助器具和“辅具租赁”等残疾人辅具服务事项办理新模式" },
  },
  {
    who: "本人，开车出行",
    answers: { role: "self", age: "18-59", conditions: [] },
    shows: ["parking-fee-reduction", "free-public-transport"],
    because: { unit: "bg-review-5", quote: "实施残疾人驾驶汽车停车收费减免" },
  },
  {
    who: "本人，等级不确定（不排除重度支持）",
    answers: { role: "self", age: "18-59", conditions: [] },
    shows: ["care-allowance"],
    because: { unit: "task-17", quote: "重度残疾人护理补贴" },
  },
  {
    who: "本人，家里要改造",
    answers: { role: "self", age: "60+", conditions: [] },
    shows: ["home-accessibility-modification"],
    because: { unit: "task-22", quote: "实施 3000 户残疾人家庭无障碍改造" },
  },
  {
    who: "本人，权益受侵害",
    answers: { role: "self", age: "18-59", conditions: [] },
    shows: ["legal-aid"],
    because: { unit: "task-28", quote: "开展残疾人法律救助工作" },
  },
  {
    who: "本人，城镇住房困难",
    answers: { role: "self", age: "18-59", category: "intellectual", severity: "severe", conditions: [] },
    shows: ["public-rental-housing"],
    because: { unit: "task-16", quote: "公共租赁住房" },
  },
  {
    who: "社会组织，办托养机构",
    answers: { role: "organisation" },
    shows: ["care-institution-operating-subsidy"],
    hides: ["residential-care-subsidy"],
    because: { unit: "task-31", quote: "对民办非营利性机构按相应政策标准给予运营补助" },
  },
  {
    who: "家属，孩子 0—6 岁，情况一个也没勾（“也可以都不选”：康复照样列出）",
    answers: { role: "family", age: "0-6", conditions: [] },
    shows: ["free-education", "child-rehabilitation-0-6"],
    hides: ["child-rehabilitation-7-14"],
    because: { unit: "task-2", quote: "全面落实残疾儿童少年“十五年”免费教育相关政策" },
  },
  {
    who: "本人，求职，想培训",
    answers: { role: "self", age: "18-59", conditions: ["job"] },
    shows: ["vocational-training-support"],
    because: { unit: "task-4", quote: "职业" },
  },
];

describe("benefit finder personas", () => {
  it("has at least 20 personas", () => expect(PERSONAS.length).toBeGreaterThanOrEqual(20));

  for (const persona of PERSONAS) {
    it(persona.who, () => {
      const unit = content.units.get(persona.because.unit);
      expect(unit, persona.because.unit).toBeDefined();
      expect(loose(unit!.text)).toContain(loose(persona.because.quote));
      const shown = supportsFor(content.subsidies, persona.answers).map((r) => r.subsidy.id);
      for (const id of persona.shows) expect(shown, `${persona.who} should see ${id}`).toContain(id);
      for (const id of persona.hides ?? []) expect(shown, `${persona.who} should not see ${id}`).not.toContain(id);
    });
  }

  it("says why: the answers that made a support relevant", () => {
    const [first] = supportsFor(content.subsidies, { role: "family", age: "0-6", conditions: ["autism"] });
    expect(first.subsidy.id).toBe("child-rehabilitation-0-6");
    expect(first.because).toEqual(
      expect.arrayContaining([
        { dimension: "age", value: "0-6" },
        { dimension: "condition", value: "autism" },
      ]),
    );
  });
});

describe("an unanswered question never hides a support", () => {
  const all = content.subsidies.map((s) => s.id).sort();
  const shownFor = (answers: Answers) => supportsFor(content.subsidies, answers).map((r) => r.subsidy.id).sort();

  it("lists every published support when nothing is answered", () => {
    expect(shownFor({})).toEqual(all);
    expect(shownFor({ conditions: [] })).toEqual(all);
  });

  it("treats no 情况 box ticked like no answer", () => {
    for (const persona of PERSONAS) expect(shownFor({ ...persona.answers, conditions: [] })).toEqual(shownFor({ ...persona.answers, conditions: undefined }));
  });

  // Leaving any one answer out can only add supports, never take one away.
  const dimensions = ["role", "age", "category", "severity", "conditions"] as const;
  for (const persona of PERSONAS) {
    it(`${persona.who}: each answer left out only widens the list`, () => {
      const shown = shownFor(persona.answers);
      for (const dimension of dimensions) {
        const wider = shownFor({ ...persona.answers, [dimension]: undefined });
        for (const id of shown) expect(wider, `${dimension} left out`).toContain(id);
      }
    });
  }

  it("says how many supports each answer rules out, and nothing for unanswered questions", () => {
    const answers: Answers = { role: "self", age: "0-6", conditions: [] };
    const steps = narrowing(content.subsidies, answers);
    expect(steps.map((s) => s.dimension)).toEqual(["role", "age"]);
    const byRole = steps.find((s) => s.dimension === "role")!;
    expect(byRole.removed).toBe(content.subsidies.filter((s) => s.audience.role.length && !s.audience.role.includes("self")).length);
    expect(byRole.removed).toBeGreaterThan(0);
  });
});
