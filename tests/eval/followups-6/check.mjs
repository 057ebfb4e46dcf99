#!/usr/bin/env node
// Validator for followups.jsonl. Usage: node check.mjs [cases] [plan]
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
const FW = { "，": ",", "；": ";", "：": ":", "（": "(", "）": ")", "！": "!", "？": "?" };
const norm = (s) => s.replace(/\s+/gu, "").replace(/[，；：（）！？]/gu, (c) => FW[c]);
const CJK = /[\u2E80-\u2FFF\u3000-\u303F\u3040-\u30FF\u3100-\u312F\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/u;

const problems = [];
const bad = (where, msg) => problems.push(`${where}: ${msg}`);

let plan;
try { plan = norm(readFileSync(planPath, "utf8")); }
catch (e) { console.error(`cannot read plan ${planPath}: ${e.message}`); process.exit(1); }
let raw;
try { raw = readFileSync(casesPath, "utf8"); }
catch (e) { console.error(`cannot read cases ${casesPath}: ${e.message}`); process.exit(1); }

const ids = new Set();
const counts = Object.fromEntries(KINDS.map((k) => [k, 0]));
let total = 0;
const isStrArr = (v) => Array.isArray(v) && v.every((x) => typeof x === "string" && x.trim() !== "");

raw.split(/\r?\n/).forEach((line, i) => {
  const where = `line ${i + 1}`;
  if (line.trim() === "") return;
  let c;
  try { c = JSON.parse(line); } catch (e) { bad(where, `invalid JSON (${e.message})`); return; }
  if (c === null || typeof c !== "object" || Array.isArray(c)) { bad(where, "not a JSON object"); return; }
  total++;
  const w = `${where} (${c.id ?? "?"})`;
  for (const f of FIELDS) if (!(f in c)) bad(w, `missing field ${f}`);
  for (const f of Object.keys(c)) if (!FIELDS.includes(f)) bad(w, `unknown field ${f}`);
  for (const f of ["id", "kind", "lang", "previous", "question"])
    if (f in c && (typeof c[f] !== "string" || c[f].trim() === "")) bad(w, `${f} must be a non-empty string`);
  if (typeof c.id === "string") {
    if (!/^p\d{3}$/.test(c.id)) bad(w, `id ${c.id} not of form pNNN`);
    if (ids.has(c.id)) bad(w, `duplicate id ${c.id}`);
    ids.add(c.id);
  }
  if (!KINDS.includes(c.kind)) bad(w, `unknown kind ${c.kind}`);
  else counts[c.kind]++;
  const wantLang = c.kind === "english" ? "en" : "zh";
  if (c.lang !== wantLang) bad(w, `lang ${c.lang} should be ${wantLang} for kind ${c.kind}`);
  if (!isStrArr(c.answer_all) || c.answer_all.length === 0) bad(w, "answer_all must be a non-empty array of non-empty strings");
  if (!isStrArr(c.answer_any)) bad(w, "answer_any must be an array of non-empty strings");
  if (c.kind === "english" || c.lang === "en") {
    for (const f of FIELDS) {
      const v = c[f];
      const s = Array.isArray(v) ? v.join(" ") : typeof v === "string" ? v : "";
      if (CJK.test(s)) bad(w, `English case has CJK characters in ${f}`);
    }
  }
  const expected = [...(isStrArr(c.answer_all) ? c.answer_all : []), ...(isStrArr(c.answer_any) ? c.answer_any : [])];
  for (const s of expected) if (!plan.includes(norm(s))) bad(w, `expected string not found in plan: ${JSON.stringify(s)}`);
});

for (const k of KINDS) if (counts[k] < MIN_PER_KIND) bad("counts", `kind ${k} has ${counts[k]} < ${MIN_PER_KIND}`);
if (total !== TOTAL) bad("counts", `total ${total} != ${TOTAL}`);

console.log(`cases: ${total}`);
for (const k of KINDS) console.log(`  ${k}: ${counts[k]}`);
if (problems.length) {
  for (const p of problems) console.error(`PROBLEM ${p}`);
  console.error(`${problems.length} problem(s)`);
  process.exit(1);
}
console.log("OK");
