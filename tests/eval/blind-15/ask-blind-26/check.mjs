// Dependency-free validator for ask.jsonl (blind question set 26).
// Usage: node check.mjs [planPath] [askPath]
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const planPath = process.argv[2] || '/work/shared/source/hangzhou-disability-plan-2021-2025.txt';
const askPath = process.argv[3] || join(here, 'ask.jsonl');

const errors = [];
const err = (msg) => errors.push(msg);

const squash = (s) => s.replace(/\s+/gu, '');
const HAN = /\p{Script=Han}/u;
const EN_ANSWER = /^[0-9]+(\.[0-9]+)?%?$/;
const KEYS = ['id', 'kind', 'lang', 'question', 'source_any', 'answer_any'];
const TOTAL = 117;

// Expected kind/lang per id number (1..117).
const RANGES = [
  [1, 70, 'answer', 'zh'],
  [71, 90, 'answer', 'en'],
  [91, 102, 'not_covered', 'zh'],
  [103, 105, 'not_covered', 'en'],
  [106, 113, 'refuse', 'zh'],
  [114, 117, 'refuse', 'en'],
];
const expectedFor = (n) => RANGES.find(([a, b]) => n >= a && n <= b);

let plan = '';
try {
  plan = squash(readFileSync(planPath, 'utf8'));
  if (!plan) err(`ERROR plan file is empty: ${planPath}`);
} catch (e) {
  err(`ERROR cannot read plan file ${planPath}: ${e.message}`);
}

let raw = '';
try {
  raw = readFileSync(askPath, 'utf8');
} catch (e) {
  err(`ERROR cannot read ask file ${askPath}: ${e.message}`);
}

const lines = raw.length ? raw.replace(/\r?\n$/, '').split(/\r?\n/) : [];
if (lines.length !== TOTAL) err(`ERROR expected ${TOTAL} lines, found ${lines.length}`);

const counts = {};
const seenQuestions = new Map();

lines.forEach((line, idx) => {
  const ln = idx + 1;
  const where = `line ${ln}`;
  if (!line.trim()) { err(`ERROR ${where}: blank line`); return; }
  let obj;
  try {
    obj = JSON.parse(line);
  } catch (e) {
    err(`ERROR ${where}: invalid JSON (${e.message})`);
    return;
  }
  if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) {
    err(`ERROR ${where}: not a JSON object`);
    return;
  }
  const keys = Object.keys(obj);
  if (keys.join(',') !== KEYS.join(',')) {
    err(`ERROR ${where}: keys must be exactly ${KEYS.join(',')} in that order, got ${keys.join(',')}`);
  }

  // id and ranges
  const expectedId = `q26${String(ln).padStart(3, '0')}`;
  if (obj.id !== expectedId) err(`ERROR ${where}: id ${JSON.stringify(obj.id)} should be ${expectedId}`);
  const exp = expectedFor(ln);
  if (exp) {
    const [, , kind, lang] = exp;
    if (obj.kind !== kind) err(`ERROR ${where} (${obj.id}): kind ${JSON.stringify(obj.kind)} should be ${kind}`);
    if (obj.lang !== lang) err(`ERROR ${where} (${obj.id}): lang ${JSON.stringify(obj.lang)} should be ${lang}`);
  } else {
    err(`ERROR ${where}: line number outside the expected id ranges`);
  }
  if (!['answer', 'not_covered', 'refuse'].includes(obj.kind)) err(`ERROR ${where}: unknown kind ${JSON.stringify(obj.kind)}`);
  if (!['zh', 'en'].includes(obj.lang)) err(`ERROR ${where}: unknown lang ${JSON.stringify(obj.lang)}`);
  const key = `${obj.kind}/${obj.lang}`;
  counts[key] = (counts[key] || 0) + 1;

  // question
  const q = obj.question;
  if (typeof q !== 'string' || !q.trim()) {
    err(`ERROR ${where} (${obj.id}): question must be a non-empty string`);
  } else {
    const len = [...q].length;
    if (len >= 250) err(`ERROR ${where} (${obj.id}): question is ${len} characters (must be under 250)`);
    const sq = squash(q);
    if (seenQuestions.has(sq)) err(`ERROR ${where} (${obj.id}): duplicate question (same as ${seenQuestions.get(sq)})`);
    else seenQuestions.set(sq, obj.id);
    if (obj.lang === 'zh' && !HAN.test(q)) err(`ERROR ${where} (${obj.id}): zh question contains no Han characters`);
    if (obj.lang === 'en' && HAN.test(q)) err(`ERROR ${where} (${obj.id}): en question contains Han characters`);
  }

  const src = obj.source_any;
  const ans = obj.answer_any;
  if (!Array.isArray(src)) err(`ERROR ${where} (${obj.id}): source_any must be an array`);
  if (!Array.isArray(ans)) err(`ERROR ${where} (${obj.id}): answer_any must be an array`);
  if (!Array.isArray(src) || !Array.isArray(ans)) return;

  if (obj.kind === 'answer') {
    if (src.length < 1 || src.length > 3) err(`ERROR ${where} (${obj.id}): source_any must have 1-3 items, has ${src.length}`);
    if (ans.length < 1 || ans.length > 3) err(`ERROR ${where} (${obj.id}): answer_any must have 1-3 items, has ${ans.length}`);
    src.forEach((s) => {
      if (typeof s !== 'string') { err(`ERROR ${where} (${obj.id}): source_any item is not a string`); return; }
      const ss = squash(s);
      const n = [...ss].length;
      if (n < 4 || n > 15) err(`ERROR ${where} (${obj.id}): source_any ${JSON.stringify(s)} is ${n} characters without whitespace (must be 4-15)`);
      if (plan && !plan.includes(ss)) err(`ERROR ${where} (${obj.id}): source_any ${JSON.stringify(s)} not found verbatim in plan`);
    });
    if (new Set(src.map(squash)).size !== src.length) err(`ERROR ${where} (${obj.id}): duplicate item in source_any`);
    ans.forEach((a) => {
      if (typeof a !== 'string' || !squash(a)) { err(`ERROR ${where} (${obj.id}): answer_any item must be a non-empty string`); return; }
      const sa = squash(a);
      if (plan && !plan.includes(sa)) err(`ERROR ${where} (${obj.id}): answer_any ${JSON.stringify(a)} not found in plan`);
      if (obj.lang === 'en' && !EN_ANSWER.test(a)) err(`ERROR ${where} (${obj.id}): en answer_any ${JSON.stringify(a)} must match ${EN_ANSWER}`);
    });
    if (new Set(ans.map(squash)).size !== ans.length) err(`ERROR ${where} (${obj.id}): duplicate item in answer_any`);
  } else {
    if (src.length !== 0) err(`ERROR ${where} (${obj.id}): source_any must be [] for ${obj.kind}`);
    if (ans.length !== 0) err(`ERROR ${where} (${obj.id}): answer_any must be [] for ${obj.kind}`);
  }
});

const want = {
  'answer/zh': 70, 'answer/en': 20, 'not_covered/zh': 12,
  'not_covered/en': 3, 'refuse/zh': 8, 'refuse/en': 4,
};
for (const [k, v] of Object.entries(want)) {
  if ((counts[k] || 0) !== v) err(`ERROR count ${k}=${counts[k] || 0}, expected ${v}`);
}
for (const k of Object.keys(counts)) {
  if (!(k in want)) err(`ERROR unexpected kind/lang combination ${k} (${counts[k]})`);
}

if (errors.length) {
  for (const e of errors) console.log(e);
  process.exit(1);
}
console.log(`OK ${lines.length} lines; ` + Object.entries(want).map(([k]) => `${k}=${counts[k]}`).join(' '));
