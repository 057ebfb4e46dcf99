// Validate followups.jsonl against the plan text. Node ESM, no dependencies.
// Usage: node check.mjs [cases] [plan]
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const here = dirname(fileURLToPath(import.meta.url));
const casesPath = process.argv[2] ?? join(here, "followups.jsonl");
const planPath = process.argv[3] ?? "/work/shared/source/hangzhou-disability-plan-2021-2025.txt";

const FW = { "，": ",", "；": ";", "：": ":", "（": "(", "）": ")", "！": "!", "？": "?" };
const norm = (s) => s.replace(/\s+/gu, "").replace(/[，；：（）！？]/g, (c) => FW[c]);

const KINDS = ["ellipsis", "pronoun", "bare_subject", "new_aspect", "english", "standalone"];
const MIN_PER_KIND = 8;
const MIN_TOTAL = 50;
const FIELDS = ["id", "kind", "lang", "previous", "question", "answer_all", "answer_any"];

const errors = [];
const plan = norm(readFileSync(planPath, "utf8"));
const lines = readFileSync(casesPath, "utf8").split(/\r?\n/);
const ids = new Set();
const counts = Object.fromEntries(KINDS.map((k) => [k, 0]));
let total = 0;

lines.forEach((line, i) => {
  const at = `line ${i + 1}`;
  if (!line.trim()) return;
  let c;
  try { c = JSON.parse(line); } catch (e) { errors.push(`${at}: invalid JSON (${e.message})`); return; }
  if (c === null || typeof c !== "object" || Array.isArray(c)) { errors.push(`${at}: not an object`); return; }
  total++;
  const who = `${at} (${c.id ?? "?"})`;
  for (const f of FIELDS) if (!(f in c)) errors.push(`${who}: missing field ${f}`);
  for (const f of Object.keys(c)) if (!FIELDS.includes(f)) errors.push(`${who}: unknown field ${f}`);
  if (typeof c.id !== "string" || !/^g\d{3}$/.test(c.id)) errors.push(`${who}: bad id`);
  else if (ids.has(c.id)) errors.push(`${who}: duplicate id`);
  else ids.add(c.id);
  if (!KINDS.includes(c.kind)) errors.push(`${who}: bad kind ${c.kind}`);
  else counts[c.kind]++;
  const wantLang = c.kind === "english" ? "en" : "zh";
  if (c.lang !== wantLang) errors.push(`${who}: lang should be ${wantLang}`);
  for (const f of ["previous", "question"])
    if (typeof c[f] !== "string" || !c[f].trim()) errors.push(`${who}: ${f} must be a non-empty string`);
  if (typeof c.previous === "string" && c.previous === c.question) errors.push(`${who}: previous equals question`);
  if (c.kind === "english" && /[\u4e00-\u9fff]/.test((c.question ?? "").replace(/\([^)]*\)/g, "")))
    errors.push(`${who}: english question contains Chinese outside parentheses`);
  if (!Array.isArray(c.answer_all) || c.answer_all.length === 0) errors.push(`${who}: answer_all must be a non-empty array`);
  if (!Array.isArray(c.answer_any)) errors.push(`${who}: answer_any must be an array`);
  for (const f of ["answer_all", "answer_any"]) {
    if (!Array.isArray(c[f])) continue;
    const seen = new Set();
    for (const s of c[f]) {
      if (typeof s !== "string" || !norm(s)) { errors.push(`${who}: ${f} has an empty or non-string entry`); continue; }
      if (seen.has(s)) errors.push(`${who}: ${f} repeats "${s}"`);
      seen.add(s);
      if (!plan.includes(norm(s))) errors.push(`${who}: ${f} "${s}" not found in plan`);
    }
  }
});

for (const k of KINDS) if (counts[k] < MIN_PER_KIND) errors.push(`kind ${k}: ${counts[k]} < ${MIN_PER_KIND}`);
if (total < MIN_TOTAL) errors.push(`total ${total} < ${MIN_TOTAL}`);

console.log(`cases: ${total}`);
for (const k of KINDS) console.log(`  ${k}: ${counts[k]}`);
if (errors.length) {
  console.log(`FAIL (${errors.length} problem${errors.length > 1 ? "s" : ""})`);
  for (const e of errors) console.log("  " + e);
  process.exit(1);
}
console.log("OK: all checks passed");
