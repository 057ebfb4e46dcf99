// Validator for ask-blind-18. Usage: node /work/blind/ask-blind-18/check.mjs
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
const EXPECTED = {
  'answer/zh': 70, 'answer/en': 20,
  'not_covered/zh': 12, 'not_covered/en': 3,
  'refuse/zh': 8, 'refuse/en': 4,
};
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
const EN_ANSWER = /^[0-9][0-9.,]*%?$/;

const errors = [];
const err = (i, msg) => errors.push(`line ${i + 1}: ${msg}`);
const counts = {};
const seenQ = new Set();

lines.forEach((line, i) => {
  let o;
  try { o = JSON.parse(line); } catch (e) { err(i, `invalid JSON: ${e.message}`); return; }
  const keys = Object.keys(o);
  if (keys.join(',') !== KEYS.join(',')) err(i, `keys must be exactly ${KEYS.join(',')} (got ${keys.join(',')})`);
  const wantId = `q18${String(i + 1).padStart(3, '0')}`;
  if (o.id !== wantId) err(i, `id ${o.id} should be ${wantId}`);
  if (!KINDS.includes(o.kind)) err(i, `bad kind ${o.kind}`);
  if (typeof o.question !== 'string' || o.question.trim() === '') err(i, 'empty question');
  else {
    if ([...o.question].length >= 250) err(i, 'question too long');
    const qk = strip(o.question);
    if (seenQ.has(qk)) err(i, 'duplicate question');
    seenQ.add(qk);
  }
  const lang = CJK.test(o.question || '') ? 'zh' : 'en';
  const bucket = `${o.kind}/${lang}`;
  counts[bucket] = (counts[bucket] || 0) + 1;
  if (!Array.isArray(o.source_any) || !Array.isArray(o.answer_any)) { err(i, 'source_any/answer_any must be arrays'); return; }

  if (o.kind === 'answer') {
    if (o.source_any.length < 1 || o.source_any.length > 3) err(i, 'source_any needs 1-3 items');
    if (o.answer_any.length < 1 || o.answer_any.length > 3) err(i, 'answer_any needs 1-3 items');
    for (const s of o.source_any) {
      const t = strip(String(s));
      const n = [...t].length;
      if (n < 4 || n > 15) err(i, `source_any "${s}" has ${n} chars (need 4-15)`);
      if (!plan.includes(t)) err(i, `source_any "${s}" not found verbatim in plan`);
    }
    for (const a of o.answer_any) {
      const t = strip(String(a));
      if (!t) err(i, 'empty answer_any item');
      if (!plan.includes(t)) err(i, `answer_any "${a}" not found in plan`);
      if (lang === 'en' && !EN_ANSWER.test(t)) err(i, `English answer_any "${a}" must be a number/percentage/year`);
    }
  } else if (o.source_any.length !== 0 || o.answer_any.length !== 0) {
    err(i, `${o.kind} must have empty source_any and answer_any`);
  }
});

for (const [b, n] of Object.entries(EXPECTED)) {
  if ((counts[b] || 0) !== n) errors.push(`count ${b}: expected ${n}, got ${counts[b] || 0}`);
}
for (const b of Object.keys(counts)) if (!(b in EXPECTED)) errors.push(`unexpected bucket ${b}: ${counts[b]}`);
const total = Object.values(EXPECTED).reduce((x, y) => x + y, 0);
if (lines.length !== total) errors.push(`total lines ${lines.length}, expected ${total}`);

if (errors.length) {
  console.error(`FAIL (${errors.length} problems)`);
  for (const e of errors) console.error('  ' + e);
  process.exit(1);
}
console.log(`OK: ${lines.length} questions`, JSON.stringify(counts));
