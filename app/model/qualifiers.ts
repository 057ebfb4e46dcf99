// Qualifiers kept (issue 21): a subsidy's summary must not name its beneficiaries more broadly than its `who`
// field does. Every qualifier `who` puts on them must be in the summary's first sentence, the one that says
// who the support is for (a narrower later sentence does not undo a wider first one, and the first sentence
// is what a reader deciding "is this for me" reads). Where the qualifier is a termbase term, the first English
// sentence carries its rendering too. Remarks in brackets (（规划未写明具体条件）) are notes, not qualifiers.
import { enSentences, zhSentences } from "./plain-language";
import type { ContentProblem, YamlSource } from "./problems";
import type { Subsidy, Term } from "./schemas";
import { englishPattern, termIn } from "./termbase";

// Words that narrow a group without a 的: 持证贫困精神障碍患者, 农村困难残疾人家庭. Longer words first, so 特殊困难
// is one qualifier rather than 困难 inside it.
const NARROWING = ["持有残疾人证", "持证", "特殊困难", "困难", "贫困", "低收入", "中重度", "重度", "轻度", "农村", "城镇", "民办非营利性", "一至二级", "适龄", "应届"];
const AGE_RANGE = /\d+[—–-]\d+周岁/g;
const CLAUSE = /[，、；：。]/;

const compact = (text: string) => text.replace(/\s+/g, "");
const withoutRemarks = (who: string) => compact(who.replace(/（[^）]*）|\([^)]*\)/g, ""));

/**
 * The qualifiers in a `who` field: each clause's “…的” phrase (有康复需求和适应指征的, 符合临时救助政策条件的),
 * age ranges (0—6周岁) and narrowing words (持证, 贫困) in what remains.
 */
export function qualifiersOf(who: string): string[] {
  const found: string[] = [];
  const rest = withoutRemarks(who)
    .split(CLAUSE)
    .map((clause) => {
      const end = clause.lastIndexOf("的");
      if (end <= 0) return clause;
      found.push(clause.slice(0, end + 1));
      return clause.slice(end + 1);
    })
    .join("|");
  found.push(...(rest.match(AGE_RANGE) ?? []));
  let remaining = rest;
  for (const word of NARROWING) {
    if (!remaining.includes(word)) continue;
    found.push(word);
    remaining = remaining.split(word).join("|");
  }
  return found;
}

interface Loaded {
  value?: Pick<Subsidy, "who" | "summary" | "summary_en">;
  source: YamlSource;
}

export function checkQualifiers(subsidies: Loaded[], terms: Term[], problems: ContentProblem[]): void {
  for (const { value, source } of subsidies) {
    if (!value) continue;
    const report = (field: "summary" | "summary_en", message: string) => problems.push({ file: source.file, line: source.lineOf([field]), message });
    const qualifiers = qualifiersOf(value.who);
    const first = compact(zhSentences(value.summary)[0] ?? "");
    const missing = qualifiers.filter((q) => !first.includes(q));
    if (missing.length) {
      report("summary", `“summary”的第一句没有写出“who”里的限定${missing.map((q) => `“${q}”`).join("")}：第一句说这项支持给谁，不能比适用对象（${withoutRemarks(value.who)}）说得更宽`);
    }
    const firstEn = enSentences(value.summary_en)[0] ?? "";
    for (const qualifier of qualifiers) {
      const found = termIn(qualifier, terms);
      if (found && !englishPattern(found.term.en).test(firstEn)) {
        report("summary_en", `“summary_en”的第一句没有写出限定“${qualifier}”：英文第一句也要说明，译作“${found.term.en}”（content/terms.yaml）`);
      }
    }
  }
}
