#!/usr/bin/env node
// Validates ask.jsonl against the plan text. No dependencies.
// Usage: node check.mjs [ask.jsonl] [plan.txt]
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const askPath = process.argv[2] || join(here, 'ask.jsonl');
const planPath = process.argv[3] || '/work/shared/source/hangzhou-disability-plan-2021-2025.txt';

const squash = (s) => s.replace(/\s+/g, '');
const plan = squash(readFileSync(planPath, 'utf8'));
const lines = readFileSync(askPath, 'utf8').split('\n').filter((l, i, a) => !(l === '' && i === a.length - 1));

const KEYS = ['id', 'kind', 'question', 'source_any', 'answer_any'];
const RANGES = [
  [1, 70, 'answer', 'zh'],
  [71, 90, 'answer', 'en'],
  [91, 102, 'not_covered', 'zh'],
  [103, 105, 'not_covered', 'en'],
  [106, 113, 'refuse', 'zh'],
  [114, 117, 'refuse', 'en'],
];
const TOTAL = 117;
const errors = [];
const err = (n, msg) => errors.push(`line ${n}: ${msg}`);
const expectedKind = (k) => RANGES.find(([a, b]) => k >= a && k <= b);
const seenQ = new Map();
const counts = {};

if (lines.length !== TOTAL) errors.push(`expected ${TOTAL} lines, got ${lines.length}`);

lines.forEach((line, i) => {
  const n = i + 1;
  let o;
  try { o = JSON.parse(line); } catch (e) { err(n, `invalid JSON: ${e.message}`); return; }
  const keys = Object.keys(o);
  if (keys.join(',') !== KEYS.join(',')) err(n, `key order ${keys.join(',')} != ${KEYS.join(',')}`);
  const wantId = `q19${String(n).padStart(3, '0')}`;
  if (o.id !== wantId) err(n, `id ${o.id} != ${wantId}`);
  const r = expectedKind(n);
  if (!r) { err(n, 'beyond expected range'); return; }
  const [, , kind, lang] = r;
  if (o.kind !== kind) err(n, `kind ${o.kind} != ${kind}`);
  counts[`${kind}/${lang}`] = (counts[`${kind}/${lang}`] || 0) + 1;
  if (typeof o.question !== 'string' || !o.question.trim()) { err(n, 'empty question'); return; }
  if ([...o.question].length >= 250) err(n, `question length ${[...o.question].length} >= 250`);
  const hasHan = /[\u4e00-\u9fff]/.test(o.question);
  if (lang === 'zh' && !hasHan) err(n, 'expected a Chinese question');
  if (lang === 'en' && hasHan) err(n, 'expected an English question (no Han characters)');
  const qk = squash(o.question);
  if (seenQ.has(qk)) err(n, `duplicate question of line ${seenQ.get(qk)}`);
  seenQ.set(qk, n);
  if (!Array.isArray(o.source_any) || !Array.isArray(o.answer_any)) { err(n, 'source_any/answer_any must be arrays'); return; }
  if (kind === 'answer') {
    if (o.source_any.length < 1 || o.source_any.length > 3) err(n, `source_any has ${o.source_any.length} items (1-3)`);
    if (o.answer_any.length < 1 || o.answer_any.length > 3) err(n, `answer_any has ${o.answer_any.length} items (1-3)`);
    for (const s of o.source_any) {
      const q = squash(String(s));
      const len = [...q].length;
      if (len < 4 || len > 15) err(n, `source_any "${s}" length ${len} not in 4-15`);
      if (!plan.includes(q)) err(n, `source_any "${s}" not found in plan`);
    }
    for (const s of o.answer_any) {
      const q = squash(String(s));
      if (!q) err(n, 'empty answer_any item');
      else if (!plan.includes(q)) err(n, `answer_any "${s}" not found in plan`);
      if (lang === 'en' && /[\u4e00-\u9fff]/.test(q)) err(n, `English answer_any "${s}" contains Han characters`);
    }
  } else {
    if (o.source_any.length !== 0) err(n, 'source_any must be []');
    if (o.answer_any.length !== 0) err(n, 'answer_any must be []');
  }
});

for (const [a, b, kind, lang] of RANGES) {
  const want = b - a + 1;
  const got = counts[`${kind}/${lang}`] || 0;
  if (got !== want) errors.push(`count ${kind}/${lang}: ${got} != ${want}`);
}

if (errors.length) {
  console.error(`FAIL: ${errors.length} problem(s)`);
  for (const e of errors) console.error('  ' + e);
  process.exit(1);
}
console.log(`OK: ${lines.length} lines; ` + RANGES.map(([a, b, k, l]) => `${k}/${l}=${counts[`${k}/${l}`]}`).join(', '));
