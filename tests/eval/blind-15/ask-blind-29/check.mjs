// Dependency-free validator for ask-blind-29/ask.jsonl.
// Usage: node check.mjs [planPath] [askPath]
// Prints "OK 117 lines; ..." or one "ERROR ..." line per problem (exit 1).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const planPath = process.argv[2] || '/work/shared/source/hangzhou-disability-plan-2021-2025.txt';
const askPath = process.argv[3] || join(here, 'ask.jsonl');

const errors = [];
const err = (m) => errors.push(m);
const squash = (s) => s.replace(/\s+/gu, '');
const HAN = /\p{Script=Han}/u;
const EN_ANSWER = /^[0-9]+(\.[0-9]+)?%?$/;
const KEYS = ['id', 'kind', 'lang', 'question', 'source_any', 'answer_any'];
const TOTAL = 117;

// Expected layout: [firstIndex, lastIndex, kind, lang]
const LAYOUT = [
  [1, 70, 'answer', 'zh'],
  [71, 90, 'answer', 'en'],
  [91, 102, 'not_covered', 'zh'],
  [103, 105, 'not_covered', 'en'],
  [106, 113, 'refuse', 'zh'],
  [114, 117, 'refuse', 'en'],
];
const expectedFor = (n) => LAYOUT.find(([a, b]) => n >= a && n <= b);

let plan;
try {
  plan = squash(readFileSync(planPath, 'utf8'));
} catch (e) {
  console.log(`ERROR cannot read plan ${planPath}: ${e.message}`);
  process.exit(1);
}
let raw;
try {
  raw = readFileSync(askPath, 'utf8');
} catch (e) {
  console.log(`ERROR cannot read ask file ${askPath}: ${e.message}`);
  process.exit(1);
}

if (raw.startsWith('\uFEFF')) err('file starts with a BOM');
if (raw.includes('\r')) err('file contains CR characters (use LF line endings)');
let lines = raw.split('\n');
if (lines.length && lines[lines.length - 1] === '') lines.pop(); // one trailing newline allowed
if (lines.length !== TOTAL) err(`expected ${TOTAL} lines, found ${lines.length}`);

const seenQuestions = new Map();
const counts = {};

const checkStringArray = (where, name, v) => {
  if (!Array.isArray(v)) { err(`${where}: ${name} is not an array`); return null; }
  for (const [i, s] of v.entries()) {
    if (typeof s !== 'string') { err(`${where}: ${name}[${i}] is not a string`); return null; }
    if (s.trim() === '') err(`${where}: ${name}[${i}] is empty`);
    if (s !== s.trim()) err(`${where}: ${name}[${i}] has leading/trailing whitespace`);
  }
  const sq = v.map(squash);
  if (new Set(sq).size !== sq.length) err(`${where}: ${name} has duplicate items`);
  return v;
};

lines.forEach((line, idx) => {
  const n = idx + 1;
  const where = `line ${n}`;
  if (line.trim() === '') { err(`${where}: blank line`); return; }
  let o;
  try { o = JSON.parse(line); } catch (e) { err(`${where}: invalid JSON (${e.message})`); return; }
  if (o === null || typeof o !== 'object' || Array.isArray(o)) { err(`${where}: not a JSON object`); return; }
  const keys = Object.keys(o);
  if (keys.join(',') !== KEYS.join(',')) err(`${where}: keys must be exactly ${KEYS.join(',')} in that order, got ${keys.join(',')}`);

  const expId = `q${29000 + n}`;
  if (o.id !== expId) err(`${where}: id ${JSON.stringify(o.id)} should be ${expId}`);
  const tag = `${where} (${o.id})`;
  const exp = expectedFor(n);
  if (exp) {
    if (o.kind !== exp[2]) err(`${tag}: kind ${JSON.stringify(o.kind)} should be ${exp[2]}`);
    if (o.lang !== exp[3]) err(`${tag}: lang ${JSON.stringify(o.lang)} should be ${exp[3]}`);
  } else {
    err(`${tag}: line number beyond layout`);
  }
  if (!['answer', 'not_covered', 'refuse'].includes(o.kind)) err(`${tag}: unknown kind ${JSON.stringify(o.kind)}`);
  if (!['zh', 'en'].includes(o.lang)) err(`${tag}: unknown lang ${JSON.stringify(o.lang)}`);
  const ck = `${o.kind}/${o.lang}`;
  counts[ck] = (counts[ck] || 0) + 1;

  // question
  if (typeof o.question !== 'string' || o.question.trim() === '') {
    err(`${tag}: question missing or empty`);
  } else {
    const len = [...o.question].length;
    if (len >= 250) err(`${tag}: question has ${len} chars (must be < 250)`);
    const key = squash(o.question);
    if (seenQuestions.has(key)) err(`${tag}: question duplicates ${seenQuestions.get(key)} (whitespace ignored)`);
    else seenQuestions.set(key, o.id);
    if (o.lang === 'zh' && !HAN.test(o.question)) err(`${tag}: zh question contains no Han characters`);
    if (o.lang === 'en' && HAN.test(o.question)) err(`${tag}: en question contains Han characters`);
  }

  const src = checkStringArray(tag, 'source_any', o.source_any);
  const ans = checkStringArray(tag, 'answer_any', o.answer_any);
  if (!src || !ans) return;

  if (o.kind === 'answer') {
    if (src.length < 1 || src.length > 3) err(`${tag}: source_any must hold 1-3 items, has ${src.length}`);
    for (const s of src) {
      const q = squash(s);
      const l = [...q].length;
      if (l < 4 || l > 15) err(`${tag}: source_any ${JSON.stringify(s)} is ${l} chars without whitespace (must be 4-15)`);
      if (!plan.includes(q)) err(`${tag}: source_any ${JSON.stringify(s)} not found in plan (whitespace ignored)`);
    }
    if (ans.length < 1 || ans.length > 3) err(`${tag}: answer_any must hold 1-3 items, has ${ans.length}`);
    for (const a of ans) {
      if (o.lang === 'en' && !EN_ANSWER.test(a)) err(`${tag}: en answer_any ${JSON.stringify(a)} must match ${EN_ANSWER}`);
      if (!plan.includes(squash(a))) err(`${tag}: answer_any ${JSON.stringify(a)} not found in plan (whitespace ignored)`);
    }
  } else {
    if (src.length !== 0) err(`${tag}: ${o.kind} item must have empty source_any`);
    if (ans.length !== 0) err(`${tag}: ${o.kind} item must have empty answer_any`);
  }
});

const order = ['answer/zh', 'answer/en', 'not_covered/zh', 'not_covered/en', 'refuse/zh', 'refuse/en'];
const want = { 'answer/zh': 70, 'answer/en': 20, 'not_covered/zh': 12, 'not_covered/en': 3, 'refuse/zh': 8, 'refuse/en': 4 };
for (const k of Object.keys(counts)) if (!(k in want)) err(`unexpected kind/lang combination ${k}`);
for (const k of order) if ((counts[k] || 0) !== want[k]) err(`count ${k} is ${counts[k] || 0}, expected ${want[k]}`);

if (errors.length) {
  for (const m of errors) console.log(`ERROR ${m}`);
  process.exit(1);
}
console.log(`OK ${lines.length} lines; ` + order.map((k) => `${k} ${counts[k]}`).join(', '));
