// check.mjs — validator for ask.jsonl (ask-blind-23). Dependency-free Node ES module.
// Usage: node check.mjs [path/to/plan.txt]
// It only checks; it never writes or generates anything.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const planPath = process.argv[2] || '/work/shared/source/hangzhou-disability-plan-2021-2025.txt';
const askPath = join(here, 'ask.jsonl');

const errors = [];
const err = (m) => errors.push(m);
const strip = (s) => s.replace(/\s+/g, '');
const len = (s) => [...s].length;

let plan;
try { plan = strip(readFileSync(planPath, 'utf8')); }
catch (e) { console.error(`cannot read plan: ${planPath}: ${e.message}`); process.exit(2); }

let raw;
try { raw = readFileSync(askPath, 'utf8'); }
catch (e) { console.error(`cannot read ${askPath}: ${e.message}`); process.exit(2); }

const lines = raw.split('\n');
if (lines.length && lines[lines.length - 1] === '') lines.pop();
if (lines.length !== 117) err(`expected 117 lines, found ${lines.length}`);

// expected kind/lang by id number
function expected(n) {
  if (n >= 1 && n <= 70) return ['answer', 'zh'];
  if (n <= 90) return ['answer', 'en'];
  if (n <= 102) return ['not_covered', 'zh'];
  if (n <= 105) return ['not_covered', 'en'];
  if (n <= 113) return ['refuse', 'zh'];
  if (n <= 117) return ['refuse', 'en'];
  return [null, null];
}

const KEYS = ['id', 'kind', 'lang', 'question', 'source_any', 'answer_any'];
const seenQ = new Map();
const seenId = new Set();
const counts = {};
const cjk = /[\u3400-\u9fff]/;

lines.forEach((line, i) => {
  const ln = i + 1;
  let o;
  if (line.trim() === '') { err(`line ${ln}: empty line`); return; }
  try { o = JSON.parse(line); } catch (e) { err(`line ${ln}: invalid JSON: ${e.message}`); return; }
  if (o === null || typeof o !== 'object' || Array.isArray(o)) { err(`line ${ln}: not an object`); return; }

  const keys = Object.keys(o);
  if (keys.join(',') !== KEYS.join(',')) err(`line ${ln}: keys must be exactly [${KEYS.join(', ')}] in order, got [${keys.join(', ')}]`);

  const wantId = 'q23' + String(ln).padStart(3, '0');
  if (o.id !== wantId) err(`line ${ln}: id ${JSON.stringify(o.id)} should be ${wantId}`);
  if (seenId.has(o.id)) err(`line ${ln}: duplicate id ${o.id}`);
  seenId.add(o.id);

  const [k, l] = expected(ln);
  if (o.kind !== k) err(`${o.id}: kind ${JSON.stringify(o.kind)} should be ${k}`);
  if (o.lang !== l) err(`${o.id}: lang ${JSON.stringify(o.lang)} should be ${l}`);
  const key = `${o.kind}/${o.lang}`;
  counts[key] = (counts[key] || 0) + 1;

  const q = o.question;
  if (typeof q !== 'string' || q.trim() === '') err(`${o.id}: question must be a non-empty string`);
  else {
    if (len(q) >= 250) err(`${o.id}: question is ${len(q)} characters (must be under 250)`);
    const nq = strip(q);
    if (seenQ.has(nq)) err(`${o.id}: duplicate question (same as ${seenQ.get(nq)})`);
    else seenQ.set(nq, o.id);
    if (l === 'zh' && !cjk.test(q)) err(`${o.id}: zh question has no Chinese characters`);
    if (l === 'en' && cjk.test(q)) err(`${o.id}: en question contains Chinese characters`);
  }

  if (!Array.isArray(o.source_any) || !Array.isArray(o.answer_any)) {
    err(`${o.id}: source_any and answer_any must be arrays`);
    return;
  }

  if (o.kind === 'answer') {
    if (o.source_any.length < 1 || o.source_any.length > 3) err(`${o.id}: source_any must have 1-3 items, has ${o.source_any.length}`);
    if (o.answer_any.length < 1 || o.answer_any.length > 3) err(`${o.id}: answer_any must have 1-3 items, has ${o.answer_any.length}`);
    const seenS = new Set();
    for (const s of o.source_any) {
      if (typeof s !== 'string') { err(`${o.id}: source_any item not a string`); continue; }
      const ns = strip(s);
      if (seenS.has(ns)) err(`${o.id}: duplicate source_any item ${JSON.stringify(s)}`);
      seenS.add(ns);
      if (len(ns) < 4 || len(ns) > 15) err(`${o.id}: source_any ${JSON.stringify(s)} is ${len(ns)} chars without whitespace (must be 4-15)`);
      if (!plan.includes(ns)) err(`${o.id}: source_any ${JSON.stringify(s)} is not in the plan (whitespace-insensitive)`);
    }
    const seenA = new Set();
    for (const a of o.answer_any) {
      if (typeof a !== 'string') { err(`${o.id}: answer_any item not a string`); continue; }
      const na = strip(a);
      if (na === '') { err(`${o.id}: empty answer_any item`); continue; }
      if (seenA.has(na)) err(`${o.id}: duplicate answer_any item ${JSON.stringify(a)}`);
      seenA.add(na);
      if (len(na) > 40) err(`${o.id}: answer_any ${JSON.stringify(a)} is longer than 40 chars (should be a short key fact)`);
      if (!plan.includes(na)) err(`${o.id}: answer_any ${JSON.stringify(a)} is not in the plan (whitespace-insensitive)`);
      if (o.lang === 'en' && !/^[0-9][0-9.,]*%?$/.test(na)) err(`${o.id}: en answer_any ${JSON.stringify(a)} must be a plain number, percentage or year`);
    }
  } else {
    if (o.source_any.length !== 0) err(`${o.id}: ${o.kind} must have source_any []`);
    if (o.answer_any.length !== 0) err(`${o.id}: ${o.kind} must have answer_any []`);
  }
});

const want = { 'answer/zh': 70, 'answer/en': 20, 'not_covered/zh': 12, 'not_covered/en': 3, 'refuse/zh': 8, 'refuse/en': 4 };
for (const [k, n] of Object.entries(want)) {
  if ((counts[k] || 0) !== n) err(`count ${k}: expected ${n}, found ${counts[k] || 0}`);
}
for (const k of Object.keys(counts)) if (!(k in want)) err(`unexpected kind/lang combination ${k} (${counts[k]})`);

if (errors.length) {
  for (const e of errors) console.log('ERROR ' + e);
  console.log(`${errors.length} error(s)`);
  process.exit(1);
} else {
  console.log(`OK ${lines.length} questions (` + Object.entries(want).map(([k, n]) => `${k}=${n}`).join(', ') + ')');
}
