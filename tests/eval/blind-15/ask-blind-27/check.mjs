// check.mjs — dependency-free validator for ask-blind-27/ask.jsonl
// Usage: node check.mjs [planPath] [askPath]
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const planPath = process.argv[2] || '/work/shared/source/hangzhou-disability-plan-2021-2025.txt';
const askPath = process.argv[3] || join(here, 'ask.jsonl');

const errors = [];
const err = (msg) => errors.push(msg);
const strip = (s) => String(s).replace(/\s+/gu, '');
const HAN = /\p{Script=Han}/u;
const EN_ANSWER = /^[0-9]+(\.[0-9]+)?%?$/;
const KEYS = ['id', 'kind', 'lang', 'question', 'source_any', 'answer_any'];
const TOTAL = 117;
const PREFIX = 'q27';
const START = 1;

// [from, to, kind, lang] by running number (1-based)
const LAYOUT = [
  [1, 70, 'answer', 'zh'],
  [71, 90, 'answer', 'en'],
  [91, 102, 'not_covered', 'zh'],
  [103, 105, 'not_covered', 'en'],
  [106, 113, 'refuse', 'zh'],
  [114, 117, 'refuse', 'en'],
];
const expectedFor = (n) => LAYOUT.find(([a, b]) => n >= a && n <= b);

let plan, raw;
try { plan = readFileSync(planPath, 'utf8'); } catch (e) { console.log(`ERROR cannot read plan ${planPath}: ${e.message}`); process.exit(1); }
try { raw = readFileSync(askPath, 'utf8'); } catch (e) { console.log(`ERROR cannot read ask file ${askPath}: ${e.message}`); process.exit(1); }
const planN = strip(plan);

let lines = raw.split('\n');
if (lines.length && lines[lines.length - 1] === '') lines.pop();
if (lines.length !== TOTAL) err(`line count ${lines.length}, expected ${TOTAL}`);

const counts = {};
const seenQ = new Map();
const seenId = new Set();

lines.forEach((line, i) => {
  const ln = i + 1;
  const where = `line ${ln}`;
  if (line.trim() === '') { err(`${where}: blank line`); return; }
  if (line.endsWith('\r')) err(`${where}: CRLF line ending`);
  let o;
  try { o = JSON.parse(line); } catch (e) { err(`${where}: invalid JSON (${e.message})`); return; }
  if (o === null || typeof o !== 'object' || Array.isArray(o)) { err(`${where}: not a JSON object`); return; }
  const keys = Object.keys(o);
  if (keys.join(',') !== KEYS.join(',')) err(`${where}: keys [${keys.join(',')}] must be exactly [${KEYS.join(',')}] in that order`);

  const expId = PREFIX + String(START + i).padStart(3, '0');
  const tag = `${where} ${o.id ?? '?'}`;
  if (o.id !== expId) err(`${tag}: id should be ${expId}`);
  if (seenId.has(o.id)) err(`${tag}: duplicate id`);
  seenId.add(o.id);

  const exp = expectedFor(i + 1);
  if (exp) {
    if (o.kind !== exp[2]) err(`${tag}: kind "${o.kind}" should be "${exp[2]}"`);
    if (o.lang !== exp[3]) err(`${tag}: lang "${o.lang}" should be "${exp[3]}"`);
  } else {
    err(`${tag}: beyond layout (only ${TOTAL} items allowed)`);
  }
  if (!['answer', 'not_covered', 'refuse'].includes(o.kind)) err(`${tag}: unknown kind "${o.kind}"`);
  if (!['zh', 'en'].includes(o.lang)) err(`${tag}: unknown lang "${o.lang}"`);
  const ck = `${o.kind}/${o.lang}`;
  counts[ck] = (counts[ck] || 0) + 1;

  // question
  if (typeof o.question !== 'string' || o.question.trim() === '') {
    err(`${tag}: question missing or empty`);
  } else {
    if ([...o.question].length >= 250) err(`${tag}: question length ${[...o.question].length} must be < 250`);
    const qn = strip(o.question);
    if (seenQ.has(qn)) err(`${tag}: duplicate question (same as ${seenQ.get(qn)} ignoring whitespace)`);
    else seenQ.set(qn, o.id);
    const hasHan = HAN.test(o.question);
    if (o.lang === 'zh' && !hasHan) err(`${tag}: zh question contains no Han characters`);
    if (o.lang === 'en' && hasHan) err(`${tag}: en question contains Han characters`);
  }

  // arrays
  for (const k of ['source_any', 'answer_any']) {
    if (!Array.isArray(o[k])) { err(`${tag}: ${k} must be an array`); continue; }
    if (o[k].some((s) => typeof s !== 'string')) err(`${tag}: ${k} must contain only strings`);
    const normed = o[k].map(strip);
    if (new Set(normed).size !== normed.length) err(`${tag}: ${k} has duplicate items`);
  }
  if (!Array.isArray(o.source_any) || !Array.isArray(o.answer_any)) return;

  if (o.kind === 'answer') {
    if (o.source_any.length < 1 || o.source_any.length > 3) err(`${tag}: source_any needs 1-3 items, has ${o.source_any.length}`);
    for (const s of o.source_any) {
      const n = strip(s);
      const len = [...n].length;
      if (len < 4 || len > 15) err(`${tag}: source_any "${s}" length ${len} (whitespace removed) not in 4-15`);
      if (!planN.includes(n)) err(`${tag}: source_any "${s}" not found verbatim in plan`);
    }
    if (o.answer_any.length < 1 || o.answer_any.length > 3) err(`${tag}: answer_any needs 1-3 items, has ${o.answer_any.length}`);
    for (const a of o.answer_any) {
      const n = strip(a);
      if (n === '') { err(`${tag}: answer_any has an empty item`); continue; }
      if (!planN.includes(n)) err(`${tag}: answer_any "${a}" not found in plan`);
      if (o.lang === 'en' && !EN_ANSWER.test(a)) err(`${tag}: en answer_any "${a}" must match ${EN_ANSWER}`);
    }
  } else {
    if (o.source_any.length !== 0) err(`${tag}: ${o.kind} item must have empty source_any`);
    if (o.answer_any.length !== 0) err(`${tag}: ${o.kind} item must have empty answer_any`);
  }
});

for (const [a, b, kind, lang] of LAYOUT) {
  const want = b - a + 1;
  const got = counts[`${kind}/${lang}`] || 0;
  if (got !== want) err(`count ${kind}/${lang} is ${got}, expected ${want}`);
}

if (errors.length) {
  for (const e of errors) console.log(`ERROR ${e}`);
  process.exit(1);
}
const summary = LAYOUT.map(([, , k, l]) => `${k}/${l} ${counts[`${k}/${l}`]}`).join(', ');
console.log(`OK ${lines.length} lines; ${summary}`);
