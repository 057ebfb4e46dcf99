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
  | { name: string; kind: "checkbox" }
  | { name: string; kind: "quotes" }
  | { name: string; kind: "group"; fields: Field[] }
  | { name: string; kind: "kept" };

// Written sentences get a text area; names, ids, dates and paths a one-line field.
const ONE_LINE = /^(id|name|name_en|term|date|last_updated|review_by|from|to|url|title|title_en|floor_area_m2|investment_10k_yuan|phone|opening_hours)$/;

function unwrap(schema: z.ZodTypeAny): { inner: z.ZodTypeAny; required: boolean } {
  let inner = schema;
  let required = true;
  for (;;) {
    if (inner instanceof z.ZodOptional || inner instanceof z.ZodNullable) {
      required = false;
      inner = inner.unwrap();
    } else if (inner instanceof z.ZodDefault) {
      required = false;
      inner = inner.removeDefault();
    } else if (inner instanceof z.ZodEffects) inner = inner.innerType();
    else return { inner, required };
  }
}

const isQuote = (schema: z.ZodTypeAny) => schema instanceof z.ZodObject && ["document", "unit", "quote"].every((k) => k in schema.shape);

function fieldOf(name: string, schema: z.ZodTypeAny): Field {
  const { inner, required } = unwrap(schema);
  if (inner instanceof z.ZodString) return { name, kind: ONE_LINE.test(name.split(".").pop()!) ? "text" : "textarea", required };
  if (inner instanceof z.ZodNumber) return { name, kind: "number", required };
  if (inner instanceof z.ZodBoolean) return { name, kind: "checkbox" };
  if (inner instanceof z.ZodEnum) return { name, kind: "select", required, options: inner.options as string[] };
  if (inner instanceof z.ZodObject) return { name, kind: "group", fields: fieldsOf(inner, `${name}.`) };
  if (inner instanceof z.ZodArray) {
    const element = unwrap(inner.element).inner;
    if (element instanceof z.ZodString) return { name, kind: "lines", required };
    if (element instanceof z.ZodEnum) return { name, kind: "checkboxes", options: element.options as string[] };
    if (isQuote(element)) return { name, kind: "quotes" };
  }
  return { name, kind: "kept" };
}

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
