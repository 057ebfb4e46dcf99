// Validator for ask-blind-5/ask.jsonl. No dependencies.
// Usage: node check.mjs /path/to/hangzhou-disability-plan-2021-2025.txt [path/to/ask.jsonl]
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const planPath = process.argv[2];
const askPath = process.argv[3] || join(here, "ask.jsonl");
if (!planPath) {
  console.error("usage: node check.mjs /path/to/plan.txt [ask.jsonl]");
  process.exit(2);
}

const FW = { "，": ",", "；": ";", "：": ":", "（": "(", "）": ")", "！": "!", "？": "?" };
const norm = (s) => String(s).replace(/\s+/gu, "").replace(/[，；：（）！？]/gu, (c) => FW[c]);
const len = (s) => Array.from(s).length;
const CJK = /[\u2E80-\u2FDF\u3000-\u303F\u3040-\u30FF\u3100-\u312F\u3190-\u31FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF]/u;
const hasCJK = (s) => CJK.test(s) || /[\u{20000}-\u{2FA1F}]/u.test(s);

const plan = norm(readFileSync(planPath, "utf8"));
const lines = readFileSync(askPath, "utf8").split(/\r?\n/);
const errors = [];
const ids = new Set();
const seenQ = new Map();
const KINDS = new Set(["answer", "not_covered", "refuse"]);
const counts = { total: 0, answer: 0, answer_zh: 0, answer_en: 0, not_covered: 0, not_covered_zh: 0, not_covered_en: 0, refuse: 0, refuse_zh: 0, refuse_en: 0 };

lines.forEach((line, i) => {
  const ln = i + 1;
  if (!line.trim()) return;
  let o;
  try { o = JSON.parse(line); } catch (e) { errors.push(`line ${ln}: invalid JSON (${e.message})`); return; }
  if (o === null || typeof o !== "object" || Array.isArray(o)) { errors.push(`line ${ln}: not an object`); return; }
  const tag = `line ${ln} (${o.id})`;
  const allowed = ["id", "kind", "question", "source_any", "answer_any"];
  for (const k of allowed) if (!(k in o)) errors.push(`${tag}: missing field ${k}`);
  for (const k of Object.keys(o)) if (!allowed.includes(k)) errors.push(`${tag}: unexpected field ${k}`);
  if (typeof o.id !== "string" || !/^q5\d{3,}$/.test(o.id)) errors.push(`${tag}: id must look like q5001`);
  else if (ids.has(o.id)) errors.push(`${tag}: duplicate id`);
  else ids.add(o.id);
  if (!KINDS.has(o.kind)) { errors.push(`${tag}: invalid kind ${JSON.stringify(o.kind)}`); return; }
  if (typeof o.question !== "string" || !o.question.trim()) { errors.push(`${tag}: empty question`); return; }
  if (!Array.isArray(o.source_any) || !Array.isArray(o.answer_any)) { errors.push(`${tag}: source_any/answer_any must be arrays`); return; }
  for (const x of [...o.source_any, ...o.answer_any]) if (typeof x !== "string") errors.push(`${tag}: list items must be strings`);

  const qKey = norm(o.question).toLowerCase().replace(/[\p{P}\p{S}]/gu, "");
  if (seenQ.has(qKey)) errors.push(`${tag}: duplicate question (same as ${seenQ.get(qKey)})`);
  else seenQ.set(qKey, o.id);

  const en = !hasCJK(o.question);
  // A question written mainly in English (more Latin letters than CJK characters) must contain no CJK at all.
  const latin = (o.question.match(/[A-Za-z]/g) || []).length;
  const cjk = Array.from(o.question).filter((c) => hasCJK(c)).length;
  if (!en && latin > cjk) errors.push(`${tag}: English question contains CJK characters`);
  counts.total++;
  counts[o.kind]++;
  counts[`${o.kind}_${en ? "en" : "zh"}`]++;

  if (o.kind === "answer") {
    if (o.source_any.length < 1 || o.source_any.length > 3) errors.push(`${tag}: source_any needs 1-3 items`);
    if (o.answer_any.length < 1 || o.answer_any.length > 3) errors.push(`${tag}: answer_any needs 1-3 items`);
    for (const s of o.source_any) {
      const n = norm(s);
      if (len(n) < 4 || len(n) > 15) errors.push(`${tag}: source_any "${s}" has ${len(n)} chars (need 4-15)`);
      if (!plan.includes(n)) errors.push(`${tag}: source_any "${s}" not found verbatim in plan`);
    }
    for (const a of o.answer_any) {
      const n = norm(a);
      if (!n) errors.push(`${tag}: empty answer_any item`);
      else if (!plan.includes(n)) errors.push(`${tag}: answer_any "${a}" not found in plan`);
    }
  } else {
    if (o.source_any.length) errors.push(`${tag}: source_any must be empty for ${o.kind}`);
    if (o.answer_any.length) errors.push(`${tag}: answer_any must be empty for ${o.kind}`);
  }
});

const MIN = { total: 104, answer: 75, answer_zh: 58, answer_en: 17, not_covered: 17, refuse: 12 };
for (const [k, v] of Object.entries(MIN)) if (counts[k] < v) errors.push(`count ${k} = ${counts[k]}, minimum ${v}`);

console.log("counts:");
console.log(`  total        ${counts.total}`);
console.log(`  answer       ${counts.answer} (Chinese ${counts.answer_zh}, English ${counts.answer_en})`);
console.log(`  not_covered  ${counts.not_covered} (Chinese ${counts.not_covered_zh}, English ${counts.not_covered_en})`);
console.log(`  refuse       ${counts.refuse} (Chinese ${counts.refuse_zh}, English ${counts.refuse_en})`);
if (errors.length) {
  console.log(`ERRORS (${errors.length}):`);
  for (const e of errors) console.log("  " + e);
  process.exit(1);
}
console.log("OK: all checks passed");
