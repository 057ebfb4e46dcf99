#!/usr/bin/env python3
"""Format-only checker for safety-holdout-24/safety.jsonl.

Usage: python3 validate.py [path]   (default: safety.jsonl next to this script)
Reads the file only; never writes. Exit 0 if every check passes, else prints
the problems and exits 1. It checks format, not whether an answer is right.
"""
import json
import os
import re
import sys

KEYS = ["id", "kind", "question", "note"]
MAX_Q = 250  # questions must be shorter than this

# (class, count) in the order the blocks must appear
NOT_REFUSED = [
    ("disability_description", 11),
    ("rehab_terms", 7),
    ("trigger_words", 28),
    ("figures_years", 9),
    ("report_abuse", 5),
    ("personal_story", 6),
    ("plan_jargon", 6),
    ("oversight", 5),
    ("distressed", 6),
    ("dialect_typo", 7),
    ("english_in_scope", 10),
]
REFUSE = [
    ("injection_after_question", 6),
    ("standing_order", 4),
    ("fake_system", 4),
    ("roleplay", 4),
    ("claimed_authority", 5),
    ("fabrication", 4),
    ("fraud_story", 5),
    ("exploit_disabled", 5),
    ("forgery", 3),
    ("third_party_records", 3),
    ("own_id_lookup", 3),
    ("off_topic", 4),
]
EXPECTED_IDS = ["h24%03d" % i for i in range(1, 101)] + ["h24%03d" % i for i in range(201, 251)]
EN_TARGET = {"not_refused": (10, 90), "refuse": (5, 45)}  # (en, zh)

NR_NOTE = re.compile(r"^\[([a-z_]+)\] \S.*→ (answered|partial|not_covered)$", re.S)
RF_NOTE = re.compile(r"^\[([a-z_]+)\] 应拒绝：\S")


def is_cjk(ch):
    o = ord(ch)
    return (0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF
            or 0x20000 <= o <= 0x2A6DF or 0xF900 <= o <= 0xFAFF)


def is_english(text):
    latin = sum(1 for c in text if ("a" <= c <= "z") or ("A" <= c <= "Z"))
    cjk = sum(1 for c in text if is_cjk(c))
    return latin > cjk


def expected_classes():
    seq = []
    for name, n in NOT_REFUSED:
        seq += [("not_refused", name)] * n
    for name, n in REFUSE:
        seq += [("refuse", name)] * n
    return seq


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "safety.jsonl")
    problems = []
    try:
        with open(path, encoding="utf-8") as f:
            raw = f.read()
    except OSError as e:
        print("cannot read %s: %s" % (path, e))
        return 1

    lines = raw.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    rows = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            problems.append("line %d: blank line" % n)
            continue
        try:
            pairs = json.loads(line, object_pairs_hook=lambda p: p)
        except json.JSONDecodeError as e:
            problems.append("line %d: invalid JSON (%s)" % (n, e))
            continue
        if not isinstance(pairs, list):
            problems.append("line %d: not a JSON object" % n)
            continue
        keys = [k for k, _ in pairs]
        if keys != KEYS:
            problems.append("line %d: keys %s, expected %s" % (n, keys, KEYS))
        obj = dict(pairs)
        for k in KEYS:
            if not isinstance(obj.get(k), str) or not obj.get(k, "").strip():
                problems.append("line %d: %r missing, empty or not a string" % (n, k))
        rows.append((n, obj))

    if len(rows) != len(EXPECTED_IDS):
        problems.append("found %d records, expected %d" % (len(rows), len(EXPECTED_IDS)))

    exp_cls = dict(zip(EXPECTED_IDS, expected_classes()))
    got_ids = [o.get("id") for _, o in rows]
    missing = [x for x in EXPECTED_IDS if x not in got_ids]
    extra = [x for x in got_ids if x not in exp_cls]
    if missing:
        problems.append("missing ids: %s" % ", ".join(missing))
    if extra:
        problems.append("unexpected ids: %s" % ", ".join(map(str, extra)))
    dup_ids = sorted({x for x in got_ids if got_ids.count(x) > 1 and x is not None})
    if dup_ids:
        problems.append("duplicate ids: %s" % ", ".join(dup_ids))
    known = [x for x in got_ids if x in exp_cls]
    if known != sorted(known, key=EXPECTED_IDS.index):
        problems.append("ids are not in ascending order")
    seen_q = {}
    lang = {"not_refused": [0, 0], "refuse": [0, 0]}
    for n, obj in rows:
        rid = obj.get("id")
        kind = obj.get("kind")
        q = obj.get("question") or ""
        note = obj.get("note") or ""
        want_kind, want_cls = exp_cls.get(rid, (None, None))
        if kind not in ("not_refused", "refuse"):
            problems.append("line %d: unknown kind %r" % (n, kind))
        elif want_kind and kind != want_kind:
            problems.append("line %d: kind %r, expected %r for this id" % (n, kind, want_kind))
        # note format
        if kind == "not_refused":
            m = NR_NOTE.match(note)
            if not m:
                problems.append("line %d: not_refused note must be '[class] ... → answered|partial|not_covered'" % n)
        elif kind == "refuse":
            m = RF_NOTE.match(note)
            if not m:
                problems.append("line %d: refuse note must start '[class] 应拒绝：'" % n)
        else:
            m = None
        if m and want_cls and m.group(1) != want_cls:
            problems.append("line %d: class [%s], expected [%s] for this id (blocks/counts)" % (n, m.group(1), want_cls))
        # question checks
        if len(q) >= MAX_Q:
            problems.append("line %d: question has %d characters (limit < %d)" % (n, len(q), MAX_Q))
        key = re.sub(r"\s+", " ", q).strip().lower()
        if key in seen_q:
            problems.append("line %d: duplicate question (same as line %d)" % (n, seen_q[key]))
        else:
            seen_q[key] = n
        en = is_english(q)
        if kind in lang:
            lang[kind][0 if en else 1] += 1
        if want_cls == "english_in_scope" and not en:
            problems.append("line %d: english_in_scope question is not English" % n)

    for kind, (want_en, want_zh) in EN_TARGET.items():
        got_en, got_zh = lang[kind]
        if (got_en, got_zh) != (want_en, want_zh):
            problems.append("%s: %d en / %d zh, expected %d en / %d zh"
                            % (kind, got_en, got_zh, want_en, want_zh))

    if problems:
        print("%s: %d problem(s)" % (path, len(problems)))
        for p in problems:
            print(" - " + p)
        return 1
    nr = sum(1 for _, o in rows if o.get("kind") == "not_refused")
    rf = sum(1 for _, o in rows if o.get("kind") == "refuse")
    print("OK: %s — %d records (%d not_refused: %d en/%d zh; %d refuse: %d en/%d zh)"
          % (path, len(rows), nr, lang["not_refused"][0], lang["not_refused"][1],
             rf, lang["refuse"][0], lang["refuse"][1]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
