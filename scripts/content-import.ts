// `npm run content:import <source.txt> --document <id> [--prefix <key>] [--repairs <file.yaml>] [--force]`:
// turns an official document's plain text into content/documents/<id>/ (document.yaml, source.txt as given,
// chapters/NN-<slug>.yaml), then checks what it wrote against the text both ways and prints a summary in
// Chinese. Nothing is published until npm run content:check passes (docs/importing.md).
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { parse } from "yaml";
import { z } from "zod";
import { checkFidelity, repairSource, type Repair } from "../app/model/fidelity";
import { PREFIX_PATTERN, chapterFileName, chapterYaml, defaultPrefix, documentPaths, documentYaml, importText, type ImportedDocument } from "../app/model/import-text";
import { contentDir } from "../app/model/load.server";
import { formatProblem, type ContentProblem } from "../app/model/problems";
import { repairSchema } from "../app/model/schemas";

const USAGE = "用法：npm run content:import <原文.txt> --document <文件编号> [--prefix <编号前缀>] [--repairs <修补记录.yaml>] [--force]";
const DOCUMENT_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const repairsSchema = z.object({ repairs: z.array(repairSchema) }).strict();

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/** How messages name a file, as content:check does: relative to the working directory, or absolute outside it. */
function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith("..") ? resolve(path) : rel;
}

const OPTIONS = { document: { type: "string" }, prefix: { type: "string" }, repairs: { type: "string" }, force: { type: "boolean", default: false } } as const;

/** The command line, or the usage in Chinese (an unknown option included). */
function parseCommandLine() {
  try {
    return parseArgs({ allowPositionals: true, options: OPTIONS });
  } catch {
    return fail(USAGE);
  }
}

function readOptions() {
  const { values, positionals } = parseCommandLine();
  const [source, ...extra] = positionals;
  const id = values.document;
  if (!source || extra.length || !id) fail(USAGE);
  if (!DOCUMENT_ID.test(id)) fail(`文件编号“${id}”只能用小写字母、数字和连字符（例如 hangzhou-disability-plan-2021-2025）。\n${USAGE}`);
  const prefix = values.prefix ?? defaultPrefix(id);
  if (!PREFIX_PATTERN.test(prefix)) fail(`编号前缀“${prefix}”只能用小写字母和数字，并以字母开头（例如 sbz）。`);
  if (!existsSync(source)) fail(`找不到原文文件：${source}`);
  return { source, id, prefix, repairs: values.repairs, force: values.force ?? false };
}

/** The recorded repairs of a defective source (docs/importing.md); none without --repairs. */
function readRepairs(file: string | undefined): Repair[] {
  if (!file) return [];
  if (!existsSync(file)) fail(`找不到修补记录：${file}`);
  const parsed = repairsSchema.safeParse(parse(readFileSync(file, "utf8")));
  if (!parsed.success) fail(`${file}: 修补记录应为 repairs: 列表，每项有 from、to、why 三个字段`);
  return parsed.data.repairs;
}

/** Writes the document's folder: document.yaml (with the repairs it records), the source byte for byte, the chapters. */
function write(folder: string, id: string, source: Buffer, repairs: Repair[], imported: ImportedDocument) {
  const paths = documentPaths(id);
  mkdirSync(join(folder, "chapters"), { recursive: true });
  writeFileSync(join(folder, "source.txt"), source);
  const sha256 = createHash("sha256").update(source).digest("hex");
  writeFileSync(join(folder, "document.yaml"), documentYaml(id, imported.meta, sha256, repairs));
  for (const chapter of imported.chapters) writeFileSync(join(folder, "chapters", chapterFileName(chapter)), chapterYaml(chapter, paths.source));
}

/** The fidelity check both ways, on the files as written. */
function checkWritten(folder: string, repairs: Repair[]): ContentProblem[] {
  const file = (name: string) => ({ file: shown(join(folder, name)), text: readFileSync(join(folder, name), "utf8") });
  const chapters = readdirSync(join(folder, "chapters"))
    .filter((name) => name.endsWith(".yaml"))
    .sort()
    .map((name) => file(`chapters/${name}`));
  return checkFidelity({ source: file("source.txt"), repairs, pageTitles: {}, notes: {}, chapters });
}

function summary(id: string, folder: string, { meta, chapters }: ImportedDocument): string[] {
  const units = chapters.flatMap((chapter) => chapter.sections.flatMap((section) => section.units));
  const count = (kind: string) => units.filter((unit) => unit.kind === kind).length;
  const contents = count("contents") ? `，目录 ${count("contents")} 个` : "";
  const period = meta.periodStart !== undefined ? `${meta.periodStart}—${meta.periodEnd} 年` : "（标题里没有）";
  return [
    `已导入 ${id}：${chapters.length} 章，${units.length} 个单元（任务 ${count("task")} 条，表格 ${count("table")} 张，段落 ${count("paragraph")} 段${contents}），写入 ${shown(folder)}/。`,
    `从原文读出：标题“${meta.title || "（未读出）"}”；文号 ${meta.documentNumber ?? "（没有）"}；发文日期 ${meta.issued || "（没有）"}；规划期 ${period}；发文单位 ${meta.issuers.join("、") || "（未读出）"}。`,
  ];
}

const NEXT_STEPS = [
  "下一步：",
  "  1. 在 document.yaml 里填写 title_en（英文标题），并核对带注释的留空字段：只按原文填写，不要推测；",
  "  2. 在每个章节文件里填写章和节的 title_en，需要时把 slug 改成有意义的英文短名（它会成为网址）；",
  "  3. 运行 npm run content:check：检查通过之前，这份文件不会发布。",
];

function main() {
  const options = readOptions();
  const folder = join(contentDir(), documentPaths(options.id).folder);
  if (existsSync(folder) && !options.force) fail(`${shown(folder)} 已经存在，不会覆盖。确认要重新导入（编辑过的内容会丢失），请加 --force。`);
  // The source is read before anything is replaced: it may be the folder's own copy.
  const source = readFileSync(options.source);
  const repairs = readRepairs(options.repairs);
  const repaired = repairSource({ file: options.source, text: source.toString("utf8") }, repairs);
  if (repaired.problems.length) fail(repaired.problems.map(formatProblem).join("\n"));
  const imported = importText(repaired.text, { prefix: options.prefix });

  // A forced import starts from an empty folder, so no chapter file of an earlier import is left behind.
  if (options.force) rmSync(folder, { recursive: true, force: true });
  write(folder, options.id, source, repairs, imported);
  const problems = checkWritten(folder, repairs);

  for (const line of summary(options.id, folder, imported)) console.log(line);
  if (problems.length) {
    for (const problem of problems) console.error(formatProblem(problem));
    fail(`与原文双向核对发现 ${problems.length} 个问题（见上）。文件已写入，请对照原文改正后用 --force 重新导入，或手工改正后运行 npm run content:check。`);
  }
  console.log("与原文双向核对通过：原文的每一句都在，且没有原文之外的文字。");
  for (const line of NEXT_STEPS) console.log(line);
}

main();
