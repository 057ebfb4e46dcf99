// The part of the plan a question names ("保障措施里说…", "基本原则有哪几条"): the longest heading, or the
// piece of one that people say on its own (of "主要机制和保障措施", "保障措施"), with the units under it.
// Named, the part says where the answer is: a sentence elsewhere with the same words answers another question.
import { getContent } from "~/model/load.server";
import type { CitableUnit, ContentModel } from "~/model/plan";
import type { PlanSection } from "~/model/schemas";

export interface NamedPart {
  name: string;
  units: CitableUnit[];
}

/** A section's heading as people name it: "(二) 基本原则" → "基本原则". */
const named = (heading: string) => heading.replace(/^[（(][一二三四五六七八九十]+[)）]\s*|^[一二三四五六七八九十]+、\s*/, "").replace(/\s+/g, "");

/** The pieces of a heading that joins names ("指导思想、基本原则和发展目标"): each is said alone. */
const pieces = (name: string): string[] => name.split(/[、和]/).filter((p) => p !== name);

/** A section's citable units: a table stands for its rows. */
const unitIds = (section: PlanSection): string[] => section.units.flatMap((u) => ("rows" in u && u.rows ? u.rows.map((r) => r.id) : [u.id]));

/** A shorter name ("目标") is a word, not the name of a part. */
const NAME_MIN = 4;

type Part = { name: string; ids: string[] };

/** Every name a part is known by, read once for each published version of the content. */
const partsOf = new WeakMap<ContentModel, Part[]>();

function namesOfParts(content: ContentModel): Part[] {
  const parts = content.chapters.flatMap((chapter) => [
    { name: named(chapter.title), ids: chapter.sections.flatMap(unitIds) },
    ...chapter.sections.filter((s) => s.heading).map((s) => ({ name: named(s.heading!), ids: unitIds(s) })),
  ]);
  const names = new Set(parts.map((p) => p.name));
  // A piece that is also a section's own name ("基本原则") is that section, not its chapter.
  return [...parts, ...parts.flatMap((p) => pieces(p.name).filter((name) => !names.has(name)).map((name) => ({ name, ids: p.ids })))];
}

/** The part a question names, if any: a whole heading before a piece of one, the longest first. */
export function namedPart(question: string): NamedPart | undefined {
  const content = getContent();
  let candidates = partsOf.get(content);
  if (!candidates) partsOf.set(content, (candidates = namesOfParts(content)));
  let best: Part | undefined;
  for (const part of candidates) {
    if ([...part.name].length < NAME_MIN || !question.includes(part.name)) continue;
    if (!best || part.name.length > best.name.length) best = part;
  }
  return best && { name: best.name, units: best.ids.flatMap((id) => content.units.get(id) ?? []) };
}
