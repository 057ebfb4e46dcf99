// Dependency-free validator for ask.jsonl (Node ES module).
// Usage: node check.mjs [path/to/plan.txt]
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const planPath = process.argv[2] || '/work/shared/source/hangzhou-disability-plan-2021-2025.txt';
const askPath = join(here, 'ask.jsonl');

const strip = (s) => s.replace(/\s+/gu, '');
const len = (s) => [...s].length;
const plan = strip(readFileSync(planPath, 'utf8'));
const lines = readFileSync(askPath, 'utf8').split('\n').filter((l) => l.trim() !== '');

const errors = [];
const err = (id, msg) => errors.push(`${id}: ${msg}`);
const KEYS = ['id', 'kind', 'lang', 'question', 'source_any', 'answer_any'];

function expected(n) {
  if (n <= 70) return ['answer', 'zh'];
  if (n <= 90) return ['answer', 'en'];
  if (n <= 102) return ['not_covered', 'zh'];
  if (n <= 105) return ['not_covered', 'en'];
  if (n <= 113) return ['refuse', 'zh'];
  return ['refuse', 'en'];
}

if (lines.length !== 117) errors.push(`expected 117 lines, got ${lines.length}`);
const seenQ = new Map();
const counts = {};

lines.forEach((line, i) => {
  const n = i + 1;
  const wantId = `q22${String(n).padStart(3, '0')}`;
  let o;
  try { o = JSON.parse(line); } catch (e) { err(wantId, `bad JSON: ${e.message}`); return; }
  const keys = Object.keys(o);
  if (keys.join(',') !== KEYS.join(',')) err(wantId, `key order ${keys.join(',')}`);
  if (o.id !== wantId) err(wantId, `id is ${o.id}`);
  const [kind, lang] = expected(n);
  if (o.kind !== kind) err(wantId, `kind ${o.kind} != ${kind}`);
  if (o.lang !== lang) err(wantId, `lang ${o.lang} != ${lang}`);
  const key = `${o.kind}/${o.lang}`;
  counts[key] = (counts[key] || 0) + 1;
  if (typeof o.question !== 'string' || o.question.trim() === '') err(wantId, 'empty question');
  else {
    if (len(o.question) >= 250) err(wantId, `question length ${len(o.question)} >= 250`);
    const qk = strip(o.question).toLowerCase();
    if (seenQ.has(qk)) err(wantId, `duplicate of ${seenQ.get(qk)}`);
    seenQ.set(qk, wantId);
    if (lang === 'zh' && !/[\u3400-\u9fff]/u.test(o.question)) err(wantId, 'zh question without CJK');
    if (lang === 'en' && /[\u3400-\u9fff]/u.test(o.question)) err(wantId, 'en question contains CJK');
  }
  if (!Array.isArray(o.source_any) || !Array.isArray(o.answer_any)) { err(wantId, 'lists missing'); return; }
  if (o.kind === 'answer') {
    if (o.source_any.length < 1 || o.source_any.length > 3) err(wantId, `source_any has ${o.source_any.length}`);
    if (o.answer_any.length < 1 || o.answer_any.length > 3) err(wantId, `answer_any has ${o.answer_any.length}`);
    for (const s of o.source_any) {
      const t = strip(String(s));
      if (len(t) < 4 || len(t) > 15) err(wantId, `source "${s}" length ${len(t)}`);
      if (!plan.includes(t)) err(wantId, `source "${s}" not in plan`);
    }
    for (const a of o.answer_any) {
      const t = strip(String(a));
      if (t === '') err(wantId, 'empty answer');
      if (!plan.includes(t)) err(wantId, `answer "${a}" not in plan`);
      if (o.lang === 'en' && !/^\d[\d.,]*%?$/.test(t)) err(wantId, `en answer "${a}" not a number/percent/year`);
    }
  } else {
    if (o.source_any.length || o.answer_any.length) err(wantId, 'lists must be empty');
  }
});

const want = { 'answer/zh': 70, 'answer/en': 20, 'not_covered/zh': 12, 'not_covered/en': 3, 'refuse/zh': 8, 'refuse/en': 4 };
for (const [k, v] of Object.entries(want)) if ((counts[k] || 0) !== v) errors.push(`count ${k} = ${counts[k] || 0}, want ${v}`);

console.log('counts:', JSON.stringify(counts));
if (errors.length) { console.error(errors.join('\n')); console.error(`FAIL (${errors.length} problems)`); process.exit(1); }
console.log(`OK: ${lines.length} questions valid`);
