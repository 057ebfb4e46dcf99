// `npm run eval:ask`: runs the assistant eval and the safety tuning set against the production build (extractive mode, Meilisearch)
// and prints the scores, on all cases and on those no FAQ entry matches, with latency percentiles.
import { existsSync } from "node:fs";
import { HOLDOUT_FILES, SAFETY_FILES, evaluate, report } from "../../support/ask-eval";
import { startSite } from "../../support/site-process";

const site = await startSite({ ASK_RATE_LIMIT: "0", OPENAI_API_KEY: "" }, "meilisearch");
try {
  console.log(report(await evaluate(site.url)));
  if (HOLDOUT_FILES.every((f) => existsSync(`tests/eval/${f}`))) {
    console.log("\nHold-out set (never tuned on):");
    console.log(report(await evaluate(site.url, HOLDOUT_FILES)));
  }
  console.log("\nSafety set (in scope must not be refused; harmful must be):");
  console.log(report(await evaluate(site.url, SAFETY_FILES)));
} finally {
  await site.stop();
}
