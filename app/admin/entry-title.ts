// How an entry is named in /admin lists and titles: its question, name or term, else its id (a plain
// summary: its chapter).
export const titleOf = (entry: Record<string, unknown>) => String(entry.question ?? entry.name ?? entry.term ?? entry.id ?? entry.chapter);
