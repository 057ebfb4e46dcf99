// The document registry (content/documents/<id>/): a second official document, the made-up fixture, loads
// beside the plan with its own addresses, chapters, task numbers and status; and content:check keeps every
// rule for it, the fidelity check both ways included.
import { describe, expect, it } from "vitest";
import { documentStatus } from "~/model/document-status";
import { documentOf, findDocument } from "~/model/documents";
import { loadContent } from "~/model/load.server";
import { chapterUrl, unitUrl } from "~/model/plan";
import { publishedKeys } from "~/model/published";
import { sitePathExists } from "~/model/site-paths";
import { FIXTURE_DOCUMENT, addFixtureDocument, copyContent, edit, lineOf, problemsOf } from "./content-fixture";

const PLAN = "hangzhou-disability-plan-2021-2025";
const RECORD = `documents/${FIXTURE_DOCUMENT}/document.yaml`;
const CHAPTER = `documents/${FIXTURE_DOCUMENT}/chapters/03-chapter-2.yaml`;

describe("a second document in the registry", () => {
  const content = loadContent(addFixtureDocument(copyContent()));

  it("loads beside the plan, in the order they were issued, each under its own address", () => {
    expect(content.documents.map((d) => [d.id, d.base])).toEqual([
      [PLAN, "/plan"],
      [FIXTURE_DOCUMENT, `/documents/${FIXTURE_DOCUMENT}`],
    ]);
    const fixture = findDocument(content, FIXTURE_DOCUMENT)!;
    expect(fixture.chapters.map(chapterUrl)).toEqual(["notice", "chapter-1", "chapter-2", "chapter-3"].map((slug) => `/documents/${FIXTURE_DOCUMENT}/${slug}`));
    // Both documents number their tasks from 1 and have a chapter called "notice": numbers and slugs are per document.
    expect(content.units.get("exn-task-1")?.task?.number).toBe(1);
    expect(content.units.get("task-1")?.task?.number).toBe(1);
    expect(unitUrl(content.units.get("exn-t1-row-2")!)).toBe(`/documents/${FIXTURE_DOCUMENT}/chapter-2#exn-t1-row-2`);
    expect(documentOf(content, "exn-t1-row-2")?.id).toBe(FIXTURE_DOCUMENT);
    expect(documentOf(content, "care-allowance")?.id).toBe(PLAN);
  });

  it("its pages and anchors are published addresses, and links to them are checked", () => {
    expect(publishedKeys(content.site)).toEqual(expect.arrayContaining([`/documents/${FIXTURE_DOCUMENT}/chapter-2`, "#exn-t1-row-2", "/plan/tasks"]));
    expect(sitePathExists(`/en/documents/${FIXTURE_DOCUMENT}/chapter-2#exn-t1-row-2`, content.site)).toBe(true);
    expect(sitePathExists(`/documents/${FIXTURE_DOCUMENT}`, content.site)).toBe(true);
    expect(sitePathExists(`/documents/${FIXTURE_DOCUMENT}/chapter-9`, content.site)).toBe(false);
  });

  it("each has its status on a day, computed from its dates and the relations an editor records", () => {
    const fixture = findDocument(content, FIXTURE_DOCUMENT)!;
    const plan = findDocument(content, PLAN)!;
    expect([documentStatus(plan, "2026-12-01").kind, documentStatus(fixture, "2026-12-01").kind]).toEqual(["ended", "within"]);
    expect(documentStatus(fixture, "2025-12-31").kind).toBe("not_started");
    const replaced = loadContent(edit2(addFixtureDocument(copyContent()), `documents/${PLAN}/document.yaml`, "path: /plan", `path: /plan\nreplaced_by: ${FIXTURE_DOCUMENT}`));
    expect(documentStatus(findDocument(replaced, PLAN)!, "2026-12-01").kind).toBe("replaced");
  });
});

/** `edit` that returns the copy, for one-line loads. */
function edit2(...args: Parameters<typeof edit>) {
  edit(...args);
  return args[0];
}

describe("content:check keeps every rule for every document", () => {
  it("a made-up sentence in a second document's chapter is caught at its line, both ways", () => {
    const copy = addFixtureDocument(copyContent());
    edit(copy, CHAPTER, "4. 出行补贴。", "4. 出行补贴。每人每月另发 500 元。");
    expect(problemsOf(copy)).toEqual([expect.stringMatching(new RegExp(`^${CHAPTER}:${lineOf(copy, CHAPTER, "4. 出行补贴。")}: .*每人每月另发500元`))]);
  });

  it("a sentence of the official text left out is caught", () => {
    const copy = addFixtureDocument(copyContent());
    edit(copy, CHAPTER, "对持证残疾人乘坐示例市公共汽车和轨道交通的费用给予补贴。", "");
    expect(problemsOf(copy).join("\n")).toContain("对持证残疾人乘坐示例市公共汽车和轨道交通的费用给予补贴");
  });

  it("an official text changed after it was recorded is caught by its checksum", () => {
    const copy = addFixtureDocument(copyContent());
    edit(copy, `documents/${FIXTURE_DOCUMENT}/source.txt`, "不得作为办事依据", "可以作为办事依据");
    expect(problemsOf(copy)).toContain(`${RECORD}:${lineOf(copy, RECORD, "source_sha256:")}: 原文文件 content/documents/${FIXTURE_DOCUMENT}/source.txt 与记录的 SHA-256 不一致：原文是否被改过？`);
  });

  it("a quote names its document, and must be from it", () => {
    const copy = addFixtureDocument(copyContent());
    const file = "subsidies/care-allowance.yaml";
    edit(copy, file, `  - document: ${PLAN}\n    unit: task-17`, `  - document: ${FIXTURE_DOCUMENT}\n    unit: task-17`);
    expect(problemsOf(copy)).toEqual([`${file}:${lineOf(copy, file, `document: ${FIXTURE_DOCUMENT}`)}: 单元 task-17 不属于文件“${FIXTURE_DOCUMENT}”，而属于“${PLAN}”`]);
  });

  it("a replacing document must be in the registry", () => {
    const copy = addFixtureDocument(copyContent());
    edit(copy, RECORD, "summaries: documents", "replaced_by: no-such-document\nsummaries: documents");
    expect(problemsOf(copy)).toEqual([`${RECORD}:${lineOf(copy, RECORD, "replaced_by:")}: replaced_by 应是另一份已登记文件的编号，没有“no-such-document”`]);
  });

  it("ids stay unique across documents: a second document may not reuse the plan's", () => {
    const copy = addFixtureDocument(copyContent());
    edit(copy, CHAPTER, "id: exn-task-4", "id: task-4");
    const [problem] = problemsOf(copy).filter((p) => p.includes("“task-4”重复"));
    expect(problem).toContain(CHAPTER);
    expect(problem).toContain("plan/05-tasks.yaml");
  });
});
