// In-memory copies of the real content that a test may break or extend. The loader reads a copy through a
// ContentSource, so nothing is written to disk, and problems name files as they do for content/ itself.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { memorySource, type ContentSource } from "~/model/content-source.server";
import { loadContent, type LoadOptions } from "~/model/load.server";
import { ContentError, formatProblem } from "~/model/problems";

export const CONTENT_DIR = join(process.cwd(), "content");

/** A copy of content/: its files by path inside the root ("plan/05-tasks.yaml"), readable by loadContent. */
export interface ContentCopy extends ContentSource {
  files: Map<string, string>;
}

function readTree(dir: string, prefix = ""): [string, string][] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry): [string, string][] => {
    const path = prefix + entry.name;
    if (entry.isDirectory()) return readTree(join(dir, entry.name), `${path}/`);
    return [[path, readFileSync(join(dir, entry.name), "utf8")]];
  });
}

let original: ReadonlyMap<string, string> | undefined;

/** A fresh in-memory copy of the real content directory (read from disk once per test file). */
export function copyContent(): ContentCopy {
  original ??= new Map(readTree(CONTENT_DIR));
  const files = new Map(original);
  return { files, ...memorySource(files) };
}

function textOf(copy: ContentCopy, file: string): string {
  const text = copy.files.get(file);
  if (text === undefined) throw new Error(`fixture: no file ${file}`);
  return text;
}

/** Replaces `from` with `to` in one file of a copy; fails loudly if `from` is not there. */
export function edit(copy: ContentCopy, file: string, from: string, to: string) {
  const text = textOf(copy, file);
  if (!text.includes(from)) throw new Error(`fixture: ${file} does not contain ${JSON.stringify(from)}`);
  copy.files.set(file, text.replace(from, to));
}

/** Moves one file of a copy to another path, as an editor renaming it would. */
export function rename(copy: ContentCopy, from: string, to: string) {
  copy.files.set(to, textOf(copy, from));
  copy.files.delete(from);
}

/** The 1-based line of the first line containing `text` in one file of a copy. */
export function lineOf(copy: ContentCopy, file: string, text: string): number {
  const index = textOf(copy, file).split("\n").findIndex((line) => line.includes(text));
  if (index < 0) throw new Error(`fixture: ${file} has no line containing ${JSON.stringify(text)}`);
  return index + 1;
}

/** The problems content:check reports for a copy, as `file:line: message` with the file relative to content/. */
export function problemsOf(copy: ContentCopy, options: LoadOptions = {}): string[] {
  try {
    loadContent(copy, options);
  } catch (error) {
    if (error instanceof ContentError) return error.problems.map((p) => formatProblem({ ...p, file: p.file.replace(/^content\//, "") }));
    throw error;
  }
  throw new Error("expected the content to be rejected");
}

/**
 * Writes a copy to disk, for a separate process (a site, content:check) that reads a content directory:
 * into `dir`, or a new temporary directory. The caller removes it (rmSync) when done.
 */
export function writeContent(copy: ContentCopy, dir = mkdtempSync(join(tmpdir(), "content-"))): string {
  for (const [path, text] of copy.files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** The made-up second document kept for tests (never published): tests/fixtures/documents/<id>/. */
export const FIXTURE_DOCUMENT = "example-subsidy-notice-2026";

/** Adds the fixture document to a copy, where the registry keeps documents: content/documents/<id>/. */
export function addFixtureDocument(copy: ContentCopy): ContentCopy {
  const dir = join(process.cwd(), "tests/fixtures/documents", FIXTURE_DOCUMENT);
  for (const [path, text] of readTree(dir)) copy.files.set(`documents/${FIXTURE_DOCUMENT}/${path}`, text);
  return copy;
}
