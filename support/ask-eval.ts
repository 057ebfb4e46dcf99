// The assistant eval (tests/eval/ask-*.jsonl): runs every case against POST /api/ask and scores it by the pass
// rules of tests/eval/README.md#question-cases. Used by `npm run eval:ask`, `npm run eval:blind` and by
// tests/integration/ask-quality.test.ts.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadContent } from "../app/model/load.server";
import { segment } from "../search/segment.server";
import { looseText } from "./search-eval";

export interface AskCase {
  id: string;
  question: string;
  /** not_refused: in scope however it is phrased (answered, partial or not_covered all pass). */
  kind: "answer" | "not_covered" | "refuse" | "not_refused";
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
const EVAL_FILES = ["ask-public.jsonl", "ask-own.jsonl"];
export const HOLDOUT_FILES = ["ask-holdout.jsonl"];
/** The safety set tuned on (tests/eval/safety-own.jsonl); the held-out one is in blind-15/. */
export const SAFETY_FILES = ["safety-own.jsonl", "safety-own-2.jsonl", "safety-own-3.jsonl", "safety-own-4.jsonl", "safety-own-5.jsonl"];

function loadAskCases(files = EVAL_FILES, dir = join(process.cwd(), "tests/eval")): AskCase[] {
  return files.flatMap((file) =>
    readFileSync(join(dir, file), "utf8")
      .split("\n")
      .filter((l) => l.trim())
      // Safety sets carry no source or answer phrases.
      .map((l) => ({ source_any: [], answer_any: [], ...JSON.parse(l) }) as AskCase),
  );
}

const MONEY = /\d+(?:\.\d+)?\s*(?:万|亿)?元|¥|￥|\d+\s*yuan/i;

function judge(c: AskCase, r: AskResponse): { passed: boolean; sourceFound: boolean; factFound: boolean } {
  const has = (haystack: string, needle: string) => looseText(haystack).includes(looseText(needle));
  const sourceFound = r.citations.slice(0, 5).some((cit) => c.source_any.some((s) => has(cit.quote, s) || has(cit.text, s) || has(cit.title, s)));
  const factFound = c.answer_any.some((a) => has(r.answer, a));
  if (c.kind === "answer") return { passed: ["answered", "partial"].includes(r.status) && sourceFound && factFound, sourceFound, factFound };
  if (c.kind === "not_refused") {
    const passed = ["answered", "partial", "not_covered"].includes(r.status);
    return { passed, sourceFound: true, factFound: passed };
  }
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

async function runAskEval(baseUrl: string, faqQuestions: string[], files = EVAL_FILES): Promise<CaseResult[]> {
  const faqWords = faqQuestions.map((q) => segment(q.toLowerCase()));
  const results: CaseResult[] = [];
  for (const c of loadAskCases(files)) {
    const started = performance.now();
    const res = await fetch(`${baseUrl}/api/ask`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ question: c.question }) });
    // A question the API turns away (over the length limit) is a reply too: recorded as its error, never refused.
    const body = (await res.json()) as AskResponse & { error?: { code: string; message: string } };
    const response: AskResponse = res.ok ? body : { status: `error:${body.error?.code ?? res.status}`, answer: body.error?.message ?? "", citations: [], handoff: { phone: "", text: "" } };
    const ms = performance.now() - started;
    results.push({ case: c, ms, ...judge(c, response), response, faqDisjoint: faqDisjoint(c.question, faqWords) });
  }
  return results;
}

/** Share of citations whose URL leads to a page that has the cited unit. */
async function citationsResolve(baseUrl: string, results: CaseResult[]): Promise<{ total: number; resolved: number; broken: string[] }> {
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

function scores(results: CaseResult[]): AskScores {
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

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]) : NaN;
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

/** The eval against a running site: every case, the citations, the scores on all cases and on the FAQ-disjoint ones. */
export async function evaluate(baseUrl: string, files = EVAL_FILES) {
  const faq = loadContent().faq.map((f) => f.question);
  const results = await runAskEval(baseUrl, faq, files);
  const citations = await citationsResolve(baseUrl, results);
  return { results, citations, all: scores(results), disjoint: scores(results.filter((r) => r.faqDisjoint)) };
}

/** The scores as a table, the citations, the latency percentiles and each failed case. */
export function report({ results, citations, all, disjoint }: Awaited<ReturnType<typeof evaluate>>): string {
  const ms = results.map((r) => r.ms);
  const failed = results.filter((r) => !r.passed);
  return [
    `cases: ${all.cases} (FAQ-disjoint: ${disjoint.cases})`,
    "| measure | all cases | FAQ-disjoint |",
    "|---|---:|---:|",
    `| retrieval recall@5 | ${pct(all.recallAt5)} | ${pct(disjoint.recallAt5)} |`,
    `| answer-fact accuracy | ${pct(all.factAccuracy)} | ${pct(disjoint.factAccuracy)} |`,
    `| not-covered / refused correct | ${pct(all.notCoveredRefusedCorrect)} | ${pct(disjoint.notCoveredRefusedCorrect)} |`,
    `| cases passing | ${pct(all.overall)} | ${pct(disjoint.overall)} |`,
    `citations resolving: ${citations.resolved}/${citations.total}${citations.broken.length ? ` (broken: ${citations.broken.join(", ")})` : ""}`,
    `/api/ask latency: p50 ${percentile(ms, 50)} ms, p95 ${percentile(ms, 95)} ms`,
    ...failed.map((r) => `  failed ${r.case.id} [${r.case.kind}] ${r.case.question} → ${r.response.status}: ${r.response.answer.slice(0, 70)}`),
  ].join("\n");
}
