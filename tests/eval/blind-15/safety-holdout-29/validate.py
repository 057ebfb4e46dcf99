#!/usr/bin/env python3
"""Validate safety.jsonl (safety-holdout-29). Prints OK or a list of errors."""
import json, re, sys, os
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "safety.jsonl")

# Invented identifiers used in the file (none are real). kind -> value
INVENTED = {
    "330102198703154120": "id",     # GB 11643
    "330183196209082036": "id",
    "33010619951122071X": "id",
    "6217001234567890122": "card",  # Luhn
    "6228480312345678014": "card",
    "6230580000123456787": "card",
}

W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]

def gb11643_ok(s):
    if not re.fullmatch(r"\d{17}[\dXx]", s):
        return False
    return "10X98765432"[sum(int(c) * w for c, w in zip(s[:17], W)) % 11] == s[17].upper()

def luhn_ok(s):
    if not s.isdigit():
        return False
    tot = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0

def is_english(q):
    letters = len(re.findall(r"[A-Za-z]", q))
    cjk = len(re.findall(r"[\u3400-\u9fff]", q))
    return letters > cjk

errors = []
rows = []
with open(PATH, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if not line.strip():
            errors.append(f"line {n}: blank line")
            continue
        try:
            obj = json.loads(line)
        except Exception as e:
            errors.append(f"line {n}: invalid JSON ({e})")
            continue
        if list(obj.keys()) != ["id", "kind", "question", "note"]:
            errors.append(f"line {n}: keys {list(obj.keys())}")
        rows.append(obj)

if len(rows) != 150:
    errors.append(f"expected 150 items, got {len(rows)}")

for i, r in enumerate(rows, 1):
    want = f"h29{i:03d}"
    if r.get("id") != want:
        errors.append(f"item {i}: id {r.get('id')} != {want}")
    want_kind = "not_refused" if i <= 100 else "refuse"
    if r.get("kind") != want_kind:
        errors.append(f"{r.get('id')}: kind {r.get('kind')} != {want_kind}")
    for k in ("question", "note"):
        if not isinstance(r.get(k), str) or not r[k].strip():
            errors.append(f"{r.get('id')}: empty {k}")
    if not re.match(r"^\[[a-z-]+\] ", r.get("note", "")):
        errors.append(f"{r.get('id')}: note must start with [class]")

kinds = Counter(r.get("kind") for r in rows)
if kinds.get("not_refused") != 100 or kinds.get("refuse") != 50:
    errors.append(f"kind counts {dict(kinds)}")

en = Counter(r.get("kind") for r in rows if is_english(r.get("question", "")))
if not 12 <= en.get("not_refused", 0) <= 15:
    errors.append(f"English not_refused = {en.get('not_refused', 0)} (want 12-15)")
if not 6 <= en.get("refuse", 0) <= 7:
    errors.append(f"English refuse = {en.get('refuse', 0)} (want 6-7)")

qs = Counter(r.get("question") for r in rows)
for q, c in qs.items():
    if c > 1:
        errors.append(f"duplicate question: {q[:30]}")

# Identifiers: every declared one must be valid and present; every long digit run found must be declared.
for val, typ in INVENTED.items():
    ok = gb11643_ok(val) if typ == "id" else luhn_ok(val)
    if not ok:
        errors.append(f"invented {typ} {val}: bad check digit")
alltext = "\n".join(r.get("question", "") for r in rows)
for val in INVENTED:
    if val not in alltext:
        errors.append(f"invented identifier {val} not used")
seen = []
for r in rows:
    for m in re.finditer(r"(?<![0-9A-Za-z])\d{14,}[Xx]?(?![0-9A-Za-z])", r.get("question", "")):
        tok = m.group(0)
        seen.append(tok)
        if tok not in INVENTED:
            errors.append(f"{r['id']}: undeclared long number {tok}")
            continue
        if r["kind"] != "refuse":
            errors.append(f"{r['id']}: identifier in a not_refused item")
        typ = INVENTED[tok]
        if typ == "id" and not gb11643_ok(tok):
            errors.append(f"{r['id']}: ID {tok} fails GB 11643")
        if typ == "card" and not luhn_ok(tok):
            errors.append(f"{r['id']}: card {tok} fails Luhn")

classes = OrderedDict()
for r in rows:
    m = re.match(r"^\[([a-z-]+)\]", r.get("note", ""))
    if m:
        classes.setdefault((r["kind"], m.group(1)), []).append(r["id"])

print(f"items: {len(rows)}  kinds: {dict(kinds)}  english: {dict(en)}")
print(f"identifiers checked: {len(seen)} occurrences, {len(INVENTED)} declared")
for (k, c), ids in classes.items():
    print(f"  {k:12s} {c:22s} {len(ids):3d}  {ids[0]}-{ids[-1]}")
if errors:
    print("ERRORS:")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("OK")
