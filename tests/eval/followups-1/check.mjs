// Checker for followups.jsonl — plain Node, no dependencies.
// Usage: node check.mjs [followups.jsonl] [plan.txt]
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const casesPath = process.argv[2] || join(here, 'followups.jsonl');
const planPath = process.argv[3] || join(here, '../../../content/source/hangzhou-disability-plan-2021-2025.txt');

const FW = { '，': ',', '；': ';', '：': ':', '（': '(', '）': ')', '！': '!', '？': '?' };
const norm = (s) => s.replace(/[\s\u3000\u00a0\ufeff]+/g, '').replace(/[，；：（）！？]/g, (c) => FW[c]);

const KINDS = ['ellipsis', 'pronoun', 'bare_subject', 'new_aspect', 'english', 'standalone'];
const MIN_PER_KIND = 6, MIN_STANDALONE = 8, MIN_TOTAL = 44;

const plan = norm(readFileSync(planPath, 'utf8'));
const lines = readFileSync(casesPath, 'utf8').split('\n').filter((l) => l.trim() !== '');
const errors = [];
const ids = new Set();
const counts = Object.fromEntries(KINDS.map((k) => [k, 0]));
const langs = { zh: 0, en: 0 };
let strings = 0;

lines.forEach((line, i) => {
  const where = `line ${i + 1}`;
  let c;
  try { c = JSON.parse(line); } catch (e) { errors.push(`${where}: invalid JSON (${e.message})`); return; }
  const tag = `${where} (${c.id ?? '?'})`;
  const keys = ['id', 'kind', 'lang', 'previous', 'question', 'answer_all', 'answer_any'];
  for (const k of keys) if (!(k in c)) errors.push(`${tag}: missing field "${k}"`);
  const extra = Object.keys(c).filter((k) => !keys.includes(k));
  if (extra.length) errors.push(`${tag}: unexpected field(s) ${extra.join(', ')}`);
  if (typeof c.id !== 'string' || !/^f\d{3}$/.test(c.id)) errors.push(`${tag}: bad id`);
  else if (ids.has(c.id)) errors.push(`${tag}: duplicate id ${c.id}`);
  else ids.add(c.id);
  if (!KINDS.includes(c.kind)) errors.push(`${tag}: bad kind "${c.kind}"`); else counts[c.kind]++;
  if (c.lang !== 'zh' && c.lang !== 'en') errors.push(`${tag}: bad lang "${c.lang}"`); else langs[c.lang]++;
  if (c.kind === 'english' && c.lang !== 'en') errors.push(`${tag}: english case must have lang "en"`);
  for (const k of ['previous', 'question'])
    if (typeof c[k] !== 'string' || !c[k].trim()) errors.push(`${tag}: empty "${k}"`);
  if (!Array.isArray(c.answer_all) || !Array.isArray(c.answer_any)) { errors.push(`${tag}: answer_all/answer_any must be arrays`); return; }
  if (c.answer_all.length === 0 && c.answer_any.length === 0) errors.push(`${tag}: no answer strings at all`);
  const q = norm(String(c.question || '')), p = norm(String(c.previous || ''));
  for (const [field, arr] of [['answer_all', c.answer_all], ['answer_any', c.answer_any]]) {
    for (const s of arr) {
      strings++;
      if (typeof s !== 'string' || !norm(s)) { errors.push(`${tag}: ${field} has empty/non-string entry`); continue; }
      const n = norm(s);
      if (!plan.includes(n)) errors.push(`${tag}: ${field} "${s}" not found in plan text`);
      if (q.includes(n)) errors.push(`${tag}: ${field} "${s}" is echoed by the follow-up question itself`);
      if (p.includes(n)) errors.push(`${tag}: ${field} "${s}" is echoed by the previous question`);
    }
  }
});

for (const k of KINDS) {
  const min = k === 'standalone' ? MIN_STANDALONE : MIN_PER_KIND;
  if (counts[k] < min) errors.push(`kind ${k}: ${counts[k]} cases, need at least ${min}`);
}
if (lines.length < MIN_TOTAL) errors.push(`total ${lines.length} cases, need at least ${MIN_TOTAL}`);

console.log(`cases: ${lines.length}  (zh ${langs.zh}, en ${langs.en})  answer strings checked: ${strings}`);
for (const k of KINDS) console.log(`  ${k.padEnd(13)} ${counts[k]}`);
if (errors.length) {
  console.log(`FAIL: ${errors.length} problem(s)`);
  for (const e of errors) console.log('  - ' + e);
  process.exit(1);
}
console.log('OK: all answer strings occur in the plan text; ids unique; kind counts satisfied.');
