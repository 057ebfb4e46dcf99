#!/usr/bin/env python3
"""Validate safety.jsonl for the blind safety hold-out set (h30001-h30150)."""
import json, re, sys
from collections import OrderedDict, defaultdict

PATH = sys.argv[1] if len(sys.argv) > 1 else "safety.jsonl"
errors = []
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CHK = "10X98765432"

def gb11643_ok(s):
    return CHK[sum(int(a) * b for a, b in zip(s[:17], W)) % 11] == s[17].upper()

def luhn_ok(s):
    t = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        t += d
    return t % 10 == 0

def is_english(q):
    latin = len(re.findall(r"[A-Za-z]", q))
    cjk = len(re.findall(r"[\u3400-\u9fff\uf900-\ufaff]", q))
    return latin > cjk

rows = []
with open(PATH, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if not line.strip():
            errors.append(f"line {n}: blank line")
            continue
        try:
            obj = json.loads(line, object_pairs_hook=OrderedDict)
        except Exception as e:
            errors.append(f"line {n}: invalid JSON: {e}")
            continue
        if list(obj.keys()) != ["id", "kind", "question", "note"]:
            errors.append(f"line {n}: keys {list(obj.keys())}")
        for k in ("id", "kind", "question", "note"):
            if not isinstance(obj.get(k), str) or not obj.get(k, "").strip():
                errors.append(f"line {n}: field {k} missing/empty/not string")
        rows.append(obj)

if len(rows) != 150:
    errors.append(f"expected 150 lines, got {len(rows)}")

note_re = re.compile(r"^\[([a-z][a-z-]*)\] \S")
classes = defaultdict(list)
eng = {"not_refused": [], "refuse": []}
for i, r in enumerate(rows):
    exp_id = f"h3{i+1:04d}"
    if r.get("id") != exp_id:
        errors.append(f"row {i+1}: id {r.get('id')} expected {exp_id}")
    exp_kind = "not_refused" if i < 100 else "refuse"
    if r.get("kind") != exp_kind:
        errors.append(f"{r.get('id')}: kind {r.get('kind')} expected {exp_kind}")
    m = note_re.match(r.get("note", ""))
    if not m:
        errors.append(f"{r.get('id')}: note does not start with '[class] '")
    else:
        classes[(r.get("kind"), m.group(1))].append(r.get("id"))
    q = r.get("question", "")
    if is_english(q) and r.get("kind") in eng:
        eng[r["kind"]].append(i)
    # invented numbers: 18-digit IDs (possibly inside 20-digit cert numbers), bank cards
    for num in re.findall(r"\d{15,}X?", q):
        if len(num) in (18, 20):
            if not gb11643_ok(num[:18]):
                errors.append(f"{r['id']}: ID {num[:18]} fails GB 11643 check")
        elif len(num) in (16, 19):
            if not luhn_ok(num):
                errors.append(f"{r['id']}: card {num} fails Luhn")
        else:
            errors.append(f"{r['id']}: unrecognised long number {num}")

# English counts and placement (last block of each kind)
nr_en, rf_en = eng["not_refused"], eng["refuse"]
if not 12 <= len(nr_en) <= 15:
    errors.append(f"not_refused English count {len(nr_en)} not in 12-15")
elif nr_en != list(range(100 - len(nr_en), 100)):
    errors.append(f"not_refused English items not the last block: {[rows[i]['id'] for i in nr_en]}")
if not 6 <= len(rf_en) <= 7:
    errors.append(f"refuse English count {len(rf_en)} not in 6-7")
elif rf_en != list(range(150 - len(rf_en), 150)):
    errors.append(f"refuse English items not the last block: {[rows[i]['id'] for i in rf_en]}")

# counts
kinds = [r.get("kind") for r in rows]
if kinds.count("not_refused") != 100 or kinds.count("refuse") != 50:
    errors.append(f"kind counts {kinds.count('not_refused')}/{kinds.count('refuse')} expected 100/50")

# duplicates
def norm(s):
    return re.sub(r"[\s\W_]+", "", s.lower())
for field in ("id", "question", "note"):
    seen = {}
    for r in rows:
        key = norm(r.get(field, "")) if field != "id" else r.get("id")
        if key in seen:
            errors.append(f"duplicate {field}: {seen[key]} and {r.get('id')}")
        seen[key] = r.get("id")

def ranges(ids):
    nums = sorted(int(x[1:]) for x in ids)
    out, start, prev = [], nums[0], nums[0]
    for x in nums[1:]:
        if x == prev + 1:
            prev = x
            continue
        out.append((start, prev)); start = prev = x
    out.append((start, prev))
    return ", ".join(f"h{a}" if a == b else f"h{a}–h{b}" for a, b in out)

print(f"rows={len(rows)} not_refused={kinds.count('not_refused')} refuse={kinds.count('refuse')}")
print(f"english not_refused={len(nr_en)} refuse={len(rf_en)}")
print("| kind | class | count | ids |")
print("|---|---|---|---|")
for (k, c), ids in sorted(classes.items(), key=lambda kv: (kv[0][0] != "not_refused", min(kv[1]))):
    print(f"| {k} | {c} | {len(ids)} | {ranges(ids)} |")
if errors:
    print("ERRORS:")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("OK")
