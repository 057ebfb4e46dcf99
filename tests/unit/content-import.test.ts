// Importing an official text (app/model/import-text.ts, npm run content:import), on two documents: the plan's
// own official text, whose import must be the published content/plan unit for unit except for the editorial
// decisions recorded in plan-source.ts; and a made-up notice kept as a fixture (never published), whose files
// must validate and pass the fidelity check both ways, which must catch a made-up sentence at its line.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { checkFidelity, normalize, type TextFile } from "~/model/fidelity";
import { chapterYaml, documentYaml, importText } from "~/model/import-text";
import { formatProblem } from "~/model/problems";
import { planChapterSchema, type PlanChapterInput } from "~/model/schemas";
import { CONTENT_DIR } from "./content-fixture";
import { NOTES, PAGE_TITLES, REPAIRS, SOURCE_FILE, readRepairedSource } from "./plan-source";

type Unit = PlanChapterInput["sections"][number]["units"][number];

const cells = (values: readonly string[]) => values.map(normalize).join(" | ");

/** A unit's printed words, whitespace removed; a table's or contents' cell by cell, so a moved cell shows. */
function unitText(unit: Unit): string {
  if (unit.kind === "table") return [normalize(unit.caption), cells(unit.columns), ...unit.rows.map((row) => cells(row.cells))].join(" / ");
  if (unit.kind === "contents") return [normalize(unit.caption), ...unit.entries.map(cells)].join(" / ");
  return normalize(unit.text);
}

const noteOf = (unit: Unit) => ("note" in unit ? (unit.note ?? "") : "");

/**
 * Where the import differs from the published plan, as `where field: published “…”, imported “…”`. Compared:
 * the chapters in order with their printed headings, the sections with theirs, and each unit's kind, words and
 * note. Not compared, because they are not printed text: ids (assigned once, and the importer's carry its
 * prefix), slugs, title_en, the short titles the editor gave unnumbered chapters (规划导言, 主要指标), and
 * row_header (which column names a table row, a display choice).
 */
function compare(published: PlanChapterInput[], imported: PlanChapterInput[]) {
  const differences: string[] = [];
  let units = 0;
  let rows = 0;
  const differ = (where: string, field: string, a: string, b: string) => {
    if (a !== b) differences.push(`${where} ${field}: published “${a}”, imported “${b}”`);
  };
  differ("document", "chapters", String(published.length), String(imported.length));
  published.forEach((chapter, c) => {
    const other = imported[c];
    if (!other) return;
    const at = `chapter ${c + 1} (${chapter.slug})`;
    differ(at, "heading", normalize(chapter.heading), normalize(other.heading));
    // The importer reads a numbered chapter's title from its heading (一、规划背景 → 规划背景).
    if (/^[一二三四五六七八九十]+、/.test(chapter.heading)) differ(at, "title", chapter.title, other.title);
    differ(at, "sections", String(chapter.sections.length), String(other.sections.length));
    chapter.sections.forEach((section, s) => {
      const theirs = other.sections[s];
      if (!theirs) return;
      const sectionAt = `${at} section ${s + 1}`;
      differ(sectionAt, "heading", normalize(section.heading ?? ""), normalize(theirs.heading ?? ""));
      differ(sectionAt, "units", String(section.units.length), String(theirs.units.length));
      section.units.forEach((unit, u) => {
        const mine = theirs.units[u];
        if (!mine) return;
        units++;
        if (unit.kind === "table") rows += unit.rows.length;
        const unitAt = `${sectionAt} unit ${u + 1} (${unit.id})`;
        differ(unitAt, "kind", unit.kind, mine.kind);
        differ(unitAt, "text", unitText(unit), unitText(mine));
        differ(unitAt, "note", noteOf(unit), noteOf(mine));
      });
    });
  });
  return { differences, units, rows };
}

const PRINTED_NOTICE_TITLE = "关于印发杭州市残疾人事业发展 “十四五”规划的通知";

/** Every difference the published plan makes on purpose: each is a decision recorded in plan-source.ts (decision 0002). */
const ALLOWED = [
  {
    difference: `chapter 1 (notice) heading: published “${PAGE_TITLES.notice}”, imported “${normalize(PRINTED_NOTICE_TITLE)}”`,
    why:
      "印发通知 is the covering notice's page title (PAGE_TITLES), not printed text. The importer heads the chapter with the printed " +
      "title, which the published file keeps as the heading of the chapter's second section, after the masthead, as the importer does.",
  },
  {
    difference: `chapter 5 (tasks) section 3 unit 5 (task-13) note: published “${NOTES["task-13"]}”, imported “”`,
    why: "the editor's note on task 13's truncated last sentence (NOTES): the only words the plan files add; the importer adds none.",
  },
];

/** The chapter files in a folder, as written (title_en may still be empty). */
const readYaml = (dir: string): PlanChapterInput[] =>
  readdirSync(dir)
    .sort()
    .map((name) => parse(readFileSync(join(dir, name), "utf8")));

/** The chapter files in a folder, validated. */
const readChapters = (dir: string): PlanChapterInput[] => readYaml(dir).map((chapter) => planChapterSchema.parse(chapter));

const ids = (chapters: PlanChapterInput[]) =>
  chapters.flatMap((chapter) =>
    chapter.sections.flatMap((section) => [section.id, ...section.units.flatMap((unit) => [unit.id, ...(unit.kind === "table" ? unit.rows.map((row) => row.id) : [])])]),
  );

describe("importing the plan's own official text", () => {
  const imported = importText(readRepairedSource(), { prefix: "hdp" });
  const published = readChapters(join(CONTENT_DIR, "plan"));

  it("gives the published plan: the same chapters, sections, unit kinds and words, but for the recorded decisions", () => {
    const { differences, units, rows } = compare(published, imported.chapters);
    expect(units).toBe(77);
    expect(rows).toBe(39);
    expect(differences).toEqual(ALLOWED.map((allowed) => allowed.difference));
    // The printed title the importer heads the notice with is the published notice's second section heading.
    expect(published[0].sections[1].heading).toBe(PRINTED_NOTICE_TITLE);
    expect(imported.chapters[0].heading).toBe(PRINTED_NOTICE_TITLE);
  });

  it("is the official text both ways, with the recorded repairs made", () => {
    const source = { file: `content/${SOURCE_FILE}`, text: readFileSync(join(CONTENT_DIR, SOURCE_FILE), "utf8") };
    const chapters = imported.chapters.map((chapter) => ({ file: `${chapter.slug}.yaml`, text: chapterYaml(chapter, SOURCE_FILE) }));
    expect(checkFidelity({ source, repairs: REPAIRS, pageTitles: {}, notes: {}, chapters })).toEqual([]);
  });

  it("reports a recorded repair that no longer matches, naming it", () => {
    const source = { file: "source.txt", text: "明确目标和责任" };
    const problems = checkFidelity({ source, repairs: REPAIRS.slice(1, 2), pageTitles: {}, notes: {}, chapters: [] }).map(formatProblem);
    expect(problems).toEqual(["source.txt:1: 记录的修补（“和” extracted as “and”）在原文中出现 0 次，应当恰好 1 次：“明确目标 and 责任”"]);
  });

  it("reads what the text prints about the document, and no more", () => {
    // The title names the period only as 十四五: no span of years is printed, so none is read.
    expect(imported.meta).toEqual({
      title: "杭州市残疾人事业发展“十四五”规划",
      documentNumber: "杭残联〔2021〕28号",
      issued: "2021-06-18",
      issuers: ["杭州市残疾人联合会", "杭州市发展和改革委员会"],
    });
  });

  it("records the repairs in document.yaml, as made", () => {
    const record = parse(documentYaml("hangzhou-disability-plan-2021-2025", imported.meta, "0".repeat(64), REPAIRS));
    expect(record.repairs).toEqual(REPAIRS);
    expect(record).not.toHaveProperty("period_start");
  });

  it("writes unique ids with the prefix, and leaves only the English titles for content:check to refuse", () => {
    const all = ids(imported.chapters);
    expect(new Set(all).size).toBe(all.length);
    expect(all.filter((id) => !/^hdp-[a-z0-9-]+$/.test(id))).toEqual([]);
    const refused = imported.chapters.flatMap((chapter) => {
      const result = planChapterSchema.safeParse(chapter);
      return result.success ? [] : result.error.issues.map((issue) => issue.path.at(-1));
    });
    expect(new Set(refused)).toEqual(new Set(["title_en"]));
  });
});

const FIXTURE = "tests/fixtures/documents/example-subsidy-notice-2026";
const ID = "example-subsidy-notice-2026";
const fixtureSource = () => readFileSync(join(FIXTURE, "source.txt"), "utf8");
const fixtureChapters = (): TextFile[] =>
  readdirSync(join(FIXTURE, "chapters"))
    .sort()
    .map((name) => ({ file: `${FIXTURE}/chapters/${name}`, text: readFileSync(join(FIXTURE, "chapters", name), "utf8") }));

/** The fidelity problems of the fixture's chapters (edited or not), as `file:line: message`. */
const fixtureProblems = (chapters = fixtureChapters()) =>
  checkFidelity({ source: { file: `${FIXTURE}/source.txt`, text: fixtureSource() }, repairs: [], pageTitles: {}, notes: {}, chapters }).map(formatProblem);

/** The fixture's chapters with one edit made in `name`; fails loudly if `from` is not there. */
function editedChapters(name: string, from: string, to: string): TextFile[] {
  return fixtureChapters().map((chapter) => {
    if (!chapter.file.endsWith(`/${name}`)) return chapter;
    expect(chapter.text).toContain(from);
    return { ...chapter, text: chapter.text.replace(from, to) };
  });
}

const lineIn = (chapters: TextFile[], name: string, text: string) =>
  chapters.find((chapter) => chapter.file.endsWith(`/${name}`))!.text.split("\n").findIndex((line) => line.includes(text)) + 1;

/** A chapter without its English titles, which the editor filled in by hand after the import. */
const withoutEnglish = (chapter: PlanChapterInput) => ({
  ...chapter,
  title_en: "",
  sections: chapter.sections.map((section) => (section.title_en === undefined ? section : { ...section, title_en: "" })),
});

describe("a made-up second document (the fixture)", () => {
  it("is the importer's output, with the English titles filled in by hand, and valid chapter files", () => {
    const imported = importText(fixtureSource(), { prefix: "exn" });
    const files = readChapters(join(FIXTURE, "chapters"));
    expect(files.map(withoutEnglish)).toEqual(imported.chapters);
    expect(readdirSync(join(FIXTURE, "chapters")).sort()).toEqual(["01-notice.yaml", "02-chapter-1.yaml", "03-chapter-2.yaml", "04-chapter-3.yaml"]);
    for (const chapter of files) expect(chapter.title_en).not.toBe("");
    expect(imported.chapters.flatMap((c) => c.sections.flatMap((s) => s.units.map((u) => u.kind)))).toEqual([
      ...["paragraph", "paragraph", "paragraph", "paragraph"],
      ...["task", "task", "task", "task", "task", "paragraph", "table", "task", "task"],
      ...["paragraph", "paragraph", "paragraph", "paragraph"],
    ]);
  });

  it("has a document record with what its text prints, the English title filled in, and the source's checksum", () => {
    const record = parse(readFileSync(join(FIXTURE, "document.yaml"), "utf8"));
    const sha256 = createHash("sha256").update(readFileSync(join(FIXTURE, "source.txt"))).digest("hex");
    // Filled in by hand after the import: the English title (and the registry's other editorial fields); no
    // `path`, which only the first plan has (it keeps its /plan addresses).
    expect(record.title_en).toMatch(/\S/);
    expect(record).not.toHaveProperty("path");
    expect(record).toMatchObject({
      id: ID,
      title: "示例市残疾人服务补贴标准（2026—2030年）的通知（虚构，仅用于测试）",
      document_number: "示残联〔2026〕7号",
      issued: "2026-03-02",
      period_start: 2026,
      period_end: 2030,
      issuers: ["示例市残疾人联合会", "示例市民政局"],
      language: "zh-CN",
      source: `documents/${ID}/source.txt`,
      source_sha256: sha256,
      chapters: `documents/${ID}/chapters`,
    });
    expect(importText(fixtureSource(), { prefix: "exn" }).meta).toEqual({
      title: record.title,
      documentNumber: record.document_number,
      issued: record.issued,
      periodStart: record.period_start,
      periodEnd: record.period_end,
      issuers: record.issuers,
    });
  });

  it("shares no id and no sentence with the site's content", () => {
    const content = readdirSync(CONTENT_DIR, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => readFileSync(join(entry.parentPath, entry.name), "utf8"))
      .join("\n");
    const fixtureIds = ids(readChapters(join(FIXTURE, "chapters")));
    expect(fixtureIds.every((id) => id.startsWith("exn-"))).toBe(true);
    expect(content).not.toMatch(/\bexn-/);
    expect(content).not.toContain("示例市");
    const official = normalize(content);
    const sentences = normalize(fixtureSource()).split(/(?<=[。：])/).filter((sentence) => sentence.length >= 8);
    expect(sentences.filter((sentence) => official.includes(sentence))).toEqual([]);
  });

  it("is its official text both ways", () => {
    expect(fixtureProblems()).toEqual([]);
  });

  it("refuses a made-up sentence inserted into a task, at its line", () => {
    const name = "02-chapter-1.yaml";
    const chapters = editedChapters(name, "2. 就近办理。", "2. 就近办理。每位申请人每月另可领取200元交通费。");
    expect(fixtureProblems(chapters)).toEqual([
      `${FIXTURE}/chapters/${name}:${lineIn(chapters, name, "2. 就近办理。")}: 原文里没有这段文字（在“群众监督。2.就近办理。”之后）：“每位申请人每月另可领取200元交通费。”`,
    ]);
  });

  it("refuses a sentence left out, and a changed table cell, each at its line", () => {
    const left = editedChapters("01-notice.yaml", "为统一示例市残疾人服务补贴的发放标准，现将有关事项通知如下。", "");
    expect(fixtureProblems(left)).toEqual([
      expect.stringMatching(new RegExp(`^${FIXTURE}/chapters/01-notice\\.yaml:${lineIn(left, "01-notice.yaml", "本通知是为测试")}: 缺少原文（在“[^”]+”之后）：“为统一示例市`)),
    ]);
    const cell = editedChapters("03-chapter-2.yaml", '"持证残疾人", "50"', '"持证残疾人", "60"');
    expect(fixtureProblems(cell)).toEqual([
      expect.stringMatching(new RegExp(`^${FIXTURE}/chapters/03-chapter-2\\.yaml:${lineIn(cell, "03-chapter-2.yaml", '"60"')}: 与原文不符.*原文是“50”，这里是“60”$`)),
    ]);
  });
});

describe("npm run content:import", () => {
  const run = (root: string, ...args: string[]) =>
    spawnSync("npx", ["tsx", "scripts/content-import.ts", `${FIXTURE}/source.txt`, "--document", ID, "--prefix", "exn", ...args], {
      env: { ...process.env, CONTENT_DIR: root },
      encoding: "utf8",
    });

  it("writes the document's folder, checks it both ways, and refuses to overwrite it without --force", () => {
    const root = mkdtempSync(join(tmpdir(), "content-import-"));
    try {
      const first = run(root);
      expect(first.stderr).toBe("");
      expect(first.status).toBe(0);
      expect(first.stdout).toContain(`已导入 ${ID}：4 章，17 个单元（任务 7 条，表格 1 张，段落 9 段）`);
      expect(first.stdout).toContain("与原文双向核对通过");
      expect(first.stdout).toContain("npm run content:check");
      const folder = join(root, "documents", ID);
      expect(readFileSync(join(folder, "source.txt"))).toEqual(readFileSync(join(FIXTURE, "source.txt")));
      expect(readYaml(join(folder, "chapters"))).toEqual(readYaml(join(FIXTURE, "chapters")).map(withoutEnglish));
      // The fields the text cannot give are written empty for the editor; the fixture has them filled in.
      const { title_en, short_title_en, called, called_en, ...record } = parse(readFileSync(join(folder, "document.yaml"), "utf8"));
      expect([title_en, short_title_en, called, called_en]).toEqual(["", "", "", ""]);
      expect(parse(readFileSync(join(FIXTURE, "document.yaml"), "utf8"))).toMatchObject(record);

      const again = run(root);
      expect(again.status).toBe(1);
      expect(again.stderr).toContain("已经存在，不会覆盖");

      // A recorded repair that does not match the source stops the import before anything is replaced.
      writeFileSync(join(root, "repairs.yaml"), 'repairs:\n  - { from: "不存在的文字", to: "", why: "made-up" }\n');
      const stale = run(root, "--force", "--repairs", join(root, "repairs.yaml"));
      expect(stale.status).toBe(1);
      expect(stale.stderr).toContain("记录的修补（made-up）在原文中出现 0 次");
      expect(readdirSync(join(folder, "chapters"))).toHaveLength(4);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 60_000);
});
