// `npm run eval:ask [-- <set.jsonl under tests/eval> …]`: runs the assistant eval (by default the project's
// own sets, the hold-out set and the safety tuning set; or the sets named) against the production build
// with Meilisearch, and prints the scores, on all cases and on those no FAQ entry matches, with latency
// percentiles. With OPENAI_API_KEY (and OPENAI_BASE_URL, OPENAI_MODEL) set, the same sets also run through
// the model path, and both are printed side by side, so a model can be judged before it is turned on.
import { existsSync } from "node:fs";
import { relative, resolve } from "node:path";
import { HOLDOUT_FILES, SAFETY_FILES, evaluate, report } from "../../support/ask-eval";
import { startSite, type SiteProcess } from "../../support/site-process";

const named = process.argv.slice(2).map((f) => relative("tests/eval", resolve(f)));
const sets: [string, string[] | undefined][] = named.length
  ? [[named.join(", "), named]]
  : [
      ["Own sets", undefined],
      ["Hold-out set (never tuned on)", HOLDOUT_FILES.every((f) => existsSync(`tests/eval/${f}`)) ? HOLDOUT_FILES : []],
      ["Safety set (in scope must not be refused; harmful must be)", SAFETY_FILES],
    ];

const paths: [string, Record<string, string>][] = [["Extractive path", { OPENAI_API_KEY: "" }]];
if (process.env.OPENAI_API_KEY) paths.push([`Model path (${process.env.OPENAI_MODEL ?? "default model"})`, { OPENAI_API_KEY: process.env.OPENAI_API_KEY }]);

const sites: [string, SiteProcess][] = [];
try {
  for (const [label, env] of paths) sites.push([label, await startSite({ ASK_RATE_LIMIT: "0", ...env }, "meilisearch")]);
  for (const [title, files] of sets) {
    if (files && !files.length) continue;
    console.log(`\n## ${title}`);
    for (const [label, site] of sites) {
      console.log(`\n### ${label}`);
      console.log(report(await evaluate(site.url, files)));
    }
  }
} finally {
  for (const [, site] of sites) await site.stop();
}
