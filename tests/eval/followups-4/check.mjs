#!/usr/bin/env node
// Validator for followups.jsonl — no dependencies.
// Usage: node check.mjs [cases] [plan]
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const casesPath = process.argv[2] || join(here, "followups.jsonl");
const planPath = process.argv[3] || "/work/shared/source/hangzhou-disability-plan-2021-2025.txt";

const KINDS = ["ellipsis", "pronoun", "bare_subject", "new_aspect", "english", "standalone"];
const FIELDS = ["id", "kind", "lang", "previous", "question", "answer_all", "answer_any"];
const MIN_PER_KIND = 10;
const TOTAL = 60;
const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/;

const FW = { "，": ",", "；": ";", "：": ":", "（": "(", "）": ")", "！": "!", "？": "?" };
function norm(s) {
  return String(s).replace(/\s+/gu, "").replace(/[，；：（）！？]/g, (c) => FW[c]);
}

const problems = [];
const bad = (where, msg) => problems.push(`${where}: ${msg}`);

let plan;
try {
  plan = norm(readFileSync(planPath, "utf8"));
} catch (e) {
  console.error(`cannot read plan ${planPath}: ${e.message}`);
  process.exit(1);
}
let text;
try {
  text = readFileSync(casesPath, "utf8");
} catch (e) {
  console.error(`cannot read cases ${casesPath}: ${e.message}`);
  process.exit(1);
}

const lines = text.split(/\r?\n/);
if (lines.length && lines[lines.length - 1] === "") lines.pop();
const ids = new Set();
const counts = Object.fromEntries(KINDS.map((k) => [k, 0]));
let total = 0;

lines.forEach((line, i) => {
  const where = `line ${i + 1}`;
  if (line.trim() === "") { bad(where, "empty line"); return; }
  let o;
  try { o = JSON.parse(line); } catch (e) { bad(where, `invalid JSON: ${e.message}`); return; }
  if (o === null || typeof o !== "object" || Array.isArray(o)) { bad(where, "not a JSON object"); return; }
  total++;
  const w = `${where} (${o.id ?? "no id"})`;
  for (const f of FIELDS) if (!(f in o)) bad(w, `missing field ${f}`);
  for (const f of Object.keys(o)) if (!FIELDS.includes(f)) bad(w, `unknown field ${f}`);
  for (const f of ["id", "kind", "lang", "previous", "question"]) {
    if (f in o && (typeof o[f] !== "string" || o[f].trim() === "")) bad(w, `${f} must be a non-empty string`);
  }
  if (typeof o.id === "string") {
    if (!/^m\d{3}$/.test(o.id)) bad(w, `id ${o.id} not of form m001`);
    if (ids.has(o.id)) bad(w, `duplicate id ${o.id}`);
    ids.add(o.id);
  }
  if (!KINDS.includes(o.kind)) bad(w, `unknown kind ${o.kind}`);
  else counts[o.kind]++;
  const wantLang = o.kind === "english" ? "en" : "zh";
  if (o.lang !== wantLang) bad(w, `lang ${o.lang} does not match kind ${o.kind} (want ${wantLang})`);
  for (const f of ["answer_all", "answer_any"]) {
    if (f in o && (!Array.isArray(o[f]) || o[f].some((s) => typeof s !== "string" || s.trim() === ""))) {
      bad(w, `${f} must be an array of non-empty strings`);
    }
  }
  if (!Array.isArray(o.answer_all) || o.answer_all.length === 0) bad(w, "answer_all is empty");
  if (o.kind === "english" || o.lang === "en") {
    for (const f of ["previous", "question", "answer_all", "answer_any"]) {
      const v = Array.isArray(o[f]) ? o[f].join(" ") : String(o[f] ?? "");
      if (CJK.test(v)) bad(w, `english case has CJK characters in ${f}`);
    }
  }
  const expected = [...(Array.isArray(o.answer_all) ? o.answer_all : []), ...(Array.isArray(o.answer_any) ? o.answer_any : [])];
  for (const s of expected) {
    if (typeof s === "string" && !plan.includes(norm(s))) bad(w, `expected string not in plan: ${JSON.stringify(s)}`);
  }
});

for (const k of KINDS) if (counts[k] < MIN_PER_KIND) bad("counts", `kind ${k} has ${counts[k]} cases, need at least ${MIN_PER_KIND}`);
if (total !== TOTAL) bad("counts", `total ${total}, need ${TOTAL}`);

console.log(`cases: ${total}`);
for (const k of KINDS) console.log(`  ${k}: ${counts[k]}`);
if (problems.length) {
  for (const p of problems) console.error(`PROBLEM ${p}`);
  console.error(`${problems.length} problem(s)`);
  process.exit(1);
}
console.log("OK");
