// Checker for the blind question set ask-blind-3 (ask.jsonl).
// Plain Node.js ESM, no dependencies.
// Usage: node check.mjs [path/to/hangzhou-disability-plan-2021-2025.txt]
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const planPath = process.argv[2]
  ? resolve(process.argv[2])
  : resolve(here, "../../../../content/source/hangzhou-disability-plan-2021-2025.txt");
const askPath = resolve(here, "ask.jsonl");

const MIN = { answer: 78, answerZh: 62, answerEn: 16, not_covered: 15, refuse: 12, total: 105 };
const KINDS = new Set(["answer", "not_covered", "refuse"]);
const FIELDS = ["id", "kind", "question", "source_any", "answer_any"];

// Matching normalisation: remove whitespace; full-width ，；：（）！？ -> half-width. Nothing else.
const FW = { "，": ",", "；": ";", "：": ":", "（": "(", "）": ")", "！": "!", "？": "?" };
const norm = (s) => String(s).replace(/\s+/gu, "").replace(/[，；：（）！？]/gu, (c) => FW[c]);
const CJK = /[\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]|[\u{20000}-\u{2fa1f}]/u;

const errors = [];
const err = (where, msg) => errors.push(`${where}: ${msg}`);

let plan;
try {
  plan = norm(readFileSync(planPath, "utf8"));
} catch (e) {
  console.error(`ERROR: cannot read plan text at ${planPath}: ${e.message}`);
  process.exit(2);
}
let raw;
try {
  raw = readFileSync(askPath, "utf8");
} catch (e) {
  console.error(`ERROR: cannot read ${askPath}: ${e.message}`);
  process.exit(2);
}

const ids = new Set();
const questions = new Map();
const counts = { answer: 0, answerZh: 0, answerEn: 0, not_covered: 0, refuse: 0, total: 0 };

raw.split(/\r?\n/).forEach((line, i) => {
  const where = `line ${i + 1}`;
  if (line.trim() === "") return;
  let o;
  try {
    o = JSON.parse(line);
  } catch (e) {
    err(where, `invalid JSON (${e.message})`);
    return;
  }
  if (o === null || typeof o !== "object" || Array.isArray(o)) {
    err(where, "not a JSON object");
    return;
  }
  const at = `${where} (${o.id ?? "no id"})`;
  for (const f of FIELDS) if (!(f in o)) err(at, `missing field "${f}"`);
  for (const f of Object.keys(o)) if (!FIELDS.includes(f)) err(at, `unexpected field "${f}"`);

  if (typeof o.id !== "string" || !/^q3\d+$/.test(o.id)) err(at, `id must be a string "q3<digits>"`);
  else if (ids.has(o.id)) err(at, `duplicate id ${o.id}`);
  else ids.add(o.id);

  if (!KINDS.has(o.kind)) err(at, `invalid kind ${JSON.stringify(o.kind)}`);

  if (typeof o.question !== "string" || o.question.trim() === "") err(at, "question must be a non-empty string");
  else {
    const q = norm(o.question);
    if (questions.has(q)) err(at, `duplicate question (same as ${questions.get(q)})`);
    else questions.set(q, o.id);
  }

  const sa = o.source_any, aa = o.answer_any;
  if (!Array.isArray(sa) || !sa.every((x) => typeof x === "string")) err(at, "source_any must be an array of strings");
  if (!Array.isArray(aa) || !aa.every((x) => typeof x === "string")) err(at, "answer_any must be an array of strings");
  if (!Array.isArray(sa) || !Array.isArray(aa)) return;

  counts.total++;
  if (o.kind === "answer") {
    counts.answer++;
    const english = typeof o.question === "string" && !CJK.test(o.question);
    if (english) counts.answerEn++;
    else counts.answerZh++;
    if (sa.length < 1 || sa.length > 3) err(at, `source_any must have 1-3 phrases (has ${sa.length})`);
    if (aa.length < 1 || aa.length > 3) err(at, `answer_any must have 1-3 facts (has ${aa.length})`);
    for (const p of sa) {
      const n = norm(p);
      const len = [...n].length;
      if (len < 4 || len > 15) err(at, `source_any phrase "${p}" has ${len} chars (need 4-15)`);
      if (!plan.includes(n)) err(at, `source_any phrase "${p}" not found verbatim in plan`);
    }
    for (const a of aa) {
      const n = norm(a);
      if (n === "") err(at, "empty answer_any entry");
      else if (!plan.includes(n)) err(at, `answer_any fact "${a}" not found in plan`);
    }
  } else if (o.kind === "not_covered" || o.kind === "refuse") {
    counts[o.kind]++;
    if (sa.length !== 0) err(at, `source_any must be empty for ${o.kind}`);
    if (aa.length !== 0) err(at, `answer_any must be empty for ${o.kind}`);
  }
});

const need = [
  ["answer", counts.answer, MIN.answer],
  ["answer (Chinese)", counts.answerZh, MIN.answerZh],
  ["answer (English)", counts.answerEn, MIN.answerEn],
  ["not_covered", counts.not_covered, MIN.not_covered],
  ["refuse", counts.refuse, MIN.refuse],
  ["total", counts.total, MIN.total],
];
for (const [name, have, min] of need) if (have < min) err("counts", `${name}: ${have} < required ${min}`);

console.log(`plan: ${planPath}`);
console.log(
  `counts: total=${counts.total} answer=${counts.answer} (zh=${counts.answerZh}, en=${counts.answerEn}) ` +
    `not_covered=${counts.not_covered} refuse=${counts.refuse}`
);
if (errors.length) {
  for (const e of errors) console.error(`ERROR ${e}`);
  console.error(`FAILED: ${errors.length} error(s)`);
  process.exit(1);
}
console.log("OK: all checks passed");
