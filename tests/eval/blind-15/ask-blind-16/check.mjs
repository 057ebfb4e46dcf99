// Validator for /work/blind/ask-blind-16/ask.jsonl (no dependencies).
// Usage: node /work/blind/ask-blind-16/check.mjs
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const PLAN = '/work/shared/source/hangzhou-disability-plan-2021-2025.txt';
const strip = (s) => s.replace(/\s+/gu, '');
const plan = strip(readFileSync(PLAN, 'utf8'));
const lines = readFileSync(join(here, 'ask.jsonl'), 'utf8').split('\n').filter((l) => l.trim() !== '');

const KEYS = ['id', 'kind', 'question', 'source_any', 'answer_any'];
const KINDS = new Set(['answer', 'not_covered', 'refuse']);
const EXPECT = {
  'answer/zh': 110, 'answer/en': 20,
  'not_covered/zh': 16, 'not_covered/en': 4,
  'refuse/zh': 8, 'refuse/en': 3,
};
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/u;
const errors = [];
const counts = {};
const seenQ = new Set();
let operator = 0;

lines.forEach((line, i) => {
  const n = i + 1;
  const err = (m) => errors.push(`line ${n}: ${m}`);
  let o;
  try { o = JSON.parse(line); } catch (e) { err(`bad JSON: ${e.message}`); return; }
  const keys = Object.keys(o);
  if (keys.join(',') !== KEYS.join(',')) err(`keys/order ${keys.join(',')}`);
  const want = 'q16' + String(n).padStart(3, '0');
  if (o.id !== want) err(`id ${o.id} expected ${want}`);
  if (!KINDS.has(o.kind)) err(`bad kind ${o.kind}`);
  if (typeof o.question !== 'string' || o.question.trim() === '') { err('empty question'); return; }
  const qlen = [...o.question].length;
  if (qlen >= 250) err(`question too long (${qlen})`);
  if (seenQ.has(o.question)) err('duplicate question');
  seenQ.add(o.question);
  if (o.question.startsWith('【坐席】')) operator++;
  const lang = CJK.test(o.question) ? 'zh' : 'en';
  const key = `${o.kind}/${lang}`;
  counts[key] = (counts[key] || 0) + 1;
  if (!Array.isArray(o.source_any) || !Array.isArray(o.answer_any)) { err('source_any/answer_any must be arrays'); return; }
  if (o.kind === 'answer') {
    if (o.source_any.length < 1 || o.source_any.length > 3) err(`source_any has ${o.source_any.length} items`);
    if (o.answer_any.length < 1 || o.answer_any.length > 3) err(`answer_any has ${o.answer_any.length} items`);
    for (const s of o.source_any) {
      const t = strip(String(s));
      const len = [...t].length;
      if (len < 4 || len > 15) err(`source_any "${s}" length ${len} not in 4..15`);
      if (!plan.includes(t)) err(`source_any "${s}" not in plan`);
    }
    for (const a of o.answer_any) {
      const t = strip(String(a));
      if (t === '') err('empty answer_any item');
      if (!plan.includes(t)) err(`answer_any "${a}" not in plan`);
      if (lang === 'en' && !/^[0-9][0-9.]*%?$/.test(t)) err(`English answer_any "${a}" must be a number, year or percentage`);
    }
  } else {
    if (o.source_any.length !== 0 || o.answer_any.length !== 0) err('non-answer must have empty lists');
  }
});

for (const [k, v] of Object.entries(EXPECT)) {
  if ((counts[k] || 0) !== v) errors.push(`count ${k} = ${counts[k] || 0}, expected ${v}`);
}
for (const k of Object.keys(counts)) if (!(k in EXPECT)) errors.push(`unexpected group ${k}`);

console.log(`lines: ${lines.length}`);
console.log('counts:', JSON.stringify(counts));
console.log(`operator (【坐席】) questions: ${operator}`);
if (errors.length) {
  console.log(`FAIL (${errors.length} problems)`);
  for (const e of errors) console.log('  ' + e);
  process.exit(1);
}
console.log('OK: all checks passed');
