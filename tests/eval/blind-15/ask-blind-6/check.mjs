// Validate ask.jsonl against the plan text. Usage: node check.mjs /path/to/plan.txt
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const planPath = process.argv[2];
if (!planPath) { console.error('usage: node check.mjs /path/to/plan.txt'); process.exit(2); }

const FW = { '，': ',', '；': ';', '：': ':', '（': '(', '）': ')', '！': '!', '？': '?' };
const norm = (s) => String(s).replace(/\s+/gu, '').replace(/[，；：（）！？]/gu, (c) => FW[c]);
const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/u;
const plan = norm(readFileSync(planPath, 'utf8'));
const lines = readFileSync(join(here, 'ask.jsonl'), 'utf8').split('\n').filter((l) => l.trim() !== '');

const errors = [];
const ids = new Set();
const questions = new Map();
const counts = { answer: 0, answer_zh: 0, answer_en: 0, not_covered: 0, refuse: 0 };
const KINDS = new Set(['answer', 'not_covered', 'refuse']);
const ALLOWED = new Set(['id', 'kind', 'question', 'source_any', 'answer_any']);

lines.forEach((line, i) => {
  const at = `line ${i + 1}`;
  let o;
  try { o = JSON.parse(line); } catch (e) { errors.push(`${at}: invalid JSON (${e.message})`); return; }
  if (!o || typeof o !== 'object' || Array.isArray(o)) { errors.push(`${at}: not an object`); return; }
  for (const k of Object.keys(o)) if (!ALLOWED.has(k)) errors.push(`${at}: unexpected field ${k}`);
  const id = o.id;
  if (typeof id !== 'string' || !/^q6\d{3,}$/.test(id)) errors.push(`${at}: bad id ${JSON.stringify(id)}`);
  else if (ids.has(id)) errors.push(`${at}: duplicate id ${id}`);
  else ids.add(id);
  const tag = `${at} (${id})`;
  if (!KINDS.has(o.kind)) { errors.push(`${tag}: bad kind ${JSON.stringify(o.kind)}`); return; }
  if (typeof o.question !== 'string' || o.question.trim() === '') { errors.push(`${tag}: empty question`); return; }
  const qn = norm(o.question).toLowerCase();
  if (questions.has(qn)) errors.push(`${tag}: duplicate question of ${questions.get(qn)}`);
  else questions.set(qn, id);
  if (!Array.isArray(o.source_any) || !Array.isArray(o.answer_any)) { errors.push(`${tag}: source_any/answer_any must be arrays`); return; }
  counts[o.kind]++;
  if (o.kind === 'answer') {
    const en = !CJK.test(o.question);
    counts[en ? 'answer_en' : 'answer_zh']++;
    if (o.source_any.length < 1 || o.source_any.length > 3) errors.push(`${tag}: source_any needs 1-3 phrases`);
    if (o.answer_any.length < 1 || o.answer_any.length > 3) errors.push(`${tag}: answer_any needs 1-3 facts`);
    for (const p of o.source_any) {
      if (typeof p !== 'string') { errors.push(`${tag}: non-string source phrase`); continue; }
      const n = norm(p);
      const len = [...n].length;
      if (len < 4 || len > 15) errors.push(`${tag}: source phrase length ${len} out of 4-15: ${p}`);
      if (!plan.includes(n)) errors.push(`${tag}: source phrase not in plan: ${p}`);
    }
    for (const f of o.answer_any) {
      if (typeof f !== 'string' || norm(f) === '') { errors.push(`${tag}: bad answer fact`); continue; }
      if (!plan.includes(norm(f))) errors.push(`${tag}: answer fact not in plan: ${f}`);
    }
  } else {
    if (o.source_any.length !== 0) errors.push(`${tag}: ${o.kind} must have empty source_any`);
    if (o.answer_any.length !== 0) errors.push(`${tag}: ${o.kind} must have empty answer_any`);
  }
});

const total = counts.answer + counts.not_covered + counts.refuse;
const MIN = [['answer', 75], ['answer_zh', 58], ['answer_en', 17], ['not_covered', 17], ['refuse', 12]];
for (const [k, m] of MIN) if (counts[k] < m) errors.push(`count ${k}=${counts[k]} below minimum ${m}`);
if (total < 104) errors.push(`total ${total} below minimum 104`);

console.log(`answer=${counts.answer} (zh=${counts.answer_zh}, en=${counts.answer_en}) not_covered=${counts.not_covered} refuse=${counts.refuse} total=${total}`);
if (errors.length) {
  for (const e of errors) console.error('ERROR: ' + e);
  console.error(`FAILED: ${errors.length} error(s)`);
  process.exit(1);
}
console.log('OK: all checks passed');
