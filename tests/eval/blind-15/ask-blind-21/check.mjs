// Dependency-free validator for ask-blind-21/ask.jsonl
// Usage: node check.mjs [path/to/ask.jsonl] [path/to/plan.txt]
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const askPath = process.argv[2] || join(here, 'ask.jsonl');
const planPath = process.argv[3] || '/work/shared/source/hangzhou-disability-plan-2021-2025.txt';

const strip = (s) => s.replace(/\s+/gu, '');
const plan = strip(readFileSync(planPath, 'utf8'));
const lines = readFileSync(askPath, 'utf8').split('\n').filter((l) => l.trim() !== '');

const KEYS = ['id', 'kind', 'lang', 'question', 'source_any', 'answer_any'];
const layout = [
  [1, 70, 'answer', 'zh'],
  [71, 90, 'answer', 'en'],
  [91, 102, 'not_covered', 'zh'],
  [103, 105, 'not_covered', 'en'],
  [106, 113, 'refuse', 'zh'],
  [114, 117, 'refuse', 'en'],
];
const expected = (n) => layout.find(([a, b]) => n >= a && n <= b);
const EN_ANSWER = /^(\d+(\.\d+)?%?|(19|20)\d{2})$/;

const errors = [];
const err = (id, msg) => errors.push(`${id}: ${msg}`);
const seenQ = new Map();
const counts = {};

if (lines.length !== 117) errors.push(`expected 117 lines, got ${lines.length}`);

lines.forEach((line, i) => {
  const n = i + 1;
  const wantId = `q21${String(n).padStart(3, '0')}`;
  let o;
  try { o = JSON.parse(line); } catch (e) { err(`line ${n}`, `invalid JSON: ${e.message}`); return; }
  const keys = Object.keys(o);
  if (keys.join(',') !== KEYS.join(',')) err(wantId, `keys/order wrong: ${keys.join(',')}`);
  if (o.id !== wantId) err(wantId, `id is ${o.id}`);
  const exp = expected(n);
  if (!exp) { err(wantId, 'outside layout'); return; }
  const [, , kind, lang] = exp;
  if (o.kind !== kind) err(wantId, `kind ${o.kind} != ${kind}`);
  if (o.lang !== lang) err(wantId, `lang ${o.lang} != ${lang}`);
  const key = `${o.kind}/${o.lang}`;
  counts[key] = (counts[key] || 0) + 1;

  if (typeof o.question !== 'string' || o.question.trim() === '') err(wantId, 'empty question');
  else {
    if ([...o.question].length >= 250) err(wantId, `question too long (${[...o.question].length})`);
    const qk = strip(o.question);
    if (seenQ.has(qk)) err(wantId, `duplicate question of ${seenQ.get(qk)}`);
    seenQ.set(qk, wantId);
    if (lang === 'zh' && !/[\u4e00-\u9fff]/u.test(o.question)) err(wantId, 'zh question has no CJK');
    if (lang === 'en' && /[\u4e00-\u9fff]/u.test(o.question)) err(wantId, 'en question contains CJK');
  }
  if (!Array.isArray(o.source_any) || !Array.isArray(o.answer_any)) { err(wantId, 'lists missing'); return; }

  if (kind === 'answer') {
    if (o.source_any.length < 1 || o.source_any.length > 3) err(wantId, `source_any has ${o.source_any.length} entries`);
    if (o.answer_any.length < 1 || o.answer_any.length > 3) err(wantId, `answer_any has ${o.answer_any.length} entries`);
    for (const s of o.source_any) {
      const t = strip(String(s));
      const len = [...t].length;
      if (len < 4 || len > 15) err(wantId, `source_any "${s}" length ${len}`);
      if (!plan.includes(t)) err(wantId, `source_any "${s}" not in plan`);
    }
    for (const a of o.answer_any) {
      const t = strip(String(a));
      if (t === '') err(wantId, 'empty answer_any');
      if (!plan.includes(t)) err(wantId, `answer_any "${a}" not in plan`);
      if (lang === 'en' && !EN_ANSWER.test(t)) err(wantId, `en answer_any "${a}" not a number/percentage/year`);
    }
  } else {
    if (o.source_any.length !== 0) err(wantId, 'source_any must be []');
    if (o.answer_any.length !== 0) err(wantId, 'answer_any must be []');
  }
});

const wantCounts = { 'answer/zh': 70, 'answer/en': 20, 'not_covered/zh': 12, 'not_covered/en': 3, 'refuse/zh': 8, 'refuse/en': 4 };
for (const [k, v] of Object.entries(wantCounts)) if ((counts[k] || 0) !== v) errors.push(`count ${k} = ${counts[k] || 0}, want ${v}`);

if (errors.length) {
  console.error(errors.join('\n'));
  console.error(`FAIL: ${errors.length} problem(s)`);
  process.exit(1);
}
console.log(`OK: ${lines.length} questions (answer/zh 70, answer/en 20, not_covered/zh 12, not_covered/en 3, refuse/zh 8, refuse/en 4); all source_any/answer_any found verbatim in plan`);
