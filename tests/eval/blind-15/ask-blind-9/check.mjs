#!/usr/bin/env node
// Validator for ask-blind-9/ask.jsonl. No dependencies.
// Usage: node check.mjs /path/to/plan.txt [ask.jsonl]
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
const norm = (s) => s.replace(/\s+/g, '').replace(/[，；：（）！？]/g, (c) => FW[c]);
// CJK ideographs, CJK symbols/punctuation, full-width forms, kana, hangul, bopomofo, etc.
const CJK = /[\u2E80-\u2FFF\u3000-\u303F\u3040-\u31FF\u3200-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA960-\uA97F\uAC00-\uD7AF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF\u{20000}-\u{2FA1F}]/u;
const dedupKey = (q) => q.toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '');

const plan = norm(readFileSync(planPath, 'utf8'));
const lines = readFileSync(askPath, 'utf8').split('\n');
const errors = [];
const err = (n, m) => errors.push(`line ${n}: ${m}`);
const FIELDS = ['id', 'kind', 'question', 'source_any', 'answer_any'];
const KINDS = ['answer', 'not_covered', 'refuse'];
const MIN = { answer: [100, 20], not_covered: [18, 4], refuse: [14, 4] };
const counts = Object.fromEntries(KINDS.map((k) => [k, { zh: 0, en: 0 }]));
const ids = new Set();
const qs = new Map();

lines.forEach((raw, idx) => {
  const n = idx + 1;
  if (raw.trim() === '') {
    if (idx !== lines.length - 1) err(n, 'empty line');
    return;
  }
  let o;
  try { o = JSON.parse(raw); } catch (e) { err(n, `invalid JSON: ${e.message}`); return; }
  if (o === null || typeof o !== 'object' || Array.isArray(o)) { err(n, 'not an object'); return; }
  const keys = Object.keys(o);
  if (keys.length !== 5 || !FIELDS.every((f) => keys.includes(f))) {
    err(n, `fields must be exactly ${FIELDS.join(', ')} (got ${keys.join(', ')})`);
    return;
  }
  const { id, kind, question, source_any: src, answer_any: ans } = o;
  if (typeof id !== 'string' || !/^q9\d{3}$/.test(id)) err(n, `bad id ${JSON.stringify(id)}`);
  else if (ids.has(id)) err(n, `duplicate id ${id}`);
  else ids.add(id);
  if (!KINDS.includes(kind)) { err(n, `bad kind ${JSON.stringify(kind)}`); return; }
  if (typeof question !== 'string' || question.trim() === '') { err(n, 'empty question'); return; }
  if (!Array.isArray(src) || !src.every((x) => typeof x === 'string')) err(n, 'source_any must be a list of strings');
  if (!Array.isArray(ans) || !ans.every((x) => typeof x === 'string')) err(n, 'answer_any must be a list of strings');
  const english = !CJK.test(question);
  counts[kind][english ? 'en' : 'zh']++;
  const key = dedupKey(question);
  if (qs.has(key)) err(n, `duplicate question (same as ${qs.get(key)})`);
  else qs.set(key, id);
  if (!Array.isArray(src) || !Array.isArray(ans)) return;
  if (kind === 'answer') {
    if (src.length < 1 || src.length > 3) err(n, `${id}: source_any needs 1-3 phrases (got ${src.length})`);
    if (ans.length < 1 || ans.length > 3) err(n, `${id}: answer_any needs 1-3 facts (got ${ans.length})`);
    for (const p of src) {
      const np = norm(p);
      const len = [...np].length;
      if (len < 4 || len > 15) err(n, `${id}: source phrase "${p}" has ${len} chars (need 4-15)`);
      if (!plan.includes(np)) err(n, `${id}: source phrase "${p}" not found in plan`);
    }
    for (const a of ans) {
      const na = norm(a);
      if (!na) err(n, `${id}: empty answer fact`);
      else if (!plan.includes(na)) err(n, `${id}: answer fact "${a}" not found in plan`);
      if (english && CJK.test(a)) err(n, `${id}: English question has CJK answer fact "${a}"`);
    }
  } else {
    if (src.length !== 0) err(n, `${id}: ${kind} must have empty source_any`);
    if (ans.length !== 0) err(n, `${id}: ${kind} must have empty answer_any`);
  }
});

for (const k of KINDS) {
  const [minAll, minEn] = MIN[k];
  const c = counts[k];
  if (c.zh + c.en < minAll) errors.push(`${k}: ${c.zh + c.en} questions, need at least ${minAll}`);
  if (c.en < minEn) errors.push(`${k}: ${c.en} English questions, need at least ${minEn}`);
}

console.log('kind          total  chinese  english');
let tz = 0, te = 0;
for (const k of KINDS) {
  const c = counts[k];
  tz += c.zh; te += c.en;
  console.log(`${k.padEnd(13)} ${String(c.zh + c.en).padStart(5)}  ${String(c.zh).padStart(7)}  ${String(c.en).padStart(7)}`);
}
console.log(`${'all'.padEnd(13)} ${String(tz + te).padStart(5)}  ${String(tz).padStart(7)}  ${String(te).padStart(7)}`);

if (errors.length) {
  console.log(`\n${errors.length} error(s):`);
  for (const e of errors) console.log('  ' + e);
  process.exit(1);
}
console.log('OK: all checks passed');
