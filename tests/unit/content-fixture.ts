// Copies of the real content directory that a test may break or extend without touching the original.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadContent } from "~/model/load.server";
import { ContentError, formatProblem } from "~/model/problems";

export const CONTENT_DIR = join(process.cwd(), "content");

export function copyContent(): string {
  const dir = mkdtempSync(join(tmpdir(), "content-"));
  cpSync(CONTENT_DIR, dir, { recursive: true });
  return dir;
}

/** Replaces `from` with `to` in one file of a content copy; fails loudly if `from` is not there. */
export function edit(dir: string, file: string, from: string, to: string) {
  const path = join(dir, file);
  const text = readFileSync(path, "utf8");
  if (!text.includes(from)) throw new Error(`fixture: ${file} does not contain ${JSON.stringify(from)}`);
  writeFileSync(path, text.replace(from, to));
}

/** The 1-based line of the first line containing `text` in one file of a content copy. */
export function lineOf(dir: string, file: string, text: string): number {
  const index = readFileSync(join(dir, file), "utf8").split("\n").findIndex((line) => line.includes(text));
  if (index < 0) throw new Error(`fixture: ${file} has no line containing ${JSON.stringify(text)}`);
  return index + 1;
}

/** The problems content:check reports for a content copy, as `file:line: message` relative to the copy. */
export function problemsOf(dir: string): string[] {
  try {
    loadContent(dir);
  } catch (error) {
    if (error instanceof ContentError) return error.problems.map((p) => formatProblem({ ...p, file: p.file.replace(/^.*content-[^/]+\//, "") }));
    throw error;
  }
  throw new Error("expected the content to be rejected");
}
