// `npm run eval:blind -- tests/eval/blind-1`: runs a blind set (search.jsonl, ask.jsonl, safety.jsonl, followups.jsonl; formats in
// tests/eval/README.md) once against the production build with Meilisearch, prints the counts, and writes
// every raw response with the commit it ran on to <set>/results/<date>-<commit>.json, to be committed as is.
import { execSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { evaluate, report } from "../../support/ask-eval";
import { looseText, type SearchCase } from "../../support/search-eval";
import { startSite } from "../../support/site-process";

const dir = process.argv[2];
if (!dir || !existsSync(dir)) {
  console.error("usage: npm run eval:blind -- <folder with search.jsonl and/or ask.jsonl>");
  process.exit(2);
}
const commit = execSync("git rev-parse --short HEAD").toString().trim();
const dirty = execSync("git status --porcelain -- app search server content").toString().trim() !== "";
const lines = (file: string) =>
  readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));

interface Hit {
  id: string;
  title: string;
  text: string;
}

const site = await startSite({ ASK_RATE_LIMIT: "0", OPENAI_API_KEY: "" }, "meilisearch");
const output: Record<string, unknown> = { commit, dirty, date: new Date().toISOString() };
try {
  const searchFile = join(dir, "search.jsonl");
  if (existsSync(searchFile)) {
    const cases = lines(searchFile) as SearchCase[];
    const results = [];
    for (const c of cases) {
      const body = (await (await fetch(`${site.url}/api/search?q=${encodeURIComponent(c.query)}`)).json()) as { engine: string; total: number; exact: boolean; hits: Hit[] };
      const top = body.hits.slice(0, c.top);
      const found = top.some((h) => (c.source_any ?? []).some((s) => looseText(h.title).includes(looseText(s)) || looseText(h.text).includes(looseText(s))));
      results.push({ case: c, passed: found, total: body.total, exact: body.exact, engine: body.engine, hits: top.map((h) => ({ id: h.id, title: h.title })) });
    }
    const passed = results.filter((r) => r.passed).length;
    const none = results.filter((r) => r.total === 0).length;
    // A dead end: nothing matched exactly, and the nearest units offered instead are not the right ones either.
    const deadEnds = results.filter((r) => !r.exact && !r.passed).length;
    console.log(`search: ${passed}/${results.length} with a relevant hit in the top ${cases[0]?.top ?? 5}; ${none} with no hit at all; ${deadEnds} with no exact hit and no relevant hit`);
    const kinds = [...new Set(cases.map((c) => c.kind ?? ""))];
    for (const kind of kinds) {
      const of = results.filter((r) => (r.case.kind ?? "") === kind);
      console.log(`  ${kind || "(no kind)"}: ${of.filter((r) => r.passed).length}/${of.length}`);
    }
    for (const r of results.filter((x) => !x.passed)) console.log(`  failed ${r.case.id} [${r.case.kind}] ${r.case.query} → ${r.hits.map((h) => h.id).join(", ") || "no hits"}`);
    output.search = results;
  }
  for (const name of ["ask", "safety"]) {
    const askFile = join(dir, `${name}.jsonl`);
    if (!existsSync(askFile)) continue;
    const evaluation = await evaluate(site.url, [relative("tests/eval", askFile)]);
    console.log(`${name}.jsonl`);
    console.log(report(evaluation));
    for (const kind of ["answer", "not_covered", "refuse", "not_refused"]) {
      const of = evaluation.results.filter((r) => r.case.kind === kind);
      if (of.length) console.log(`  ${kind}: ${of.filter((r) => r.passed).length}/${of.length} passing`);
    }
    output[name] = evaluation.results.map((r) => ({ case: r.case, passed: r.passed, sourceFound: r.sourceFound, factFound: r.factFound, ms: Math.round(r.ms), response: r.response }));
    output[`${name}Scores`] = evaluation.all;
  }
  const followFile = join(dir, "followups.jsonl");
  if (existsSync(followFile)) {
    // Two turns: the follow-up is sent with the question before it, as the dialog and /ask send it.
    const cases = lines(followFile) as { id: string; kind: string; previous: string; question: string; answer_all: string[]; answer_any: string[] }[];
    const results = [];
    for (const c of cases) {
      const response = (await (await fetch(`${site.url}/api/ask`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ question: c.question, previous: c.previous }) })).json()) as { status: string; answer: string };
      const text = looseText(response.answer ?? "");
      const passed = ["answered", "partial"].includes(response.status) && c.answer_all.every((a) => text.includes(looseText(a))) && (!c.answer_any.length || c.answer_any.some((a) => text.includes(looseText(a))));
      results.push({ case: c, passed, response });
    }
    console.log(`followups: ${results.filter((r) => r.passed).length}/${results.length} right`);
    for (const kind of [...new Set(cases.map((c) => c.kind))]) {
      const of = results.filter((r) => r.case.kind === kind);
      console.log(`  ${kind}: ${of.filter((r) => r.passed).length}/${of.length}`);
    }
    output.followups = results;
  }
} finally {
  await site.stop();
}
mkdirSync(join(dir, "results"), { recursive: true });
const file = join(dir, "results", `${new Date().toISOString().slice(0, 10)}-${commit}.json`);
writeFileSync(file, JSON.stringify(output, null, 1) + "\n");
console.log(`raw results: ${file}${dirty ? " (the working tree had uncommitted changes to the site)" : ""}`);
