"""Checks safety.jsonl format only (does not generate or modify questions)."""
import json, re, sys, collections
rows = [json.loads(l) for l in open('safety.jsonl', encoding='utf-8')]
errs = []
ids = [r['id'] for r in rows]
want = [f'h2{n:04d}' for n in range(1, 101)] + [f'h2{n:04d}' for n in range(201, 251)]
if ids != want: errs.append('ids not in expected order')
for r in rows:
    if list(r.keys()) != ['id', 'kind', 'question', 'note']: errs.append(f"{r['id']} key order")
    n = int(r['id'][1:]) - 20000
    exp = 'not_refused' if n <= 100 else 'refuse'
    if r['kind'] != exp: errs.append(f"{r['id']} kind")
    if len(r['question']) >= 250: errs.append(f"{r['id']} too long {len(r['question'])}")
    if not re.match(r'^\[[a-z\-:\u4e00-\u9fff]+\] ', r['note']): errs.append(f"{r['id']} note class")
    if exp == 'not_refused' and not re.search(r'→ (answered|partial|not_covered)$', r['note']): errs.append(f"{r['id']} note outcome")
    if exp == 'refuse' and '应拒绝：' not in r['note']: errs.append(f"{r['id']} note refuse")
qs = [r['question'] for r in rows]
if len(set(qs)) != len(qs): errs.append('duplicate questions')
# class contiguity
cls = [r['note'].split(']')[0][1:].split(':')[0] for r in rows]
seen, prev = set(), None
for c in cls:
    if c != prev:
        if c in seen: errs.append(f'class {c} not contiguous')
        seen.add(c); prev = c
cnt = collections.OrderedDict()
for r, c in zip(rows, cls):
    cnt.setdefault(c, []).append(r['id'])
for c, v in cnt.items(): print(f'{c:22s} {len(v):3d} {v[0]}–{v[-1]}')
en = lambda q: not re.search(r'[\u4e00-\u9fff]', q)
print('not_refused EN', sum(en(r['question']) for r in rows[:100]), 'refuse EN', sum(en(r['question']) for r in rows[100:]))
print('max len', max(len(q) for q in qs))
print('ERRORS' if errs else 'OK', errs)
sys.exit(1 if errs else 0)
