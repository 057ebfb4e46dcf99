// Validator for ask-blind-17 (Hangzhou disability plan 2021–2025).
// Usage: node /work/blind/ask-blind-17/check.mjs
// Checks format and that every source_any / answer_any item is in the plan text.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const PLAN = '/work/shared/source/hangzhou-disability-plan-2021-2025.txt';
const ASK = join(here, 'ask.jsonl');

const strip = (s) => s.replace(/\s+/gu, '');
const plan = strip(readFileSync(PLAN, 'utf8'));
const lines = readFileSync(ASK, 'utf8').split('\n').filter((l) => l.trim() !== '');

const KEYS = ['id', 'kind', 'question', 'source_any', 'answer_any'];
const KINDS = ['answer', 'not_covered', 'refuse'];
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/u;
const EN_ANSWER = /^\d+(\.\d+)?%?$/;

const EXPECTED = {
  'answer/zh': 110,
  'answer/en': 25,
  'not_covered/zh': 16,
  'not_covered/en': 4,
  'refuse/zh': 8,
  'refuse/en': 4,
};
const MIN_TOTAL = 160;

const errors = [];
const err = (where, msg) => errors.push(`${where}: ${msg}`);
const counts = {};
const seenQ = new Map();

lines.forEach((line, i) => {
  const where = `line ${i + 1}`;
  let o;
  try {
    o = JSON.parse(line);
  } catch (e) {
    err(where, `invalid JSON (${e.message})`);
    return;
  }
  const keys = Object.keys(o);
  if (keys.join(',') !== KEYS.join(',')) err(where, `keys ${keys.join(',')} != ${KEYS.join(',')}`);

  const wantId = `q17${String(i + 1).padStart(3, '0')}`;
  if (o.id !== wantId) err(where, `id ${o.id} expected ${wantId}`);
  const w = `${where} ${o.id}`;

  if (!KINDS.includes(o.kind)) err(w, `bad kind ${o.kind}`);
  if (typeof o.question !== 'string' || o.question.trim() === '') {
    err(w, 'question missing');
    return;
  }
  if ([...o.question].length >= 250) err(w, `question too long (${[...o.question].length})`);
  const qk = strip(o.question);
  if (seenQ.has(qk)) err(w, `duplicate question of ${seenQ.get(qk)}`);
  seenQ.set(qk, o.id);

  const lang = CJK.test(o.question) ? 'zh' : 'en';
  const ck = `${o.kind}/${lang}`;
  counts[ck] = (counts[ck] || 0) + 1;

  if (!Array.isArray(o.source_any) || !Array.isArray(o.answer_any)) {
    err(w, 'source_any / answer_any must be arrays');
    return;
  }

  if (o.kind === 'answer') {
    if (o.source_any.length < 1 || o.source_any.length > 3) err(w, `source_any has ${o.source_any.length} items (1–3)`);
    if (o.answer_any.length < 1 || o.answer_any.length > 3) err(w, `answer_any has ${o.answer_any.length} items (1–3)`);
    for (const s of o.source_any) {
      if (typeof s !== 'string') { err(w, 'source_any item not a string'); continue; }
      const t = strip(s);
      const n = [...t].length;
      if (n < 4 || n > 15) err(w, `source_any "${s}" length ${n} (4–15)`);
      if (!plan.includes(t)) err(w, `source_any "${s}" not found in plan`);
    }
    for (const a of o.answer_any) {
      if (typeof a !== 'string' || strip(a) === '') { err(w, 'answer_any item empty / not a string'); continue; }
      if (!plan.includes(strip(a))) err(w, `answer_any "${a}" not found in plan`);
      if (lang === 'en' && !EN_ANSWER.test(strip(a))) err(w, `English answer_any "${a}" must be a number, percentage or year`);
    }
    if (new Set(o.source_any.map(strip)).size !== o.source_any.length) err(w, 'duplicate source_any items');
    if (new Set(o.answer_any.map(strip)).size !== o.answer_any.length) err(w, 'duplicate answer_any items');
  } else {
    if (o.source_any.length !== 0) err(w, `${o.kind} must have empty source_any`);
    if (o.answer_any.length !== 0) err(w, `${o.kind} must have empty answer_any`);
  }
});

for (const [k, n] of Object.entries(EXPECTED)) {
  if ((counts[k] || 0) !== n) err('counts', `${k} = ${counts[k] || 0}, expected ${n}`);
}
for (const k of Object.keys(counts)) if (!(k in EXPECTED)) err('counts', `unexpected group ${k}`);
if (lines.length < MIN_TOTAL) err('counts', `total ${lines.length} < ${MIN_TOTAL}`);

console.log(`lines: ${lines.length}`);
for (const k of Object.keys(EXPECTED)) console.log(`  ${k.padEnd(15)} ${counts[k] || 0} / ${EXPECTED[k]}`);
if (errors.length) {
  console.log(`\nFAIL — ${errors.length} problem(s):`);
  for (const e of errors) console.log('  ' + e);
  process.exit(1);
}
console.log('\nOK — all checks passed');
