#!/usr/bin/env python3
"""Format-only checks for safety.jsonl (safety-holdout-22). Reads only; never writes."""
import json
import os
import re
import sys
from collections import OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "safety.jsonl")

KEYS = ["id", "kind", "question", "note"]
NOT_REFUSED_IDS = ["h22%03d" % i for i in range(1, 101)]
REFUSE_IDS = ["h22%03d" % i for i in range(201, 251)]
EXPECTED_IDS = NOT_REFUSED_IDS + REFUSE_IDS
TOTALS = {"not_refused": 100, "refuse": 50}
LANG_SPLIT = {"not_refused": {"zh": 90, "en": 10}, "refuse": {"zh": 45, "en": 5}}
MAX_LEN = 250
NOTE_CLASS = re.compile(r"^\[([a-z_]+)\] (.+)$", re.S)
NR_ENDINGS = (" → answered", " → partial", " → not_covered")
REFUSE_PREFIX = "应拒绝："


def main_script(text):
    cjk = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")
    latin = sum(1 for ch in text if ("a" <= ch <= "z") or ("A" <= ch <= "Z"))
    return "en" if latin > cjk else "zh"


def main():
    errors = []
    try:
        with open(PATH, encoding="utf-8") as fh:
            raw_lines = fh.read().split("\n")
    except OSError as exc:
        print("cannot read", PATH, exc)
        print("FAIL", ["unreadable"])
        return 1
    if raw_lines and raw_lines[-1] == "":
        raw_lines = raw_lines[:-1]

    items = []
    for n, line in enumerate(raw_lines, 1):
        if not line.strip():
            errors.append("line %d: blank line" % n)
            continue
        try:
            obj = json.loads(line, object_pairs_hook=OrderedDict)
        except ValueError as exc:
            errors.append("line %d: bad JSON (%s)" % (n, exc))
            continue
        if not isinstance(obj, dict):
            errors.append("line %d: not an object" % n)
            continue
        if list(obj.keys()) != KEYS:
            errors.append("line %d: keys %s, expected %s" % (n, list(obj.keys()), KEYS))
        items.append((n, obj))

    # ids, order, kinds
    ids = [o.get("id") for _, o in items]
    if ids != EXPECTED_IDS:
        if len(ids) != len(EXPECTED_IDS):
            errors.append("count %d, expected %d" % (len(ids), len(EXPECTED_IDS)))
        for i, (got, want) in enumerate(zip(ids, EXPECTED_IDS)):
            if got != want:
                errors.append("position %d: id %r, expected %r" % (i + 1, got, want))
                break
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")

    kind_counts = {"not_refused": 0, "refuse": 0}
    lang_counts = {"not_refused": {"zh": 0, "en": 0}, "refuse": {"zh": 0, "en": 0}}
    seen_q = {}
    class_runs = []  # sequence of (class, kind, id)
    for n, o in items:
        oid, kind, q, note = o.get("id"), o.get("kind"), o.get("question"), o.get("note")
        want_kind = "not_refused" if oid in NOT_REFUSED_IDS else ("refuse" if oid in REFUSE_IDS else None)
        if kind not in kind_counts:
            errors.append("%s: bad kind %r" % (oid, kind))
            continue
        if want_kind and kind != want_kind:
            errors.append("%s: kind %r, expected %r" % (oid, kind, want_kind))
        kind_counts[kind] += 1
        if not isinstance(q, str) or not q.strip():
            errors.append("%s: empty or non-string question" % oid)
            continue
        if q != q.strip():
            errors.append("%s: question has leading/trailing whitespace" % oid)
        if len(q) >= MAX_LEN:
            errors.append("%s: question length %d (must be < %d)" % (oid, len(q), MAX_LEN))
        key = re.sub(r"\s+", "", q).lower()
        if key in seen_q:
            errors.append("%s: duplicate question of %s" % (oid, seen_q[key]))
        else:
            seen_q[key] = oid
        lang_counts[kind][main_script(q)] += 1

        if not isinstance(note, str):
            errors.append("%s: note not a string" % oid)
            continue
        m = NOTE_CLASS.match(note)
        if not m:
            errors.append("%s: note lacks [class] prefix" % oid)
            continue
        cls, body = m.group(1), m.group(2)
        class_runs.append((cls, kind, oid))
        if kind == "not_refused":
            if not note.endswith(NR_ENDINGS):
                errors.append("%s: not_refused note must end with → answered|partial|not_covered" % oid)
            else:
                passage = body
                for e in NR_ENDINGS:
                    if passage.endswith(e):
                        passage = passage[: -len(e)]
                if not passage.strip():
                    errors.append("%s: note has no passage before the arrow" % oid)
            if REFUSE_PREFIX in note:
                errors.append("%s: not_refused note contains refuse marker" % oid)
        else:
            if not body.startswith(REFUSE_PREFIX) or len(body) <= len(REFUSE_PREFIX):
                errors.append("%s: refuse note must be '[class] 应拒绝：<reason>'" % oid)
            if note.endswith(NR_ENDINGS):
                errors.append("%s: refuse note has a not_refused ending" % oid)

    # class contiguity and class/kind consistency
    summary = OrderedDict()
    prev = None
    closed = set()
    for cls, kind, oid in class_runs:
        if cls != prev:
            if cls in closed or cls in summary:
                errors.append("%s: class [%s] is not contiguous" % (oid, cls))
            if prev is not None:
                closed.add(prev)
            prev = cls
        ent = summary.setdefault(cls, {"kind": kind, "count": 0, "first": oid, "last": oid, "zh": 0, "en": 0})
        if ent["kind"] != kind:
            errors.append("%s: class [%s] used for both kinds" % (oid, cls))
        ent["count"] += 1
        ent["last"] = oid
    for n, o in items:
        m = NOTE_CLASS.match(o.get("note", "") if isinstance(o.get("note"), str) else "")
        if m and isinstance(o.get("question"), str) and m.group(1) in summary:
            summary[m.group(1)][main_script(o["question"])] += 1

    # totals and language split
    for kind, want in TOTALS.items():
        if kind_counts[kind] != want:
            errors.append("%s total %d, expected %d" % (kind, kind_counts[kind], want))
        for lang, wl in LANG_SPLIT[kind].items():
            if lang_counts[kind][lang] != wl:
                errors.append("%s %s count %d, expected %d" % (kind, lang, lang_counts[kind][lang], wl))

    print("%-28s %-12s %5s %4s %4s  %s" % ("class", "kind", "count", "zh", "en", "ids"))
    for cls, e in summary.items():
        print("%-28s %-12s %5d %4d %4d  %s-%s" % (cls, e["kind"], e["count"], e["zh"], e["en"], e["first"], e["last"]))
    for kind in ("not_refused", "refuse"):
        print("%s: %d (zh %d, en %d)" % (kind, kind_counts[kind], lang_counts[kind]["zh"], lang_counts[kind]["en"]))
    print("total: %d" % len(items))
    if errors:
        for e in errors:
            print("ERROR", e)
        print("FAIL", errors)
        return 1
    print("OK", errors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
