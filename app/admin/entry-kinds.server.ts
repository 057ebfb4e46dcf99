// The content an editor can change in /admin, by kind: where its entries live in the content folder and the
// schema each entry must pass. The schemas are the ones content:check uses (app/model/schemas.ts), so a form
// generated from them asks for exactly what the site accepts. Official document text is not a kind: it is
// read-only here and changes only through content:import.
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Document, isMap, isSeq, parseDocument } from "yaml";
import type { z } from "zod";
import { faqUrl, serviceUrl, subsidyUrl } from "~/model/plan";
import { faqEntry, glossaryEntry, redirectEntry, serviceSchema, subsidySchema, summarySchema } from "~/model/schemas";

export const ENTRY_KINDS = ["faq", "glossary", "subsidy", "service", "summary", "redirect"] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

interface KindSpec {
  /** What an entry must pass (the schema content:check uses). */
  schema: z.ZodTypeAny;
  /** Its object, for the form (the schema without a whole-entry rule such as a redirect's "to or note"). */
  form: z.AnyZodObject;
  /** Whether /admin can make a new entry of this kind (a plain summary belongs to its chapter). */
  creatable: boolean;
  /** The field that names an entry (its id; a plain summary's chapter). */
  key: string;
  /**
   * For entries with an address of their own: the address, and what content/redirects.yaml's `from` names
   * (the old path, or the old id of an anchor). Changing the key of such an entry renames it, and the old
   * address is redirected to the new one; entries without one cannot be renamed here.
   */
  address?: { of: (id: string) => string; redirectFrom: (id: string) => string };
  /** A folder of files each holding `entries`, a folder of one file per entry, or one file holding a list. */
  place: { folder: string; each: "entries" | "file" } | { file: string; list: string };
}

export const KINDS: Record<EntryKind, KindSpec> = {
  faq: { schema: faqEntry, form: faqEntry, creatable: true, key: "id", place: { folder: "faq", each: "entries" }, address: { of: (id) => faqUrl({ id }), redirectFrom: (id) => id } },
  glossary: { schema: glossaryEntry, form: glossaryEntry, creatable: true, key: "id", place: { file: "glossary.yaml", list: "entries" }, address: { of: (id) => `/glossary#${id}`, redirectFrom: (id) => id } },
  subsidy: { schema: subsidySchema, form: subsidySchema, creatable: true, key: "id", place: { folder: "subsidies", each: "file" }, address: { of: (id) => subsidyUrl({ id }), redirectFrom: (id) => subsidyUrl({ id }) } },
  service: { schema: serviceSchema, form: serviceSchema, creatable: true, key: "id", place: { folder: "services", each: "file" }, address: { of: (id) => serviceUrl({ id }), redirectFrom: (id) => serviceUrl({ id }) } },
  // The plan's plain summaries (易读版), one file per chapter; another document's are edited as files.
  summary: { schema: summarySchema, form: summarySchema, creatable: false, key: "chapter", place: { folder: "summaries", each: "file" } },
  // Renamed and removed addresses: a rename writes its own; a removal is recorded here by hand.
  redirect: { schema: redirectEntry, form: redirectEntry.innerType(), creatable: true, key: "from", place: { file: "redirects.yaml", list: "redirects" } },
};

export const isEntryKind = (kind: string): kind is EntryKind => (ENTRY_KINDS as readonly string[]).includes(kind);

type Entry = Record<string, unknown>;

/** The name of an entry of a kind (the value of its key field). */
export const keyOf = (kind: EntryKind, entry: Entry): string => String(entry[KINDS[kind].key] ?? "");

function filesOf(dir: string, spec: KindSpec): string[] {
  if ("file" in spec.place) return [spec.place.file];
  const { folder } = spec.place;
  if (!existsSync(join(dir, folder))) return [];
  return readdirSync(join(dir, folder))
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => join(folder, f));
}

const listKey = (spec: KindSpec) => ("list" in spec.place ? spec.place.list : "entries");

/** The files a new entry of a kind may go into (a question's topic files); none where it gets its own. */
export function filesFor(dir: string, kind: EntryKind): string[] {
  const spec = KINDS[kind];
  return oneFileEach(spec) ? [] : filesOf(dir, spec);
}

const oneFileEach = (spec: KindSpec): spec is KindSpec & { place: { folder: string; each: "file" } } => "folder" in spec.place && spec.place.each === "file";

/** Every entry of a kind, with the file (relative to the content folder) it is in. */
export function listEntries(dir: string, kind: EntryKind): { file: string; entry: Entry }[] {
  const spec = KINDS[kind];
  return filesOf(dir, spec).flatMap((file) => {
    const data = parseDocument(readFileSync(join(dir, file), "utf8")).toJS() as Record<string, unknown>;
    const entries = oneFileEach(spec) ? [data] : ((data?.[listKey(spec)] as unknown[]) ?? []);
    return entries.filter((e): e is Entry => typeof (e as Entry)?.[spec.key] === "string").map((entry) => ({ file, entry }));
  });
}

export function readEntry(dir: string, kind: EntryKind, id: string): { file: string; entry: Entry } | undefined {
  return listEntries(dir, kind).find((e) => keyOf(kind, e.entry) === id);
}

/**
 * Writes one entry into its file, keeping the file's other entries and its comments. `replacing` names the
 * entry it takes the place of (its id before a rename); a new entry of a one-file-per-entry kind gets its own
 * file, of the other kinds it is added to `file`.
 */
export function writeEntry(dir: string, kind: EntryKind, entry: Entry, { replacing = keyOf(kind, entry), file }: { replacing?: string; file?: string } = {}): string {
  const spec = KINDS[kind];
  const existing = readEntry(dir, kind, replacing);
  if (oneFileEach(spec)) {
    const target = join(spec.place.folder, `${keyOf(kind, entry)}.yaml`);
    // The file is the entry: written anew under its id, with the comment at its top kept.
    const fresh = new Document(entry);
    if (existing) {
      fresh.commentBefore = parseDocument(readFileSync(join(dir, existing.file), "utf8")).commentBefore;
      if (existing.file !== target) rmSync(join(dir, existing.file));
    }
    writeFileSync(join(dir, target), fresh.toString({ lineWidth: 0 }));
    return target;
  }
  const target = existing?.file ?? file ?? ("file" in spec.place ? spec.place.file : undefined);
  if (!target) throw new Error(`no file given for a new ${kind} entry`);
  const path = join(dir, target);
  const doc = parseDocument(readFileSync(path, "utf8"));
  const entries = doc.get(listKey(spec));
  if (!isSeq(entries)) throw new Error(`${target} has no ${listKey(spec)} list`);
  const index = entries.items.findIndex((item) => isMap(item) && item.get(spec.key) === replacing);
  if (index >= 0) entries.set(index, entry);
  else entries.add(entry);
  writeFileSync(path, doc.toString({ lineWidth: 0 }));
  return target;
}

/** Records in content/redirects.yaml that an entry's old address now lives at its new one. */
export function recordRename(dir: string, kind: EntryKind, from: string, to: string, date: string): void {
  const path = join(dir, "redirects.yaml");
  const doc = parseDocument(readFileSync(path, "utf8"));
  const address = KINDS[kind].address;
  if (!address) throw new Error(`a ${kind} entry has no address to redirect`);
  const redirect = { from: address.redirectFrom(from), to: address.of(to), date };
  const list = doc.get("redirects");
  if (isSeq(list)) list.add(redirect);
  else doc.set("redirects", [redirect]);
  writeFileSync(path, doc.toString({ lineWidth: 0 }));
}
