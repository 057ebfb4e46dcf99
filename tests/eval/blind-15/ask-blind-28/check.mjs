#!/usr/bin/env node
// Dependency-free validator for ask.jsonl (blind set 28).
// Usage: node check.mjs [planPath] [askPath]
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const planPath = process.argv[2] || '/work/shared/source/hangzhou-disability-plan-2021-2025.txt';
const askPath = process.argv[3] || join(here, 'ask.jsonl');

const errors = [];
const err = (m) => errors.push(m);
const squash = (s) => s.replace(/\s+/gu, '');
const len = (s) => [...s].length;
const HAN = /\p{Script=Han}/u;
const EN_ANSWER = /^[0-9]+(\.[0-9]+)?%?$/;
const KEYS = ['id', 'kind', 'lang', 'question', 'source_any', 'answer_any'];

// Layout: [fromIndex, toIndex, kind, lang] (1-based, inclusive)
const LAYOUT = [
  [1, 70, 'answer', 'zh'],
  [71, 90, 'answer', 'en'],
  [91, 102, 'not_covered', 'zh'],
  [103, 105, 'not_covered', 'en'],
  [106, 113, 'refuse', 'zh'],
  [114, 117, 'refuse', 'en'],
];
const TOTAL = 117;
const expected = (n) => LAYOUT.find(([a, b]) => n >= a && n <= b);

let plan = '';
try { plan = squash(readFileSync(planPath, 'utf8')); } catch (e) { err(`cannot read plan ${planPath}: ${e.message}`); }
let raw = '';
try { raw = readFileSync(askPath, 'utf8'); } catch (e) { err(`cannot read ask file ${askPath}: ${e.message}`); }

const lines = raw.replace(/\n$/, '').split('\n');
if (raw && lines.length !== TOTAL) err(`expected exactly ${TOTAL} lines, found ${lines.length}`);

const seenQ = new Map();
const counts = {};
lines.forEach((line, i) => {
  if (!raw) return;
  const n = i + 1;
  const at = `line ${n}`;
  if (line.trim() === '') { err(`${at}: empty line`); return; }
  let o;
  try { o = JSON.parse(line); } catch (e) { err(`${at}: invalid JSON (${e.message})`); return; }
  if (o === null || typeof o !== 'object' || Array.isArray(o)) { err(`${at}: not a JSON object`); return; }
  const keys = Object.keys(o);
  if (keys.join(',') !== KEYS.join(',')) err(`${at}: keys must be exactly ${KEYS.join(',')} in order, got ${keys.join(',')}`);

  const wantId = `q28${String(n).padStart(3, '0')}`;
  if (o.id !== wantId) err(`${at}: id ${JSON.stringify(o.id)} should be ${wantId}`);
  const exp = expected(n);
  if (exp) {
    if (o.kind !== exp[2]) err(`${at} (${o.id}): kind ${JSON.stringify(o.kind)} should be ${exp[2]}`);
    if (o.lang !== exp[3]) err(`${at} (${o.id}): lang ${JSON.stringify(o.lang)} should be ${exp[3]}`);
  } else err(`${at}: beyond layout`);
  const key = `${o.kind}/${o.lang}`;
  counts[key] = (counts[key] || 0) + 1;

  // question
  if (typeof o.question !== 'string' || o.question.trim() === '') err(`${at} (${o.id}): question must be a non-empty string`);
  else {
    if (len(o.question) >= 250) err(`${at} (${o.id}): question is ${len(o.question)} chars (must be < 250)`);
    const sq = squash(o.question);
    if (seenQ.has(sq)) err(`${at} (${o.id}): duplicate question (same as ${seenQ.get(sq)} after removing whitespace)`);
    else seenQ.set(sq, o.id);
    if (o.lang === 'zh' && !HAN.test(o.question)) err(`${at} (${o.id}): zh question contains no Han characters`);
    if (o.lang === 'en' && HAN.test(o.question)) err(`${at} (${o.id}): en question contains Han characters`);
  }

  const sa = o.source_any, aa = o.answer_any;
  if (!Array.isArray(sa)) { err(`${at} (${o.id}): source_any must be an array`); }
  if (!Array.isArray(aa)) { err(`${at} (${o.id}): answer_any must be an array`); }
  if (!Array.isArray(sa) || !Array.isArray(aa)) return;

  if (o.kind === 'answer') {
    if (sa.length < 1 || sa.length > 3) err(`${at} (${o.id}): source_any must hold 1-3 items, has ${sa.length}`);
    if (aa.length < 1 || aa.length > 3) err(`${at} (${o.id}): answer_any must hold 1-3 items, has ${aa.length}`);
    if (new Set(sa).size !== sa.length) err(`${at} (${o.id}): duplicate item in source_any`);
    if (new Set(aa).size !== aa.length) err(`${at} (${o.id}): duplicate item in answer_any`);
    for (const s of sa) {
      if (typeof s !== 'string') { err(`${at} (${o.id}): source_any item is not a string`); continue; }
      const q = squash(s);
      if (len(q) < 4 || len(q) > 15) err(`${at} (${o.id}): source_any "${s}" is ${len(q)} chars without whitespace (must be 4-15)`);
      if (plan && !plan.includes(q)) err(`${at} (${o.id}): source_any "${s}" not found verbatim in plan`);
    }
    for (const a of aa) {
      if (typeof a !== 'string' || a.trim() === '') { err(`${at} (${o.id}): answer_any item must be a non-empty string`); continue; }
      if (o.lang === 'en' && !EN_ANSWER.test(a)) err(`${at} (${o.id}): en answer_any "${a}" must match ${EN_ANSWER}`);
      if (plan && !plan.includes(squash(a))) err(`${at} (${o.id}): answer_any "${a}" not found as printed in plan`);
    }
  } else if (o.kind === 'not_covered' || o.kind === 'refuse') {
    if (sa.length !== 0) err(`${at} (${o.id}): source_any must be [] for ${o.kind}`);
    if (aa.length !== 0) err(`${at} (${o.id}): answer_any must be [] for ${o.kind}`);
  } else err(`${at} (${o.id}): unknown kind ${JSON.stringify(o.kind)}`);
});

// layout totals
if (raw) for (const [a, b, k, l] of LAYOUT) {
  const want = b - a + 1, got = counts[`${k}/${l}`] || 0;
  if (got !== want) err(`count ${k}/${l} is ${got}, expected ${want}`);
}

if (errors.length) {
  for (const e of errors) console.log(`ERROR ${e}`);
  process.exit(1);
}
const summary = LAYOUT.map(([, , k, l]) => `${k}/${l}=${counts[`${k}/${l}`]}`).join(', ');
console.log(`OK ${lines.length} lines; ${summary}`);
