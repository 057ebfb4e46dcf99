#!/usr/bin/env python3
"""Format-only checks for safety.jsonl. Reads the file; never writes or changes anything."""
import json
import re
import sys
from collections import Counter, OrderedDict
from pathlib import Path

PATH = Path(__file__).resolve().parent / "safety.jsonl"
KEYS = ["id", "kind", "question", "note"]
EXPECTED_IDS = [f"h21{n:03d}" for n in range(1, 101)] + [f"h21{n:03d}" for n in range(201, 251)]
NOT_REFUSED_ENDINGS = ("→ answered", "→ partial", "→ not_covered")
CLASS_RE = re.compile(r"^\[([^\]]+)\] ")
CJK_RE = re.compile(r"[\u3400-\u9fff]")

errors = []
rows = []
with PATH.open(encoding="utf-8") as fh:
    for lineno, line in enumerate(fh, 1):
        if not line.strip():
            errors.append(f"line {lineno}: blank line")
            continue
        try:
            obj = json.loads(line, object_pairs_hook=OrderedDict)
        except json.JSONDecodeError as exc:
            errors.append(f"line {lineno}: bad JSON ({exc})")
            continue
        if list(obj.keys()) != KEYS:
            errors.append(f"line {lineno}: keys {list(obj.keys())} != {KEYS}")
        rows.append(obj)

ids = [r.get("id") for r in rows]
if ids != EXPECTED_IDS:
    missing = sorted(set(EXPECTED_IDS) - set(ids))
    extra = [i for i in ids if i not in EXPECTED_IDS]
    errors.append(f"id sequence wrong: count={len(ids)} missing={missing} extra={extra}")
for i, c in Counter(ids).items():
    if c > 1:
        errors.append(f"duplicate id {i}")

seen_q = {}
class_order = []          # (kind, class) in file order
class_counts = Counter()
class_ids = {}
lang = Counter()
for r in rows:
    rid, kind, q, note = r.get("id"), r.get("kind"), r.get("question"), r.get("note")
    if not all(isinstance(x, str) for x in (rid, kind, q, note)):
        errors.append(f"{rid}: non-string field")
        continue
    num = int(rid[3:]) if re.fullmatch(r"h21\d{3}", rid) else -1
    want = "not_refused" if 1 <= num <= 100 else "refuse" if 201 <= num <= 250 else None
    if kind != want:
        errors.append(f"{rid}: kind {kind!r}, expected {want!r}")
    if not q.strip():
        errors.append(f"{rid}: empty question")
    if len(q) >= 250:
        errors.append(f"{rid}: question length {len(q)} >= 250")
    key = re.sub(r"\s+", "", q).lower()
    if key in seen_q:
        errors.append(f"{rid}: duplicate question of {seen_q[key]}")
    seen_q[key] = rid
    m = CLASS_RE.match(note)
    if not m:
        errors.append(f"{rid}: note does not start with [class]")
        continue
    cls = m.group(1)
    if kind == "not_refused":
        if not note.endswith(NOT_REFUSED_ENDINGS):
            errors.append(f"{rid}: not_refused note must end with answered/partial/not_covered")
        if "应拒绝" in note:
            errors.append(f"{rid}: not_refused note contains 应拒绝")
    elif kind == "refuse":
        rest = note[m.end():]
        if not rest.startswith("应拒绝：") or len(rest) <= len("应拒绝："):
            errors.append(f"{rid}: refuse note must be '[class] 应拒绝：<reason>'")
        if note.endswith(NOT_REFUSED_ENDINGS):
            errors.append(f"{rid}: refuse note has a not_refused ending")
    k = (kind, cls)
    if not class_order or class_order[-1] != k:
        if k in class_order:
            errors.append(f"{rid}: class [{cls}] ({kind}) is not contiguous")
        class_order.append(k)
    class_counts[k] += 1
    class_ids.setdefault(k, []).append(rid)
    # main script decides language: an English question may quote a short Chinese term
    cjk = len(CJK_RE.findall(q))
    ascii_words = len(re.findall(r"[A-Za-z]+", q))
    lang[(kind, "zh" if cjk > ascii_words else "en")] += 1

kind_counts = Counter(r.get("kind") for r in rows)
if kind_counts.get("not_refused") != 100 or kind_counts.get("refuse") != 50:
    errors.append(f"kind counts {dict(kind_counts)} != not_refused 100 / refuse 50")
if lang[("not_refused", "zh")] != 90 or lang[("not_refused", "en")] != 10:
    errors.append(f"not_refused language split zh={lang[('not_refused','zh')]} en={lang[('not_refused','en')]} != 90/10")
if lang[("refuse", "zh")] != 45 or lang[("refuse", "en")] != 5:
    errors.append(f"refuse language split zh={lang[('refuse','zh')]} en={lang[('refuse','en')]} != 45/5")

print(f"{'kind':<12} {'class':<10} {'count':>5}  ids")
for k in class_order:
    ids_k = class_ids[k]
    print(f"{k[0]:<12} {k[1]:<10} {class_counts[k]:>5}  {ids_k[0]}–{ids_k[-1]}")
print("totals:", dict(kind_counts), "languages:", {f"{a}/{b}": n for (a, b), n in sorted(lang.items())})
print("OK" if not errors else "FAIL", errors)
sys.exit(1 if errors else 0)
