// Glossary explanations explain words and add no policy (issue 21): no fee, named charge or condition the
// plan does not state (十五年免费教育 is not "不用交学费"; 重度残疾人护理补贴 is not for "需要长期照护的" people).
// The same holds for the 常见说法 (`everyday`) that /glossary shows under a listed entry. This catches the
// wordings a pattern can find; a reviewer reads the rest against the plan.
import type { ContentProblem, YamlSource } from "./problems";
import type { GlossaryEntry } from "./schemas";

interface Claim {
  what: string;
  zh: RegExp;
  en: RegExp;
  /**
   * "term": allowed only where the term itself says so (a term with 免费 or 减免 may be explained as costing
   * nothing or less: that restates the term). "plan": a Chinese phrase is allowed when the plan uses it, an
   * English one when it renders such a Chinese phrase.
   */
  allowed: "term" | "plan";
}

const CLAIMS: Claim[] = [
  {
    what: "免费或少付钱的说法",
    zh: /免费|免交|免收|不用交|不用付|不交|不付|不要钱|不收钱|少交|少付/g,
    en: /\bfree\b|without (?:paying|charge|fees?)|\bno (?:charge|fees?)\b|\bpay(?:s|ing)? (?:less|nothing)\b/gi,
    allowed: "term",
  },
  // Which fee is waived, or what a payment is for, is policy: only as the plan itself names it.
  {
    what: "具体的费用",
    zh: /学费|杂费|书本费|住宿费|伙食费|护理费|医药费|药费|停车费|租金|房租/g,
    en: /\btuition\b|school fees|\brent\b|lower-rent|cost of care|care costs?/gi,
    allowed: "plan",
  },
  {
    what: "条件",
    zh: /需要[^，。；、的]{1,12}的|符合[^，。；、]{0,12}?条件|只有|才能|必须/g,
    en: /\bwho (?:needs?|requires?)\b|\bonly if\b|\bmust\b/gi,
    allowed: "plan",
  },
];

const termNamesACharge = (entry: GlossaryEntry) => [entry.term, ...entry.aliases].some((word) => /免费|减免/.test(word));

export function checkGlossaryWording(glossary: { value?: { entries: GlossaryEntry[] }; source: YamlSource }, planText: string, problems: ContentProblem[]): void {
  glossary.value?.entries.forEach((entry, i) => {
    const report = (field: "explain" | "explain_en", message: string) => problems.push({ file: glossary.source.file, line: glossary.source.lineOf(["entries", i, field]), message });
    for (const claim of CLAIMS) {
      const byTerm = claim.allowed === "term" && termNamesACharge(entry);
      const zh = [...entry.explain.matchAll(claim.zh)].map((m) => m[0]);
      const refused = zh.filter((match) => !(byTerm || (claim.allowed === "plan" && planText.includes(match))));
      for (const match of refused) {
        report("explain", `术语“${entry.term}”的解释说了“${match}”：规划没有这样写。词语解释只说明词义，不能加上规划没写的${claim.what}`);
      }
      // Listed entries show their 常见说法 on /glossary ("也有人说"): those words add no policy either.
      if (entry.list) {
        for (const [w, word] of entry.everyday.entries()) {
          const said = [...word.matchAll(claim.zh)].map((m) => m[0]).filter((match) => !(byTerm || (claim.allowed === "plan" && planText.includes(match))));
          for (const match of said) {
            problems.push({
              file: glossary.source.file,
              line: glossary.source.lineOf(["entries", i, "everyday", w]),
              message: `术语“${entry.term}”的常见说法“${word}”说了“${match}”：规划没有这样写。词语解释页会显示常见说法，不能加上规划没写的${claim.what}（只用于搜索的说法可以写进对应补贴或服务的 said）`,
            });
          }
        }
      }
      if (byTerm || zh.length > refused.length) continue;
      for (const match of entry.explain_en.match(claim.en) ?? []) {
        report("explain_en", `术语“${entry.term}”的英文解释说了“${match}”：中文解释里没有规划写过的这类说法，英文也不能加上规划没写的${claim.what}`);
      }
    }
  });
}
