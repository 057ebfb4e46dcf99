// Validator for ask-blind-8/ask.jsonl. Node ESM, no dependencies.
// Usage: node check.mjs /path/to/hangzhou-disability-plan-2021-2025.txt [path/to/ask.jsonl]
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const planPath = process.argv[2];
if (!planPath) {
  console.error("usage: node check.mjs /path/to/plan.txt [ask.jsonl]");
  process.exit(2);
}
const here = dirname(fileURLToPath(import.meta.url));
const askPath = process.argv[3] || join(here, "ask.jsonl");

const MIN = { answer: 75, answer_zh: 58, answer_en: 17, not_covered: 17, refuse: 12, total: 104 };
const KINDS = new Set(["answer", "not_covered", "refuse"]);
const FIELDS = ["id", "kind", "question", "source_any", "answer_any"];
const FW = { "，": ",", "；": ";", "：": ":", "（": "(", "）": ")", "！": "!", "？": "?" };

const norm = (s) => s.replace(/\s+/gu, "").replace(/[，；：（）！？]/gu, (c) => FW[c]);
const CJK = /[\u2E80-\u2FDF\u3000-\u303F\u3040-\u30FF\u3100-\u312F\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF]|[\u{20000}-\u{3134F}]/u;
const qkey = (s) => s.toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, "");

const errors = [];
const err = (m) => errors.push(m);

let plan;
try {
  plan = norm(readFileSync(planPath, "utf8"));
} catch (e) {
  console.error(`cannot read plan: ${e.message}`);
  process.exit(2);
}

let lines;
try {
  lines = readFileSync(askPath, "utf8").split(/\r?\n/);
} catch (e) {
  console.error(`cannot read ask file: ${e.message}`);
  process.exit(2);
}

const ids = new Set();
const questions = new Map();
const counts = { answer: 0, answer_zh: 0, answer_en: 0, not_covered: 0, not_covered_zh: 0, not_covered_en: 0, refuse: 0, refuse_zh: 0, refuse_en: 0, total: 0 };

lines.forEach((line, i) => {
  const ln = i + 1;
  if (!line.trim()) return;
  let r;
  try {
    r = JSON.parse(line);
  } catch (e) {
    err(`line ${ln}: invalid JSON (${e.message})`);
    return;
  }
  if (r === null || typeof r !== "object" || Array.isArray(r)) {
    err(`line ${ln}: not a JSON object`);
    return;
  }
  const tag = `line ${ln} (${r.id ?? "no id"})`;
  for (const f of FIELDS) if (!(f in r)) err(`${tag}: missing field ${f}`);
  for (const f of Object.keys(r)) if (!FIELDS.includes(f)) err(`${tag}: unexpected field ${f}`);

  if (typeof r.id !== "string" || !/^q8\d{3,}$/.test(r.id)) err(`${tag}: id must look like q8001`);
  else if (ids.has(r.id)) err(`${tag}: duplicate id`);
  else ids.add(r.id);

  if (!KINDS.has(r.kind)) err(`${tag}: bad kind ${JSON.stringify(r.kind)}`);

  if (typeof r.question !== "string" || !r.question.trim()) {
    err(`${tag}: question must be a non-empty string`);
  } else {
    const k = qkey(r.question);
    if (questions.has(k)) err(`${tag}: duplicate question (same as ${questions.get(k)})`);
    else questions.set(k, r.id);
  }

  const sa = r.source_any, aa = r.answer_any;
  if (!Array.isArray(sa) || !sa.every((x) => typeof x === "string")) err(`${tag}: source_any must be an array of strings`);
  if (!Array.isArray(aa) || !aa.every((x) => typeof x === "string")) err(`${tag}: answer_any must be an array of strings`);
  if (!Array.isArray(sa) || !Array.isArray(aa) || typeof r.question !== "string") return;

  const en = !CJK.test(r.question);
  counts.total++;
  if (r.kind === "answer") {
    counts.answer++;
    counts[en ? "answer_en" : "answer_zh"]++;
    if (sa.length < 1 || sa.length > 3) err(`${tag}: source_any must have 1-3 phrases`);
    if (aa.length < 1 || aa.length > 3) err(`${tag}: answer_any must have 1-3 facts`);
    for (const p of sa) {
      const n = norm(p);
      const len = [...n].length;
      if (len < 4 || len > 15) err(`${tag}: source_any phrase "${p}" has ${len} chars (need 4-15)`);
      if (!plan.includes(n)) err(`${tag}: source_any phrase "${p}" not found verbatim in plan`);
    }
    for (const a of aa) {
      const n = norm(a);
      if (!n) err(`${tag}: empty answer_any fact`);
      else if (!plan.includes(n)) err(`${tag}: answer_any fact "${a}" not found in plan`);
    }
  } else if (KINDS.has(r.kind)) {
    counts[r.kind]++;
    counts[`${r.kind}_${en ? "en" : "zh"}`]++;
    if (sa.length) err(`${tag}: source_any must be empty for ${r.kind}`);
    if (aa.length) err(`${tag}: answer_any must be empty for ${r.kind}`);
  }
});

for (const [k, v] of Object.entries(MIN)) {
  if ((counts[k] ?? 0) < v) err(`count ${k} = ${counts[k] ?? 0}, minimum ${v}`);
}

console.log(
  `counts: total ${counts.total}; answer ${counts.answer} (zh ${counts.answer_zh}, en ${counts.answer_en}); ` +
    `not_covered ${counts.not_covered} (zh ${counts.not_covered_zh}, en ${counts.not_covered_en}); ` +
    `refuse ${counts.refuse} (zh ${counts.refuse_zh}, en ${counts.refuse_en})`
);
if (errors.length) {
  for (const e of errors) console.error(`ERROR: ${e}`);
  console.error(`FAILED: ${errors.length} error(s)`);
  process.exit(1);
}
console.log("OK: all checks passed");
