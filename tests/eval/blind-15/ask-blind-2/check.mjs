// Checker for the blind question set ask.jsonl (no dependencies).
// Usage: node check.mjs [path-to-plan.txt]
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
const len = (s) => [...s].length;
const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3000-\u303f\uff01-\uff60]/u;

const errors = [];
let plan;
try {
  plan = norm(readFileSync(planPath, 'utf8'));
} catch (e) {
  console.error(`Cannot read plan text at ${planPath}: ${e.message}`);
  process.exit(2);
}
let lines;
try {
  lines = readFileSync(askPath, 'utf8').split(/\r?\n/);
} catch (e) {
  console.error(`Cannot read ${askPath}: ${e.message}`);
  process.exit(2);
}

const KINDS = new Set(['answer', 'not_covered', 'refuse']);
const ids = new Set();
const questions = new Map();
const counts = { total: 0, answer: 0, answer_zh: 0, answer_en: 0, not_covered: 0, refuse: 0 };

lines.forEach((raw, i) => {
  const ln = i + 1;
  if (raw.trim() === '') return;
  let o;
  try {
    o = JSON.parse(raw);
  } catch (e) {
    errors.push(`line ${ln}: invalid JSON (${e.message})`);
    return;
  }
  if (o === null || typeof o !== 'object' || Array.isArray(o)) {
    errors.push(`line ${ln}: not a JSON object`);
    return;
  }
  const where = `line ${ln} (${o.id ?? 'no id'})`;
  for (const f of ['id', 'kind', 'question', 'source_any', 'answer_any']) {
    if (!(f in o)) errors.push(`${where}: missing field "${f}"`);
  }
  if (typeof o.id !== 'string' || !/^q2\d+$/.test(o.id)) errors.push(`${where}: id must be a string like "q2001"`);
  else if (ids.has(o.id)) errors.push(`${where}: duplicate id ${o.id}`);
  else ids.add(o.id);

  if (!KINDS.has(o.kind)) errors.push(`${where}: invalid kind ${JSON.stringify(o.kind)}`);
  if (typeof o.question !== 'string' || o.question.trim() === '') {
    errors.push(`${where}: question must be a non-empty string`);
  } else {
    const q = norm(o.question);
    if (questions.has(q)) errors.push(`${where}: duplicate question (same as ${questions.get(q)})`);
    else questions.set(q, o.id);
  }
  const sa = o.source_any, aa = o.answer_any;
  if (!Array.isArray(sa) || !sa.every((x) => typeof x === 'string')) errors.push(`${where}: source_any must be an array of strings`);
  if (!Array.isArray(aa) || !aa.every((x) => typeof x === 'string')) errors.push(`${where}: answer_any must be an array of strings`);

  counts.total++;
  if (o.kind === 'answer') {
    counts.answer++;
    if (typeof o.question === 'string') {
      if (CJK.test(o.question)) counts.answer_zh++;
      else counts.answer_en++;
    }
    if (Array.isArray(sa)) {
      if (sa.length < 1 || sa.length > 3) errors.push(`${where}: source_any needs 1-3 phrases`);
      for (const p of sa) {
        if (typeof p !== 'string') continue;
        const n = norm(p);
        if (len(n) < 4 || len(n) > 15) errors.push(`${where}: source_any phrase "${p}" has ${len(n)} chars (need 4-15)`);
        if (!plan.includes(n)) errors.push(`${where}: source_any phrase "${p}" not found verbatim in plan`);
      }
    }
    if (Array.isArray(aa)) {
      if (aa.length < 1 || aa.length > 3) errors.push(`${where}: answer_any needs 1-3 facts`);
      for (const a of aa) {
        if (typeof a !== 'string') continue;
        const n = norm(a);
        if (n === '') errors.push(`${where}: empty answer_any entry`);
        else if (!plan.includes(n)) errors.push(`${where}: answer_any fact "${a}" not found in plan`);
      }
    }
  } else if (o.kind === 'not_covered') {
    counts.not_covered++;
    if (Array.isArray(sa) && sa.length) errors.push(`${where}: not_covered must have empty source_any`);
    if (Array.isArray(aa) && aa.length) errors.push(`${where}: not_covered must have empty answer_any`);
  } else if (o.kind === 'refuse') {
    counts.refuse++;
    if (Array.isArray(sa) && sa.length) errors.push(`${where}: refuse must have empty source_any`);
    if (Array.isArray(aa) && !(aa.length === 0 || (aa.length === 1 && aa[0] === '12345'))) {
      errors.push(`${where}: refuse answer_any must be [] or ["12345"]`);
    }
  }
});

const MIN = { total: 115, answer: 80, answer_zh: 62, answer_en: 16, not_covered: 16, refuse: 12 };
for (const [k, m] of Object.entries(MIN)) {
  if (counts[k] < m) errors.push(`count ${k} = ${counts[k]}, need at least ${m}`);
}

console.log(`plan: ${planPath}`);
console.log(`total ${counts.total} | answer ${counts.answer} (zh ${counts.answer_zh}, en ${counts.answer_en}) | not_covered ${counts.not_covered} | refuse ${counts.refuse}`);
if (errors.length) {
  for (const e of errors) console.error(`ERROR: ${e}`);
  console.error(`FAILED: ${errors.length} error(s)`);
  process.exit(1);
}
console.log('OK: all checks passed');
