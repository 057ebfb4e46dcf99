// A document's chapter files against its official text, both ways. Every verbatim field of the chapters
// (chapter and section headings, unit text, table captions, columns and cells, the printed contents), read in
// order, must be the official text with only whitespace ignored and the recorded repairs made. So every
// official sentence is there, in order, and nothing is there that the official text does not have: no added
// sentence, no changed cell. Each table row must also be a printed row cell by cell, so no text moves from one
// cell to the next. Differences are reported as `file:line: message`, like content:check, at the chapter text
// where they are. Pure: the caller reads the files.
import { YamlSource, type ContentProblem } from "./problems";

/** A defect of the extracted official text that the published text repairs: the only changes to its words. */
export interface Repair {
  from: string;
  to: string;
  why: string;
}

/** A text file, named as problems should name it. */
export interface TextFile {
  file: string;
  text: string;
}

export interface FidelityInput {
  /** The official text as received. */
  source: TextFile;
  /** Extraction defects the chapters repair; each must match the official text exactly once. */
  repairs: readonly Repair[];
  /** Chapter headings that are the site's page titles and not printed text, by chapter slug. */
  pageTitles: Readonly<Record<string, string>>;
  /** The editorial notes allowed after a unit's text (原文如此), by unit id: the only words the chapters add. */
  notes: Readonly<Record<string, string>>;
  /** The document's chapter files, in any order (they are read in the order of their `order` field). */
  chapters: readonly TextFile[];
  /** What messages call the document: 规划 gives 规划原文 and 规划文件; 原文 and 文件 when omitted. */
  label?: string;
}

/** Only whitespace is not compared: line and page breaks, tabs between cells, spaces around numbers. */
export const normalize = (text: string) => text.replace(/\s+/g, "");

/** The official text with the recorded repairs made, and a problem for each repair that no longer matches once. */
export function repairSource(source: TextFile, repairs: readonly Repair[]): { text: string; problems: ContentProblem[] } {
  let text = source.text;
  const problems: ContentProblem[] = [];
  for (const { from, to, why } of repairs) {
    const count = text.split(from).length - 1;
    if (count === 1) {
      text = text.replace(from, to);
      continue;
    }
    const at = text.indexOf(from);
    const line = at < 0 ? 1 : text.slice(0, at).split("\n").length;
    problems.push({ file: source.file, line, message: `记录的修补（${why}）在原文中出现 ${count} 次，应当恰好 1 次：“${excerpt(from)}”` });
  }
  return { text, problems };
}

interface Piece {
  text: string;
  file: string;
  line: number;
}

type Path = (string | number)[];
type Json = Record<string, unknown>;

/**
 * A chapter heading printed once elsewhere in its chapter is not read twice: a chapter that is one printed
 * table (the indicators) takes the table's caption as its heading, and a covering notice whose masthead is
 * printed before its title takes the title, which is the heading of the section it starts.
 */
function headingPrintedBelow(chapter: Json, sections: Json[]): boolean {
  const heading = normalize(String(chapter.heading ?? ""));
  const first = (sections[0]?.units as Json[] | undefined)?.[0];
  const firstHeading = sections.find((section) => section.heading !== undefined)?.heading;
  return (first?.kind === "table" && normalize(String(first.caption)) === heading) || normalize(String(firstHeading ?? "")) === heading;
}

/** The verbatim pieces of one chapter file, in reading order, each with its line; table rows also whole. */
function chapterPieces(source: YamlSource, chapter: Json, input: FidelityInput, problems: ContentProblem[], rows: Piece[]): Piece[] {
  const pieces: Piece[] = [];
  const add = (text: unknown, path: Path) => {
    if (typeof text === "string") pieces.push({ text, file: source.file, line: source.lineOf(path) });
  };
  // A row as the official text prints it: its cells between tabs.
  const addRow = (cells: unknown, path: Path) => {
    if (Array.isArray(cells)) rows.push({ text: cells.map((c) => normalize(String(c))).join("\t"), file: source.file, line: source.lineOf(path) });
  };
  const sections = (chapter.sections ?? []) as Json[];
  const pageTitle = input.pageTitles[chapter.slug as string] === chapter.heading;
  if (!pageTitle && !headingPrintedBelow(chapter, sections)) add(chapter.heading, ["heading"]);
  sections.forEach((section, s) => {
    add(section.heading, ["sections", s, "heading"]);
    ((section.units ?? []) as Json[]).forEach((unit, u) => {
      const at: Path = ["sections", s, "units", u];
      if (unit.kind === "table") {
        add(unit.caption, [...at, "caption"]);
        ((unit.columns ?? []) as unknown[]).forEach((column, c) => add(column, [...at, "columns", c]));
        addRow(unit.columns, [...at, "columns"]);
        ((unit.rows ?? []) as Json[]).forEach((row, r) => {
          ((row.cells ?? []) as unknown[]).forEach((cell, c) => add(cell, [...at, "rows", r, "cells", c]));
          addRow(row.cells, [...at, "rows", r, "cells"]);
        });
      } else if (unit.kind === "contents") {
        add(unit.caption, [...at, "caption"]);
        ((unit.entries ?? []) as unknown[][]).forEach((entry, e) => {
          entry.forEach((part, p) => add(part, [...at, "entries", e, p]));
          addRow(entry, [...at, "entries", e]);
        });
      } else {
        add(unit.text, [...at, "text"]);
      }
      if (unit.note !== undefined && input.notes[unit.id as string] !== unit.note) {
        const outside = `${input.label ?? ""}原文之外不能加文字`;
        problems.push({ file: source.file, line: source.lineOf([...at, "note"]), message: `说明“${unit.note}”不是记录在案的编者说明：${outside}` });
      }
    });
  });
  return pieces;
}

interface Hunk {
  /** Where it is in the official text and in the chapters' text (both normalised), end exclusive. */
  source: [number, number];
  plan: [number, number];
}

/** The shortest edit between two strings (Myers), as hunks; undefined past `maxEdits` differences. */
function diff(a: string, b: string, maxEdits = 2000): Hunk[] | undefined {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) endA--, endB--;
  const n = endA - start;
  const m = endB - start;
  if (n === 0 && m === 0) return [];
  const max = Math.min(n + m, maxEdits);
  const offset = max + 1;
  let v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = -1;
  for (let d = 0; d <= max && found < 0; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[start + x] === b[start + y]) x++, y++;
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
  }
  if (found < 0) return undefined;
  // Walk back through the trace, collecting the edits, then group adjacent ones into hunks.
  const edits: { x: number; y: number; deleted: boolean }[] = [];
  let x = n;
  let y = m;
  for (let d = found; d > 0; d--) {
    const prev = trace[d];
    const k = x - y;
    const down = k === -d || (k !== d && prev[offset + k - 1] < prev[offset + k + 1]);
    const prevK = down ? k + 1 : k - 1;
    const prevX = prev[offset + prevK];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) x--, y--;
    edits.push({ x: prevX, y: prevY, deleted: !down });
    x = prevX;
    y = prevY;
  }
  // Adjacent edits are one hunk.
  const hunks: Hunk[] = [];
  for (const edit of edits.reverse()) {
    const sx = start + edit.x;
    const sy = start + edit.y;
    const last = hunks.at(-1);
    if (last && sx === last.source[1] && sy === last.plan[1]) {
      if (edit.deleted) last.source[1]++;
      else last.plan[1]++;
    } else {
      hunks.push({ source: [sx, sx + (edit.deleted ? 1 : 0)], plan: [sy, sy + (edit.deleted ? 0 : 1)] });
    }
  }
  return hunks;
}

const SENTENCE_END = /[。；;！？!?：:]/;

/**
 * Text only added or only left out can often sit a few characters earlier or later with the same result
 * ("…需求。鼓励X。鼓励Y" less "鼓励X。"). It is placed where a sentence or a piece of the chapters starts, when it can be.
 */
function place(hunks: Hunk[], a: string, b: string, pieceStarts: Set<number>): Hunk[] {
  return hunks.map((hunk, i) => {
    const inserted = hunk.source[0] === hunk.source[1];
    if (!inserted && hunk.plan[0] !== hunk.plan[1]) return hunk;
    // The side that has the text, and how far the equal text around it reaches (up to the next hunks).
    const [text, range] = inserted ? [b, hunk.plan] : [a, hunk.source];
    const lowest = inserted ? (hunks[i - 1]?.plan[1] ?? 0) : (hunks[i - 1]?.source[1] ?? 0);
    const highest = inserted ? (hunks[i + 1]?.plan[0] ?? b.length) : (hunks[i + 1]?.source[0] ?? a.length);
    let [from, to] = range;
    while (from > lowest && text[from - 1] === text[to - 1]) from--, to--;
    const candidates: number[] = [];
    for (let f = from, t = to; ; f++, t++) {
      candidates.push(f - range[0]);
      if (t >= highest || text[f] !== text[t]) break;
    }
    const n =
      candidates.find((c) => pieceStarts.has(hunk.plan[0] + c)) ?? candidates.find((c) => SENTENCE_END.test(text[range[0] + c - 1] ?? "。")) ?? candidates[0];
    // The equal text around it is the same in both, so it moves by the same amount in both.
    return { source: [hunk.source[0] + n, hunk.source[1] + n], plan: [hunk.plan[0] + n, hunk.plan[1] + n] };
  });
}

/** Hunks a few equal characters apart are one change, not a scatter of single characters. */
function merge(hunks: Hunk[]): Hunk[] {
  const merged: Hunk[] = [];
  for (const hunk of hunks) {
    const last = merged.at(-1);
    const gap = last ? hunk.source[0] - last.source[1] : Infinity;
    if (last && gap < 8 && gap === hunk.plan[0] - last.plan[1]) {
      last.source[1] = hunk.source[1];
      last.plan[1] = hunk.plan[1];
    } else {
      merged.push({ source: [...hunk.source], plan: [...hunk.plan] });
    }
  }
  return merged;
}

const excerpt = (text: string, limit = 60) => (text.length > limit ? `${text.slice(0, limit)}…` : text);

/** Every difference between a document's chapter files and its official text, as problems at the chapters' file and line. */
export function checkFidelity(input: FidelityInput): ContentProblem[] {
  const original = `${input.label ?? ""}原文`;
  const files = `${input.label ?? ""}文件`;
  const repaired = repairSource(input.source, input.repairs);
  // A stale repair would show as differences everywhere after it: report the record, not its consequences.
  if (repaired.problems.length) return repaired.problems;

  const problems: ContentProblem[] = [];
  const chapters = input.chapters
    .map(({ file, text }) => new YamlSource(file, text))
    .map((source) => ({ source, chapter: (source.doc.toJS() ?? {}) as Json }))
    .sort((a, b) => Number(a.chapter.order) - Number(b.chapter.order));
  const rows: Piece[] = [];
  const pieces = chapters.flatMap(({ source, chapter }) => chapterPieces(source, chapter, input, problems, rows));

  // The chapters' text, with where each piece starts in it.
  const starts: number[] = [];
  let plan = "";
  for (const piece of pieces) {
    starts.push(plan.length);
    plan += normalize(piece.text);
  }
  const indexAt = (offset: number) => {
    let i = 0;
    while (i + 1 < starts.length && starts[i + 1] <= offset) i++;
    return i;
  };
  const pieceAt = (offset: number) => pieces[indexAt(offset)] ?? { file: input.source.file, line: 1, text: "" };
  const text = normalize(repaired.text);

  const raw = diff(text, plan);
  const hunks = raw && merge(place(raw, text, plan, new Set(starts)));
  if (!hunks) {
    let at = 0;
    while (at < plan.length && plan[at] === text[at]) at++;
    const piece = pieceAt(at);
    return [...problems, { file: piece.file, line: piece.line, message: `从这里起，${files}与${original}相差太多，无法逐处列出：“${excerpt(plan.slice(at))}”` }];
  }
  for (const hunk of hunks) {
    let { source, plan: range } = hunk;
    // A change inside a short piece (a table cell, a heading) is shown as the whole piece.
    const i = indexAt(range[0]);
    const [pieceStart, pieceEnd] = [starts[i], starts[i + 1] ?? plan.length];
    if (source[0] !== source[1] && range[0] !== range[1] && range[1] <= pieceEnd && pieceEnd - pieceStart <= 24) {
      const [left, right] = [range[0] - pieceStart, pieceEnd - range[1]];
      source = [source[0] - left, source[1] + right];
      range = [pieceStart, pieceEnd];
    }
    const official = text.slice(...source);
    const published = plan.slice(...range);
    const before = plan.slice(Math.max(0, range[0] - 12), range[0]);
    const after = before ? `在“${before}”之后` : "在开头";
    // A deletion is reported at the text it followed; anything else at the text it is in.
    const piece = pieceAt(published ? range[0] : Math.max(0, range[0] - 1));
    const message = !official
      ? `${original}里没有这段文字（${after}）：“${excerpt(published)}”`
      : !published
        ? `缺少${original}（${after}）：“${excerpt(official)}”`
        : `与${original}不符（${after}）：原文是“${excerpt(official)}”，这里是“${excerpt(published)}”`;
    problems.push({ file: piece.file, line: piece.line, message });
  }

  // The text alone cannot tell where one cell ends: each table row and contents entry must also be a printed
  // row, cell by cell (the official text separates cells with tabs). Rows already reported above are not
  // reported twice.
  const printedRows = new Set(
    repaired.text
      .split("\n")
      .filter((line) => line.includes("\t"))
      .map((line) => line.split("\t").map(normalize).join("\t")),
  );
  for (const row of rows) {
    if (printedRows.has(row.text) || problems.some((p) => p.file === row.file && p.line === row.line)) continue;
    problems.push({ file: row.file, line: row.line, message: `单元格的分法与${original}不符：${original}没有“${row.text.split("\t").join(" | ")}”这样一行` });
  }
  return problems;
}
