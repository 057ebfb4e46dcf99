// Validates ask.jsonl for ask-blind-15. No dependencies. Usage: node check.mjs
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const PLAN = '/work/shared/source/hangzhou-disability-plan-2021-2025.txt';
const strip = (s) => s.replace(/\s+/g, '');
const plan = strip(readFileSync(PLAN, 'utf8'));
const lines = readFileSync(join(here, 'ask.jsonl'), 'utf8').split('\n').filter((l) => l.trim() !== '');

const KEYS = ['id', 'kind', 'question', 'source_any', 'answer_any'];
const KINDS = ['answer', 'not_covered', 'refuse'];
const EXPECT = {
  'answer/zh': 140, 'answer/en': 25,
  'not_covered/zh': 20, 'not_covered/en': 5,
  'refuse/zh': 11, 'refuse/en': 4,
};
const errors = [];
const counts = {};
const ranges = {};
const seenQ = new Set();
const cjk = /[\u3400-\u9fff]/;

lines.forEach((line, i) => {
  const n = i + 1;
  const err = (m) => errors.push(`line ${n}: ${m}`);
  let o;
  try { o = JSON.parse(line); } catch (e) { err(`bad JSON: ${e.message}`); return; }
  const keys = Object.keys(o);
  if (keys.join(',') !== KEYS.join(',')) err(`keys/order wrong: ${keys.join(',')}`);
  const want = 'q15' + String(n).padStart(3, '0');
  if (o.id !== want) err(`id ${o.id} expected ${want}`);
  if (!KINDS.includes(o.kind)) err(`bad kind ${o.kind}`);
  if (typeof o.question !== 'string' || !o.question.trim()) err('empty question');
  else {
    if ([...o.question].length >= 250) err(`question too long (${[...o.question].length})`);
    if (seenQ.has(o.question)) err('duplicate question');
    seenQ.add(o.question);
  }
  const lang = cjk.test(o.question || '') ? 'zh' : 'en';
  const key = `${o.kind}/${lang}`;
  counts[key] = (counts[key] || 0) + 1;
  ranges[key] = ranges[key] || [o.id, o.id];
  ranges[key][1] = o.id;
  if (!Array.isArray(o.source_any) || !Array.isArray(o.answer_any)) { err('source_any/answer_any must be arrays'); return; }
  if (o.kind === 'answer') {
    if (o.source_any.length < 1 || o.source_any.length > 3) err(`source_any needs 1-3 items, has ${o.source_any.length}`);
    if (o.answer_any.length < 1 || o.answer_any.length > 3) err(`answer_any needs 1-3 items, has ${o.answer_any.length}`);
    for (const s of o.source_any) {
      const t = strip(String(s));
      const len = [...t].length;
      if (len < 4 || len > 15) err(`source_any "${s}" length ${len} not in 4-15`);
      if (!plan.includes(t)) err(`source_any "${s}" not found in plan`);
    }
    for (const a of o.answer_any) {
      const t = strip(String(a));
      if (!t) err('empty answer_any item');
      if (!plan.includes(t)) err(`answer_any "${a}" not printed in plan`);
      if (lang === 'en' && !/^\d+(\.\d+)?%?$/.test(t)) err(`English answer_any "${a}" must be a number/percent/year`);
    }
  } else {
    if (o.source_any.length || o.answer_any.length) err('non-answer must have empty lists');
  }
});

for (const [k, v] of Object.entries(EXPECT)) {
  if ((counts[k] || 0) !== v) errors.push(`count ${k} = ${counts[k] || 0}, expected ${v}`);
}
for (const k of Object.keys(counts)) if (!(k in EXPECT)) errors.push(`unexpected group ${k}`);

console.log(`lines: ${lines.length}`);
for (const k of Object.keys(EXPECT)) console.log(`  ${k.padEnd(16)} ${String(counts[k] || 0).padStart(3)}  ${ranges[k] ? ranges[k].join('–') : ''}`);
if (errors.length) {
  console.log(`FAIL: ${errors.length} problem(s)`);
  for (const e of errors) console.log('  ' + e);
  process.exit(1);
}
console.log('OK: all checks passed');
