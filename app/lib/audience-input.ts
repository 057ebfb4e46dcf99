// Reads audience answers from a URL's query (the subsidies filter) with zod; unknown values are ignored.
import { z } from "zod";
import type { Answers } from "~/model/audience";
import { AUDIENCE } from "~/model/vocabulary";

const optional = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .enum(values)
    .optional()
    .catch(undefined);

const schema = z.object({
  role: optional(AUDIENCE.role),
  age: optional(AUDIENCE.age),
  category: optional(AUDIENCE.category),
  severity: optional(AUDIENCE.severity),
  condition: optional(AUDIENCE.condition),
});

export function answersFromQuery(url: URL): Answers {
  const raw = Object.fromEntries(["role", "age", "category", "severity", "condition"].map((k) => [k, url.searchParams.get(k) || undefined]));
  const parsed = schema.parse(raw);
  return { ...parsed, condition: undefined, conditions: parsed.condition ? [parsed.condition] : undefined } as Answers;
}
