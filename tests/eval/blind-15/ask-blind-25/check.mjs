// check.mjs — validator for ask-blind-25/ask.jsonl (no dependencies, read-only).
// Usage: node check.mjs [planPath] [askPath]
//   planPath defaults to /work/shared/source/hangzhou-disability-plan-2021-2025.txt
//   askPath  defaults to ask.jsonl next to this script
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const planPath = process.argv[2] || '/work/shared/source/hangzhou-disability-plan-2021-2025.txt';
const askPath = process.argv[3] || join(here, 'ask.jsonl');

const errors = [];
const err = (msg) => errors.push(msg);
const strip = (s) => s.replace(/\s+/gu, '');
const len = (s) => [...s].length;
const HAN = /\p{Script=Han}/u;
const EN_ANSWER = /^[0-9]+(\.[0-9]+)?%?$/;
const KEYS = ['id', 'kind', 'lang', 'question', 'source_any', 'answer_any'];
const TOTAL = 117;

// id ranges -> expected kind/lang
const RANGES = [
  { from: 1, to: 70, kind: 'answer', lang: 'zh' },
  { from: 71, to: 90, kind: 'answer', lang: 'en' },
  { from: 91, to: 102, kind: 'not_covered', lang: 'zh' },
  { from: 103, to: 105, kind: 'not_covered', lang: 'en' },
  { from: 106, to: 113, kind: 'refuse', lang: 'zh' },
  { from: 114, to: 117, kind: 'refuse', lang: 'en' },
];
const expectedFor = (n) => RANGES.find((r) => n >= r.from && n <= r.to);

let planRaw, askRaw;
try { planRaw = readFileSync(planPath, 'utf8'); } catch (e) { console.log(`ERROR cannot read plan ${planPath}: ${e.message}`); process.exit(1); }
try { askRaw = readFileSync(askPath, 'utf8'); } catch (e) { console.log(`ERROR cannot read ${askPath}: ${e.message}`); process.exit(1); }
const plan = strip(planRaw);

let lines = askRaw.split('\n');
if (lines.length && lines[lines.length - 1] === '') lines.pop();
if (lines.length !== TOTAL) err(`line count ${lines.length}, expected ${TOTAL}`);

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
  if (keys.join(',') !== KEYS.join(',')) err(`${where}: keys ${JSON.stringify(keys)} != ${JSON.stringify(KEYS)}`);

  const expId = `q25${String(ln).padStart(3, '0')}`;
  if (o.id !== expId) err(`${where}: id ${JSON.stringify(o.id)}, expected ${expId}`);
  const tag = `${where} (${o.id})`;

  const exp = expectedFor(ln);
  if (exp) {
    if (o.kind !== exp.kind) err(`${tag}: kind ${JSON.stringify(o.kind)}, expected ${exp.kind}`);
    if (o.lang !== exp.lang) err(`${tag}: lang ${JSON.stringify(o.lang)}, expected ${exp.lang}`);
  } else {
    err(`${tag}: line number beyond id ranges`);
  }
  const key = `${o.kind}/${o.lang}`;
  counts[key] = (counts[key] || 0) + 1;

  // question
  if (typeof o.question !== 'string' || o.question.trim() === '') {
    err(`${tag}: question missing or empty`);
  } else {
    if (len(o.question) >= 250) err(`${tag}: question is ${len(o.question)} chars (must be < 250)`);
    const norm = strip(o.question);
    if (seenQ.has(norm)) err(`${tag}: duplicate question (same as ${seenQ.get(norm)})`);
    else seenQ.set(norm, o.id);
    if (o.lang === 'zh' && !HAN.test(o.question)) err(`${tag}: zh question has no Han characters`);
    if (o.lang === 'en' && HAN.test(o.question)) err(`${tag}: en question contains Han characters`);
  }

  const sa = o.source_any, aa = o.answer_any;
  if (!Array.isArray(sa)) err(`${tag}: source_any is not an array`);
  if (!Array.isArray(aa)) err(`${tag}: answer_any is not an array`);
  if (!Array.isArray(sa) || !Array.isArray(aa)) return;

  if (o.kind === 'answer') {
    if (sa.length < 1 || sa.length > 3) err(`${tag}: source_any has ${sa.length} items (need 1-3)`);
    if (aa.length < 1 || aa.length > 3) err(`${tag}: answer_any has ${aa.length} items (need 1-3)`);
    sa.forEach((p, k) => {
      if (typeof p !== 'string') { err(`${tag}: source_any[${k}] not a string`); return; }
      const s = strip(p);
      if (len(s) < 4 || len(s) > 15) err(`${tag}: source_any[${k}] ${JSON.stringify(p)} is ${len(s)} chars without whitespace (need 4-15)`);
      if (!plan.includes(s)) err(`${tag}: source_any[${k}] ${JSON.stringify(p)} not found in plan`);
    });
    aa.forEach((a, k) => {
      if (typeof a !== 'string') { err(`${tag}: answer_any[${k}] not a string`); return; }
      const s = strip(a);
      if (len(s) < 1 || len(s) > 30) err(`${tag}: answer_any[${k}] ${JSON.stringify(a)} is ${len(s)} chars (need 1-30)`);
      if (!plan.includes(s)) err(`${tag}: answer_any[${k}] ${JSON.stringify(a)} not found in plan`);
      if (o.lang === 'en' && !EN_ANSWER.test(a)) err(`${tag}: en answer_any[${k}] ${JSON.stringify(a)} does not match ${EN_ANSWER}`);
    });
    const dupS = sa.filter((x, k) => sa.indexOf(x) !== k);
    if (dupS.length) err(`${tag}: duplicate entries in source_any`);
    const dupA = aa.filter((x, k) => aa.indexOf(x) !== k);
    if (dupA.length) err(`${tag}: duplicate entries in answer_any`);
  } else if (o.kind === 'not_covered' || o.kind === 'refuse') {
    if (sa.length !== 0) err(`${tag}: source_any must be [] for ${o.kind}`);
    if (aa.length !== 0) err(`${tag}: answer_any must be [] for ${o.kind}`);
  } else {
    err(`${tag}: unknown kind ${JSON.stringify(o.kind)}`);
  }
});

const order = ['answer/zh', 'answer/en', 'not_covered/zh', 'not_covered/en', 'refuse/zh', 'refuse/en'];
const expectedCounts = Object.fromEntries(RANGES.map((r) => [`${r.kind}/${r.lang}`, r.to - r.from + 1]));
for (const k of order) {
  if ((counts[k] || 0) !== expectedCounts[k]) err(`count ${k}=${counts[k] || 0}, expected ${expectedCounts[k]}`);
}
for (const k of Object.keys(counts)) if (!order.includes(k)) err(`unexpected kind/lang combination ${k} (${counts[k]})`);

if (errors.length) {
  for (const e of errors) console.log(`ERROR ${e}`);
  console.log(`${errors.length} error(s)`);
  process.exit(1);
}
console.log(`OK ${lines.length} lines; ` + order.map((k) => `${k}=${counts[k]}`).join(' '));
