// check.mjs — dependency-free validator for ask.jsonl (checks only, never generates or edits).
// Usage: node check.mjs [path/to/plan.txt]
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const askPath = join(here, 'ask.jsonl');
const planPath = process.argv[2] || '/work/shared/source/hangzhou-disability-plan-2021-2025.txt';

const errors = [];
const err = (m) => errors.push(m);
const strip = (s) => s.replace(/\s+/gu, '');
const len = (s) => [...s].length;
const HAN = /\p{Script=Han}/u;
const EN_ANSWER = /^[0-9]+(\.[0-9]+)?%?$/;
const KEYS = ['id', 'kind', 'lang', 'question', 'source_any', 'answer_any'];

// id ranges (inclusive) -> expected kind/lang
const RANGES = [
  [1, 70, 'answer', 'zh'],
  [71, 90, 'answer', 'en'],
  [91, 102, 'not_covered', 'zh'],
  [103, 105, 'not_covered', 'en'],
  [106, 113, 'refuse', 'zh'],
  [114, 117, 'refuse', 'en'],
];
const TOTAL = 117;
const expectFor = (n) => RANGES.find(([a, b]) => n >= a && n <= b);

let plan = '';
try {
  plan = strip(readFileSync(planPath, 'utf8'));
  if (!plan) err(`plan file is empty: ${planPath}`);
} catch (e) {
  err(`cannot read plan file ${planPath}: ${e.message}`);
}

let raw = '';
try {
  raw = readFileSync(askPath, 'utf8');
} catch (e) {
  err(`cannot read ${askPath}: ${e.message}`);
}

let lines = raw.split('\n');
if (lines.length && lines[lines.length - 1] === '') lines.pop();
lines = lines.map((l) => l.replace(/\r$/, ''));
if (lines.length !== TOTAL) err(`expected exactly ${TOTAL} lines, found ${lines.length}`);

const seenQ = new Map();
const counts = {};
lines.forEach((line, i) => {
  const ln = i + 1;
  const where = `line ${ln}`;
  if (line.trim() === '') { err(`${where}: blank line`); return; }
  let o;
  try { o = JSON.parse(line); } catch (e) { err(`${where}: invalid JSON (${e.message})`); return; }
  if (o === null || typeof o !== 'object' || Array.isArray(o)) { err(`${where}: not a JSON object`); return; }
  const keys = Object.keys(o);
  if (keys.join(',') !== KEYS.join(',')) err(`${where}: keys must be exactly ${KEYS.join(',')} in order, got ${keys.join(',')}`);

  const wantId = 'q24' + String(ln).padStart(3, '0');
  if (o.id !== wantId) err(`${where}: id should be ${wantId}, got ${JSON.stringify(o.id)}`);
  const exp = expectFor(ln);
  if (exp) {
    if (o.kind !== exp[2]) err(`${where} ${o.id}: kind should be ${exp[2]}, got ${JSON.stringify(o.kind)}`);
    if (o.lang !== exp[3]) err(`${where} ${o.id}: lang should be ${exp[3]}, got ${JSON.stringify(o.lang)}`);
  }
  const ck = `${o.kind}/${o.lang}`;
  counts[ck] = (counts[ck] || 0) + 1;

  const q = o.question;
  if (typeof q !== 'string' || !q.trim()) {
    err(`${where} ${o.id}: question must be a non-empty string`);
  } else {
    if (len(q) >= 250) err(`${where} ${o.id}: question is ${len(q)} chars (must be < 250)`);
    const k = strip(q);
    if (seenQ.has(k)) err(`${where} ${o.id}: duplicate question (same as line ${seenQ.get(k)})`);
    else seenQ.set(k, ln);
    if (o.lang === 'zh' && !HAN.test(q)) err(`${where} ${o.id}: zh question contains no Chinese characters`);
    if (o.lang === 'en' && HAN.test(q)) err(`${where} ${o.id}: en question contains Chinese characters`);
  }

  const sa = o.source_any, aa = o.answer_any;
  if (!Array.isArray(sa)) err(`${where} ${o.id}: source_any must be an array`);
  if (!Array.isArray(aa)) err(`${where} ${o.id}: answer_any must be an array`);
  if (!Array.isArray(sa) || !Array.isArray(aa)) return;

  if (o.kind === 'answer') {
    if (sa.length < 1 || sa.length > 3) err(`${where} ${o.id}: source_any must have 1-3 items, has ${sa.length}`);
    if (aa.length < 1 || aa.length > 3) err(`${where} ${o.id}: answer_any must have 1-3 items, has ${aa.length}`);
    for (const s of sa) {
      if (typeof s !== 'string') { err(`${where} ${o.id}: source_any item not a string`); continue; }
      const t = strip(s);
      if (len(t) < 4 || len(t) > 15) err(`${where} ${o.id}: source_any "${s}" is ${len(t)} chars without whitespace (must be 4-15)`);
      if (plan && !plan.includes(t)) err(`${where} ${o.id}: source_any "${s}" not found in plan`);
    }
    for (const a of aa) {
      if (typeof a !== 'string' || !strip(a)) { err(`${where} ${o.id}: answer_any item must be a non-empty string`); continue; }
      const t = strip(a);
      if (plan && !plan.includes(t)) err(`${where} ${o.id}: answer_any "${a}" not found in plan`);
      if (o.lang === 'en' && !EN_ANSWER.test(t)) err(`${where} ${o.id}: en answer_any "${a}" must be a plain number, percentage or year`);
    }
    if (new Set(sa.map(strip)).size !== sa.length) err(`${where} ${o.id}: duplicate source_any items`);
    if (new Set(aa.map(strip)).size !== aa.length) err(`${where} ${o.id}: duplicate answer_any items`);
  } else if (o.kind === 'not_covered' || o.kind === 'refuse') {
    if (sa.length !== 0) err(`${where} ${o.id}: ${o.kind} must have empty source_any`);
    if (aa.length !== 0) err(`${where} ${o.id}: ${o.kind} must have empty answer_any`);
  } else {
    err(`${where} ${o.id}: unknown kind ${JSON.stringify(o.kind)}`);
  }
});

// expected counts per kind/lang
const wantCounts = {};
for (const [a, b, kind, lang] of RANGES) wantCounts[`${kind}/${lang}`] = (wantCounts[`${kind}/${lang}`] || 0) + (b - a + 1);
for (const [k, v] of Object.entries(wantCounts)) {
  if ((counts[k] || 0) !== v) err(`count ${k}: expected ${v}, found ${counts[k] || 0}`);
}
for (const k of Object.keys(counts)) if (!(k in wantCounts)) err(`unexpected kind/lang combination ${k}`);

if (errors.length) {
  for (const e of errors) console.log('ERROR ' + e);
  process.exit(1);
}
const summary = Object.entries(wantCounts).map(([k]) => `${k}=${counts[k] || 0}`).join(' ');
console.log(`OK ${lines.length} lines; ${summary}`);
