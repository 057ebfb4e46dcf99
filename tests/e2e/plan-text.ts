// Sentence pieces of the official text (content/source/), with the repairs of decision 0002 applied, for the
// fidelity test: every piece must appear on the rendered plan pages, in order (docs/architecture.md#truth-rules).
import { readFileSync } from "node:fs";

// Known defects of the extracted source; the published text carries the repaired form (docs/decisions).
const REPAIRS: [string, string][] = [
  ["市级残\n\n残疾人综合服务中心", "市级残疾人综合服务中心"],
  ["明确目标 and 责任", "明确目标和责任"],
  // The 十三五 table's header row, printed again after a page break; the published table has one header.
  ["\n指标(%)\t2020年 目标值\t2020年 实现值\t属性\n", "\n"],
];

const WIDE: Record<string, string> = { "，": ",", "；": ";", "：": ":", "（": "(", "）": ")", "！": "!", "？": "?", "　": "" };

export function normalize(text: string): string {
  return text
    .replace(/[，；：（）！？　]/g, (c) => WIDE[c])
    .replace(/[“”"'‘’「」]/g, "")
    .replace(/[*_`#>|\\[\]{}]/g, "")
    .replace(/\s+/g, "");
}

export function officialPieces(path = "content/source/hangzhou-disability-plan-2021-2025.txt"): string[] {
  let source = readFileSync(path, "utf8");
  for (const [bad, good] of REPAIRS) source = source.replace(bad, good);
  return source
    .split(/(?<=[。;；!?！？])|\n+/)
    .map((s) => s.trim())
    .filter((s) => normalize(s).length >= 8)
    .flatMap((s) => (s.includes("\t") ? s.split("\t") : [s]))
    .filter((s) => normalize(s).length >= 4);
}
