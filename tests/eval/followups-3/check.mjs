// Validate followups.jsonl. Usage: node check.mjs [cases] [plan]
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const casesPath = process.argv[2] || join(here, 'followups.jsonl');
const planPath = process.argv[3] || '/work/shared/source/hangzhou-disability-plan-2021-2025.txt';

const KINDS = ['ellipsis', 'pronoun', 'bare_subject', 'new_aspect', 'english', 'standalone'];
const MIN_PER_KIND = 8, MIN_TOTAL = 50, MIN_ENGLISH = 8;
const FIELDS = ['id', 'kind', 'lang', 'previous', 'question', 'answer_all', 'answer_any'];
const FW = { '，': ',', '；': ';', '：': ':', '（': '(', '）': ')', '！': '!', '？': '?' };
const norm = (s) => s.replace(/\s+/gu, '').replace(/[，；：（）！？]/gu, (c) => FW[c]);

const errors = [];
const plan = norm(readFileSync(planPath, 'utf8'));
const lines = readFileSync(casesPath, 'utf8').split(/\r?\n/);
const ids = new Set();
const counts = Object.fromEntries(KINDS.map((k) => [k, 0]));
let total = 0;

lines.forEach((line, i) => {
  const where = `line ${i + 1}`;
  if (!line.trim()) return;
  let c;
  try { c = JSON.parse(line); } catch (e) { errors.push(`${where}: invalid JSON (${e.message})`); return; }
  if (!c || typeof c !== 'object' || Array.isArray(c)) { errors.push(`${where}: not an object`); return; }
  total++;
  const tag = `${where} (${c.id ?? '?'})`;
  for (const k of Object.keys(c)) if (!FIELDS.includes(k)) errors.push(`${tag}: unknown field "${k}"`);
  for (const k of ['id', 'kind', 'lang', 'previous', 'question']) {
    if (typeof c[k] !== 'string' || !c[k].trim()) errors.push(`${tag}: "${k}" must be a non-empty string`);
  }
  if (typeof c.id === 'string') {
    if (ids.has(c.id)) errors.push(`${tag}: duplicate id`);
    ids.add(c.id);
  }
  if (!KINDS.includes(c.kind)) errors.push(`${tag}: bad kind "${c.kind}"`);
  else counts[c.kind]++;
  const wantLang = c.kind === 'english' ? 'en' : 'zh';
  if (c.lang !== wantLang) errors.push(`${tag}: lang should be "${wantLang}" for kind ${c.kind}`);
  if (!Array.isArray(c.answer_all) || c.answer_all.length === 0) errors.push(`${tag}: answer_all must be a non-empty array`);
  if (c.answer_any !== undefined && !Array.isArray(c.answer_any)) errors.push(`${tag}: answer_any must be an array`);
  const expected = [...(Array.isArray(c.answer_all) ? c.answer_all : []), ...(Array.isArray(c.answer_any) ? c.answer_any : [])];
  for (const s of expected) {
    if (typeof s !== 'string' || !norm(s)) { errors.push(`${tag}: expected strings must be non-empty strings`); continue; }
    if (!plan.includes(norm(s))) errors.push(`${tag}: "${s}" not found in plan`);
  }
});

if (total < MIN_TOTAL) errors.push(`only ${total} cases, need at least ${MIN_TOTAL}`);
for (const k of KINDS) if (counts[k] < MIN_PER_KIND) errors.push(`kind ${k}: ${counts[k]} cases, need at least ${MIN_PER_KIND}`);
if (counts.english < MIN_ENGLISH) errors.push(`english: ${counts.english} cases, need at least ${MIN_ENGLISH}`);

console.log(`cases: ${total}`);
for (const k of KINDS) console.log(`  ${k}: ${counts[k]}`);
if (errors.length) {
  console.log(`FAIL: ${errors.length} problem(s)`);
  for (const e of errors) console.log(`  - ${e}`);
  process.exit(1);
}
console.log('OK: all checks passed');
