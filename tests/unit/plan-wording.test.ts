// Issue 21: the English says what the Chinese says (termbase), summaries keep the qualifiers of `who`, and
// glossary explanations add no policy. Each rule on made-up entries, parsed in memory.
import { describe, expect, it } from "vitest";
import { checkGlossaryWording } from "~/model/glossary-wording";
import { formatProblem, YamlSource, type ContentProblem } from "~/model/problems";
import { checkQualifiers, qualifiersOf } from "~/model/qualifiers";
import { glossarySchema, termbaseSchema } from "~/model/schemas";
import { bilingualTexts, checkTermbase, englishPattern } from "~/model/termbase";

/** A made-up content file: its text with a line per array element, parsed as the loader parses it. */
function file(name: string, lines: string[]) {
  const source = new YamlSource(name, lines.join("\n") + "\n");
  return { source, value: source.doc.toJS() };
}

const TERMS = termbaseSchema.parse({
  terms: [
    { zh: ["托养"], en: "care", avoid: ["residential care"], note: "托养以家庭为基础" },
    { zh: ["人次"], en: "person-time", note: "一人可计多次" },
    { zh: ["持证"], en: "certificate", note: "持有残疾人证" },
    { zh: ["贫困"], en: "poor", note: "不能省略" },
  ],
}).terms;

function report(run: (problems: ContentProblem[]) => void): string[] {
  const problems: ContentProblem[] = [];
  run(problems);
  return problems.map(formatProblem);
}

describe("the termbase rule", () => {
  it("refuses a rendering the termbase marks as saying something else, at the English field's line", () => {
    const doc = file("subsidies/made-up.yaml", ["id: made-up", "summary: 规划要求增加托养服务。", "summary_en: The plan asks for more residential care."]);
    expect(report((p) => checkTermbase(TERMS, [doc], p))).toEqual([
      "subsidies/made-up.yaml:3: “summary_en”里的“residential care”说的不是“托养”：请写作“care”（content/terms.yaml：托养以家庭为基础）",
    ]);
  });

  it("refuses English that leaves out the term's rendering, in nested entries too", () => {
    const doc = file("faq/made-up.yaml", ["entries:", "  - id: faq-made-up", "    answer: 覆盖人次从 13 万增长至 16 万。", "    answer_en: It grew from 130,000 to 160,000 people."]);
    expect(report((p) => checkTermbase(TERMS, [doc], p))).toEqual([
      "faq/made-up.yaml:4: “answer_en”没有用术语表的译法：“answer”用了“人次”，英文应写作“person-time”（content/terms.yaml：一人可计多次）",
    ]);
  });

  it("accepts the rendering in any inflection, and says nothing where the Chinese does not use the term", () => {
    const doc = file("summaries/made-up.yaml", [
      "points:",
      "  - text: 每年服务 10 万人次，包括托养。",
      "    text_en: Over 100,000 person-times a year, including caring at home.",
      "  - text: 寄宿制机构。",
      "    text_en: Residential care institutions.",
    ]);
    expect(report((p) => checkTermbase(TERMS, [doc], p))).toEqual([]);
  });

  it("pairs every x with its sibling x_en, at any depth, and nothing else", () => {
    const { value } = file("subsidies/made-up.yaml", ["name: 甲", "name_en: A", "who: 乙", "where:", "  - name: 丙", "    name_en: C", "stance: require"]);
    expect(bilingualTexts(value)).toEqual([
      { field: "name", zh: "甲", en: "A", enPath: ["name_en"] },
      { field: "name", zh: "丙", en: "C", enPath: ["where", 0, "name_en"] },
    ]);
  });

  it("matches inflected forms of a rendering but not other words that start like it", () => {
    expect(englishPattern("Home for the Disabled").test("two Homes for the Disabled")).toBe(true);
    expect(englishPattern("person-time").test("160,000 person times")).toBe(true);
    expect(englishPattern("explore").test("it is exploring")).toBe(true);
    expect(englishPattern("care").test("a new career")).toBe(false);
  });
});

describe("summaries keep the qualifiers of who", () => {
  it("finds the “…的” phrases, age ranges and narrowing words, not the remarks in brackets", () => {
    expect(qualifiersOf("有康复需求和适应指征的 0—6 周岁残疾儿童和孤独症儿童（规划未写明其他具体条件）")).toEqual(["有康复需求和适应指征的", "0—6周岁"]);
    expect(qualifiersOf("持证贫困精神障碍患者")).toEqual(["持证", "贫困"]);
    expect(qualifiersOf("因灾、因病及意外伤害，符合临时救助政策条件的特殊困难残疾人家庭")).toEqual(["符合临时救助政策条件的", "特殊困难"]);
    expect(qualifiersOf("残疾人（需要的人按规定申请）")).toEqual([]);
  });

  const subsidy = (summary: string, summaryEn: string) =>
    file("subsidies/made-up.yaml", ["id: made-up", `summary: ${summary}`, `summary_en: ${summaryEn}`, "who: 持证贫困精神障碍患者（规划原文用语）"]);

  it("refuses a first sentence that names the beneficiaries more broadly, even if a later one narrows them", () => {
    const doc = subsidy("这项政策帮助精神障碍患者免费服药。规划要求对持证的贫困患者全额保障。", "Free medicine for poor people with mental disorders who hold a disability certificate.");
    expect(report((p) => checkQualifiers([doc], TERMS, p))).toEqual([
      "subsidies/made-up.yaml:2: “summary”的第一句没有写出“who”里的限定“持证”“贫困”：第一句说这项支持给谁，不能比适用对象（持证贫困精神障碍患者）说得更宽",
    ]);
  });

  it("refuses a first English sentence without the termbase rendering of a qualifier", () => {
    const doc = subsidy("这是持证贫困精神障碍患者免费服药的政策。", "Free medicine for people with mental disorders who hold a disability certificate.");
    expect(report((p) => checkQualifiers([doc], TERMS, p))).toEqual([
      "subsidies/made-up.yaml:3: “summary_en”的第一句没有写出限定“贫困”：英文第一句也要说明，译作“poor”（content/terms.yaml）",
    ]);
  });

  it("accepts a summary whose first sentence keeps every qualifier in both languages", () => {
    const doc = subsidy("这是持证贫困精神障碍患者免费服药的政策。规划要求全额保障。", "Free medicine for poor people with mental disorders who hold a disability certificate. It is to be fully covered.");
    expect(report((p) => checkQualifiers([doc], TERMS, p))).toEqual([]);
  });
});

describe("glossary explanations add no policy", () => {
  const PLAN = "对符合条件的残疾人家庭，确保应保尽保。";
  const glossary = (entries: string[][]) => {
    const doc = file("glossary.yaml", ["entries:", ...entries.flatMap(([id, term, explain, explainEn]) => [`  - id: ${id}`, `    term: ${term}`, `    explain: ${explain}`, `    explain_en: ${explainEn}`])]);
    return { source: doc.source, value: glossarySchema.parse(doc.value) };
  };

  const REFUSED = [
    {
      what: "a fee the plan does not name, even where the term is free",
      entry: ["free-education", "十五年免费教育", "十五年不用交学费的教育。", "Fifteen years of school without tuition fees."],
      problems: [
        "glossary.yaml:4: 术语“十五年免费教育”的解释说了“学费”：规划没有这样写。词语解释只说明词义，不能加上规划没写的具体的费用",
        "glossary.yaml:5: 术语“十五年免费教育”的英文解释说了“tuition”：中文解释里没有规划写过的这类说法，英文也不能加上规划没写的具体的费用",
      ],
    },
    {
      what: "“free” for a term that does not say so",
      entry: ["library", "公共图书馆", "可以免费借书的图书馆。", "A library where borrowing is free."],
      problems: [
        "glossary.yaml:4: 术语“公共图书馆”的解释说了“免费”：规划没有这样写。词语解释只说明词义，不能加上规划没写的免费或少付钱的说法",
        "glossary.yaml:5: 术语“公共图书馆”的英文解释说了“free”：中文解释里没有规划写过的这类说法，英文也不能加上规划没写的免费或少付钱的说法",
      ],
    },
    {
      what: "a condition the plan does not state",
      entry: ["care-allowance", "护理补贴", "给需要长期照护的人的补贴。", "For people who need long-term care."],
      problems: [
        "glossary.yaml:4: 术语“护理补贴”的解释说了“需要长期照护的”：规划没有这样写。词语解释只说明词义，不能加上规划没写的条件",
        "glossary.yaml:5: 术语“护理补贴”的英文解释说了“who need”：中文解释里没有规划写过的这类说法，英文也不能加上规划没写的条件",
      ],
    },
  ];
  for (const { what, entry, problems } of REFUSED) {
    it(`refuses ${what}, in both languages`, () => {
      expect(report((p) => checkGlossaryWording(glossary([entry]), PLAN, p))).toEqual(problems);
    });
  }

  it("accepts the plan's own wording, and a term that itself says free or reduced", () => {
    const doc = glossary([
      ["dibao", "低保", "给符合条件的残疾人家庭的救助。", "Assistance for households who meet the conditions, which must be met."],
      ["parking", "停车收费减免", "停车收费减少或者免除。", "Paying less, or nothing, for parking."],
      ["free", "免费", "不用付钱。", "No charge."],
    ]);
    expect(report((p) => checkGlossaryWording(doc, PLAN, p))).toEqual([]);
  });
});
