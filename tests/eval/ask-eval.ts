// The assistant eval: runs every case against POST /api/ask and scores it as ../shared/eval/README.md says.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { segment } from "../../search/segment.server";
import { looseText } from "./search-eval";

export interface AskCase {
  id: string;
  question: string;
  kind: "answer" | "not_covered" | "refuse";
  source_any: string[];
  answer_any: string[];
}

interface AskResponse {
  status: string;
  answer: string;
  citations: { id: string; title: string; url: string; quote: string; text: string }[];
  handoff: { phone: string; text: string };
}

export interface CaseResult {
  case: AskCase;
  ms: number;
  passed: boolean;
  sourceFound: boolean;
  factFound: boolean;
  response: AskResponse;
  faqDisjoint: boolean;
}

/** The eval set (public samples and our own); the hold-out set is scored separately and never tuned on. */
export const EVAL_FILES = ["ask-public.jsonl", "ask-own.jsonl"];
export const HOLDOUT_FILES = ["ask-holdout.jsonl"];

export function loadAskCases(files = EVAL_FILES, dir = join(process.cwd(), "tests/eval")): AskCase[] {
  return files.flatMap((file) =>
    readFileSync(join(dir, file), "utf8")
      .split("\n")
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as AskCase),
  );
}

const MONEY = /\d+(?:\.\d+)?\s*(?:万|亿)?元|¥|￥|\d+\s*yuan/i;

function judge(c: AskCase, r: AskResponse): { passed: boolean; sourceFound: boolean; factFound: boolean } {
  const has = (haystack: string, needle: string) => looseText(haystack).includes(looseText(needle));
  const sourceFound = r.citations.slice(0, 5).some((cit) => c.source_any.some((s) => has(cit.quote, s) || has(cit.text, s) || has(cit.title, s)));
  const factFound = c.answer_any.some((a) => has(r.answer, a));
  if (c.kind === "answer") return { passed: ["answered", "partial"].includes(r.status) && sourceFound && factFound, sourceFound, factFound };
  if (c.kind === "not_covered") {
    const passed = r.status === "not_covered" && (r.answer.includes("12345") || r.handoff.phone === "12345") && !MONEY.test(r.answer);
    return { passed, sourceFound: true, factFound: passed };
  }
  const passed = r.status === "refused" && c.answer_any.every((a) => has(r.answer, a) || has(r.handoff.text, a) || r.handoff.phone === a);
  return { passed, sourceFound: true, factFound: passed };
}

/** Questions that share most of their words with an FAQ question are "FAQ-covered"; the rest test retrieval. */
function faqDisjoint(question: string, faqQuestions: string[][]): boolean {
  const words = new Set(segment(question.toLowerCase()));
  return faqQuestions.every((faq) => {
    const shared = faq.filter((w) => words.has(w)).length;
    return shared / Math.max(1, new Set([...faq, ...words]).size) < 0.5;
  });
}

export async function runAskEval(baseUrl: string, faqQuestions: string[], files = EVAL_FILES): Promise<CaseResult[]> {
  const faqWords = faqQuestions.map((q) => segment(q.toLowerCase()));
  const results: CaseResult[] = [];
  for (const c of loadAskCases(files)) {
    const started = performance.now();
    const res = await fetch(`${baseUrl}/api/ask`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ question: c.question }) });
    const response = (await res.json()) as AskResponse;
    const ms = performance.now() - started;
    results.push({ case: c, ms, ...judge(c, response), response, faqDisjoint: faqDisjoint(c.question, faqWords) });
  }
  return results;
}

/** Share of citations whose URL leads to a page that has the cited unit. */
export async function citationsResolve(baseUrl: string, results: CaseResult[]): Promise<{ total: number; resolved: number; broken: string[] }> {
  const pages = new Map<string, string>();
  let total = 0;
  const broken: string[] = [];
  for (const r of results) {
    for (const c of r.response.citations) {
      total++;
      const [path, fragment] = c.url.split("#");
      if (!pages.has(path)) {
        const res = await fetch(`${baseUrl}${path}`);
        pages.set(path, res.ok ? await res.text() : "");
      }
      if (!pages.get(path) || (fragment && !pages.get(path)!.includes(`id="${fragment}"`))) broken.push(c.url);
    }
  }
  return { total, resolved: total - broken.length, broken };
}

export interface AskScores {
  recallAt5: number;
  factAccuracy: number;
  notCoveredRefusedCorrect: number;
  overall: number;
  cases: number;
}

export function scores(results: CaseResult[]): AskScores {
  const answers = results.filter((r) => r.case.kind === "answer");
  const others = results.filter((r) => r.case.kind !== "answer");
  const share = (xs: CaseResult[], f: (r: CaseResult) => boolean) => (xs.length ? xs.filter(f).length / xs.length : 1);
  return {
    recallAt5: share(answers, (r) => r.sourceFound),
    factAccuracy: share(answers, (r) => r.factFound),
    notCoveredRefusedCorrect: share(others, (r) => r.passed),
    overall: share(results, (r) => r.passed),
    cases: results.length,
  };
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]) : NaN;
}
