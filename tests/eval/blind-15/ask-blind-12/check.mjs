#!/usr/bin/env node
// Validator for ask.jsonl (blind evaluation set ask-blind-12).
// Usage: node check.mjs /path/to/plan.txt [ask.jsonl]
// No dependencies. Exits non-zero on any problem.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const planPath = process.argv[2];
const askPath = process.argv[3] || join(here, 'ask.jsonl');
if (!planPath) {
  console.error('usage: node check.mjs /path/to/plan.txt [ask.jsonl]');
  process.exit(2);
}

const FW = { '，': ',', '；': ';', '：': ':', '（': '(', '）': ')', '！': '!', '？': '?' };
const norm = (s) => s.replace(/\s+/gu, '').replace(/[，；：（）！？]/gu, (c) => FW[c]);
const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/u;
const isEnglish = (q) => !CJK.test(q);
// Characters that only occur in traditional Chinese (their simplified forms differ).
const TRAD = /[殘證醫麼裡買險賠聯寫貪們這說書館專嗎達參費門請問級補貼幫議條愛運車發樣會員過國實區縣時後從開關錢辦該應將對與隊場體導聽讀學護養療資]/u;

const rawPlan = readFileSync(planPath, 'utf8');
const plan = norm(rawPlan);

const KEYS = ['id', 'kind', 'question', 'source_any', 'answer_any'];
const KINDS = new Set(['answer', 'not_covered', 'refuse']);
const errors = [];
const err = (line, msg) => errors.push(`line ${line}: ${msg}`);

const lines = readFileSync(askPath, 'utf8').split('\n');
while (lines.length && lines[lines.length - 1].trim() === '') lines.pop();

const counts = {};
for (const k of KINDS) counts[k] = { zh: 0, en: 0 };
let trad = 0;
const seenQ = new Map();
let expected = 1;

lines.forEach((text, i) => {
  const ln = i + 1;
  if (text.trim() === '') { err(ln, 'empty line'); return; }
  let o;
  try { o = JSON.parse(text); } catch (e) { err(ln, `invalid JSON: ${e.message}`); return; }
  if (o === null || typeof o !== 'object' || Array.isArray(o)) { err(ln, 'not a JSON object'); return; }
  const keys = Object.keys(o);
  if (keys.join(',') !== KEYS.join(',')) err(ln, `fields must be exactly ${KEYS.join(',')} in this order, got ${keys.join(',')}`);

  const id = `q12${String(expected).padStart(3, '0')}`;
  if (o.id !== id) err(ln, `id ${JSON.stringify(o.id)} should be ${id}`);
  if (typeof o.id !== 'string' || !/^q12\d{3}$/.test(o.id)) err(ln, `bad id format ${JSON.stringify(o.id)}`);
  expected++;

  if (!KINDS.has(o.kind)) { err(ln, `bad kind ${JSON.stringify(o.kind)}`); return; }
  if (typeof o.question !== 'string' || o.question.trim().length < 4) { err(ln, 'question missing or too short'); return; }
  const nq = norm(o.question).toLowerCase();
  if (seenQ.has(nq)) err(ln, `duplicate question (same as line ${seenQ.get(nq)})`);
  seenQ.set(nq, ln);

  const en = isEnglish(o.question);
  counts[o.kind][en ? 'en' : 'zh']++;
  if (TRAD.test(o.question)) trad++;

  if (!Array.isArray(o.source_any) || !Array.isArray(o.answer_any)) { err(ln, 'source_any and answer_any must be arrays'); return; }
  if (o.kind !== 'answer') {
    if (o.source_any.length || o.answer_any.length) err(ln, `${o.kind}: source_any and answer_any must be empty`);
    return;
  }
  if (o.source_any.length < 1 || o.source_any.length > 3) err(ln, `source_any must have 1-3 items, has ${o.source_any.length}`);
  if (o.answer_any.length < 1 || o.answer_any.length > 3) err(ln, `answer_any must have 1-3 items, has ${o.answer_any.length}`);
  for (const s of o.source_any) {
    if (typeof s !== 'string') { err(ln, 'source_any item not a string'); continue; }
    const n = norm(s);
    const len = [...n].length;
    if (len < 4 || len > 15) err(ln, `source_any ${JSON.stringify(s)} has ${len} chars (need 4-15)`);
    if (!plan.includes(n)) err(ln, `source_any ${JSON.stringify(s)} not found verbatim in plan`);
  }
  for (const a of o.answer_any) {
    if (typeof a !== 'string' || a.trim() === '') { err(ln, 'answer_any item empty or not a string'); continue; }
    if (!plan.includes(norm(a))) err(ln, `answer_any ${JSON.stringify(a)} not found in plan`);
    if (en) {
      if (!rawPlan.includes(a)) err(ln, `English question: answer_any ${JSON.stringify(a)} not in plan as written`);
      if (CJK.test(a)) err(ln, `English question: answer_any ${JSON.stringify(a)} contains Chinese characters/units`);
      for (const m of a.match(/\d+/g) || []) {
        const v = Number(m);
        const year = m.length === 4 && v >= 1900 && v <= 2100;
        if (v >= 1000 && !year) err(ln, `English question: answer_any ${JSON.stringify(a)} has number ${m} >= 1000 (thousands separator risk)`);
      }
    }
  }
});

const need = {
  answer: { total: 180, en: 30 },
  not_covered: { total: 25, en: 5 },
  refuse: { total: 20, en: 5 },
};
for (const [k, r] of Object.entries(need)) {
  const c = counts[k];
  if (c.zh + c.en < r.total) errors.push(`count: ${k} has ${c.zh + c.en}, need >= ${r.total}`);
  if (c.en < r.en) errors.push(`count: ${k} has ${c.en} English, need >= ${r.en}`);
}
if (trad < 4) errors.push(`count: ${trad} questions in traditional characters, need >= 4`);

console.log(`file: ${askPath}`);
console.log(`lines: ${lines.length}`);
for (const k of KINDS) {
  const c = counts[k];
  console.log(`${k}: ${c.zh + c.en} (Chinese ${c.zh}, English ${c.en})`);
}
console.log(`traditional-character questions: ${trad}`);
if (errors.length) {
  console.log(`\nFAIL: ${errors.length} problem(s)`);
  for (const e of errors) console.log('  ' + e);
  process.exit(1);
}
console.log('\nOK: all checks passed');
