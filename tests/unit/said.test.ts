// 常见说法 and slurs (issue 14): the checks on made-up entries parsed in memory, and how search reads them.
import { describe, expect, it } from "vitest";
import { searchInput } from "~/lib/search-documents";
import { loader as glossaryLoader } from "~/routes/($lang).glossary";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { checkGlossaryWording } from "~/model/glossary-wording";
import { loadContent } from "~/model/load.server";
import type { ContentModel } from "~/model/plan";
import { formatProblem, YamlSource, type ContentProblem } from "~/model/problems";
import { checkSaid, mentionsSubject } from "~/model/said";
import { glossarySchema, subsidySchema, type Service, type Subsidy } from "~/model/schemas";
import { understandingForContent } from "../../search/query.server";

/** A made-up content file: its text with a line per array element, parsed as the loader parses it. */
function file(name: string, lines: string[]) {
  const source = new YamlSource(name, lines.join("\n") + "\n");
  return { source, value: source.doc.toJS() };
}

/** A made-up glossary: each entry as [id, term, extra YAML lines]. */
function glossary(entries: [string, string, string[]?][]) {
  const doc = file(
    "glossary.yaml",
    ["entries:", ...entries.flatMap(([id, term, extra = []]) => [`  - id: ${id}`, `    term: ${term}`, "    explain: 一个词。", "    explain_en: A word.", ...extra.map((l) => `    ${l}`)])],
  );
  return { source: doc.source, value: glossarySchema.parse(doc.value) };
}

/** A made-up subsidy or service file with only what the checks read (name and word lists). */
function derived<T extends Subsidy | Service>(name: string, lines: string[]) {
  const doc = file(name, lines);
  return { source: doc.source, value: { said: [], said_en: [], slurs: [], ...doc.value } as T };
}

function report(run: (problems: ContentProblem[]) => void): string[] {
  const problems: ContentProblem[] = [];
  run(problems);
  return problems.map(formatProblem);
}

const said = (g: ReturnType<typeof glossary>, subsidies: ReturnType<typeof derived<Subsidy>>[] = [], services: ReturnType<typeof derived<Service>>[] = [], others: { source: YamlSource }[] = []) =>
  report((p) => checkSaid({ glossary: g, subsidies, services, files: [g, ...subsidies, ...services, ...others] }, p));

describe("the word lists in the schema", () => {
  it("refuses an empty word, at its line", () => {
    const { source, value } = file("glossary.yaml", ["entries:", "  - id: a", "    term: 甲", "    everyday: [走路不方便, '  ']", "    explain: 一个词。", "    explain_en: A word."]);
    const result = glossarySchema.safeParse(value);
    expect(result.success).toBe(false);
    if (!result.success) expect(source.zodProblems(result.error.issues).map(formatProblem)).toEqual(["glossary.yaml:4: “everyday”不能为空（位置 entries.0.everyday.1）"]);
  });

  it("gives subsidies and services said, said_en and slurs, all optional", () => {
    expect(subsidySchema.shape.said.parse(undefined)).toEqual([]);
    expect(subsidySchema.shape.said_en.parse(["free bus "])).toEqual(["free bus"]);
    expect(subsidySchema.shape.slurs.safeParse([""]).success).toBe(false);
  });
});

describe("常见说法 are unambiguous", () => {
  it("passes words that belong to one concept each", () => {
    const g = glossary([["physical", "肢体残疾", ["everyday: [腿脚不方便, 走路不方便]", "slurs: [瘸子]"]]]);
    const bus = derived<Subsidy>("subsidies/bus.yaml", ["name: 免费坐公交", "said: [坐公交不要钱]", "said_en: [free bus]"]);
    expect(said(g, [bus])).toEqual([]);
  });

  it("refuses a word written twice in one entry, and one that repeats the entry's own name or alias", () => {
    const g = glossary([["physical", "肢体残疾", ["aliases: [肢残]", "everyday: [腿脚不方便, 肢残]", "typos: [腿脚不方便]", "slurs: [瘸子, 瘸子]"]]]);
    const bus = derived<Subsidy>("subsidies/bus.yaml", ["name: 免费坐公交", "said:", "  - 免费坐公交", "said_en: [Free bus, free  bus]"]);
    expect(said(g, [bus])).toEqual([
      "glossary.yaml:7: “肢残”就是这一条的别名，搜索本来就能找到，不用再写在 everyday 里",
      "glossary.yaml:8: typos 里的“腿脚不方便”在这一条里重复了（glossary.yaml:7 已经写过）",
      "glossary.yaml:9: slurs 里的“瘸子”在这一条里重复了（glossary.yaml:9 已经写过）",
      "subsidies/bus.yaml:3: “免费坐公交”就是这一条的名称，搜索本来就能找到，不用再写在 said 里",
      "subsidies/bus.yaml:4: said_en 里的“free  bus”在这一条里重复了（subsidies/bus.yaml:4 已经写过）",
    ]);
  });

  it("refuses a said word that is another concept's term or alias", () => {
    const g = glossary([
      ["transport", "公共交通", ["aliases: [公交]"]],
      ["hearing", "听力残疾", ["aliases: [聋人]"]],
      ["sign", "手语", ["everyday: [聋人, 打手语]"]],
    ]);
    const bus = derived<Subsidy>("subsidies/bus.yaml", ["name: 免费坐公交", "said: [公交, 坐车不要钱]"]);
    expect(said(g, [bus])).toEqual([
      "glossary.yaml:16: everyday 里的“聋人”是词语“听力残疾”的别名（glossary.yaml:11）：搜索时分不清指哪一个。请删掉，或换一个只属于这一条的说法",
      "subsidies/bus.yaml:2: said 里的“公交”是词语“公共交通”的别名（glossary.yaml:6）：搜索时分不清指哪一个。请删掉，或换一个只属于这一条的说法",
    ]);
  });

  it("refuses the same word for two concepts, in Chinese and in English", () => {
    const g = glossary([["transport", "公共交通", ["everyday: [坐地铁]", "en: [metro]"]]]);
    const bus = derived<Subsidy>("subsidies/bus.yaml", ["name: 免费坐公交", "said: [坐地铁]"]);
    const centre = derived<Service>("services/centre.yaml", ["name: 服务中心", "said_en: [Metro]"]);
    expect(said(g, [bus], [centre])).toEqual([
      "subsidies/bus.yaml:2: said 里的“坐地铁”也写在词语“公共交通”的 everyday 里（glossary.yaml:6）：同一个说法只能属于一个概念，搜索才知道指哪一个",
      "services/centre.yaml:2: said_en 里的“Metro”也写在词语“公共交通”的 en 里（glossary.yaml:7）：同一个说法只能属于一个概念，搜索才知道指哪一个",
    ]);
  });
});

describe("slurs are matched, never displayed", () => {
  const g = () => glossary([["visual", "视力残疾", ["everyday: [看不见]", "slurs: [瞎子, cripple]"]]]);

  it("refuses a slur in any text of any content file, at its line, Latin slurs as whole words", () => {
    const faq = file("faq/made-up.yaml", ["entries:", "  - id: q", "    question: 瞎子能领补贴吗？", "    answer_en: Not for a cripple, but crippled is another word.", "    answer: 可以。"]);
    const bus = derived<Subsidy>("subsidies/bus.yaml", ["name: 免费坐公交", "said: [老瞎子坐车]"]);
    expect(said(g(), [bus], [], [faq])).toEqual([
      "subsidies/bus.yaml:2: “said”里有“瞎子”：这是侮辱人的说法（词语“视力残疾”的 slurs 列出了它，glossary.yaml:7），只用来让搜索认出来，不能出现在网站显示的任何文字里",
      "faq/made-up.yaml:3: “question”里有“瞎子”：这是侮辱人的说法（词语“视力残疾”的 slurs 列出了它，glossary.yaml:7），只用来让搜索认出来，不能出现在网站显示的任何文字里",
      "faq/made-up.yaml:4: “answer_en”里有“cripple”：这是侮辱人的说法（词语“视力残疾”的 slurs 列出了它，glossary.yaml:7），只用来让搜索认出来，不能出现在网站显示的任何文字里",
    ]);
  });

  it("refuses a slur that is also written as an everyday word, even of its own entry", () => {
    const doc = glossary([["visual", "视力残疾", ["everyday: [看不见, 瞎子]", "slurs: [瞎子]"]]]);
    expect(said(doc)).toEqual([expect.stringMatching(/^glossary\.yaml:6: “everyday”里有“瞎子”：这是侮辱人的说法/)]);
  });

  it("refuses the same slur for two concepts", () => {
    const doc = glossary([
      ["visual", "视力残疾", ["slurs: [瞎子]"]],
      ["blind", "盲人按摩", ["slurs: [瞎子]"]],
    ]);
    expect(said(doc)).toEqual(["glossary.yaml:11: slurs 里的“瞎子”也写在词语“视力残疾”的 slurs 里（glossary.yaml:6）：同一个说法只能属于一个概念，搜索才知道指哪一个"]);
  });
});

describe("常见说法 shown on /glossary add no policy", () => {
  it("refuses a fee the plan does not name in a listed entry's everyday words, not in an unlisted one's", () => {
    const doc = glossary([
      ["free-education", "十五年免费教育", ["everyday: [免学费, 从幼儿园读到高中]"]],
      ["free", "免费", ["list: false", "everyday: [学费]"]],
    ]);
    expect(report((p) => checkGlossaryWording(doc, "规划原文。", p))).toEqual([
      "glossary.yaml:6: 术语“十五年免费教育”的常见说法“免学费”说了“学费”：规划没有这样写。词语解释页会显示常见说法，不能加上规划没写的具体的费用（只用于搜索的说法可以写进对应补贴或服务的 said）",
    ]);
  });
});

describe("search reads every concept's words", () => {
  const doc = glossary([
    ["physical", "肢体残疾", ["everyday: [腿脚不方便]", "typos: [肢休残疾]", "slurs: [瘸子]"]],
    ["transport", "公共交通", ["everyday: [坐公交]"]],
  ]);
  const bus = derived<Subsidy>("subsidies/bus.yaml", ["id: free-bus", "name: 持证残疾人免费乘坐市内公共交通", "summary: 坐车。", "who: 持证残疾人", "gives: 免费", "plan_says: 规划写了。", "quotes: []", "said: [坐车不花钱]", "said_en: [free bus pass]", "slurs: [残废坐车]"]).value;
  const content = { glossary: doc.value.entries, subsidies: [bus], services: [], faq: [], units: new Map(), planMeasures: [], facts: { districts: [] }, version: "test" } as unknown as ContentModel;
  const understanding = understandingForContent(searchInput(content).concepts, searchInput(content).documents);
  const read = (q: string) => understanding.understand(q);

  it("reads a glossary entry's everyday words, misspellings and slurs as its term, the slur never kept", () => {
    for (const q of ["腿脚不方便", "肢休残疾", "瘸子"]) {
      expect(read(q).concepts.map((c) => c.id), q).toEqual(["physical"]);
      expect(read(q).text, q).toBe("肢体残疾");
    }
  });

  it("reads a subsidy's said, said_en and slurs as the subsidy, by its name", () => {
    for (const q of ["坐车不花钱", "free bus pass", "残废坐车"]) {
      const understood = read(q);
      expect(understood.concepts.map((c) => c.id), q).toEqual(["subsidy:free-bus"]);
      expect(understood.inferred, q).toEqual(["subsidy:free-bus"]);
      expect(understood.text, q).not.toMatch(/残废|不花钱|bus/);
    }
    expect(read("坐公交").concepts.map((c) => c.id)).toEqual(["transport"]);
  });
});

describe("the published content", () => {
  it("gives every glossary entry, subsidy and service 3 to 10 everyday ways of saying it", () => {
    const content = loadContent();
    const counts = [
      ...content.glossary.map((g) => ({ id: g.id, n: g.everyday.length })),
      ...[...content.subsidies, ...content.services].map((s) => ({ id: s.id, n: s.said.length })),
    ];
    expect(counts.filter(({ n }) => n < 3 || n > 10)).toEqual([]);
  });
});

describe("the glossary page", () => {
  for (const lang of ["zh", "en"]) {
    it(`shows each listed entry's everyday words and never a slur or a misspelling (${lang})`, () => {
      const params = lang === "en" ? { lang: "en" } : {};
      const page = glossaryLoader({ params, request: new Request(`https://example.org/${lang === "en" ? "en/" : ""}glossary`), context: {} } as unknown as LoaderFunctionArgs);
      const content = loadContent();
      const physical = page.entries.find((e) => e.id === "physical-disability");
      expect(physical?.said).toContain("走路不方便");
      const shown = JSON.stringify(page);
      const hidden = content.glossary.flatMap((g) => [...g.slurs, ...g.typos]);
      expect(hidden.length).toBeGreaterThan(0);
      // Latin words as whole words, as content:check reads them ("psycho" is not in "psychological").
      const appears = (word: string) => (/^[\x20-\x7e]+$/.test(word) ? new RegExp(`\\b${word}\\b`, "i").test(shown) : shown.includes(word));
      expect(hidden.filter(appears)).toEqual([]);
    });
  }
});

describe("a question about disability services is told by the content's words", () => {
  const content = loadContent();
  const QUESTIONS = ["盲道被占了找谁", "我是聋哑人", "瞎子能做什么", "电动轮椅坏了", "智障孩子上学", "脑瘫康复", "精神病人住院", "亚残会在哪", "wheelchair repair", "my son is blind", "deaf children", "autistic kids", "坐公交不要钱吗", "房子要塌了"];
  for (const q of QUESTIONS) it(`reads “${q}” as on the subject`, () => expect(mentionsSubject(content, q)).toBe(true));
  for (const q of ["今天天气怎么样", "帮我写一段代码", "how do I bake bread", "吃饭要钱吗"]) it(`does not read “${q}” as on the subject`, () => expect(mentionsSubject(content, q)).toBe(false));

  it("reads Latin words as whole words and Chinese words anywhere, on made-up content", () => {
    const made = {
      glossary: glossary([["visual", "视力残疾", ["everyday: [看不见]", "slurs: [瞎子]", "en: [blind]"]], ["free", "免费", ["list: false", "everyday: [不要钱]"]]]).value.entries,
      subsidies: [derived<Subsidy>("subsidies/bus.yaml", ["name: 免费坐公交", "said: [坐车不花钱]", "said_en: [free bus]"]).value],
      services: [],
    };
    expect(["他眼睛看不见了", "那个瞎子", "I am BLIND.", "坐车不花钱吗", "a free bus?"].filter((q) => !mentionsSubject(made, q))).toEqual([]);
    expect(["blinds for my window", "不要钱的东西", "free buses"].filter((q) => mentionsSubject(made, q))).toEqual([]);
  });
});
