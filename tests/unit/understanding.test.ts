// Each signal of query understanding on made-up vocabulary (the wording signals on questions of each kind): traditional
// characters, typos by sound, shortened and rearranged terms, English words through the dictionary.
import { describe, expect, it } from "vitest";
import { QueryUnderstanding, type Concept } from "../../search/query.server";
import { baseForm, chineseFor, figureFrames, sameMeaning, wordForms } from "../../search/understanding/english";
import { askedUnit, asksForFigure, givesInUnit } from "../../search/understanding/figure";
import { normalizeQuery } from "../../search/understanding/normalize";
import { abbreviates, bestPartial, bigramOverlap } from "../../search/understanding/partial";
import { countAsked, groupCountMeant, isCountWord, listsCount } from "../../search/understanding/counts";
import { asksMeaning } from "../../search/understanding/meaning";
import { MeasureReader } from "../../search/understanding/measures";
import { askedPeriod, fullYears, withoutOtherPeriods } from "../../search/understanding/period";
import { placesAsked } from "../../search/understanding/places";
import { SoundIndex } from "../../search/understanding/pinyin";
import { asksYesNo } from "../../search/understanding/yes-no";
import { askingClauses, Relevance, toldOnly } from "../../search/relevance.server";

describe("normalising a query", () => {
  it("reads traditional characters as simplified, full-width as half-width, punctuation as space", () => {
    expect(normalizeQuery("藍天服務站，ＡＢＣ？")).toBe("蓝天服务站 abc");
    expect(normalizeQuery("聽障朋友的輪椅")).toBe("听障朋友的轮椅");
    // A plus between digits is part of a name, not punctuation.
    expect(normalizeQuery("“1+3+2”是什么")).toBe("1+3+2 是什么");
  });

  it("reads Cantonese function words as the Mandarin ones, and leaves the same characters where Mandarin uses them", () => {
    expect(normalizeQuery("呢份規劃係邊兩個部門發嘅？")).toBe("这份规划系哪两个部门发的");
    expect(normalizeQuery("呢度有冇白雲設施？我哋點申請？")).toBe("这里有没有白云设施 我们怎么申请");
    expect(normalizeQuery("旁边的白云被占了呢")).toBe("旁边的白云被占了呢");
    expect(normalizeQuery("劳动仲裁要快点办")).toBe("劳动仲裁要快点办");
    expect(normalizeQuery("呢份規劃係邊日印發嘅")).toBe("这份规划系哪日印发的");
    expect(normalizeQuery("那边日子不好过")).toBe("那边日子不好过");
  });
});

describe("typos by sound", () => {
  const index = new SoundIndex(["蓝天服务", "白云驿站", "彩虹桥"]);

  it("reads an unknown stretch as the word that sounds the same", () => {
    expect(index.correct("兰天服务")).toEqual([{ typed: "兰天服务", word: "蓝天服务" }]);
    expect(index.correct("白云易站")).toEqual([{ typed: "白云易站", word: "白云驿站" }]);
  });

  it("also when it only nearly sounds the same (n/l, zh/z, eng/en …)", () => {
    // nan tian fu wu ~ lan tian fu wu; cai hong qiao typed as cai hong qiao with 乔.
    expect(index.correct("南天服务")).toEqual([{ typed: "南天服务", word: "蓝天服务" }]);
    expect(index.correct("彩红乔")).toEqual([{ typed: "彩红乔", word: "彩虹桥" }]);
  });

  it("leaves known words and stretches that sound like nothing alone", () => {
    expect(index.correct("蓝天服务")).toEqual([]);
    expect(index.correct("黑夜")).toEqual([]);
  });
});

describe("shortened and rearranged terms", () => {
  it("knows an abbreviation: the first characters of the words, in order", () => {
    expect(abbreviates("蓝服站", "蓝天服务站")).toBe(true);
    expect(abbreviates("服站", "蓝天服务站")).toBe(false);
    expect(abbreviates("蓝站服", "蓝天服务站")).toBe(false);
  });

  it("scores a rearranged term by the character pairs it shares", () => {
    expect(bigramOverlap("彩虹院", "彩虹机构")).toBeCloseTo(0.4);
    expect(bestPartial("彩虹院", ["院子彩虹", "彩虹机构"])).toBe("彩虹机构");
    expect(bigramOverlap("白云", "黑夜")).toBe(0);
    expect(bestPartial("蓝服站", ["白云驿站", "蓝天服务站"])).toBe("蓝天服务站");
    expect(bestPartial("黑夜里", ["白云驿站", "蓝天服务站"])).toBeUndefined();
  });
});

describe("English through the dictionary", () => {
  it("reads plurals in their dictionary form", () => {
    expect(baseForm("children")).toBe("child");
    expect(baseForm("facilities")).toBe("facility");
    expect(baseForm("buses")).toBe("bus");
    expect(baseForm("access")).toBe("access");
  });

  it("finds the content's Chinese words for an English word or pair", () => {
    expect(chineseFor("sign language")).toContain("手语");
    expect(chineseFor("Wheelchairs")).toContain("轮椅");
    expect(chineseFor("qwertyuiop")).toEqual([]);
  });

  it("reads how a figure is framed as the plan writes it, and drops the unit a figure is wanted in", () => {
    expect(figureFrames(normalizeQuery("For every 10,000 disabled residents, how many groups?"))).toBe("每万 disabled residents how many groups");
    expect(figureFrames(normalizeQuery("How many were checked per year, in units of 10,000?"))).toBe("how many were checked 年均");
    expect(figureFrames("how fast did income grow annually")).toBe("how fast did income grow 年均");
    // "every year" is left to the dictionary (每年); a year named is no frame.
    expect(figureFrames("how many every year in the year 2020")).toBe("how many every year in the year 2020");
  });
});

describe("five-year periods the content does not cover", () => {
  const text = "巩固残疾少年儿童十五年教育。十三五期间服务人次增加。";
  const understanding = new QueryUnderstanding([], text, text);

  it("are not read as the number in their name (十五五 is no 十五年)", () => {
    const read = understanding.understand("十五五期间有新规划了吗");
    expect(read.terms.some((t) => t.includes("十五"))).toBe(false);
    expect(read.text).not.toContain("十五");
    expect(withoutOtherPeriods("十二五规划和十三五比")).toBe("和十三五比");
  });
});

describe("years written short", () => {
  it("spells out a year where a point in time fits", () => {
    expect(fullYears("15年是多少，20年又是多少？")).toBe("2015年是多少，2020年又是多少？");
    expect(fullYears("到25年的目标是咋定的")).toBe("到2025年的目标是咋定的");
    expect(fullYears("从15年到20年增长了多少")).toBe("从2015年到2020年增长了多少");
  });

  it("leaves a span of years alone", () => {
    for (const span of ["残疾了20年了", "15年免费教育", "我干了15年，有补贴吗", "孩子读了12年书", "2025年目标"]) expect(fullYears(span)).toBe(span);
  });
});

describe("the whole reading, on a made-up vocabulary", () => {
  const concept: Concept = { id: "rainbow", term: "蓝天服务站", aliases: [], everyday: [], en: ["sky station"] };
  const text = "蓝天服务站为居民提供康复和手语服务。白云驿站和彩虹桥也在其中。";
  const understanding = new QueryUnderstanding([concept], text, text);

  it("corrects a typo by sound into a known concept, and says so", () => {
    const read = understanding.understand("兰天服务站在哪");
    expect(read.concepts.map((c) => c.id)).toEqual(["rainbow"]);
    expect(read.corrections).toEqual([{ typed: "兰天", word: "蓝天" }]);
  });

  it("never cuts a word of the language in two to read part of it by sound", () => {
    // 人吃 sounds nearly like 人次, but 吃药 is how people say it: not a typo.
    const local = new QueryUnderstanding([concept], `${text}服务人次增加。`, `${text}服务人次增加。`);
    expect(local.understand("老人吃药").corrections).toEqual([]);
  });

  it("never reads a word of the language typed whole as another that sounds the same", () => {
    // 过期 (expired) sounds like 国企 (state firm), but it is a word: what was meant.
    const local = new QueryUnderstanding([concept], `${text}国企岗位。`, `${text}国企岗位。`);
    expect(local.understand("服务站的卡过期了怎么办").corrections).toEqual([]);
  });

  it("reads a shortened term as the long one", () => {
    const read = understanding.understand("彩桥");
    expect(read.readAs).toEqual([{ typed: "彩桥", word: "彩虹桥" }]);
    expect(read.terms).toContain("彩虹桥");
  });

  it("never reads a word of degree and what it qualifies as a shortened term", () => {
    // 特别重 is very severe: it shares 特别 with 特别生态区, and means nothing of it.
    const zone: Concept = { id: "zone", term: "特别生态", aliases: [], everyday: [], en: [] };
    const local = new QueryUnderstanding([concept, zone], `${text}特别生态区的居民。`, `${text}特别生态区的居民。`);
    expect(local.understand("特别重的孩子怎么办").readAs.map((r) => r.word)).not.toContain("特别生态");
    expect(local.understand("特态的孩子怎么办").readAs.map((r) => r.word)).toContain("特别生态");
  });

  it("reads traditional characters", () => {
    expect(understanding.understand("藍天服務站").concepts.map((c) => c.id)).toEqual(["rainbow"]);
  });

  it("reads an English word the glossary does not list through the dictionary", () => {
    const read = understanding.understand("sign language");
    expect(read.readAs).toEqual([{ typed: "sign language", word: "手语" }]);
    expect(read.text).toContain("手语");
  });

  it("changes nothing in a query it already understands", () => {
    const read = understanding.understand("蓝天服务站");
    expect(read.corrections).toEqual([]);
    expect(read.readAs).toEqual([]);
  });
});

describe("a two-word term said the other way round", () => {
  const concept: Concept = { id: "sky-care", term: "蓝天预防", aliases: [], everyday: [], en: [] };
  const text = "加强蓝天预防工作。";
  const understanding = new QueryUnderstanding([concept], text, text);

  it("is that term, named by the asker rather than guessed", () => {
    const read = understanding.understand("宣传预防蓝天有哪些节日");
    expect(read.concepts.map((c) => c.id)).toEqual(["sky-care"]);
    expect(read.inferred).toEqual([]);
  });
});

describe("the nearest units when nothing matches", () => {
  const doc = (id: string, title: string, text: string, order: number) => ({ id, type: "faq" as const, title, text, headingPath: [], url: `/faq#${id}`, chapter: "", districts: [], documents: ["d"], order });
  const relevance = new Relevance([doc("a", "蓝天服务站", "蓝天服务站提供康复和手语服务。", 1), doc("b", "白云驿站", "白云驿站在城西。", 2)]);
  const understood = (text: string) => ({ raw: text, text, terms: [], concepts: [], inferred: [], corrections: [], readAs: [] });

  it("ranks units by the query's character pairs they share, rarest first, and only those", () => {
    expect(relevance.nearest(understood("天服站务"), () => true, 5).map((d) => d.id)).toEqual(["a"]);
    expect(relevance.nearest(understood("琴棋书画"), () => true, 5)).toEqual([]);
  });

  it("keeps to the filters", () => {
    expect(relevance.nearest(understood("天服站务"), (d) => d.id !== "a", 5)).toEqual([]);
  });

  it("does not count words that only shape the question (哪几条, 规划里有, …吗) as missing from a unit", () => {
    const plain = relevance.coverage(understood("蓝天服务站 手语"), doc("a", "蓝天服务站", "蓝天服务站提供康复和手语服务。", 1));
    const asked = relevance.coverage(understood("规划里有 蓝天服务站 手语 哪几条"), doc("a", "蓝天服务站", "蓝天服务站提供康复和手语服务。", 1));
    expect(asked).toBe(plain);
  });
});

describe("a Chinese word the content never uses, read by its meaning", () => {
  const text = "为居家安养的残疾人提供康复训练、洗浴、保洁等专项服务。";
  const local = new QueryUnderstanding([], text, text);
  const doc = (id: string, body: string) => ({ id, type: "task" as const, title: id, text: body, headingPath: [], url: `/plan#${id}`, chapter: "", districts: [], documents: ["d"], order: 1 });
  const relevance = new Relevance([doc("bath", text), doc("train", "为残疾人提供职业技能培训。"), doc("other", "其他内容。")]);

  it("is the content's word of the same first dictionary sense", () => {
    expect(sameMeaning("洗澡")).toContain("洗浴");
    expect(sameMeaning("吃药")).toContain("服药");
  });

  it("is not read when the sense loses a word that carries meaning, or when the content's word is a count", () => {
    // 不好 /no good/ is no 良好 /good/; 今年 /this year/ no 应届; 一家 is also the 一家 of 哪一家.
    expect(sameMeaning("不好")).toEqual([]);
    expect(sameMeaning("今年")).toEqual([]);
    expect(sameMeaning("全家")).toEqual([]);
  });

  it("is sent to the engines last and weighed as the typed word's other form, not as a word of its own", () => {
    const read = local.understand("能不能上门帮着洗澡");
    expect(read.readAs).toContainEqual({ typed: "洗澡", word: "洗浴", sameMeaning: true });
    expect(read.text.split(" ").at(-1)).toBe("洗浴");
    expect(relevance.parts(read).map((p) => p.forms)).toContainEqual(["洗澡", "洗浴"]);
    expect(relevance.coverage(read, doc("bath", text))).toBeGreaterThan(relevance.coverage(read, doc("train", "为残疾人提供职业技能培训。")));
  });
});

describe("a concept read from everyday words", () => {
  const doc = (id: string, title: string, text: string) => ({ id, type: "faq" as const, title, text, headingPath: [], url: `/faq#${id}`, chapter: "", districts: [], documents: ["d"], order: 1 });
  const relevance = new Relevance([doc("a", "白云租房保障", "为城镇家庭提供白云租房保障及优先保障。"), doc("b", "闲置农房", "鼓励农村家庭盘活闲置农房增加收入。"), doc("c", "其他", "其他内容。")]);
  const concept = { id: "cloud", term: "白云租房保障及优先保障", aliases: [], everyday: ["房子"], en: [] };

  it("weighs the words of its term, which the asker did not type, as the guess it is", () => {
    const guessed = { raw: "农村老房子空着怎么增加收入", text: "白云租房保障 优先保障 农村老 空着 增加收入", terms: [], concepts: [concept], inferred: ["cloud"], corrections: [], readAs: [] };
    const typed = { ...guessed, raw: "农村白云租房保障空着怎么增加收入", inferred: [] };
    const weight = (u: typeof guessed, word: string) => relevance.parts(u).find((p) => p.forms[0] === word)!.weight;
    expect(weight(guessed, "租房")).toBeLessThan(weight(typed, "租房"));
  });

  it("weighs a concept told only in the story of a question less than one in the clause that asks", () => {
    const concepts = [concept];
    const told = { raw: "我家老房子空着，孩子今年要上学，学费怎么算", text: "白云租房保障及优先保障 孩子 上学 学费", terms: [], concepts, inferred: ["cloud"], corrections: [], readAs: [] };
    const asked = { ...told, raw: "孩子今年要上学，家里没人，老房子怎么办" };
    const weight = (u: typeof told) => relevance.parts(u).find((p) => p.forms[0] === concept.term)!.weight;
    expect(weight(told)).toBeLessThan(weight(asked));
  });
});

describe("the clauses of a story that ask", () => {
  it("are those with a question word, or ended by a question mark", () => {
    expect(askingClauses("我妈坐轮椅，家里门太窄，听说政府可以帮忙改造？要改多少户？")).toBe("听说政府可以帮忙改造 要改多少户");
    expect(askingClauses("我妈坐轮椅，家里门太窄，要改多少户？")).toBe("要改多少户");
    expect(askingClauses("改造多少户？")).toBeUndefined();
  });
});

describe("English questions weighed against the entries' own English", () => {
  const entry = (id: string, text: string, english: string) => ({ id, type: "faq" as const, title: id, text, headingPath: [], url: `/faq#${id}`, chapter: "faq", districts: [], documents: ["d"], order: 1, english });
  const relevance = new Relevance([entry("a", "蓝天驿站提供午间照看。", "Blue Sky stations offer midday minding for residents."), entry("b", "白云补贴发给住户。", "White Cloud grants go to households.")]);
  const understood = (raw: string) => ({ raw, text: raw.toLowerCase(), terms: [], concepts: [], inferred: [], corrections: [], readAs: [] });

  it("counts an English word the entry's English uses, in its base form, and not the filler words", () => {
    expect(relevance.coverage(understood("Where are the stations for midday minding?"), { title: "", text: "" })).toBe(0);
    const scanned = relevance.scan(understood("Where are the stations for midday minding?"), 0.5).map((r) => r.doc.id);
    expect(scanned).toEqual(["a"]);
    expect(relevance.scan(understood("which households get grants"), 0.5).map((r) => r.doc.id)).toEqual(["b"]);
  });

  it("never sends the entries' English to the engines", () => {
    expect(relevance.focus(understood("midday minding"))).toBe("");
  });
});

describe("what a question's wording asks besides its subject", () => {
  it("reads the period asked: a named period decides, else the wording (目标人群 is not a target)", () => {
    expect(askedPeriod("十三五时甲指标的目标是多少，实际完成多少")).toBe("past");
    expect(askedPeriod("十四五里乙指标定的多少")).toBe("plan");
    expect(askedPeriod("2018年那次比赛拿了几块奖牌")).toBe("past");
    expect(askedPeriod("某某目标人群覆盖率完成了多少")).toBe("past");
    expect(askedPeriod("丙覆盖率要达到多少")).toBe("plan");
    expect(askedPeriod("How many visits were there in 2017?")).toBe("past");
    expect(askedPeriod("What share should be reached by 2025?")).toBe("plan");
    // The baseline is the plan's own starting figure, whatever tense asks it.
    expect(askedPeriod("What was the 2020 baseline for Ding coverage?")).toBe("plan");
    expect(askedPeriod("丁覆盖率2020年基期值是多少")).toBe("plan");
    expect(askedPeriod("What was the Ding rate in 2020, the starting point of the new targets?")).toBe("plan");
    // What a building is going to be is the plan's; the last five-year plan is the one before it.
    expect(askedPeriod("How big is the cloud centre going to be?")).toBe("plan");
    expect(askedPeriod("Did the city meet its cloud target in the last five-year plan?")).toBe("past");
    expect(askedPeriod("丁服务有什么支持")).toBeUndefined();
  });

  it("tells a yes/no question from others", () => {
    for (const q of ["孩子能不能去普通学校", "有没有上门服务", "规划支持这个吗", "Is there a bus pass?"]) expect(asksYesNo(q), q).toBe(true);
    for (const q of ["毕业以后情况怎么样？", "What was the rate for graduates?"]) expect(asksYesNo(q), q).toBe(false);
  });

  it("finds an English word the dictionary lists under another form: British spelling, -ing, -ed", () => {
    expect(wordForms("organisations")).toContain("organization");
    expect(wordForms("organisations")).toContain("organize");
    expect(wordForms("centre")).toContain("center");
    expect(wordForms("nursing")).toContain("nurse");
    expect(wordForms("registered")).toContain("register");
    expect(chineseFor("nursing")).toEqual(chineseFor("nurse"));
  });

  it("tells a question asking how many from one asking which kinds", () => {
    expect(asksForFigure("这个中心有几层")).toBe(true);
    expect(asksForFigure("都有哪几种服务")).toBe(false);
    expect(asksForFigure("分几类")).toBe(false);
    // 好多个…？ asks how many in south-western speech; 好多人都说 is a statement.
    expect(asksForFigure("每年要给好多个娃儿做检查哦？")).toBe(true);
    expect(asksForFigure("好多人都说这个服务好。")).toBe(false);
    expect(asksForFigure("what % of the families got a visit by 2020")).toBe(true);
    // How a target of the last period turned out is asked by its result: a figure.
    expect(asksForFigure("十三五时候蓝天适配率完成得怎么样")).toBe(true);
    expect(asksForFigure("What's the 2025 goal for sky coverage?")).toBe(true);
    // "goals" alone names what a plan is for, not a figure asked.
    expect(asksForFigure("Does the plan anchor its goals to the province's?")).toBe(false);
    expect(asksForFigure("白云服务占比是百分之几")).toBe(true);
    // A year is a figure: "哪一年办" is answered by the sentence that names it; so is a baseline.
    expect(asksForFigure("运动会是哪一年办的")).toBe(true);
    expect(asksForFigure("What was the 2020 baseline?")).toBe(true);
    expect(asksForFigure("What was the achieved value of the Ding ratio?")).toBe(true);
  });

  it("tells a question about what something means", () => {
    for (const q of ["“2+4”是啥意思？", "四级网络指什么", "What does 'day care' mean?"]) expect(asksMeaning(q), q).toBe(true);
    expect(asksMeaning("丙覆盖率要达到多少")).toBe(false);
  });
});

describe("English questions read as the name of a measured figure", () => {
  const measures = [
    { unit: "goal-1", zh: "蓝天适配率", en: ["basic blue sky fitting rate", "sky fitting rate"] },
    { unit: "goal-1", zh: "蓝天服务覆盖率", en: ["blue sky service coverage", "sky service coverage rate"] },
    { unit: "goal-2", zh: "白云组织", en: ["registered cloud organisations per ten thousand people", "cloud groups"] },
    { unit: "task-3", zh: "第十一届彩虹运动会", en: ["eleventh rainbow games", "rainbow sports meeting"] },
    { unit: "task-4", zh: "白云组织增长", en: ["growth in cloud organisations"] },
    { unit: "task-5", zh: "彩虹经费投入", en: ["investment in rainbow programmes"] },
    ...["row-1", "row-2", "row-3"].map((unit) => ({ unit, zh: `${unit}指标`, en: ["main indicators", `${unit} special measure`] })),
  ];
  const reader = new MeasureReader(measures);
  const read = (question: string) => reader.read(question.toLowerCase()).measures.map((m) => m.zh);

  it("in any order and any form of its words (fitting of basic… / targeted, precise / precision)", () => {
    expect(read("What is the fitting rate targeted for basic blue sky devices?")).toEqual(["蓝天适配率"]);
    expect(read("What blue sky service coverage is planned?")).toEqual(["蓝天服务覆盖率"]);
  });

  it("in American spelling and in a verb's other forms (organizations, programs, grew / growth, spent / investment)", () => {
    expect(read("How many registered cloud organizations per 10,000 people?")).toEqual(["白云组织"]);
    expect(read("By how much should cloud organisations grow?")).toEqual(["白云组织增长"]);
    expect(read("How much was spent on rainbow programs?")).toEqual(["彩虹经费投入"]);
  });

  it("with phrases that say one of a name's words: money put into, a number going up", () => {
    expect(read("How much money did the city put into rainbow programmes?")).toEqual(["彩虹经费投入"]);
    expect(read("By how much should the cloud organisations go up?")).toEqual(["白云组织增长"]);
  });

  it("with what can be done and the ability to as one word (accessible / accessibility), and nonprofits as charities", () => {
    const formed = new MeasureReader([
      { unit: "task-1", zh: "蓝天家庭改造", en: ["home accessibility modifications for rainbow families"] },
      { unit: "task-2", zh: "白云慈善组织", en: ["registered cloud charities"] },
    ]);
    const unit = (q: string) => formed.read(q.toLowerCase()).measures.map((m) => m.unit);
    expect(unit("How many rainbow families get their homes made accessible?")).toEqual(["task-1"]);
    expect(unit("How many registered cloud nonprofits?")).toEqual(["task-2"]);
  });

  it("with everyday words for being satisfied, wanting work and a sports meet", () => {
    const everyday = new MeasureReader([
      { unit: "review-5", zh: "白云满意率", en: ["satisfaction rate with complaint handling"] },
      { unit: "review-3", zh: "白云就业率", en: ["employment rate of cloud people willing to work"] },
      { unit: "task-19", zh: "白云运动会", en: ["city cloud games"] },
    ]);
    const unit = (q: string) => everyday.read(q.toLowerCase()).measures.map((m) => m.unit);
    expect(unit("What percent of complaints were handled so that people ended up happy?")).toEqual(["review-5"]);
    expect(unit("What employment rate of cloud people who wanted to work?")).toEqual(["review-3"]);
    expect(unit("When is the next citywide cloud sports meet?")).toEqual(["task-19"]);
  });

  it("with the question's digits read as the name's words (10,000, 11th)", () => {
    expect(read("How many registered cloud organisations per 10,000 people?")).toEqual(["白云组织"]);
    expect(read("When is the 11th rainbow games?")).toEqual(["第十一届彩虹运动会"]);
  });

  it("never from one shared word, nor from a heading several measures share", () => {
    expect(read("What is the rate?")).toEqual([]);
    expect(read("What are the main indicators?")).toEqual([]);
  });

  it("with everyday words for a share and a place (percentage, proportion / share; neighbourhood / community; kids / children)", () => {
    const everyday = new MeasureReader([
      { unit: "row-4", zh: "彩虹活动参与率", en: ["community rainbow activity participation rate"] },
      { unit: "row-5", zh: "白云学生比例", en: ["share of cloud students"] },
      { unit: "row-6", zh: "彩虹儿童", en: ["rainbow children centres"] },
      { unit: "row-7", zh: "蓝天就业率", en: ["sky employment rate of people able and willing to work"] },
    ]);
    const name = (q: string) => everyday.read(q.toLowerCase()).measures.map((m) => m.unit);
    expect(name("What percentage joined neighbourhood rainbow activities (participation)?")).toEqual(["row-4"]);
    expect(name("What proportion of cloud students?")).toEqual(["row-5"]);
    expect(name("How many rainbow centres for kids?")).toEqual(["row-6"]);
    expect(name("Sky employment rate of people with the ability and willingness to work?")).toEqual(["row-7"]);
  });

  it("the one whose Chinese name the question also types", () => {
    expect(read("Is the blue sky service coverage rate (蓝天服务) the basic blue sky fitting rate?")).toEqual(["蓝天服务覆盖率"]);
  });
});

describe("Chinese questions naming a rate as printed", () => {
  const measures = [
    { unit: "row-9", zh: "蓝天就业率", en: [] },
    { unit: "goal-2", zh: "全市有能力和意愿的蓝天就业率", en: [] },
    { unit: "goal-1", zh: "基本白云适配率", en: [] },
    { unit: "review-1", zh: "杭州彩虹医院", en: [] },
  ];
  const reader = new MeasureReader(measures);
  const named = (question: string) => reader.rates(question).map((m) => m.unit);

  it("reads a rate's whole name, the longest given", () => {
    expect(named("2025年基本白云适配率要到多少")).toEqual(["goal-1"]);
    expect(named("蓝天就业率的基期值")).toEqual(["row-9"]);
  });

  it("reads the longer rate whose qualifiers the question gives too, but not for a joining 的", () => {
    expect(named("有能力和意愿的蓝天就业率要到多少")).toEqual(["goal-2"]);
    expect(named("指标表里的蓝天就业率是多少")).toEqual(["row-9"]);
  });

  it("reads who a rate counts said in everyday words as the plan's qualifiers", () => {
    const reader = new MeasureReader([
      { unit: "row-9", zh: "蓝天就业率", en: [] },
      { unit: "goal-2", zh: "有劳动能力和就业愿望的蓝天就业率", en: [] },
    ]);
    expect(reader.rates("能干活又想找工作的人,蓝天就业率要到多少").map((m) => m.unit)).toEqual(["goal-2"]);
    expect(reader.rates("蓝天就业率要到多少").map((m) => m.unit)).toEqual(["row-9"]);
  });

  it("never a name that is not a rate's, nor a rate's end alone", () => {
    expect(named("杭州彩虹医院有多大")).toEqual([]);
    expect(named("白云适配率是多少")).toEqual([]);
  });
});

describe("a Chinese question asking a rate in its own words", () => {
  const reader = new MeasureReader([
    { unit: "row-10", zh: "彩虹学生接受高中阶段教育比例", en: [] },
    { unit: "t13-11", zh: "适龄彩虹人接受“十五年”教育比例(学前、义务教育和高中)", en: [] },
    { unit: "row-6", zh: "规范化白云机构覆盖率", en: [] },
    { unit: "row-7", zh: "蓝天服务覆盖率", en: [] },
    { unit: "goal-7", zh: "全市蓝天服务覆盖率", en: [] },
    { unit: "row-8", zh: "重度和精神、智力蓝天托养比例", en: [] },
    { unit: "row-2", zh: "蓝天城乡居民基本医疗保险参保率", en: [] },
    { unit: "row-3", zh: "蓝天城乡居民基本养老保险参保率", en: [] },
  ]);
  const guessed = (question: string) => reader.ratesInWords(question).map((m) => m.unit);

  it("by a piece of its name few others have, with what the name says it counts (高中)", () => {
    expect(guessed("孩子读高中的比例，要从多少提到多少？")).toEqual(["row-10", "t13-11"]);
    expect(guessed("规范化的白云机构覆盖率现在才多少")).toEqual(["row-6"]);
  });

  it("the plain name, when a longer one only adds a qualifier the question does not give", () => {
    expect(guessed("蓝天服务覆盖率统计包括哪些")).toEqual(["row-7"]);
  });

  it("not when no share is asked, when it also counts something, nor from pieces every name has", () => {
    expect(guessed("孩子读高中有补助吗")).toEqual([]);
    expect(guessed("每年按比例安排就业的有多少")).toEqual([]);
    expect(guessed("要建多少个规范化白云机构？覆盖率多少")).toEqual([]);
    expect(guessed("蓝天的覆盖率是多少")).toEqual([]);
  });
});

describe("what a question only tells of", () => {
  it("is who asks, in a clause asking nothing beside one that asks something of its own", () => {
    expect(toldOnly("老伴智力残疾一直在家，有没有人能上门帮着洗澡、打扫卫生？", ["智力残疾"])).toBe(true);
  });

  it("is not what a short asking clause asks about, nor the first half of 'A，还是B？'", () => {
    expect(toldOnly("农村残疾户房子成了危房，有啥救助？", ["危房"])).toBe(false);
    expect(toldOnly("这个规划光是残联自己发的，还是跟别的政府部门一起联名发的？", ["残联"])).toBe(false);
    expect(toldOnly("智力残疾的人能上门帮着洗澡吗？", ["智力残疾"])).toBe(false);
  });
});

describe("the period an English question asks about", () => {
  it("by 2020, or what something did, is the period before the plan", () => {
    expect(askedPeriod("By 2020, what employment rate did Hangzhou reach?")).toBe("past");
    expect(askedPeriod("How much did the city spend?")).toBe("past");
    expect(askedPeriod("What will the rate be by 2025?")).toBe("plan");
  });
});

describe("places other than Hangzhou", () => {
  it("reads a place asked about or compared with, in Chinese and English", () => {
    expect(placesAsked("上海的两项补贴跟杭州比哪个高？")).toEqual(["上海"]);
    expect(placesAsked("宁波那边坐公交要不要办卡？")).toEqual(["宁波"]);
    expect(placesAsked("宁波和上海的补贴，比杭州高还是低？")).toEqual(["宁波", "上海"]);
    // a place that owns the plan or policy asked about
    expect(placesAsked("宁波市残疾人事业十四五规划里的就业率目标是多少？")).toEqual(["宁波"]);
    // its disabled people or federation, with no 的 to mark them
    expect(placesAsked("深圳残疾人就业补贴一个月多少？")).toEqual(["深圳"]);
    expect(placesAsked("温州残联有没有助听器补助？")).toEqual(["温州"]);
    expect(placesAsked("How does Hangzhou's allowance compare with Shenzhen's?")).toEqual(["Shenzhen"]);
    expect(placesAsked("Is the subsidy higher in Shanghai?")).toEqual(["Shanghai"]);
    expect(placesAsked("What disability employment rate is Shanghai aiming for by 2025?")).toEqual(["Shanghai"]);
    // a service used there ("在上海坐地铁"), when the question is not also about Hangzhou
    expect(placesAsked("拿着老家的残疾证，在上海坐地铁能免费吗？")).toEqual(["上海"]);
    expect(placesAsked("我妈在北京看病，能报销吗")).toEqual(["北京"]);
  });

  it("leaves a place that is only the asker's background, and words that only contain a place's name", () => {
    expect(placesAsked("我老家在四川，现在搬来杭州，腿脚不便，有什么补贴")).toEqual([]);
    expect(placesAsked("我户口在上海，能在杭州办残疾证吗")).toEqual([]);
    expect(placesAsked("I moved from Shanghai to Hangzhou; what support is there?")).toEqual([]);
    expect(placesAsked("浙江西部山区的残疾人有什么帮扶")).toEqual([]);
    expect(placesAsked("我在上海残疾人托养机构住过，回杭州后能去残疾人之家吗")).toEqual([]);
    expect(placesAsked("我在上海工作，爸妈在杭州，他们能领什么补贴")).toEqual([]);
    expect(placesAsked("我在上海办的残疾证，到杭州坐地铁能免费吗")).toEqual([]);
  });
});

describe("the unit a count is asked in", () => {
  it("reads the measure word asked and finds a figure given in it", () => {
    expect(askedUnit("十三五一共发了多少件蓝天器具？")).toBe("件");
    expect(askedUnit("每年要服务多少人次")).toBe("人次");
    expect(askedUnit("比例是多少")).toBeUndefined();
    expect(askedUnit("我做了好几年志愿者，有没有表彰")).toBeUndefined();
    expect(givesInUnit("近 5.4 万名持证残疾人", "人")).toBe(true);
    expect(givesInUnit("累计配发蓝天器具近 7 万件", "件")).toBe(true);
    expect(givesInUnit("蓝天器具适配率 99.99%", "件")).toBe(false);
  });
});

describe("a list asked for by its count", () => {
  it("reads the count after 哪, in Chinese numerals or digits", () => {
    expect(countAsked("全面推进四个方面,是哪四个词?")).toBe(4);
    expect(countAsked("具体是哪 6 项")).toBe(6);
    expect(countAsked("有哪些补贴")).toBeUndefined();
    // "建到哪一步", "哪一年" ask for one thing, not a list of one.
    expect(countAsked("建到哪一步了")).toBeUndefined();
  });

  it("reads a group asked about by its quoted name as asked by its count, and a name that counts nothing as a name", () => {
    expect(groupCountMeant("规划讲的“两大驱动”到底指什么")).toBe(2);
    expect(groupCountMeant("“三大白云”是哪些")).toBe(3);
    expect(groupCountMeant("“四个杭州”指什么")).toBeUndefined();
    expect(groupCountMeant("两大驱动是什么时候提出的")).toBeUndefined();
  });

  it("takes a count word of that number as how many, never a group's name", () => {
    expect(isCountWord("四个", countAsked("四个方面,是哪四个词?"))).toBe(true);
    expect(isCountWord("六块", countAsked("六个样板,是哪六块?"))).toBe(true);
    expect(isCountWord("三个", countAsked("四个方面,是哪四个词?"))).toBe(false);
    expect(isCountWord("两大", countAsked("两大驱动是哪两个?"))).toBe(false);
  });

  it("finds a clause listing that many items in a row", () => {
    const sentence = "坚持新发展理念,全面推进甲引领、乙驱动、丙共享、丁融合,开启新征程。";
    expect(listsCount(sentence, 4)).toBe(true);
    expect(listsCount(sentence, 3)).toBe(false);
  });
});
