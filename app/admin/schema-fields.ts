// The edit form of a content kind, read from its zod schema (the one content:check uses), so the form asks
// for exactly what the site accepts and changes with it. Each field knows how to show itself and how to read
// its value back from the submitted form; what the form cannot edit yet (lists of objects other than quotes)
// is shown and kept as it was.
import { z } from "zod";
import { decodeChoice } from "./quote-choices";

export type Field =
  | { name: string; kind: "text" | "textarea"; required: boolean }
  | { name: string; kind: "number"; required: boolean }
  | { name: string; kind: "lines"; required: boolean }
  | { name: string; kind: "select"; required: boolean; options: string[] }
  | { name: string; kind: "checkboxes"; options: string[] }
  | { name: string; kind: "checkbox"; default: boolean }
  | { name: string; kind: "quotes" }
  | { name: string; kind: "group"; fields: Field[] }
  /** A list of objects: each item's fields are named `<name>.<index>.<field>`; `item` holds them unprefixed. */
  | { name: string; kind: "list"; required: boolean; item: Field[] }
  | { name: string; kind: "kept" };

// Written sentences get a text area; names, ids, dates and paths a one-line field.
const ONE_LINE = /^(id|name|name_en|term|date|last_updated|review_by|from|to|url|title|title_en|floor_area_m2|investment_10k_yuan|phone|opening_hours)$/;

function unwrap(schema: z.ZodTypeAny): { inner: z.ZodTypeAny; required: boolean; fallback?: unknown } {
  let inner = schema;
  let required = true;
  let fallback: unknown;
  for (;;) {
    if (inner instanceof z.ZodOptional || inner instanceof z.ZodNullable) {
      required = false;
      inner = inner.unwrap();
    } else if (inner instanceof z.ZodDefault) {
      required = false;
      fallback = (inner._def as { defaultValue: () => unknown }).defaultValue();
      inner = inner.removeDefault();
    } else if (inner instanceof z.ZodEffects) inner = inner.innerType();
    else return { inner, required, fallback };
  }
}

const isQuote = (schema: z.ZodTypeAny) => schema instanceof z.ZodObject && ["document", "unit", "quote"].every((k) => k in schema.shape);

function fieldOf(name: string, schema: z.ZodTypeAny): Field {
  const { inner, required, fallback } = unwrap(schema);
  if (inner instanceof z.ZodString) return { name, kind: ONE_LINE.test(name.split(".").pop()!) ? "text" : "textarea", required };
  if (inner instanceof z.ZodNumber) return { name, kind: "number", required };
  // A file that leaves out a yes/no field means its default: the box shows that.
  if (inner instanceof z.ZodBoolean) return { name, kind: "checkbox", default: fallback === true };
  if (inner instanceof z.ZodEnum) return { name, kind: "select", required, options: inner.options as string[] };
  if (inner instanceof z.ZodObject) return { name, kind: "group", fields: fieldsOf(inner, `${name}.`) };
  if (inner instanceof z.ZodArray) {
    const element = unwrap(inner.element).inner;
    if (element instanceof z.ZodString) return { name, kind: "lines", required };
    if (element instanceof z.ZodEnum) return { name, kind: "checkboxes", options: element.options as string[] };
    if (isQuote(element)) return { name, kind: "quotes" };
    if (element instanceof z.ZodObject) return { name, kind: "list", required, item: fieldsOf(element) };
  }
  return { name, kind: "kept" };
}

/** The same fields under `prefix` (one item of a list: points.2.text). */
export function withPrefix(fields: Field[], prefix: string): Field[] {
  return fields.map((f) => ({ ...f, name: prefix + f.name, ...(f.kind === "group" ? { fields: withPrefix(f.fields, prefix) } : {}) }) as Field);
}

/** The indexes of a list's items present in a submitted form, in order. */
function indexesOf(form: FormData, name: string): number[] {
  const found = new Set<number>();
  for (const key of form.keys()) {
    const match = key.startsWith(`${name}.`) ? /^(\d+)\./.exec(key.slice(name.length + 1)) : null;
    if (match) found.add(Number(match[1]));
  }
  return [...found].sort((a, b) => a - b);
}

const blank = (value: unknown): boolean => value === undefined || value === "" || value === false || (Array.isArray(value) && value.length === 0) || (typeof value === "object" && value !== null && Object.values(value).every(blank));

/** The fields of an object schema, in its order; `prefix` names nested fields (audience.role). */
export function fieldsOf(schema: z.AnyZodObject, prefix = ""): Field[] {
  return Object.entries(schema.shape as Record<string, z.ZodTypeAny>).map(([key, value]) => fieldOf(prefix + key, value));
}

const get = (data: unknown, path: string): unknown => path.split(".").reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], data);

/** The entry the form describes; what the form does not edit comes from `before`. Empty optional fields are left out. */
export function readForm(fields: Field[], form: FormData, before: Record<string, unknown> | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of fields) {
    const key = field.name.split(".").pop()!;
    const value = readField(field, form, before);
    if (value !== undefined) out[key] = value;
  }
  return out;
}

function readField(field: Field, form: FormData, before: Record<string, unknown> | undefined): unknown {
  const text = () => String(form.get(field.name) ?? "").replace(/\r\n/g, "\n").trim();
  switch (field.kind) {
    case "text":
    case "textarea":
    case "select":
      return text() || (field.required ? "" : undefined);
    case "number":
      return text() === "" ? undefined : Number(text());
    case "lines": {
      const lines = text()
        .split("\n")
        .map((l) => l.trim())
        .filter(Boolean);
      return lines.length || field.required ? lines : undefined;
    }
    case "checkboxes":
      return form.getAll(field.name).map(String);
    case "checkbox":
      return form.get(field.name) === "on";
    case "quotes":
      return form
        .getAll(field.name)
        .map((v) => decodeChoice(String(v)))
        .filter(Boolean);
    case "group": {
      const group = readForm(field.fields, form, before);
      return Object.keys(group).length ? group : undefined;
    }
    case "list": {
      // An item marked for removal, or left empty (the blank one offered for adding), is not kept.
      const items = indexesOf(form, field.name)
        .filter((i) => form.get(`${field.name}.${i}._remove`) !== "on")
        .map((i) => readForm(withPrefix(field.item, `${field.name}.${i}.`), form, before))
        .filter((item) => !blank(item));
      return items.length || field.required ? items : undefined;
    }
    case "kept":
      return get(before, field.name);
  }
}

/** The value a field shows: a list is one item a line. */
export function shownValue(field: Field, data: unknown): string {
  const value = get(data, field.name);
  if (value === undefined || value === null) return "";
  if (Array.isArray(value)) return value.join("\n");
  return String(value);
}

export { get as valueAt };
