#!/usr/bin/env node
// Blind evaluation set "blind-2" — structural and verbatim-source checker.
// Plain Node.js ESM, no dependencies.
//
// Usage:
//   node check.mjs [path/to/hangzhou-disability-plan-2021-2025.txt]
// Without an argument the plan is looked up at
//   ../../../content/source/hangzhou-disability-plan-2021-2025.txt
// relative to this script's folder (the layout of tests/eval/blind-2/ in the project).

import { readFileSync, existsSync } from 'node:fs';
import { dirname, resolve, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const planPath = process.argv[2]
  ? resolve(process.argv[2])
  : resolve(here, '../../../content/source/hangzhou-disability-plan-2021-2025.txt');

const errors = [];
const err = (msg) => errors.push(msg);

// ---------- normalisation (identical on both sides) ----------
// Remove all whitespace; map full-width ，；：（）！？ to half-width. Nothing else.
const FULL_TO_HALF = { '，': ',', '；': ';', '：': ':', '（': '(', '）': ')', '！': '!', '？': '?' };
const norm = (s) =>
  String(s)
    .replace(/\s+/gu, '')
    .replace(/[，；：（）！？]/gu, (c) => FULL_TO_HALF[c]);
const charLen = (s) => [...s].length;

// ---------- configuration ----------
const SEARCH_MIN = {
  everyday: 20,
  description: 16,
  abbreviation: 10,
  typo: 16,
  traditional: 10,
  english: 16,
  partial: 8,
  term: 10,
};
const SEARCH_TOTAL_MIN = 110;
const ASK_MIN = { answer: 105, not_covered: 15, refuse: 10 };
const ASK_ENGLISH_ANSWER_MIN = 15;
const ASK_TOTAL_MIN = 130;
const PHRASE_MIN = 4;
const PHRASE_MAX = 15;

const SEARCH_KEYS = ['id', 'kind', 'query', 'top', 'source_any'];
const ASK_KEYS = ['id', 'kind', 'question', 'source_any', 'answer_any'];

// A small set of characters that exist only in traditional script (their
// simplified forms differ). A "traditional" query must contain at least one.
const TRAD_CHARS = new Set(
  '殘護補貼礙無兒復讀與業間適隨學費車醫養機構願聯覽圖專區協會條難險職訓練幫務權輔獻應爭處資發衛勞動對這們說話聽見視聾啞體療腦齡養託級過還單證龍島東門關開歲歡靈鄰嗎讓網總計劃規範蓋標準幹裡沒現達領樣頭麼從給請問辦'
);

const HAN = /\p{Script=Han}/gu;
const LATIN = /[A-Za-z]/g;
const isEnglish = (s) => {
  const latin = (s.match(LATIN) || []).length;
  const han = (s.match(HAN) || []).length;
  return /^[A-Za-z0-9]/.test(s.trim()) && latin >= 10 && latin > 3 * han;
};

// ---------- load plan ----------
if (!existsSync(planPath)) {
  console.error(`ERROR: plan text not found at ${planPath}`);
  console.error('Pass the path as the first argument: node check.mjs /path/to/hangzhou-disability-plan-2021-2025.txt');
  process.exit(2);
}
const planNorm = norm(readFileSync(planPath, 'utf8'));
if (planNorm.length < 1000) err(`plan text at ${planPath} looks too short (${planNorm.length} chars)`);

// ---------- helpers ----------
function readJsonl(file) {
  const p = join(here, file);
  if (!existsSync(p)) {
    err(`${file}: file missing`);
    return [];
  }
  const raw = readFileSync(p, 'utf8').replace(/^\uFEFF/, '');
  const lines = raw.split(/\r?\n/);
  if (lines.length && lines[lines.length - 1] === '') lines.pop(); // trailing newline
  const rows = [];
  lines.forEach((line, i) => {
    const where = `${file}:${i + 1}`;
    if (line.trim() === '') {
      err(`${where}: empty line`);
      return;
    }
    try {
      const obj = JSON.parse(line);
      if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) {
        err(`${where}: not a JSON object`);
        return;
      }
      rows.push({ where, obj });
    } catch (e) {
      err(`${where}: invalid JSON (${e.message})`);
    }
  });
  return rows;
}

function checkKeys(where, obj, keys) {
  for (const k of keys) if (!(k in obj)) err(`${where}: missing field "${k}"`);
  for (const k of Object.keys(obj)) if (!keys.includes(k)) err(`${where}: unexpected field "${k}"`);
}

function checkStringArray(where, name, v) {
  if (!Array.isArray(v)) {
    err(`${where}: ${name} must be an array`);
    return false;
  }
  let ok = true;
  v.forEach((x, j) => {
    if (typeof x !== 'string' || norm(x) === '') {
      err(`${where}: ${name}[${j}] must be a non-empty string`);
      ok = false;
    }
  });
  return ok;
}

function checkSourcePhrases(where, arr) {
  const seen = new Set();
  for (const ph of arr) {
    const n = norm(ph);
    const len = charLen(n);
    if (len < PHRASE_MIN || len > PHRASE_MAX)
      err(`${where}: source phrase "${ph}" has ${len} chars (allowed ${PHRASE_MIN}-${PHRASE_MAX})`);
    if (!planNorm.includes(n)) err(`${where}: source phrase "${ph}" not found verbatim in plan`);
    if (seen.has(n)) err(`${where}: duplicate source phrase "${ph}"`);
    seen.add(n);
  }
}

function checkAnswerItems(where, arr) {
  for (const a of arr) {
    if (!planNorm.includes(norm(a))) err(`${where}: answer item "${a}" not found in plan`);
  }
}

const allIds = new Set();
function checkId(where, id, prefix) {
  if (typeof id !== 'string' || !new RegExp(`^${prefix}\\d{3,}$`).test(id)) {
    err(`${where}: id "${id}" must look like ${prefix}001`);
  }
  if (allIds.has(id)) err(`${where}: duplicate id "${id}"`);
  allIds.add(id);
}

// ---------- search.jsonl ----------
const searchCounts = Object.fromEntries(Object.keys(SEARCH_MIN).map((k) => [k, 0]));
const searchTexts = new Map();
const searchRows = readJsonl('search.jsonl');
for (const { where, obj } of searchRows) {
  checkKeys(where, obj, SEARCH_KEYS);
  checkId(where, obj.id, 'b2s');
  if (!(obj.kind in SEARCH_MIN)) err(`${where}: invalid kind "${obj.kind}"`);
  else searchCounts[obj.kind]++;
  if (typeof obj.query !== 'string' || obj.query.trim() === '') err(`${where}: query must be a non-empty string`);
  else {
    const q = norm(obj.query);
    if (searchTexts.has(q)) err(`${where}: duplicate query (same as ${searchTexts.get(q)})`);
    else searchTexts.set(q, obj.id);
    if (obj.kind === 'english' && /\p{Script=Han}/u.test(obj.query))
      err(`${where}: english query contains Chinese characters`);
    if (obj.kind === 'traditional' && ![...obj.query].some((c) => TRAD_CHARS.has(c)))
      err(`${where}: traditional query contains no traditional-only character`);
  }
  if (!Number.isInteger(obj.top) || obj.top < 1 || obj.top > 50) err(`${where}: top must be an integer 1-50`);
  if (checkStringArray(where, 'source_any', obj.source_any)) {
    if (obj.source_any.length < 1 || obj.source_any.length > 3) err(`${where}: source_any must have 1-3 phrases`);
    checkSourcePhrases(where, obj.source_any);
  }
}

// ---------- ask.jsonl ----------
const askCounts = Object.fromEntries(Object.keys(ASK_MIN).map((k) => [k, 0]));
let englishAnswers = 0;
const askTexts = new Map();
const askRows = readJsonl('ask.jsonl');
for (const { where, obj } of askRows) {
  checkKeys(where, obj, ASK_KEYS);
  checkId(where, obj.id, 'b2a');
  if (!(obj.kind in ASK_MIN)) err(`${where}: invalid kind "${obj.kind}"`);
  else askCounts[obj.kind]++;
  if (typeof obj.question !== 'string' || obj.question.trim() === '') {
    err(`${where}: question must be a non-empty string`);
    continue;
  }
  const q = norm(obj.question);
  if (askTexts.has(q)) err(`${where}: duplicate question (same as ${askTexts.get(q)})`);
  else askTexts.set(q, obj.id);
  const srcOk = checkStringArray(where, 'source_any', obj.source_any);
  const ansOk = checkStringArray(where, 'answer_any', obj.answer_any);
  if (!srcOk || !ansOk) continue;

  if (obj.kind === 'answer') {
    if (isEnglish(obj.question)) englishAnswers++;
    if (obj.source_any.length < 1 || obj.source_any.length > 3) err(`${where}: answer case needs 1-3 source_any phrases`);
    if (obj.answer_any.length < 1 || obj.answer_any.length > 3) err(`${where}: answer case needs 1-3 answer_any items`);
    checkSourcePhrases(where, obj.source_any);
    checkAnswerItems(where, obj.answer_any);
  } else if (obj.kind === 'not_covered') {
    if (obj.source_any.length) err(`${where}: not_covered must have empty source_any`);
    if (obj.answer_any.length) err(`${where}: not_covered must have empty answer_any`);
  } else if (obj.kind === 'refuse') {
    if (obj.source_any.length) err(`${where}: refuse must have empty source_any`);
    if (!(obj.answer_any.length === 0 || (obj.answer_any.length === 1 && obj.answer_any[0] === '12345')))
      err(`${where}: refuse answer_any must be [] or ["12345"]`);
  }
}

// ---------- minimum counts ----------
for (const [k, min] of Object.entries(SEARCH_MIN))
  if (searchCounts[k] < min) err(`search.jsonl: kind "${k}" has ${searchCounts[k]} cases, need >= ${min}`);
if (searchRows.length < SEARCH_TOTAL_MIN)
  err(`search.jsonl: ${searchRows.length} cases, need >= ${SEARCH_TOTAL_MIN}`);
for (const [k, min] of Object.entries(ASK_MIN))
  if (askCounts[k] < min) err(`ask.jsonl: kind "${k}" has ${askCounts[k]} cases, need >= ${min}`);
if (englishAnswers < ASK_ENGLISH_ANSWER_MIN)
  err(`ask.jsonl: ${englishAnswers} English answer cases, need >= ${ASK_ENGLISH_ANSWER_MIN}`);
if (askRows.length < ASK_TOTAL_MIN) err(`ask.jsonl: ${askRows.length} cases, need >= ${ASK_TOTAL_MIN}`);

// ---------- report ----------
console.log(`plan: ${planPath}`);
console.log(`search.jsonl: ${searchRows.length} cases`);
for (const [k, n] of Object.entries(searchCounts)) console.log(`  ${k.padEnd(13)} ${String(n).padStart(3)}  (min ${SEARCH_MIN[k]})`);
console.log(`ask.jsonl: ${askRows.length} cases`);
for (const [k, n] of Object.entries(askCounts)) console.log(`  ${k.padEnd(13)} ${String(n).padStart(3)}  (min ${ASK_MIN[k]})`);
console.log(`  ${'answer (en)'.padEnd(13)} ${String(englishAnswers).padStart(3)}  (min ${ASK_ENGLISH_ANSWER_MIN})`);

if (errors.length) {
  console.log(`\n${errors.length} error(s):`);
  for (const e of errors) console.log(`  - ${e}`);
  process.exit(1);
}
console.log('OK: all checks passed');
