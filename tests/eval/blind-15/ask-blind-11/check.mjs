// Validator for the ask-blind-11 evaluation set. No dependencies.
// Usage: node check.mjs /path/to/plan.txt [ask.jsonl]
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

const FIELDS = ["id", "kind", "question", "source_any", "answer_any"];
const KINDS = ["answer", "not_covered", "refuse"];
const MIN = {
  answer: { all: 100, en: 20 },
  not_covered: { all: 20, en: 4 },
  refuse: { all: 15, en: 4 },
};
const FW = { "，": ",", "；": ";", "：": ":", "（": "(", "）": ")", "！": "!", "？": "?" };

// Remove whitespace, map full-width ，；：（）！？ to half-width.
function norm(s) {
  return s.replace(/\s+/gu, "").replace(/[，；：（）！？]/gu, (c) => FW[c]);
}
// CJK ideographs, CJK symbols and punctuation, full-width forms, radicals, etc.
const CJK = /[\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u3100-\u31ef\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u{20000}-\u{3134f}]/u;
const LATIN = /[A-Za-z]/gu;
const CJK_G = new RegExp(CJK.source, "gu");
function isEnglish(q) {
  return !CJK.test(q);
}
function dupKey(q) {
  return q.toLowerCase().replace(/[\s\p{P}\p{S}]/gu, "");
}
const len = (s) => [...s].length;

const plan = norm(readFileSync(planPath, "utf8"));
const lines = readFileSync(askPath, "utf8").split(/\r?\n/);

const errors = [];
const ids = new Set();
const seenQ = new Map();
const counts = {};
for (const k of KINDS) counts[k] = { all: 0, en: 0, zh: 0 };

lines.forEach((line, i) => {
  const ln = i + 1;
  if (line.trim() === "") return;
  let o;
  try {
    o = JSON.parse(line);
  } catch (e) {
    errors.push(`line ${ln}: invalid JSON (${e.message})`);
    return;
  }
  if (o === null || typeof o !== "object" || Array.isArray(o)) {
    errors.push(`line ${ln}: not a JSON object`);
    return;
  }
  const keys = Object.keys(o);
  const missing = FIELDS.filter((f) => !keys.includes(f));
  const extra = keys.filter((k) => !FIELDS.includes(k));
  if (missing.length || extra.length) {
    errors.push(`line ${ln}: fields must be exactly ${FIELDS.join(",")} (missing: ${missing.join(",") || "-"}; extra: ${extra.join(",") || "-"})`);
    return;
  }
  const tag = `line ${ln} (${o.id})`;
  if (typeof o.id !== "string" || !/^q11\d{3}$/.test(o.id)) errors.push(`${tag}: id must match q11\\d{3}`);
  else if (ids.has(o.id)) errors.push(`${tag}: duplicate id`);
  else ids.add(o.id);

  if (!KINDS.includes(o.kind)) {
    errors.push(`${tag}: invalid kind ${JSON.stringify(o.kind)}`);
    return;
  }
  if (typeof o.question !== "string" || o.question.trim() === "") {
    errors.push(`${tag}: question must be a non-empty string`);
    return;
  }
  if (!Array.isArray(o.source_any) || !Array.isArray(o.answer_any)) {
    errors.push(`${tag}: source_any and answer_any must be arrays`);
    return;
  }
  for (const f of ["source_any", "answer_any"]) {
    if (o[f].some((x) => typeof x !== "string")) errors.push(`${tag}: ${f} must contain only strings`);
  }

  const en = isEnglish(o.question);
  counts[o.kind].all++;
  counts[o.kind][en ? "en" : "zh"]++;

  // English-looking questions (more Latin letters than CJK characters) must contain no CJK at all.
  const latinN = (o.question.match(LATIN) || []).length;
  const cjkN = (o.question.match(CJK_G) || []).length;
  if (!en && latinN > cjkN) errors.push(`${tag}: English question contains CJK characters`);

  const key = dupKey(o.question);
  if (seenQ.has(key)) errors.push(`${tag}: duplicate question (same as ${seenQ.get(key)})`);
  else seenQ.set(key, o.id);

  if (o.kind === "answer") {
    if (o.source_any.length < 1 || o.source_any.length > 3) errors.push(`${tag}: source_any must have 1-3 phrases`);
    if (o.answer_any.length < 1 || o.answer_any.length > 3) errors.push(`${tag}: answer_any must have 1-3 facts`);
    for (const s of o.source_any) {
      const n = norm(s);
      if (len(n) < 4 || len(n) > 15) errors.push(`${tag}: source phrase ${JSON.stringify(s)} has ${len(n)} characters (need 4-15)`);
      if (!plan.includes(n)) errors.push(`${tag}: source phrase not in plan: ${JSON.stringify(s)}`);
    }
    for (const a of o.answer_any) {
      const n = norm(a);
      if (n === "") errors.push(`${tag}: empty answer fact`);
      else if (!plan.includes(n)) errors.push(`${tag}: answer fact not in plan: ${JSON.stringify(a)}`);
      if (en && CJK.test(a)) errors.push(`${tag}: English question has a non-English answer fact ${JSON.stringify(a)}`);
    }
  } else {
    if (o.source_any.length !== 0) errors.push(`${tag}: source_any must be empty for ${o.kind}`);
    if (o.answer_any.length !== 0) errors.push(`${tag}: answer_any must be empty for ${o.kind}`);
  }
});

let total = 0;
for (const k of KINDS) {
  const c = counts[k];
  total += c.all;
  console.log(`${k.padEnd(12)} total ${String(c.all).padStart(3)}  zh ${String(c.zh).padStart(3)}  en ${String(c.en).padStart(3)}`);
  if (c.all < MIN[k].all) errors.push(`${k}: ${c.all} questions, need at least ${MIN[k].all}`);
  if (c.en < MIN[k].en) errors.push(`${k}: ${c.en} English questions, need at least ${MIN[k].en}`);
}
console.log(`${"all".padEnd(12)} total ${String(total).padStart(3)}`);

if (errors.length) {
  for (const e of errors) console.log("ERROR: " + e);
  console.log(`FAILED: ${errors.length} error(s)`);
  process.exit(1);
}
console.log("OK: all checks passed");
