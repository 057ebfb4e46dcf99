// Blind evaluation set checker (blind-3). Plain Node.js ESM, no dependencies.
// Usage: node check.mjs [path/to/hangzhou-disability-plan-2021-2025.txt]
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const planPath = process.argv[2]
  ? resolve(process.argv[2])
  : resolve(here, '../../../content/source/hangzhou-disability-plan-2021-2025.txt');

// Normalisation: drop all whitespace; full-width ，；：（）！？ -> half-width. Nothing else.
const FW = { '，': ',', '；': ';', '：': ':', '（': '(', '）': ')', '！': '!', '？': '?' };
const norm = (s) => String(s).replace(/\s+/gu, '').replace(/[，；：（）！？]/gu, (c) => FW[c]);

const errors = [];
const warnings = [];
const err = (m) => errors.push(m);

let planRaw;
try {
  planRaw = readFileSync(planPath, 'utf8');
} catch (e) {
  console.error(`Cannot read plan text at ${planPath}: ${e.message}`);
  process.exit(2);
}
const plan = norm(planRaw);
const planLines = planRaw.split(/\r?\n/).map(norm).filter(Boolean);

const SEARCH_MIN = { everyday: 22, description: 20, abbreviation: 10, typo: 15, traditional: 10, english: 16, partial: 8, term: 10 };
const SEARCH_TOTAL_MIN = 115;
const ASK_TOTAL_MIN = 110;
const ASK_ENGLISH_MIN = 15;
const CJK = /[\u3400-\u9fff]/u;
// Characters that only occur in traditional script (a practical subset).
const TRAD_ONLY = /[殘護補貼無礙復輔職業養託醫療學習運會書館閱覽應聞廣電視語權證關請問麼幾個這還們過對從為與實現達種進務歲資險導聽說讀環員區縣鄉鎮濟給獎勵購買園創網絡禮體門幹於裡嗎駕減費規範兒機構蓋標專聯]/u;

function loadJsonl(file) {
  let text;
  try {
    text = readFileSync(resolve(here, file), 'utf8');
  } catch (e) {
    err(`${file}: cannot read (${e.message})`);
    return [];
  }
  const rows = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    try {
      const obj = JSON.parse(line);
      if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) throw new Error('not an object');
      rows.push({ obj, line: i + 1 });
    } catch (e) {
      err(`${file}:${i + 1}: invalid JSON (${e.message})`);
    }
  });
  return rows;
}

function checkPhraseList(where, list, field, { lengthRule }) {
  if (!Array.isArray(list) || list.length < 1 || list.length > 3) {
    err(`${where}: ${field} must be an array of 1-3 strings`);
    return;
  }
  const seen = new Set();
  for (const p of list) {
    if (typeof p !== 'string' || !p.trim()) {
      err(`${where}: ${field} has a non-string or empty item`);
      continue;
    }
    const n = norm(p);
    if (seen.has(n)) err(`${where}: ${field} repeats "${p}"`);
    seen.add(n);
    const len = [...n].length;
    if (lengthRule && (len < 4 || len > 15)) err(`${where}: ${field} "${p}" is ${len} chars (must be 4-15)`);
    if (!plan.includes(n)) {
      err(`${where}: ${field} "${p}" not found verbatim in plan`);
    } else if (!planLines.some((l) => l.includes(n))) {
      warnings.push(`${where}: ${field} "${p}" only occurs across a line/page break in the plan`);
    }
  }
}

// ---------- search.jsonl ----------
const search = loadJsonl('search.jsonl');
const searchCounts = Object.fromEntries(Object.keys(SEARCH_MIN).map((k) => [k, 0]));
const ids = new Set();
const searchQueries = new Map();
for (const { obj, line } of search) {
  const where = `search.jsonl:${line} (${obj.id ?? 'no id'})`;
  const allowed = ['id', 'kind', 'query', 'top', 'source_any'];
  for (const k of Object.keys(obj)) if (!allowed.includes(k)) err(`${where}: unexpected field "${k}"`);
  if (typeof obj.id !== 'string' || !/^b3s\d{3,}$/.test(obj.id)) err(`${where}: id must look like b3s001`);
  else if (ids.has(obj.id)) err(`${where}: duplicate id ${obj.id}`);
  else ids.add(obj.id);
  if (!(obj.kind in SEARCH_MIN)) err(`${where}: invalid kind "${obj.kind}"`);
  else searchCounts[obj.kind]++;
  if (typeof obj.query !== 'string' || !obj.query.trim()) err(`${where}: query must be a non-empty string`);
  else {
    const q = norm(obj.query);
    if (searchQueries.has(q)) err(`${where}: duplicate query (same as ${searchQueries.get(q)})`);
    else searchQueries.set(q, obj.id);
    if (obj.kind === 'english' && CJK.test(obj.query)) err(`${where}: english query contains CJK characters`);
    if (obj.kind !== 'english' && !CJK.test(obj.query)) err(`${where}: non-english query has no CJK characters`);
    if (obj.kind === 'traditional' && !TRAD_ONLY.test(obj.query)) err(`${where}: traditional query has no traditional-only character`);
  }
  if (obj.top !== 5) err(`${where}: top must be 5`);
  checkPhraseList(where, obj.source_any, 'source_any', { lengthRule: true });
}

// ---------- ask.jsonl ----------
const ask = loadJsonl('ask.jsonl');
let askEnglish = 0;
const askQuestions = new Map();
for (const { obj, line } of ask) {
  const where = `ask.jsonl:${line} (${obj.id ?? 'no id'})`;
  const allowed = ['id', 'kind', 'question', 'source_any', 'answer_any'];
  for (const k of Object.keys(obj)) if (!allowed.includes(k)) err(`${where}: unexpected field "${k}"`);
  if (typeof obj.id !== 'string' || !/^b3a\d{3,}$/.test(obj.id)) err(`${where}: id must look like b3a001`);
  else if (ids.has(obj.id)) err(`${where}: duplicate id ${obj.id}`);
  else ids.add(obj.id);
  if (obj.kind !== 'answer') err(`${where}: kind must be "answer"`);
  if (typeof obj.question !== 'string' || !obj.question.trim()) err(`${where}: question must be a non-empty string`);
  else {
    const q = norm(obj.question);
    if (askQuestions.has(q)) err(`${where}: duplicate question (same as ${askQuestions.get(q)})`);
    else askQuestions.set(q, obj.id);
    // English = written in English; a Chinese plan term may be quoted in parentheses.
    const latin = (obj.question.match(/[A-Za-z]/g) || []).length;
    const cjk = (obj.question.match(/[\u3400-\u9fff]/gu) || []).length;
    if (/^[A-Za-z"]/.test(obj.question.trim()) && latin > 4 * cjk) askEnglish++;
  }
  checkPhraseList(where, obj.source_any, 'source_any', { lengthRule: true });
  checkPhraseList(where, obj.answer_any, 'answer_any', { lengthRule: false });
}

// ---------- minimum counts ----------
for (const [k, min] of Object.entries(SEARCH_MIN)) {
  if (searchCounts[k] < min) err(`search.jsonl: kind "${k}" has ${searchCounts[k]} (need >= ${min})`);
}
if (search.length < SEARCH_TOTAL_MIN) err(`search.jsonl: ${search.length} queries (need >= ${SEARCH_TOTAL_MIN})`);
if (ask.length < ASK_TOTAL_MIN) err(`ask.jsonl: ${ask.length} questions (need >= ${ASK_TOTAL_MIN})`);
if (askEnglish < ASK_ENGLISH_MIN) err(`ask.jsonl: ${askEnglish} English questions (need >= ${ASK_ENGLISH_MIN})`);

// ---------- report ----------
console.log(`plan: ${planPath}`);
console.log(`search.jsonl: ${search.length} queries`);
for (const [k, n] of Object.entries(searchCounts)) console.log(`  ${k.padEnd(13)} ${String(n).padStart(3)}  (min ${SEARCH_MIN[k]})`);
console.log(`ask.jsonl: ${ask.length} questions (kind "answer"), ${askEnglish} English, ${ask.length - askEnglish} Chinese`);
for (const w of warnings) console.log(`WARN: ${w}`);
if (errors.length) {
  for (const e of errors) console.log(`ERROR: ${e}`);
  console.log(`FAILED: ${errors.length} error(s)`);
  process.exit(1);
}
console.log('OK: all checks passed');
