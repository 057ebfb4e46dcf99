// Zod schemas for every kind of content file, and the types the rest of the app uses.
import { z } from "zod";
import { AUDIENCE, FAQ_TOPICS, PLAN_STANCES, SERVICE_KINDS, SERVICE_LEVELS, SUBSIDY_GROUPS } from "./vocabulary";

// Ids are written by hand in content files and become URL fragments: keep them short and URL-safe.
const unitId = z
  .string()
  .regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, "编号只能用小写字母、数字和连字符，并以字母开头（例如 task-12）");

const verbatimText = z.string().trim().min(1, "正文不能为空");

const paragraphUnit = z
  .object({
    id: unitId,
    kind: z.literal("paragraph"),
    text: verbatimText,
    /** An editor's remark shown after the text, e.g. 原文如此 for a phrase truncated in the source. */
    note: z.string().min(1).optional(),
  })
  .strict();

const taskUnit = z
  .object({
    id: unitId,
    kind: z.literal("task"),
    text: verbatimText.regex(/^\d+\. [^。]+。/, "任务正文必须以“编号. 标题。”开头（例如“12. 优化辅具适配服务。”）"),
    note: z.string().min(1).optional(),
  })
  .strict();

const tableRow = z.object({ id: unitId, cells: z.array(z.string()) }).strict();

const tableUnit = z
  .object({
    id: unitId,
    kind: z.literal("table"),
    caption: verbatimText,
    columns: z.array(z.string().min(1)).min(2),
    /** Which column names the row (rendered as its row header); 0 when omitted. */
    row_header: z.number().int().nonnegative().optional(),
    rows: z.array(tableRow).min(1),
  })
  .strict();

const contentsUnit = z
  .object({
    id: unitId,
    kind: z.literal("contents"),
    caption: verbatimText,
    /** Each entry as printed: [heading, page number in the printed document]. */
    entries: z.array(z.tuple([z.string().min(1), z.string()])).min(1),
  })
  .strict();

// A unit without `kind` is a paragraph; the discriminated union then reports errors for that kind only.
const planUnitSchema = z.preprocess(
  (value) =>
    value && typeof value === "object" && !Array.isArray(value) && !("kind" in value)
      ? { ...value, kind: "paragraph" }
      : value,
  z.discriminatedUnion("kind", [taskUnit, tableUnit, contentsUnit, paragraphUnit]).superRefine((unit, ctx) => {
    if (unit.kind !== "table") return;
    unit.rows.forEach((row, i) => {
      if (row.cells.length !== unit.columns.length) {
        ctx.addIssue({
          code: "custom",
          path: ["rows", i, "cells"],
          message: `表格行 ${row.id} 有 ${row.cells.length} 个单元格，表头有 ${unit.columns.length} 列`,
        });
      }
    });
  }),
);

const planSectionSchema = z
  .object({
    id: unitId,
    heading: z.string().min(1).optional(),
    title_en: z.string().min(1).optional(),
    units: z.array(planUnitSchema).min(1, "每一节至少要有一个单元"),
  })
  .strict();

/** A document's permanent id: its folder name, its addresses (/documents/<id>/…), and the key quotes cite. */
const documentId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "文件编号只能用小写字母、数字和连字符（例如 hangzhou-disability-plan-2021-2025）");

/** A path inside the content root ("plan", "documents/<id>/chapters"). */
const contentPath = z.string().regex(/^[a-z0-9][a-z0-9./_-]*$/, "应是 content/ 里的相对路径，例如 documents/<id>/chapters");

/**
 * An official document (content/documents/<id>/document.yaml): what it is, where its text and chapters are,
 * and the relations an editor records. Its status is computed from these (app/model/document-status.ts),
 * never typed: the site cannot know whether a measure is in force.
 */
/** A defect of an extracted official text that the published text repairs (decision 0002). */
export const repairSchema = z.object({ from: z.string().min(1), to: z.string(), why: z.string().min(2) }).strict();

export const documentSchema = z
  .object({
    id: documentId,
    title: z.string().min(1, "请填写文件标题"),
    title_en: z.string().min(1, "请填写文件的英文标题（title_en）"),
    /** How English running text names it ("the Hangzhou plan for disability services"). */
    short_title_en: z.string().min(1, "请填写文件在英文行文里的简称（short_title_en）"),
    /** What running text calls it: 规划 / plan, 通知 / notice. */
    called: z.string().min(1, "请填写行文里对这份文件的称呼（例如 规划、通知）"),
    called_en: z.string().min(1, "请填写英文行文里的称呼（例如 plan、notice）"),
    document_number: z.string().min(1).optional(),
    issued: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "发布日期格式应为 YYYY-MM-DD"),
    period_start: z.number().int(),
    period_end: z.number().int(),
    issuers: z.array(z.string().min(1)).min(1, "请填写发文单位"),
    language: z.literal("zh-CN"),
    /** The official text as received, for the fidelity check both ways. */
    source: contentPath,
    source_sha256: z.string().regex(/^[0-9a-f]{64}$/, "source_sha256 应是原文文件的 SHA-256（64 位十六进制）"),
    /** The folder of its chapter files. */
    chapters: contentPath,
    /** The folder of its plain summaries (易读版), one per chapter. */
    summaries: contentPath,
    /** Where its pages live when not /documents/<id>: only the first plan, which keeps /plan and every address it had (app/routes/($lang).plan.*). */
    path: z.literal("/plan").optional(),
    /** How the document names the period before its own, where it looks back (“十三五”期间). */
    previous_period: z.string().min(1).optional(),
    /** A later document an editor records as replacing this one. */
    replaced_by: documentId.optional(),
    /** Defects of the extracted source that the published text repairs: the only changes to its words. */
    repairs: z.array(repairSchema).optional(),
    /** Chapter headings that are the site's page titles and not printed text, by chapter slug (印发通知). */
    page_titles: z.record(z.string(), z.string().min(1)).optional(),
    /** Editorial notes allowed after a unit's text, by unit id (原文如此): the only words the chapters add. */
    notes: z.record(z.string(), z.string().min(1)).optional(),
  })
  .strict()
  .refine((d) => d.period_start <= d.period_end, { message: "规划期的起始年不能晚于结束年", path: ["period_end"] });

export type OfficialDocument = z.infer<typeof documentSchema>;

export const planChapterSchema = z
  .object({
    slug: unitId,
    order: z.number().int().positive(),
    heading: verbatimText,
    title: z.string().min(1),
    title_en: z.string().min(1),
    sections: z.array(planSectionSchema).min(1),
  })
  .strict();

export const factsSchema = z
  .object({
    hotline: z
      .object({
        number: z.string().regex(/^\d+$/),
        from_outside: z.string().min(1),
        name: z.string().min(1),
        name_en: z.string().min(1),
        source: z.string().min(1),
      })
      .strict(),
    emergency: z
      .array(z.object({ number: z.string(), name: z.string(), name_en: z.string() }).strict())
      .min(1),
    emergency_source: z.string().min(1),
    districts: z.array(z.object({ name: z.string(), name_en: z.string() }).strict()).length(13),
    districts_source: z.string().min(1),
  })
  .strict();

/**
 * Words people type for a concept (a glossary entry, a subsidy, a service): searching any of them finds it.
 * Each is trimmed and may not be empty; app/model/said.ts checks the lists against each other.
 */
const wordList = z.array(z.string().trim().min(1)).default([]);

/** Insults people nevertheless type (残废, 瞎子): matched in search, never displayed anywhere. */
const matchedOnly = { slurs: wordList };

export const glossaryEntry = z
  .object({
    id: unitId,
    term: z.string().min(1),
    aliases: z.array(z.string().min(1)).default([]),
    /** 常见说法: how people say it in everyday words. Shown on /glossary ("也有人说"); searching one finds the term. */
    everyday: wordList,
    /** Misspellings people type (附具 for 辅具): matched in search, not shown. */
    typos: wordList,
    ...matchedOnly,
    en: z.array(z.string().min(1)).default([]),
    explain: z.string().min(1),
    explain_en: z.string().min(1),
    /** false: an everyday word kept for search only, not listed on /glossary nor linked from pages. */
    list: z.boolean().default(true),
  })
  .strict();

export const glossarySchema = z.object({ entries: z.array(glossaryEntry).min(1) }).strict();

export type GlossaryEntry = z.infer<typeof glossaryEntry>;

/**
 * One policy term of the termbase (content/terms.yaml): the forms the Chinese text uses, the one English
 * rendering every paired English text must use, renderings known to say something else, and why.
 */
const termEntry = z
  .object({
    zh: z.array(z.string().min(1)).min(1),
    en: z.string().min(2),
    avoid: z.array(z.string().min(2)).default([]),
    note: z.string().min(4),
  })
  .strict();

/**
 * English search words for the plan's units (content/plan-english.yaml): what each unit is about in the words
 * English speakers search with. Never shown; no figures, which are only ever read from the Chinese text.
 */
export const planEnglishSchema = z
  .object({
    units: z.array(z.object({ id: unitId, en: z.string().min(4).regex(/^[^\d]*$/, "英文检索词不能含数字：数字只从规划原文读取") }).strict()),
  })
  .strict();
export type PlanEnglish = z.infer<typeof planEnglishSchema>;

/**
 * What each figure of the plan's running text measures (content/plan-measures.yaml): its name as printed and
 * the English names people ask by. Never shown; read only to understand English questions.
 */
export const planMeasuresSchema = z
  .object({
    measures: z.array(
      z
        .object({
          unit: unitId,
          zh: z.string().min(3).regex(/^[^\d]*$/, "zh 是所衡量的东西的名称，不含数字"),
          en: z.string().min(4).regex(/^[^\d]*$/, "英文名称不能含数字：数字只从规划原文读取"),
        })
        .strict(),
    ),
  })
  .strict();
export type PlanMeasures = z.infer<typeof planMeasuresSchema>;

export const termbaseSchema = z.object({ terms: z.array(termEntry).min(1) }).strict();

export type Term = z.infer<typeof termEntry>;

/** One sentence of a chapter's plain summary (易读版), with the plan units it restates. */
const summaryPoint = z
  .object({
    text: z.string().min(1),
    text_en: z.string().min(1),
    cite: z.array(unitId).min(1, "每句易读文字至少引用一个规划单元"),
  })
  .strict();

export const summarySchema = z
  .object({
    chapter: unitId,
    points: z.array(summaryPoint).min(1),
  })
  .strict();

export type PlainSummary = z.infer<typeof summarySchema>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "日期格式应为 YYYY-MM-DD");

/** A sentence copied exactly from a cited unit of a named document: the check proves it is there. */
const planQuote = z.object({ document: documentId, unit: unitId, quote: z.string().min(4) }).strict();

/** Facts the plan does not give (an amount, an address, a phone number, opening hours) need their own source. */
export const SOURCED_FIELDS = ["amount", "address", "phone", "opening_hours"] as const;
const outsideSource = z
  .object({
    field: z.enum(SOURCED_FIELDS),
    title: z.string().min(2),
    url: z.string().regex(/^https:\/\//, "来源网址应以 https:// 开头"),
    checked: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "日期格式应为 YYYY-MM-DD"),
  })
  .strict();
export type OutsideSource = z.infer<typeof outsideSource>;

/** Optional longer notes in a small Markdown subset (## headings, paragraphs, - lists, [links](/path), ![alt](/images/x.png)). */
const details = {
  details: z.string().optional(),
  details_en: z.string().optional(),
};



/**
 * How people name a subsidy or service in their own words, for search only (the pages do not show them):
 *   said:    常见说法, how residents, families and hotline callers say it (坐公交不要钱, 房子要塌了)
 *   said_en: the same in plain English ("free bus", "money for carers")
 */
const said = {
  said: wordList,
  said_en: wordList,
  ...matchedOnly,
};

const audience = z
  .object({
    role: z.array(z.enum(AUDIENCE.role)).default([]),
    age: z.array(z.enum(AUDIENCE.age)).default([]),
    category: z.array(z.enum(AUDIENCE.category)).default([]),
    severity: z.array(z.enum(AUDIENCE.severity)).default([]),
    condition: z.array(z.enum(AUDIENCE.condition)).default([]),
  })
  .strict();


export const subsidySchema = z
  .object({
    id: unitId,
    group: z.enum(SUBSIDY_GROUPS),
    name: z.string().min(2),
    name_en: z.string().min(2),
    summary: z.string().min(10),
    summary_en: z.string().min(10),
    who: z.string().min(2),
    who_en: z.string().min(2),
    gives: z.string().min(2),
    gives_en: z.string().min(2),
    stance: z.enum(PLAN_STANCES),
    plan_says: z.string().min(4),
    plan_says_en: z.string().min(4),
    quotes: z.array(planQuote).min(1, "至少引用一句规划原文"),
    where: z.array(z.object({ name: z.string().min(2), name_en: z.string().min(2), unit: unitId }).strict()).default([]),
    audience,
    ...said,
    /** The plan gives no amounts; only with a source in `sources` (field: amount). */
    amount: z.string().optional(),
    ...details,
    sources: z.array(outsideSource).default([]),
    last_updated: isoDate,
    review_by: isoDate,
  })
  .strict();


export const serviceSchema = z
  .object({
    id: unitId,
    kind: z.enum(SERVICE_KINDS),
    level: z.enum(SERVICE_LEVELS),
    name: z.string().min(2),
    name_en: z.string().min(2),
    /** Only where the plan's own name for it gives the district (e.g. 滨江区残疾人综合服务中心). */
    district: z.string().optional(),
    summary: z.string().min(10),
    summary_en: z.string().min(10),
    functions: z.string().optional(),
    functions_en: z.string().optional(),
    stance: z.enum(PLAN_STANCES),
    plan_says: z.string().min(4),
    plan_says_en: z.string().min(4),
    /** Figures from the key construction projects table, as printed. */
    floor_area_m2: z.string().optional(),
    investment_10k_yuan: z.string().optional(),
    // The plan gives none of these; each stays empty and is shown as 暂未公布 until a cited source gives it.
    address: z.string().optional(),
    opening_hours: z.string().optional(),
    phone: z.string().optional(),
    accessibility_features: z.array(z.string()).default([]),
    quotes: z.array(planQuote).min(1, "至少引用一句规划原文"),
    ...said,
    ...details,
    sources: z.array(outsideSource).default([]),
    last_updated: isoDate,
    review_by: isoDate,
  })
  .strict();


export const faqEntry = z
  .object({
    id: unitId,
    /** Phrased as people ask it, in everyday words. */
    question: z.string().min(4),
    question_en: z.string().min(4),
    /** Plain answer: short sentences, everyday words, ideally 120 characters or fewer. */
    answer: z.string().min(4),
    answer_en: z.string().min(4),
    quotes: z.array(planQuote).min(1, "至少引用一句规划原文"),
    /** Site paths worth reading next (/subsidies/…, /services/…, /plan/…#…). */
    related: z.array(z.string().regex(/^\/[a-z0-9/#?=&-]*$/, "相关链接应是站内路径，例如 /subsidies/care-allowance")).default([]),
  })
  .strict();

export const faqFileSchema = z
  .object({
    topic: z.enum(FAQ_TOPICS),
    entries: z.array(faqEntry).min(1),
  })
  .strict();

export type FaqEntry = z.infer<typeof faqEntry> & { topic: (typeof FAQ_TOPICS)[number] };
export type Subsidy = z.infer<typeof subsidySchema>;
export type Service = z.infer<typeof serviceSchema>;
export type Audience = z.infer<typeof audience>;
export type PlanChapterInput = z.infer<typeof planChapterSchema>;
export type PlanSectionInput = z.infer<typeof planSectionSchema>;
export type Facts = z.infer<typeof factsSchema>;

export type TableUnit = z.infer<typeof tableUnit>;
export type ContentsUnit = z.infer<typeof contentsUnit>;
export type ParagraphUnit = z.infer<typeof paragraphUnit>;
/** A numbered task, with its number and title read from the start of its verbatim text. */
export type TaskUnit = z.infer<typeof taskUnit> & { number: number; title: string };
export type PlanUnit = ParagraphUnit | TaskUnit | TableUnit | ContentsUnit;
export type PlanSection = Omit<PlanSectionInput, "units"> & { units: PlanUnit[] };
/** A chapter as loaded: with the document it belongs to and the path its pages live under (/plan, /documents/<id>). */
export type PlanChapter = Omit<PlanChapterInput, "sections"> & { sections: PlanSection[]; document: string; base: string };

/** A renamed or removed page or unit (content/redirects.yaml): old addresses keep working. */
export const redirectEntry = z
  .object({
    from: z.string().regex(/^(\/[a-z0-9/-]*|[a-z0-9-]+)$/, "from 应是旧地址（以 / 开头）或段落编号"),
    to: z.string().regex(/^\/[a-z0-9/#-]*$/, "to 应是站内地址，例如 /subsidies/care-allowance").optional(),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "日期格式应为 YYYY-MM-DD"),
    note: z.string().min(2).optional(),
    note_en: z.string().min(2).optional(),
  })
  .strict()
  .refine((r) => r.to || (r.note && r.note_en), { message: "删除的地址（没有 to）必须写 note 和 note_en，告诉读者去哪里找", path: ["note"] });

export const redirectsSchema = z.object({ redirects: z.array(redirectEntry).default([]) }).strict();
export type Redirect = z.infer<typeof redirectEntry>;

/** A page of prose (content/pages/*.yaml): the accessibility statement, the privacy notice. */
const proseSection = z
  .object({ heading: z.string().min(1), text: z.string().min(1).optional(), items: z.array(z.string().min(1)).optional() })
  .strict()
  .refine((s) => s.text || s.items, { message: "每一节要有 text 或 items" });
const prosePage = z.object({ title: z.string().min(1), lead: z.string().min(1), sections: z.array(proseSection).min(1) }).strict();
export const prosePageSchema = z.object({ zh: prosePage, en: prosePage }).strict();
export type ProsePage = z.infer<typeof prosePage>;
