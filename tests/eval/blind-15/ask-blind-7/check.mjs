// Validator for ask-blind-7/ask.jsonl. Node ESM, no dependencies.
// Usage: node check.mjs /path/to/hangzhou-disability-plan-2021-2025.txt [path/to/ask.jsonl]
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const here = dirname(fileURLToPath(import.meta.url));
const planPath = process.argv[2];
const askPath = process.argv[3] || join(here, "ask.jsonl");
if (!planPath) {
  console.error("usage: node check.mjs /path/to/plan.txt [ask.jsonl]");
  process.exit(2);
}

const MIN = { answer: 75, answer_zh: 58, answer_en: 17, not_covered: 17, refuse: 12, total: 104 };
const KINDS = new Set(["answer", "not_covered", "refuse"]);
const KEYS = ["id", "kind", "question", "source_any", "answer_any"];

const FW = { "，": ",", "；": ";", "：": ":", "（": "(", "）": ")", "！": "!", "？": "?" };
const norm = (s) => String(s).replace(/\s+/gu, "").replace(/[，；：（）！？]/gu, (c) => FW[c]);
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u{20000}-\u{2ffff}]/u;
const CJK = /[\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u3100-\u312f\u3190-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u{20000}-\u{2ffff}]/u;

const errors = [];
const err = (where, msg) => errors.push(`${where}: ${msg}`);

let plan;
try {
  plan = norm(readFileSync(planPath, "utf8"));
} catch (e) {
  console.error(`cannot read plan: ${e.message}`);
  process.exit(2);
}
let raw;
try {
  raw = readFileSync(askPath, "utf8");
} catch (e) {
  console.error(`cannot read ask file: ${e.message}`);
  process.exit(2);
}

const ids = new Set();
const questions = new Map();
const counts = { answer: 0, answer_zh: 0, answer_en: 0, not_covered: 0, refuse: 0, total: 0 };
const langCounts = {};

raw.split("\n").forEach((line, i) => {
  const where = `line ${i + 1}`;
  if (!line.trim()) return;
  let o;
  try {
    o = JSON.parse(line);
  } catch (e) {
    err(where, `invalid JSON (${e.message})`);
    return;
  }
  if (!o || typeof o !== "object" || Array.isArray(o)) return err(where, "not a JSON object");
  const w = `${where} ${o.id ?? "(no id)"}`;
  for (const k of KEYS) if (!(k in o)) err(w, `missing field ${k}`);
  for (const k of Object.keys(o)) if (!KEYS.includes(k)) err(w, `unexpected field ${k}`);

  if (typeof o.id !== "string" || !/^q7\d{3,}$/.test(o.id)) err(w, "id must look like q7001");
  else if (ids.has(o.id)) err(w, "duplicate id");
  else ids.add(o.id);

  if (!KINDS.has(o.kind)) err(w, `bad kind ${JSON.stringify(o.kind)}`);
  if (typeof o.question !== "string" || !o.question.trim()) err(w, "question must be a non-empty string");
  if (!Array.isArray(o.source_any)) err(w, "source_any must be an array");
  if (!Array.isArray(o.answer_any)) err(w, "answer_any must be an array");
  if (typeof o.question !== "string" || !Array.isArray(o.source_any) || !Array.isArray(o.answer_any)) return;

  const q = o.question;
  const isZh = HAN.test(q);
  const lang = isZh ? "zh" : "en";
  const latin = (q.match(/[A-Za-z]/g) || []).length;
  const han = (q.match(new RegExp(HAN.source, "gu")) || []).length;
  if (isZh && latin > han) err(w, "question reads as English but contains CJK characters");
  if (!isZh) {
    if (CJK.test(q)) err(w, "English question contains CJK characters");
    if (!/[A-Za-z]/.test(q)) err(w, "question has neither Chinese nor English text");
  }

  const qk = norm(q).toLowerCase();
  if (questions.has(qk)) err(w, `duplicate question (same as ${questions.get(qk)})`);
  else questions.set(qk, o.id);

  counts.total++;
  if (KINDS.has(o.kind)) {
    counts[o.kind]++;
    langCounts[`${o.kind}_${lang}`] = (langCounts[`${o.kind}_${lang}`] || 0) + 1;
  }

  if (o.kind === "answer") {
    if (isZh) counts.answer_zh++;
    else counts.answer_en++;
    if (o.source_any.length < 1 || o.source_any.length > 3) err(w, "answer case needs 1-3 source_any phrases");
    if (o.answer_any.length < 1 || o.answer_any.length > 3) err(w, "answer case needs 1-3 answer_any facts");
    for (const s of o.source_any) {
      if (typeof s !== "string") { err(w, "source_any entries must be strings"); continue; }
      const n = norm(s);
      const len = [...s.replace(/\s+/gu, "")].length;
      if (len < 4 || len > 15) err(w, `source_any phrase ${JSON.stringify(s)} has ${len} characters (need 4-15)`);
      if (!plan.includes(n)) err(w, `source_any phrase not in plan: ${JSON.stringify(s)}`);
    }
    for (const a of o.answer_any) {
      if (typeof a !== "string" || !a.trim()) { err(w, "answer_any entries must be non-empty strings"); continue; }
      if (!plan.includes(norm(a))) err(w, `answer_any fact not in plan: ${JSON.stringify(a)}`);
    }
  } else if (KINDS.has(o.kind)) {
    if (o.source_any.length) err(w, `${o.kind} case must have empty source_any`);
    if (o.answer_any.length) err(w, `${o.kind} case must have empty answer_any`);
  }
});

for (const [k, v] of Object.entries(MIN)) {
  if (counts[k] < v) err("counts", `${k} = ${counts[k]}, minimum ${v}`);
}

console.log(`total ${counts.total}`);
console.log(`answer ${counts.answer} (zh ${counts.answer_zh}, en ${counts.answer_en})`);
console.log(`not_covered ${counts.not_covered} (zh ${langCounts.not_covered_zh || 0}, en ${langCounts.not_covered_en || 0})`);
console.log(`refuse ${counts.refuse} (zh ${langCounts.refuse_zh || 0}, en ${langCounts.refuse_en || 0})`);

if (errors.length) {
  for (const e of errors) console.error(`ERROR ${e}`);
  console.error(`FAILED: ${errors.length} error(s)`);
  process.exit(1);
}
console.log("OK: all checks passed");
