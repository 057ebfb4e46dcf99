// `npm run eval:ask`: runs the assistant eval against the production build (extractive mode, Meilisearch)
// and prints the scores, on all cases and on those no FAQ entry matches, with latency percentiles.
import { loadContent } from "../../app/model/load.server";
import { existsSync } from "node:fs";
import { HOLDOUT_FILES, EVAL_FILES, citationsResolve, percentile, runAskEval, scores, type CaseResult } from "../../tests/eval/ask-eval";
import { startSite } from "../lib/site-process";

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

export async function evaluate(baseUrl: string, files = EVAL_FILES) {
  const faq = loadContent().faq.map((f) => f.question);
  const results = await runAskEval(baseUrl, faq, files);
  const citations = await citationsResolve(baseUrl, results);
  return { results, citations, all: scores(results), disjoint: scores(results.filter((r) => r.faqDisjoint)) };
}

export function report({ results, citations, all, disjoint }: Awaited<ReturnType<typeof evaluate>>): string {
  const ms = results.map((r) => r.ms);
  const failed = results.filter((r: CaseResult) => !r.passed);
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

if (import.meta.url === `file://${process.argv[1]}`) {
  const site = await startSite({ ASK_RATE_LIMIT: "0", OPENAI_API_KEY: "" }, "meilisearch");
  try {
    console.log(report(await evaluate(site.url)));
    if (HOLDOUT_FILES.every((f) => existsSync(`tests/eval/${f}`))) {
      console.log("\nHold-out set (never tuned on):");
      console.log(report(await evaluate(site.url, HOLDOUT_FILES)));
    }
  } finally {
    await site.stop();
  }
}
