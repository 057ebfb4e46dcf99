// Validates ask.jsonl against the plan text. Usage: node check.mjs
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const PLAN = '/work/shared/source/hangzhou-disability-plan-2021-2025.txt';
const raw = readFileSync(PLAN, 'utf8');
const squash = (s) => s.replace(/\s+/gu, '');
const flat = squash(raw);

const KEYS = ['id', 'kind', 'lang', 'question', 'source_any', 'answer_any'];
const EXPECT = [
  { from: 1, to: 70, kind: 'answer', lang: 'zh' },
  { from: 71, to: 90, kind: 'answer', lang: 'en' },
  { from: 91, to: 102, kind: 'not_covered', lang: 'zh' },
  { from: 103, to: 105, kind: 'not_covered', lang: 'en' },
  { from: 106, to: 113, kind: 'refuse', lang: 'zh' },
  { from: 114, to: 117, kind: 'refuse', lang: 'en' },
];
const EN_ANSWER = /^[0-9]+(\.[0-9]+)?%?$/;

const errors = [];
const err = (id, msg) => errors.push(`${id}: ${msg}`);

const text = readFileSync(join(here, 'ask.jsonl'), 'utf8');
const lines = text.split('\n');
if (lines[lines.length - 1] === '') lines.pop();
if (lines.length !== 117) errors.push(`expected 117 lines, got ${lines.length}`);

const counts = {};
const seenQ = new Set();
lines.forEach((line, i) => {
  const n = i + 1;
  const wantId = `q32${String(n).padStart(3, '0')}`;
  let o;
  try { o = JSON.parse(line); } catch (e) { err(wantId, `bad JSON: ${e.message}`); return; }
  const keys = Object.keys(o);
  if (keys.join(',') !== KEYS.join(',')) err(wantId, `key order ${keys.join(',')}`);
  if (o.id !== wantId) err(wantId, `id ${o.id} out of order`);
  const exp = EXPECT.find((e) => n >= e.from && n <= e.to);
  if (o.kind !== exp.kind) err(o.id, `kind ${o.kind} != ${exp.kind}`);
  if (o.lang !== exp.lang) err(o.id, `lang ${o.lang} != ${exp.lang}`);
  const k = `${o.kind}/${o.lang}`;
  counts[k] = (counts[k] || 0) + 1;
  if (typeof o.question !== 'string' || o.question.trim().length < 4) err(o.id, 'question too short');
  if (seenQ.has(o.question)) err(o.id, 'duplicate question');
  seenQ.add(o.question);
  if (!Array.isArray(o.source_any) || !Array.isArray(o.answer_any)) { err(o.id, 'lists missing'); return; }
  if (o.kind === 'answer') {
    if (o.source_any.length < 1 || o.source_any.length > 3) err(o.id, `source_any size ${o.source_any.length}`);
    if (o.answer_any.length < 1 || o.answer_any.length > 3) err(o.id, `answer_any size ${o.answer_any.length}`);
    for (const s of o.source_any) {
      const q = squash(s);
      const len = [...q].length;
      if (len < 4 || len > 15) err(o.id, `source phrase length ${len}: ${s}`);
      if (!flat.includes(q)) err(o.id, `source phrase not in plan: ${s}`);
    }
    for (const a of o.answer_any) {
      if (typeof a !== 'string' || a.length === 0) { err(o.id, 'empty answer'); continue; }
      if (!raw.includes(a)) err(o.id, `answer not verbatim in plan: ${a}`);
      if (o.lang === 'en' && !EN_ANSWER.test(a)) err(o.id, `en answer not a number/percentage: ${a}`);
    }
  } else {
    if (o.source_any.length !== 0) err(o.id, 'source_any must be empty');
    if (o.answer_any.length !== 0) err(o.id, 'answer_any must be empty');
  }
});

const WANT = { 'answer/zh': 70, 'answer/en': 20, 'not_covered/zh': 12, 'not_covered/en': 3, 'refuse/zh': 8, 'refuse/en': 4 };
for (const [k, v] of Object.entries(WANT)) {
  if ((counts[k] || 0) !== v) errors.push(`count ${k}: ${counts[k] || 0} != ${v}`);
}
for (const k of Object.keys(counts)) if (!(k in WANT)) errors.push(`unexpected kind/lang ${k}`);

if (errors.length) {
  console.log(errors.join('\n'));
  console.log(`FAIL (${errors.length} problems)`);
  process.exit(1);
}
console.log(JSON.stringify(counts));
console.log('OK');
