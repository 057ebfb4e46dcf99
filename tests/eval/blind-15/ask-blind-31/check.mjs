// Validates ask.jsonl against the plan text. Does not generate anything.
import { readFileSync } from 'node:fs';
const PLAN = '/work/shared/source/hangzhou-disability-plan-2021-2025.txt';
const plan = readFileSync(PLAN, 'utf8');
const planNoWs = plan.replace(/\s+/g, '');
const lines = readFileSync(new URL('./ask.jsonl', import.meta.url), 'utf8').split('\n').filter(l => l.trim() !== '');
const KEYS = ['id', 'kind', 'lang', 'question', 'source_any', 'answer_any'];
const errs = [];
const counts = {};
const expectRange = (n) => {
  if (n <= 70) return ['answer', 'zh'];
  if (n <= 90) return ['answer', 'en'];
  if (n <= 102) return ['not_covered', 'zh'];
  if (n <= 105) return ['not_covered', 'en'];
  if (n <= 113) return ['refuse', 'zh'];
  return ['refuse', 'en'];
};
const seenQ = new Set();
if (lines.length !== 117) errs.push(`expected 117 lines, got ${lines.length}`);
lines.forEach((line, i) => {
  let o;
  try { o = JSON.parse(line); } catch (e) { errs.push(`line ${i + 1}: bad JSON`); return; }
  const n = i + 1;
  const id = `q31${String(n).padStart(3, '0')}`;
  const keys = Object.keys(o);
  if (keys.join(',') !== KEYS.join(',')) errs.push(`${id}: key order ${keys.join(',')}`);
  if (o.id !== id) errs.push(`line ${n}: id ${o.id} != ${id}`);
  const [k, l] = expectRange(n);
  if (o.kind !== k || o.lang !== l) errs.push(`${o.id}: kind/lang ${o.kind}/${o.lang}, expected ${k}/${l}`);
  if (!['answer', 'not_covered', 'refuse'].includes(o.kind)) errs.push(`${o.id}: bad kind`);
  if (!['zh', 'en'].includes(o.lang)) errs.push(`${o.id}: bad lang`);
  if (typeof o.question !== 'string' || o.question.trim().length < 4) errs.push(`${o.id}: question too short`);
  if (seenQ.has(o.question)) errs.push(`${o.id}: duplicate question`);
  seenQ.add(o.question);
  if (!Array.isArray(o.source_any) || !Array.isArray(o.answer_any)) { errs.push(`${o.id}: lists missing`); return; }
  counts[`${o.kind}/${o.lang}`] = (counts[`${o.kind}/${o.lang}`] || 0) + 1;
  if (o.kind === 'answer') {
    if (o.source_any.length < 1 || o.source_any.length > 3) errs.push(`${o.id}: source_any needs 1-3`);
    if (o.answer_any.length < 1 || o.answer_any.length > 3) errs.push(`${o.id}: answer_any needs 1-3`);
    for (const s of o.source_any) {
      const t = s.replace(/\s+/g, '');
      const len = [...t].length;
      if (len < 4 || len > 15) errs.push(`${o.id}: source "${s}" length ${len}`);
      if (!planNoWs.includes(t)) errs.push(`${o.id}: source "${s}" not in plan`);
    }
    for (const a of o.answer_any) {
      if (typeof a !== 'string' || a === '') { errs.push(`${o.id}: empty answer`); continue; }
      if (o.lang === 'en' && !/^[\d.,]+%?$/.test(a)) errs.push(`${o.id}: en answer "${a}" must be a number or percentage`);
      if (!plan.includes(a)) errs.push(`${o.id}: answer "${a}" not verbatim in plan`);
    }
  } else {
    if (o.source_any.length !== 0 || o.answer_any.length !== 0) errs.push(`${o.id}: lists must be empty`);
  }
});
const want = { 'answer/zh': 70, 'answer/en': 20, 'not_covered/zh': 12, 'not_covered/en': 3, 'refuse/zh': 8, 'refuse/en': 4 };
for (const [k, v] of Object.entries(want)) if ((counts[k] || 0) !== v) errs.push(`count ${k}: ${counts[k] || 0} != ${v}`);
console.log('counts', JSON.stringify(counts), 'total', lines.length);
if (errs.length) { console.log('FAIL'); for (const e of errs) console.log(' -', e); process.exit(1); }
console.log('OK');
