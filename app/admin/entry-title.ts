// How an entry is named in /admin lists and titles: its question, name or term, else its id.
export const titleOf = (entry: Record<string, unknown>) => String(entry.question ?? entry.name ?? entry.term ?? entry.id);
