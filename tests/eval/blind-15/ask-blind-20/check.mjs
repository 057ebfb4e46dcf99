// Dependency-free validator for ask.jsonl (blind question set 20).
// Usage: node check.mjs [path/to/ask.jsonl] [path/to/plan.txt]
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const askPath = process.argv[2] || join(here, 'ask.jsonl');
const planPath = process.argv[3] || '/work/shared/source/hangzhou-disability-plan-2021-2025.txt';

const strip = (s) => s.replace(/\s+/gu, '');
const plan = strip(readFileSync(planPath, 'utf8'));

const KEYS = ['id', 'kind', 'lang', 'question', 'source_any', 'answer_any'];
const FIRST = 20001;
// [from, to, kind, lang]
const LAYOUT = [
  [20001, 20070, 'answer', 'zh'],
  [20071, 20090, 'answer', 'en'],
  [20091, 20102, 'not_covered', 'zh'],
  [20103, 20105, 'not_covered', 'en'],
  [20106, 20113, 'refuse', 'zh'],
  [20114, 20117, 'refuse', 'en'],
];
const TOTAL = 117;

const errors = [];
const err = (line, msg) => errors.push(`line ${line}: ${msg}`);

const raw = readFileSync(askPath, 'utf8');
const lines = raw.split('\n');
if (lines.length && lines[lines.length - 1] === '') lines.pop();

const seenQ = new Map();
const counts = {};
const items = [];

lines.forEach((text, i) => {
  const ln = i + 1;
  let o;
  try {
    o = JSON.parse(text);
  } catch (e) {
    err(ln, `invalid JSON: ${e.message}`);
    return;
  }
  if (o === null || typeof o !== 'object' || Array.isArray(o)) {
    err(ln, 'not a JSON object');
    return;
  }
  items.push(o);
  const keys = Object.keys(o);
  if (keys.join(',') !== KEYS.join(',')) err(ln, `keys/order must be ${KEYS.join(',')}, got ${keys.join(',')}`);

  const expectedId = `q${FIRST + i}`;
  if (o.id !== expectedId) err(ln, `id ${o.id} expected ${expectedId}`);

  const n = FIRST + i;
  const slot = LAYOUT.find(([a, b]) => n >= a && n <= b);
  if (!slot) err(ln, `id ${o.id} outside layout`);
  else {
    if (o.kind !== slot[2]) err(ln, `kind ${o.kind} expected ${slot[2]}`);
    if (o.lang !== slot[3]) err(ln, `lang ${o.lang} expected ${slot[3]}`);
  }
  const ck = `${o.kind}/${o.lang}`;
  counts[ck] = (counts[ck] || 0) + 1;

  if (typeof o.question !== 'string' || !o.question.trim()) err(ln, 'question must be a non-empty string');
  else {
    if ([...o.question].length >= 250) err(ln, `question length ${[...o.question].length} >= 250`);
    const qk = strip(o.question);
    if (seenQ.has(qk)) err(ln, `duplicate question (same as line ${seenQ.get(qk)})`);
    else seenQ.set(qk, ln);
  }

  for (const k of ['source_any', 'answer_any']) {
    if (!Array.isArray(o[k])) { err(ln, `${k} must be an array`); continue; }
    if (!o[k].every((s) => typeof s === 'string')) err(ln, `${k} must contain strings only`);
  }
  if (!Array.isArray(o.source_any) || !Array.isArray(o.answer_any)) return;

  if (o.kind === 'answer') {
    for (const k of ['source_any', 'answer_any']) {
      const arr = o[k];
      if (arr.length < 1 || arr.length > 3) err(ln, `${k} must have 1-3 items, has ${arr.length}`);
      if (new Set(arr.map(strip)).size !== arr.length) err(ln, `${k} has duplicate items`);
      for (const s of arr) {
        const t = strip(s);
        if (!t) { err(ln, `${k} has empty item`); continue; }
        if (!plan.includes(t)) err(ln, `${k} item not found in plan: ${s}`);
      }
    }
    for (const s of o.source_any) {
      const len = [...strip(s)].length;
      if (len < 4 || len > 15) err(ln, `source_any item length ${len} not in 4-15: ${s}`);
    }
    if (o.lang === 'en') {
      for (const s of o.answer_any) {
        if (!/^[0-9.%≥\-—]+$/u.test(strip(s))) err(ln, `en answer_any must be numbers/percentages/years only: ${s}`);
      }
    }
  } else if (o.kind === 'not_covered' || o.kind === 'refuse') {
    if (o.source_any.length !== 0) err(ln, 'source_any must be [] for not_covered/refuse');
    if (o.answer_any.length !== 0) err(ln, 'answer_any must be [] for not_covered/refuse');
  } else {
    err(ln, `unknown kind ${o.kind}`);
  }
});

if (items.length !== TOTAL) errors.push(`total ${items.length}, expected ${TOTAL}`);
for (const [a, b, kind, lang] of LAYOUT) {
  const want = b - a + 1;
  const got = counts[`${kind}/${lang}`] || 0;
  if (got !== want) errors.push(`count ${kind}/${lang}: ${got}, expected ${want}`);
}

if (errors.length) {
  console.error(errors.join('\n'));
  console.error(`FAIL (${errors.length} problem${errors.length === 1 ? '' : 's'})`);
  process.exit(1);
}
console.log(`OK ${items.length} items: ` + LAYOUT.map(([, , k, l]) => `${k}/${l}=${counts[`${k}/${l}`]}`).join(' '));
