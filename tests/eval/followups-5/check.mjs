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
const MIN_TOTAL = 60;
const FW = { "，": ",", "；": ";", "：": ":", "（": "(", "）": ")", "！": "!", "？": "?" };
const norm = (s) => s.replace(/\s+/gu, "").replace(/[，；：（）！？]/gu, (c) => FW[c]);
const CJK = /[\u2E80-\u2FFF\u3000-\u303F\u3040-\u30FF\u3100-\u31FF\u3400-\u4DBF\u4E00-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF]|[\u{20000}-\u{2FA1F}]/u;

const problems = [];
const bad = (where, msg) => problems.push(`${where}: ${msg}`);

let plan;
try { plan = norm(readFileSync(planPath, "utf8")); }
catch (e) { console.error(`cannot read plan ${planPath}: ${e.message}`); process.exit(1); }
let text;
try { text = readFileSync(casesPath, "utf8"); }
catch (e) { console.error(`cannot read cases ${casesPath}: ${e.message}`); process.exit(1); }

const ids = new Set();
const counts = Object.fromEntries(KINDS.map((k) => [k, 0]));
let total = 0;
const lines = text.split(/\r?\n/);
if (lines.length && lines[lines.length - 1] === "") lines.pop();

lines.forEach((line, i) => {
  const where = `line ${i + 1}`;
  if (line.trim() === "") { bad(where, "empty line"); return; }
  let o;
  try { o = JSON.parse(line); } catch (e) { bad(where, `invalid JSON (${e.message})`); return; }
  if (o === null || typeof o !== "object" || Array.isArray(o)) { bad(where, "not a JSON object"); return; }
  total++;
  const w = `${where} (${o.id ?? "?"})`;
  for (const f of FIELDS) if (!(f in o)) bad(w, `missing field ${f}`);
  for (const f of Object.keys(o)) if (!FIELDS.includes(f)) bad(w, `unknown field ${f}`);
  for (const f of ["id", "kind", "lang", "previous", "question"])
    if (f in o && (typeof o[f] !== "string" || o[f].trim() === "")) bad(w, `${f} must be a non-empty string`);
  if (typeof o.id === "string") {
    if (ids.has(o.id)) bad(w, `duplicate id ${o.id}`);
    ids.add(o.id);
  }
  if (typeof o.kind === "string") {
    if (!KINDS.includes(o.kind)) bad(w, `unknown kind ${o.kind}`);
    else counts[o.kind]++;
    const want = o.kind === "english" ? "en" : "zh";
    if (o.lang !== want) bad(w, `lang must be "${want}" for kind ${o.kind}, got ${JSON.stringify(o.lang)}`);
  }
  for (const f of ["answer_all", "answer_any"]) {
    if (!(f in o)) continue;
    if (!Array.isArray(o[f])) { bad(w, `${f} must be an array`); continue; }
    o[f].forEach((s, j) => {
      if (typeof s !== "string" || norm(s) === "") { bad(w, `${f}[${j}] must be a non-empty string`); return; }
      if (!plan.includes(norm(s))) bad(w, `${f}[${j}] ${JSON.stringify(s)} not found in plan`);
      if (o.kind === "english" && CJK.test(s)) bad(w, `${f}[${j}] contains CJK characters`);
    });
  }
  if (Array.isArray(o.answer_all) && o.answer_all.length === 0) bad(w, "answer_all is empty");
  if (o.kind === "english")
    for (const f of ["previous", "question"])
      if (typeof o[f] === "string" && CJK.test(o[f])) bad(w, `${f} contains CJK characters`);
});

for (const k of KINDS) if (counts[k] < MIN_PER_KIND) bad("counts", `kind ${k} has ${counts[k]} cases, need at least ${MIN_PER_KIND}`);
if (total < MIN_TOTAL) bad("counts", `${total} cases, need at least ${MIN_TOTAL}`);

console.log(`cases: ${total}`);
for (const k of KINDS) console.log(`  ${k}: ${counts[k]}`);
if (problems.length) {
  for (const p of problems) console.error(`PROBLEM ${p}`);
  console.error(`${problems.length} problem(s)`);
  process.exit(1);
}
console.log("OK");
