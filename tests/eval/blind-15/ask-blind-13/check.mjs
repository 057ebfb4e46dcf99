#!/usr/bin/env node
// Dependency-free validator for ask.jsonl.
// Usage: node check.mjs /path/to/plan.txt [ask.jsonl]
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const [planPath, askArg] = process.argv.slice(2);
if (!planPath) {
  console.error('usage: node check.mjs /path/to/plan.txt [ask.jsonl]');
  process.exit(2);
}
const askPath = askArg || join(dirname(fileURLToPath(import.meta.url)), 'ask.jsonl');

const FW = { '，': ',', '；': ';', '：': ':', '（': '(', '）': ')', '！': '!', '？': '?' };
const norm = (s) => s.replace(/\s+/gu, '').replace(/[，；：（）！？]/gu, (c) => FW[c]);
const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/u;
const KEYS = ['id', 'kind', 'question', 'source_any', 'answer_any'];
const KINDS = new Set(['answer', 'not_covered', 'refuse']);

const plan = norm(readFileSync(planPath, 'utf8'));
const lines = readFileSync(askPath, 'utf8').split('\n');
while (lines.length && lines[lines.length - 1].trim() === '') lines.pop();

const errors = [];
const err = (n, msg) => errors.push(`line ${n}: ${msg}`);
const seenIds = new Set();
const seenQ = new Map();
const counts = {};

const isEnglishNumeric = (x) => {
  if (/^\d+(\.\d+)?%$/.test(x)) return true;          // percentage
  if (/^(19|20)\d{2}$/.test(x)) return true;           // year
  if (/^\d+(\.\d+)?$/.test(x)) return Number(x) < 1000; // number below 1000
  return false;
};

lines.forEach((line, i) => {
  const n = i + 1;
  let o;
  try { o = JSON.parse(line); } catch (e) { err(n, `invalid JSON: ${e.message}`); return; }
  if (o === null || typeof o !== 'object' || Array.isArray(o)) { err(n, 'not an object'); return; }
  const keys = Object.keys(o);
  if (keys.join(',') !== KEYS.join(',')) err(n, `keys must be exactly ${KEYS.join(',')} in order, got ${keys.join(',')}`);

  const expectId = 'q13' + String(n).padStart(3, '0');
  if (o.id !== expectId) err(n, `id ${o.id} expected ${expectId}`);
  if (seenIds.has(o.id)) err(n, `duplicate id ${o.id}`);
  seenIds.add(o.id);

  if (!KINDS.has(o.kind)) err(n, `invalid kind ${o.kind}`);
  if (typeof o.question !== 'string' || o.question.trim() === '') err(n, 'empty question');
  else {
    const qk = norm(o.question).toLowerCase();
    if (seenQ.has(qk)) err(n, `duplicate question (same as line ${seenQ.get(qk)})`);
    else seenQ.set(qk, n);
  }
  if (!Array.isArray(o.source_any) || !o.source_any.every((x) => typeof x === 'string')) { err(n, 'source_any must be array of strings'); return; }
  if (!Array.isArray(o.answer_any) || !o.answer_any.every((x) => typeof x === 'string')) { err(n, 'answer_any must be array of strings'); return; }

  const english = typeof o.question === 'string' && !CJK.test(o.question);
  const lang = english ? 'en' : 'zh';
  counts[`${o.kind}/${lang}`] = (counts[`${o.kind}/${lang}`] || 0) + 1;

  if (o.kind === 'answer') {
    if (o.source_any.length < 1 || o.source_any.length > 3) err(n, `source_any must have 1-3 items, has ${o.source_any.length}`);
    for (const s of o.source_any) {
      const ns = norm(s);
      const len = [...ns].length;
      if (len < 4 || len > 15) err(n, `source phrase length ${len} outside 4-15: ${s}`);
      if (!plan.includes(ns)) err(n, `source phrase not found verbatim in plan: ${s}`);
    }
    if (o.answer_any.length < 1 || o.answer_any.length > 3) err(n, `answer_any must have 1-3 items, has ${o.answer_any.length}`);
    for (const a of o.answer_any) {
      if (a.trim() === '') err(n, 'empty answer_any item');
      if (!plan.includes(norm(a))) err(n, `answer_any item not found in plan: ${a}`);
      if (english && !isEnglishNumeric(a)) err(n, `English question: answer_any item must be a percentage, year or number below 1000: ${a}`);
    }
  } else if (KINDS.has(o.kind)) {
    if (o.source_any.length) err(n, `${o.kind} must have empty source_any`);
    if (o.answer_any.length) err(n, `${o.kind} must have empty answer_any`);
  }
});

console.log(`checked ${lines.length} lines:`, JSON.stringify(counts));
if (errors.length) {
  for (const e of errors) console.error(e);
  console.error(`FAIL: ${errors.length} problem(s)`);
  process.exit(1);
}
console.log('OK');
