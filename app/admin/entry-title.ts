// How an entry is named in /admin lists and titles: its question, name or term, else its key (its id; a plain
// summary's chapter; a redirect's old address).
export const titleOf = (entry: Record<string, unknown>) => String(entry.question ?? entry.name ?? entry.term ?? entry.id ?? entry.chapter ?? entry.from ?? "");
