// The search eval set (tests/eval/search-*.jsonl) and how a case is judged (tests/eval/README.md#search-cases):
// public cases name phrases a hit must contain, our own name the unit ids that must appear in the first `top` hits.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { SearchHit } from "../search/types";

export interface SearchCase {
  id: string;
  query: string;
  top: number;
  kind?: string;
  source_any?: string[];
  expect_ids?: string[];
}

const WIDE: Record<string, string> = { "，": ",", "；": ";", "：": ":", "（": "(", "）": ")", "！": "!", "？": "?" };
export const looseText = (s: string) => s.replace(/[，；：（）！？]/g, (c) => WIDE[c]).replace(/\s+/g, "");

export function loadSearchCases(dir = join(process.cwd(), "tests/eval"), files = ["search-public.jsonl", "search-own.jsonl"]): SearchCase[] {
  return files.flatMap((file) =>
    readFileSync(join(dir, file), "utf8")
      .split("\n")
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as SearchCase),
  );
}

/**
 * `quotedUnits` says which plan units a FAQ entry, subsidy or service quotes: such a hit answers a case that
 * names one of those units just as the unit itself would.
 */
export function passes(c: SearchCase, hits: Pick<SearchHit, "id" | "title" | "text">[], quotedUnits: (id: string) => string[] = () => []): boolean {
  const top = hits.slice(0, c.top);
  if (c.expect_ids) return top.some((h) => c.expect_ids!.includes(h.id) || quotedUnits(h.id).some((u) => c.expect_ids!.includes(u)));
  return top.some((h) => c.source_any!.some((s) => looseText(h.title).includes(looseText(s)) || looseText(h.text).includes(looseText(s))));
}
