// The content an editor can change in /admin, by kind: where its entries live in the content folder and the
// schema each entry must pass. The schemas are the ones content:check uses (app/model/schemas.ts), so a form
// generated from them asks for exactly what the site accepts. Official document text is not a kind: it is
// read-only here and changes only through content:import.
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Document, isMap, isSeq, parseDocument } from "yaml";
import type { z } from "zod";
import { faqEntry, glossaryEntry, serviceSchema, subsidySchema } from "~/model/schemas";

export const ENTRY_KINDS = ["faq", "glossary", "subsidy", "service"] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

interface KindSpec {
  schema: z.AnyZodObject;
  /** A folder of files each holding `entries`, a folder of one file per entry, or one file holding `entries`. */
  place: { folder: string; each: "entries" | "file" } | { file: string };
}

export const KINDS: Record<EntryKind, KindSpec> = {
  faq: { schema: faqEntry, place: { folder: "faq", each: "entries" } },
  glossary: { schema: glossaryEntry, place: { file: "glossary.yaml" } },
  subsidy: { schema: subsidySchema, place: { folder: "subsidies", each: "file" } },
  service: { schema: serviceSchema, place: { folder: "services", each: "file" } },
};

export const isEntryKind = (kind: string): kind is EntryKind => (ENTRY_KINDS as readonly string[]).includes(kind);

type Entry = Record<string, unknown> & { id: string };

function filesOf(dir: string, spec: KindSpec): string[] {
  if ("file" in spec.place) return [spec.place.file];
  const { folder } = spec.place;
  if (!existsSync(join(dir, folder))) return [];
  return readdirSync(join(dir, folder))
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => join(folder, f));
}

const oneFileEach = (spec: KindSpec): spec is KindSpec & { place: { folder: string; each: "file" } } => "folder" in spec.place && spec.place.each === "file";

/** Every entry of a kind, with the file (relative to the content folder) it is in. */
export function listEntries(dir: string, kind: EntryKind): { file: string; entry: Entry }[] {
  const spec = KINDS[kind];
  return filesOf(dir, spec).flatMap((file) => {
    const data = parseDocument(readFileSync(join(dir, file), "utf8")).toJS() as Record<string, unknown>;
    const entries = oneFileEach(spec) ? [data] : ((data?.entries as unknown[]) ?? []);
    return entries.filter((e): e is Entry => typeof (e as Entry)?.id === "string").map((entry) => ({ file, entry }));
  });
}

export function readEntry(dir: string, kind: EntryKind, id: string): { file: string; entry: Entry } | undefined {
  return listEntries(dir, kind).find((e) => e.entry.id === id);
}

/**
 * Writes one entry into its file, keeping the file's other entries and its comments. A new entry of a
 * one-file-per-entry kind gets its own file; of the other kinds, it is added to `file`.
 */
export function writeEntry(dir: string, kind: EntryKind, entry: Entry, file?: string): string {
  const spec = KINDS[kind];
  const existing = readEntry(dir, kind, entry.id);
  const target = existing?.file ?? file ?? (oneFileEach(spec) ? join(spec.place.folder, `${entry.id}.yaml`) : undefined);
  if (!target) throw new Error(`no file given for a new ${kind} entry`);
  const path = join(dir, target);
  if (oneFileEach(spec)) {
    // The file is the entry: written anew, with the comment at its top kept.
    const fresh = new Document(entry);
    if (existsSync(path)) fresh.commentBefore = parseDocument(readFileSync(path, "utf8")).commentBefore;
    writeFileSync(path, fresh.toString({ lineWidth: 0 }));
    return target;
  }
  const doc = parseDocument(readFileSync(path, "utf8"));
  const entries = doc.get("entries");
  if (!isSeq(entries)) throw new Error(`${target} has no entries list`);
  const index = entries.items.findIndex((item) => isMap(item) && item.get("id") === entry.id);
  if (index >= 0) entries.set(index, entry);
  else entries.add(entry);
  writeFileSync(path, doc.toString({ lineWidth: 0 }));
  return target;
}
