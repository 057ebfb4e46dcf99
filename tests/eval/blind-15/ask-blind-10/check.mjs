// Validator for ask-blind-10. Usage: node check.mjs /path/to/plan.txt [ask.jsonl]
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const [planPath, askArg] = process.argv.slice(2);
if (!planPath) {
  console.error("usage: node check.mjs /path/to/plan.txt [ask.jsonl]");
  process.exit(2);
}
const askPath = askArg || join(dirname(fileURLToPath(import.meta.url)), "ask.jsonl");

const FW = { "，": ",", "；": ";", "：": ":", "（": "(", "）": ")", "！": "!", "？": "?" };
const norm = (s) => s.replace(/\s+/gu, "").replace(/[，；：（）！？]/gu, (c) => FW[c]);
const plan = norm(readFileSync(planPath, "utf8"));
const CJK = /[\u2E80-\u2FDF\u3000-\u303F\u3040-\u30FF\u3100-\u312F\u3190-\u31FF\u3200-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF]|[\u{20000}-\u{3134F}]/u;
const dupKey = (q) => q.toLowerCase().replace(/[\s\p{P}\p{S}]/gu, "");

const errors = [];
const ids = new Set();
const seenQ = new Map();
const counts = {};
const KINDS = ["answer", "not_covered", "refuse"];
for (const k of KINDS) counts[k] = { total: 0, en: 0, zh: 0 };
const FIELDS = ["id", "kind", "question", "source_any", "answer_any"];

const lines = readFileSync(askPath, "utf8").split(/\r?\n/);
lines.forEach((line, i) => {
  const ln = i + 1;
  if (!line.trim()) return;
  let o;
  try { o = JSON.parse(line); } catch (e) { errors.push(`line ${ln}: invalid JSON (${e.message})`); return; }
  if (!o || typeof o !== "object" || Array.isArray(o)) { errors.push(`line ${ln}: not an object`); return; }
  const keys = Object.keys(o);
  if (keys.length !== FIELDS.length || !FIELDS.every((f) => keys.includes(f)))
    errors.push(`line ${ln}: fields must be exactly ${FIELDS.join(",")} (got ${keys.join(",")})`);
  const tag = `line ${ln} (${o.id})`;
  if (typeof o.id !== "string" || !/^q10\d{3}$/.test(o.id)) errors.push(`${tag}: bad id`);
  else if (ids.has(o.id)) errors.push(`${tag}: duplicate id`);
  else ids.add(o.id);
  if (!KINDS.includes(o.kind)) { errors.push(`${tag}: bad kind ${o.kind}`); return; }
  if (typeof o.question !== "string" || !o.question.trim()) { errors.push(`${tag}: empty question`); return; }
  if (!Array.isArray(o.source_any) || !Array.isArray(o.answer_any)) { errors.push(`${tag}: source_any/answer_any must be arrays`); return; }
  const en = !CJK.test(o.question);
  counts[o.kind].total++;
  counts[o.kind][en ? "en" : "zh"]++;
  const k = dupKey(o.question);
  if (seenQ.has(k)) errors.push(`${tag}: duplicate question of ${seenQ.get(k)}`);
  else seenQ.set(k, o.id);

  if (o.kind === "answer") {
    if (o.source_any.length < 1 || o.source_any.length > 3) errors.push(`${tag}: source_any needs 1-3 phrases`);
    if (o.answer_any.length < 1 || o.answer_any.length > 3) errors.push(`${tag}: answer_any needs 1-3 facts`);
    for (const s of o.source_any) {
      if (typeof s !== "string") { errors.push(`${tag}: source phrase not a string`); continue; }
      const n = norm(s);
      const len = [...n].length;
      if (len < 4 || len > 15) errors.push(`${tag}: source phrase "${s}" has ${len} chars (need 4-15)`);
      if (!plan.includes(n)) errors.push(`${tag}: source phrase "${s}" not verbatim in plan`);
    }
    for (const s of o.answer_any) {
      if (typeof s !== "string" || !norm(s)) { errors.push(`${tag}: empty answer fact`); continue; }
      if (!plan.includes(norm(s))) errors.push(`${tag}: answer fact "${s}" not in plan`);
      if (en && CJK.test(s)) errors.push(`${tag}: English question with CJK answer fact "${s}"`);
    }
  } else {
    if (o.source_any.length || o.answer_any.length) errors.push(`${tag}: ${o.kind} must have empty lists`);
  }
});

const MIN = { answer: [100, 20], not_covered: [20, 4], refuse: [15, 4] };
for (const k of KINDS) {
  const c = counts[k];
  console.log(`${k}: ${c.total} (zh ${c.zh}, en ${c.en})`);
  if (c.total < MIN[k][0]) errors.push(`${k}: ${c.total} < ${MIN[k][0]}`);
  if (c.en < MIN[k][1]) errors.push(`${k}: English ${c.en} < ${MIN[k][1]}`);
}
console.log(`total: ${ids.size}`);
if (errors.length) {
  console.log(`ERRORS (${errors.length}):`);
  for (const e of errors) console.log("  " + e);
  process.exit(1);
}
console.log("OK: all checks passed");
