// Dependency-free validator for ask-blind-30. Usage: node check.mjs [planPath] [askPath]
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
const here = dirname(fileURLToPath(import.meta.url));
const planPath = process.argv[2] || '/work/shared/source/hangzhou-disability-plan-2021-2025.txt';
const askPath = process.argv[3] || join(here, 'ask.jsonl');
const ws = (s) => s.replace(/\s+/g, '');
const plan = ws(readFileSync(planPath, 'utf8'));
const lines = readFileSync(askPath, 'utf8').split('\n');
if (lines[lines.length - 1] === '') lines.pop();
const errs = [];
const err = (m) => errs.push('ERROR ' + m);
const HAN = /\p{Script=Han}/u;
const EN_ANS = /^[0-9]+(\.[0-9]+)?%?$/;
const KEYS = ['id', 'kind', 'lang', 'question', 'source_any', 'answer_any'];
function expected(n) {
  if (n <= 70) return ['answer', 'zh'];
  if (n <= 90) return ['answer', 'en'];
  if (n <= 102) return ['not_covered', 'zh'];
  if (n <= 105) return ['not_covered', 'en'];
  if (n <= 113) return ['refuse', 'zh'];
  return ['refuse', 'en'];
}
if (lines.length !== 117) err(`expected 117 lines, got ${lines.length}`);
const seenQ = new Map();
const counts = {};
lines.forEach((line, i) => {
  const n = i + 1;
  const at = `line ${n}`;
  let o;
  try { o = JSON.parse(line); } catch (e) { err(`${at}: invalid JSON (${e.message})`); return; }
  if (!o || typeof o !== 'object' || Array.isArray(o)) { err(`${at}: not an object`); return; }
  const keys = Object.keys(o);
  if (keys.join(',') !== KEYS.join(',')) err(`${at}: keys must be exactly ${KEYS.join(',')} in order, got ${keys.join(',')}`);
  const id = `q${30000 + n}`;
  if (o.id !== id) err(`${at}: id ${o.id} should be ${id}`);
  const [ek, el] = expected(n);
  if (o.kind !== ek) err(`${at} ${o.id}: kind ${o.kind} should be ${ek}`);
  if (o.lang !== el) err(`${at} ${o.id}: lang ${o.lang} should be ${el}`);
  counts[`${o.kind}/${o.lang}`] = (counts[`${o.kind}/${o.lang}`] || 0) + 1;
  const q = o.question;
  if (typeof q !== 'string' || !q.trim()) { err(`${at} ${o.id}: question missing`); }
  else {
    if ([...q].length >= 250) err(`${at} ${o.id}: question length ${[...q].length} >= 250`);
    const k = ws(q);
    if (seenQ.has(k)) err(`${at} ${o.id}: duplicate question of ${seenQ.get(k)}`); else seenQ.set(k, o.id);
    if (o.lang === 'zh' && !HAN.test(q)) err(`${at} ${o.id}: zh question has no Han characters`);
    if (o.lang === 'en' && HAN.test(q)) err(`${at} ${o.id}: en question contains Han characters`);
  }
  const sa = o.source_any, aa = o.answer_any;
  if (!Array.isArray(sa) || !Array.isArray(aa)) { err(`${at} ${o.id}: source_any/answer_any must be arrays`); return; }
  if (o.kind === 'answer') {
    if (sa.length < 1 || sa.length > 3) err(`${at} ${o.id}: source_any needs 1-3 items, has ${sa.length}`);
    if (aa.length < 1 || aa.length > 3) err(`${at} ${o.id}: answer_any needs 1-3 items, has ${aa.length}`);
    for (const s of sa) {
      if (typeof s !== 'string') { err(`${at} ${o.id}: source item not a string`); continue; }
      const w = ws(s); const len = [...w].length;
      if (len < 4 || len > 15) err(`${at} ${o.id}: source "${s}" length ${len} not in 4-15`);
      if (!plan.includes(w)) err(`${at} ${o.id}: source "${s}" not found in plan`);
    }
    for (const a of aa) {
      if (typeof a !== 'string' || !ws(a)) { err(`${at} ${o.id}: empty/non-string answer item`); continue; }
      const w = ws(a);
      if (o.lang === 'en' && !EN_ANS.test(a)) err(`${at} ${o.id}: en answer "${a}" must match ^[0-9]+(\\.[0-9]+)?%?$`);
      if (!plan.includes(w)) err(`${at} ${o.id}: answer "${a}" not printed in plan`);
    }
  } else {
    if (sa.length !== 0) err(`${at} ${o.id}: ${o.kind} source_any must be []`);
    if (aa.length !== 0) err(`${at} ${o.id}: ${o.kind} answer_any must be []`);
  }
});
const want = { 'answer/zh': 70, 'answer/en': 20, 'not_covered/zh': 12, 'not_covered/en': 3, 'refuse/zh': 8, 'refuse/en': 4 };
for (const [k, v] of Object.entries(want)) if ((counts[k] || 0) !== v) err(`count ${k} = ${counts[k] || 0}, expected ${v}`);
if (errs.length) { for (const e of errs) console.log(e); process.exit(1); }
console.log(`OK ${lines.length} lines; ` + Object.entries(want).map(([k]) => `${k}=${counts[k]}`).join(', '));
