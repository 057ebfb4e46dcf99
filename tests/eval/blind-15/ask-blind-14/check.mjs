#!/usr/bin/env node
// Dependency-free validator for ask-blind-14.
// Usage: node check.mjs /path/to/plan.txt [ask.jsonl]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const planPath = process.argv[2];
const askPath = process.argv[3] || path.join(here, 'ask.jsonl');
if (!planPath) { console.error('usage: node check.mjs /path/to/plan.txt [ask.jsonl]'); process.exit(2); }

const FW = { '，': ',', '；': ';', '：': ':', '（': '(', '）': ')', '！': '!', '？': '?' };
const norm = (s) => String(s).replace(/\s+/gu, '').replace(/[，；：（）！？]/gu, (c) => FW[c]);
const plan = norm(fs.readFileSync(planPath, 'utf8'));
const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/u;
const ENG_OK = /^(?:\d{1,3}(?:\.\d+)?%|(?:19|20)\d{2}|\d{1,3}(?:\.\d+)?)$/;
const KEYS = ['id', 'kind', 'question', 'source_any', 'answer_any'];
const KINDS = new Set(['answer', 'not_covered', 'refuse']);

const errors = [];
const err = (n, m) => errors.push(`line ${n}: ${m}`);
const lines = fs.readFileSync(askPath, 'utf8').split('\n');
if (lines.length && lines[lines.length - 1] === '') lines.pop();
const seenQ = new Map();
const counts = {};
let expected = 1;
lines.forEach((line, i) => {
  const n = i + 1;
  let o;
  try { o = JSON.parse(line); } catch (e) { err(n, 'invalid JSON: ' + e.message); expected++; return; }
  if (!o || typeof o !== 'object' || Array.isArray(o)) { err(n, 'not an object'); expected++; return; }
  const keys = Object.keys(o);
  if (keys.join(',') !== KEYS.join(',')) err(n, `keys must be exactly ${KEYS.join(',')} in order, got ${keys.join(',')}`);
  const want = 'q14' + String(expected).padStart(3, '0');
  if (o.id !== want) err(n, `id ${o.id} expected ${want}`);
  expected++;
  if (!KINDS.has(o.kind)) err(n, `bad kind ${o.kind}`);
  if (typeof o.question !== 'string' || !o.question.trim()) err(n, 'empty question');
  const q = norm(o.question || '').toLowerCase();
  if (seenQ.has(q)) err(n, `duplicate question of line ${seenQ.get(q)}`); else seenQ.set(q, n);
  if (!Array.isArray(o.source_any) || !Array.isArray(o.answer_any)) { err(n, 'source_any/answer_any must be arrays'); return; }
  const english = !CJK.test(o.question || '');
  const key = `${o.kind}/${english ? 'en' : 'zh'}`;
  counts[key] = (counts[key] || 0) + 1;
  if (o.kind === 'answer') {
    if (o.source_any.length < 1 || o.source_any.length > 3) err(n, 'source_any must have 1-3 items');
    for (const s of o.source_any) {
      if (typeof s !== 'string') { err(n, 'source_any item not string'); continue; }
      const ns = norm(s);
      const len = [...ns].length;
      if (len < 4 || len > 15) err(n, `source_any "${s}" length ${len} not in 4-15`);
      if (!plan.includes(ns)) err(n, `source_any "${s}" not found in plan`);
    }
    if (o.answer_any.length < 1 || o.answer_any.length > 3) err(n, 'answer_any must have 1-3 items');
    for (const a of o.answer_any) {
      if (typeof a !== 'string' || !a.trim()) { err(n, 'answer_any item empty/not string'); continue; }
      if (!plan.includes(norm(a))) err(n, `answer_any "${a}" not found in plan`);
      if (english && !ENG_OK.test(a)) err(n, `English question: answer_any "${a}" must be a percentage, year or number below 1000`);
    }
  } else {
    if (o.source_any.length) err(n, `${o.kind}: source_any must be []`);
    if (o.answer_any.length) err(n, `${o.kind}: answer_any must be []`);
  }
});
console.log('lines:', lines.length);
for (const k of Object.keys(counts).sort()) console.log(`  ${k}: ${counts[k]}`);
if (errors.length) { console.error(errors.join('\n')); console.error(`FAIL: ${errors.length} problem(s)`); process.exit(1); }
console.log('OK');
