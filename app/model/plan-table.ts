// Finds a chapter's table: the indicators and projects pages are each built around one.
import type { PlanChapter, TableUnit } from "./schemas";

export function chapterTable(chapter: PlanChapter): TableUnit {
  for (const section of chapter.sections) {
    for (const unit of section.units) if (unit.kind === "table") return unit;
  }
  throw new Error(`chapter ${chapter.slug} has no table`);
}
