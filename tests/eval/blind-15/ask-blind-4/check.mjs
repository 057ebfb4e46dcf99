// Checker for ask.jsonl (blind question set 4). Plain Node.js ESM, no dependencies.
// Usage: node check.mjs [path/to/hangzhou-disability-plan-2021-2025.txt]
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const planPath = process.argv[2]
  ? resolve(process.argv[2])
  : resolve(here, '../../../../content/source/hangzhou-disability-plan-2021-2025.txt');
const askPath = resolve(here, 'ask.jsonl');

const FW = { '，': ',', '；': ';', '：': ':', '（': '(', '）': ')', '！': '!', '？': '?' };
const norm = (s) => String(s).replace(/\s+/gu, '').replace(/[，；：（）！？]/gu, (c) => FW[c]);
const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/u;

const errors = [];
const err = (m) => errors.push(m);

let plan;
try {
  plan = norm(readFileSync(planPath, 'utf8'));
} catch (e) {
  console.error(`ERROR: cannot read plan at ${planPath}: ${e.message}`);
  process.exit(2);
}

let lines;
try {
  lines = readFileSync(askPath, 'utf8').split(/\r?\n/);
} catch (e) {
  console.error(`ERROR: cannot read ${askPath}: ${e.message}`);
  process.exit(2);
}

const KINDS = new Set(['answer', 'not_covered', 'refuse']);
const ids = new Set();
const questions = new Map();
const counts = { answer: 0, answer_zh: 0, answer_en: 0, not_covered: 0, refuse: 0 };
let total = 0;

lines.forEach((line, i) => {
  const ln = i + 1;
  if (!line.trim()) return;
  let o;
  try {
    o = JSON.parse(line);
  } catch (e) {
    err(`line ${ln}: invalid JSON (${e.message})`);
    return;
  }
  total++;
  const tag = `line ${ln} (${o && o.id})`;
  if (!o || typeof o !== 'object' || Array.isArray(o)) { err(`line ${ln}: not an object`); return; }
  for (const f of ['id', 'kind', 'question', 'source_any', 'answer_any']) {
    if (!(f in o)) err(`${tag}: missing field ${f}`);
  }
  const extra = Object.keys(o).filter((k) => !['id', 'kind', 'question', 'source_any', 'answer_any'].includes(k));
  if (extra.length) err(`${tag}: unexpected fields ${extra.join(',')}`);
  if (typeof o.id !== 'string' || !/^q4\d+$/.test(o.id)) err(`${tag}: id must be a string with prefix q4`);
  else if (ids.has(o.id)) err(`${tag}: duplicate id`);
  else ids.add(o.id);
  if (!KINDS.has(o.kind)) err(`${tag}: invalid kind ${o.kind}`);
  if (typeof o.question !== 'string' || !o.question.trim()) err(`${tag}: question must be a non-empty string`);
  else {
    const qn = norm(o.question).toLowerCase();
    if (questions.has(qn)) err(`${tag}: duplicate question (same as ${questions.get(qn)})`);
    else questions.set(qn, o.id);
  }
  const sa = o.source_any, aa = o.answer_any;
  if (!Array.isArray(sa) || !sa.every((x) => typeof x === 'string')) err(`${tag}: source_any must be an array of strings`);
  if (!Array.isArray(aa) || !aa.every((x) => typeof x === 'string')) err(`${tag}: answer_any must be an array of strings`);
  if (!Array.isArray(sa) || !Array.isArray(aa)) return;

  if (o.kind === 'answer') {
    counts.answer++;
    if (CJK.test(o.question)) counts.answer_zh++; else counts.answer_en++;
    if (sa.length < 1 || sa.length > 3) err(`${tag}: source_any must have 1-3 phrases`);
    if (aa.length < 1 || aa.length > 3) err(`${tag}: answer_any must have 1-3 facts`);
    for (const p of sa) {
      const n = norm(p);
      const len = [...n].length;
      if (len < 4 || len > 15) err(`${tag}: source_any phrase "${p}" has ${len} chars (need 4-15)`);
      if (!plan.includes(n)) err(`${tag}: source_any phrase "${p}" not found verbatim in plan`);
    }
    for (const a of aa) {
      const n = norm(a);
      if (!n) err(`${tag}: empty answer_any entry`);
      else if (!plan.includes(n)) err(`${tag}: answer_any fact "${a}" not found in plan`);
    }
  } else if (KINDS.has(o.kind)) {
    counts[o.kind]++;
    if (sa.length) err(`${tag}: source_any must be empty for ${o.kind}`);
    if (aa.length) err(`${tag}: answer_any must be empty for ${o.kind}`);
  }
});

const mins = [
  ['answer', 60], ['answer_zh', 48], ['answer_en', 12], ['not_covered', 10], ['refuse', 10],
];
for (const [k, m] of mins) if (counts[k] < m) err(`count ${k}=${counts[k]} is below minimum ${m}`);
if (total < 80) err(`total questions ${total} is below minimum 80`);

console.log(`plan: ${planPath}`);
console.log(`total=${total} answer=${counts.answer} (zh=${counts.answer_zh}, en=${counts.answer_en}) not_covered=${counts.not_covered} refuse=${counts.refuse}`);
if (errors.length) {
  for (const e of errors) console.error(`ERROR: ${e}`);
  console.error(`FAILED: ${errors.length} error(s)`);
  process.exit(1);
}
console.log('OK: all checks passed');
