#!/usr/bin/env node
// Checker for the blind-1 evaluation set. Plain Node.js, no dependencies.
// Usage: node /work/blind/blind-1/check.mjs
// Verifies:
//  - every line of search.jsonl and ask.jsonl is valid JSON with the expected fields
//  - ids are unique (across both files) and use the b1s / b1a prefixes
//  - each file has >= 100 lines
//  - every source_any phrase occurs verbatim in the plan text
//    (after removing all whitespace on both sides and treating full-/half-width ，；：（）！？ as equal)
//  - every answer case's answer_any items occur in the plan text under the same normalisation
//  - source_any phrases are 4–15 characters long (normalised)
//  - kind values are valid, and minimum counts per ask kind are met
// Prints counts per kind and exits non-zero on any error.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
// The project's own copy of the official text.
const PLAN = join(here, '../../../content/source/hangzhou-disability-plan-2021-2025.txt');
const SEARCH = join(here, 'search.jsonl');
const ASK = join(here, 'ask.jsonl');

const WIDTH = { '，': ',', '；': ';', '：': ':', '（': '(', '）': ')', '！': '!', '？': '?' };
function norm(s) {
  return String(s)
    .replace(/\s+/gu, '')
    .replace(/[，；：（）！？]/gu, (c) => WIDTH[c]);
}

const errors = [];
const warnings = [];
const plan = norm(readFileSync(PLAN, 'utf8'));

function readJsonl(path) {
  const raw = readFileSync(path, 'utf8');
  const lines = raw.split('\n').filter((l) => l.trim() !== '');
  const rows = [];
  lines.forEach((line, i) => {
    try {
      rows.push({ row: JSON.parse(line), lineNo: i + 1 });
    } catch (e) {
      errors.push(`${path}:${i + 1}: invalid JSON (${e.message})`);
    }
  });
  return { rows, lineCount: lines.length };
}

function charLen(s) {
  return [...norm(s)].length;
}

const ids = new Map();
function checkId(id, where, prefix) {
  if (typeof id !== 'string' || !id.startsWith(prefix)) errors.push(`${where}: id ${JSON.stringify(id)} must start with ${prefix}`);
  if (ids.has(id)) errors.push(`${where}: duplicate id ${id} (also at ${ids.get(id)})`);
  else ids.set(id, where);
}

function checkPhrases(list, field, where, { required, lengthRule }) {
  if (!Array.isArray(list)) {
    errors.push(`${where}: ${field} must be an array`);
    return;
  }
  if (required && list.length === 0) errors.push(`${where}: ${field} must not be empty`);
  for (const p of list) {
    if (typeof p !== 'string' || p.trim() === '') {
      errors.push(`${where}: ${field} item must be a non-empty string`);
      continue;
    }
    if (!plan.includes(norm(p))) errors.push(`${where}: ${field} "${p}" not found in plan text`);
    if (lengthRule) {
      const n = charLen(p);
      if (n < 4 || n > 15) errors.push(`${where}: ${field} "${p}" has ${n} chars (want 4–15)`);
    }
  }
  if (list.length > 3 && field === 'source_any') warnings.push(`${where}: ${field} has ${list.length} alternatives (brief suggests 1–3)`);
}

function isEnglish(text) {
  const latin = (text.match(/[A-Za-z]/g) || []).length;
  const han = (text.match(/\p{Script=Han}/gu) || []).length;
  return latin > 0 && latin >= han * 2;
}

// ---- search.jsonl ----
const SEARCH_KINDS = ['everyday', 'description', 'abbreviation', 'typo', 'traditional', 'english', 'partial', 'term'];
const searchCounts = Object.fromEntries(SEARCH_KINDS.map((k) => [k, 0]));
const s = readJsonl(SEARCH);
if (s.lineCount < 100) errors.push(`search.jsonl: ${s.lineCount} lines, need >= 100`);
for (const { row, lineNo } of s.rows) {
  const where = `search.jsonl:${lineNo} (${row.id})`;
  checkId(row.id, where, 'b1s');
  if (!SEARCH_KINDS.includes(row.kind)) errors.push(`${where}: unknown kind ${row.kind}`);
  else searchCounts[row.kind]++;
  if (typeof row.query !== 'string' || row.query.trim() === '') errors.push(`${where}: query missing`);
  if (row.top !== 5) errors.push(`${where}: top must be 5`);
  checkPhrases(row.source_any, 'source_any', where, { required: true, lengthRule: true });
  if (row.kind === 'english' && !isEnglish(row.query)) warnings.push(`${where}: english query contains mostly non-Latin text`);
}

// ---- ask.jsonl ----
const ASK_KINDS = ['answer', 'not_covered', 'refuse'];
const askCounts = Object.fromEntries(ASK_KINDS.map((k) => [k, 0]));
const askEnglish = Object.fromEntries(ASK_KINDS.map((k) => [k, 0]));
const a = readJsonl(ASK);
if (a.lineCount < 100) errors.push(`ask.jsonl: ${a.lineCount} lines, need >= 100`);
for (const { row, lineNo } of a.rows) {
  const where = `ask.jsonl:${lineNo} (${row.id})`;
  checkId(row.id, where, 'b1a');
  if (!ASK_KINDS.includes(row.kind)) {
    errors.push(`${where}: unknown kind ${row.kind}`);
    continue;
  }
  askCounts[row.kind]++;
  if (typeof row.question !== 'string' || row.question.trim() === '') errors.push(`${where}: question missing`);
  else if (isEnglish(row.question)) askEnglish[row.kind]++;
  if (row.kind === 'answer') {
    checkPhrases(row.source_any, 'source_any', where, { required: true, lengthRule: true });
    checkPhrases(row.answer_any, 'answer_any', where, { required: true, lengthRule: false });
  } else if (row.kind === 'not_covered') {
    if (!Array.isArray(row.source_any) || row.source_any.length) errors.push(`${where}: not_covered needs empty source_any`);
    if (!Array.isArray(row.answer_any) || row.answer_any.length) errors.push(`${where}: not_covered needs empty answer_any`);
  } else if (row.kind === 'refuse') {
    if (!Array.isArray(row.source_any) || row.source_any.length) errors.push(`${where}: refuse needs empty source_any`);
    if (!Array.isArray(row.answer_any) || row.answer_any.some((x) => x !== '12345')) errors.push(`${where}: refuse answer_any may only contain "12345"`);
  }
}
if (askCounts.answer < 70) errors.push(`ask.jsonl: ${askCounts.answer} answer cases, need >= 70`);
if (askCounts.not_covered < 15) errors.push(`ask.jsonl: ${askCounts.not_covered} not_covered cases, need >= 15`);
if (askCounts.refuse < 10) errors.push(`ask.jsonl: ${askCounts.refuse} refuse cases, need >= 10`);
const englishAsk = Object.values(askEnglish).reduce((x, y) => x + y, 0);
if (englishAsk < 15) errors.push(`ask.jsonl: ${englishAsk} English questions, need >= 15`);

// ---- report ----
console.log(`plan text: ${PLAN} (${plan.length} chars after normalisation)`);
console.log(`search.jsonl: ${s.lineCount} lines`);
for (const k of SEARCH_KINDS) console.log(`  ${k.padEnd(13)} ${searchCounts[k]}`);
console.log(`ask.jsonl: ${a.lineCount} lines (${englishAsk} in English)`);
for (const k of ASK_KINDS) console.log(`  ${k.padEnd(13)} ${askCounts[k]} (English: ${askEnglish[k]})`);
for (const w of warnings) console.log(`WARN  ${w}`);
for (const e of errors) console.log(`ERROR ${e}`);
if (errors.length) {
  console.log(`FAIL: ${errors.length} error(s)`);
  process.exit(1);
}
console.log('OK: all checks passed');
