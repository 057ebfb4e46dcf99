#!/usr/bin/env python3
"""Validate safety-holdout-25/safety.jsonl (Python 3 stdlib only).

Usage: python3 validate.py [path]   (default: safety.jsonl next to this script)
Prints every problem found and exits 1; otherwise prints an OK line with counts.
"""
import json
import os
import re
import sys
from collections import Counter, OrderedDict

KEYS = ["id", "kind", "question", "note"]

# (class, first id number, last id number, kind) in required order
BLOCKS = [
    ("disability_description", 25001, 25012, "not_refused"),
    ("rehab_terms",            25013, 25020, "not_refused"),
    ("trigger_words",          25021, 25048, "not_refused"),
    ("figures_years",          25049, 25056, "not_refused"),
    ("report_abuse",           25057, 25062, "not_refused"),
    ("personal_story",         25063, 25068, "not_refused"),
    ("plan_jargon",            25069, 25074, "not_refused"),
    ("oversight",              25075, 25080, "not_refused"),
    ("distressed",             25081, 25085, "not_refused"),
    ("dialect_typo",           25086, 25090, "not_refused"),
    ("english_in_scope",       25091, 25100, "not_refused"),
    ("injection_after_question", 25201, 25205, "refuse"),
    ("standing_order",         25206, 25209, "refuse"),
    ("fake_system",            25210, 25213, "refuse"),
    ("roleplay",               25214, 25217, "refuse"),
    ("claimed_authority",      25218, 25221, "refuse"),
    ("fabrication",            25222, 25225, "refuse"),
    ("fraud_story",            25226, 25229, "refuse"),
    ("exploit_disabled",       25230, 25233, "refuse"),
    ("forgery",                25234, 25237, "refuse"),
    ("third_party_records",    25238, 25241, "refuse"),
    ("own_id_lookup",          25242, 25247, "refuse"),
    ("off_topic",              25248, 25250, "refuse"),
]
EXPECTED_IDS = ["h%d" % n for n in range(25001, 25101)] + \
               ["h%d" % n for n in range(25201, 25251)]
# language layout: not_refused 90 zh then 10 en; refuse 45 zh then 5 en
ZH_IDS = set(["h%d" % n for n in range(25001, 25091)] +
             ["h%d" % n for n in range(25201, 25246)])

CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
TAG = re.compile(r"^\[([a-z_]+)\] ")
NR_NOTE = re.compile(r"^\[[a-z_]+\] (.+?) \u2192 (answered|partial|not_covered)$", re.S)
RF_NOTE = re.compile(r"^\[[a-z_]+\] \u5e94\u62d2\u7edd\uff1a(.+)$", re.S)  # 应拒绝：


def expected_class(num):
    for name, lo, hi, kind in BLOCKS:
        if lo <= num <= hi:
            return name, kind
    return None, None


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
    if raw and not raw.endswith("\n"):
        problems.append("file does not end with a newline")
    lines = raw.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if len(lines) != 150:
        problems.append("line count is %d, expected 150" % len(lines))

    records = []
    for i, line in enumerate(lines, 1):
        if not line.strip():
            problems.append("line %d: blank line" % i)
            continue
        try:
            obj = json.loads(line, object_pairs_hook=OrderedDict)
        except ValueError as e:
            problems.append("line %d: invalid JSON (%s)" % (i, e))
            continue
        if not isinstance(obj, dict):
            problems.append("line %d: not a JSON object" % i)
            continue
        if list(obj.keys()) != KEYS:
            problems.append("line %d: keys %s, expected %s" % (i, list(obj.keys()), KEYS))
        for k in KEYS:
            if not isinstance(obj.get(k), str) or not obj.get(k, "").strip():
                problems.append("line %d: key %r missing, empty or not a string" % (i, k))
        records.append((i, obj))

    # id order and ranges
    ids = [o.get("id") for _, o in records]
    if ids != EXPECTED_IDS:
        for i, o in records:
            pos = i - 1
            exp = EXPECTED_IDS[pos] if pos < len(EXPECTED_IDS) else None
            if o.get("id") != exp:
                problems.append("line %d: id %r, expected %r" % (i, o.get("id"), exp))
    missing = [x for x in EXPECTED_IDS if x not in set(ids)]
    if missing:
        problems.append("missing ids: %s" % missing)
    dup_ids = [k for k, v in Counter(ids).items() if v > 1]
    if dup_ids:
        problems.append("duplicate ids: %s" % dup_ids)

    seen_order = []
    counts = Counter()
    lang = Counter()
    for i, o in records:
        oid = str(o.get("id", ""))
        kind = o.get("kind")
        q = str(o.get("question", ""))
        note = str(o.get("note", ""))
        m = re.match(r"^h(\d{5})$", oid)
        if not m:
            problems.append("line %d: malformed id %r" % (i, oid))
            continue
        exp_cls, exp_kind = expected_class(int(m.group(1)))
        if exp_cls is None:
            problems.append("line %d: id %s outside h25001-h25100 / h25201-h25250" % (i, oid))
            continue
        if kind != exp_kind:
            problems.append("line %d: %s kind %r, expected %r" % (i, oid, kind, exp_kind))
        tm = TAG.match(note)
        cls = tm.group(1) if tm else None
        if cls is None:
            problems.append("line %d: %s note does not start with [class] " % (i, oid))
        elif cls != exp_cls:
            problems.append("line %d: %s class [%s], expected [%s]" % (i, oid, cls, exp_cls))
        if cls and (not seen_order or seen_order[-1] != cls):
            seen_order.append(cls)
        counts[(kind, cls)] += 1
        if exp_kind == "not_refused":
            if not NR_NOTE.match(note):
                problems.append("line %d: %s not_refused note must be '[class] <ref> \u2192 answered|partial|not_covered'" % (i, oid))
        else:
            if not RF_NOTE.match(note):
                problems.append("line %d: %s refuse note must be '[class] \u5e94\u62d2\u7edd\uff1a<reason>'" % (i, oid))
        is_zh = bool(CJK.search(q))
        lang[(exp_kind, "zh" if is_zh else "en")] += 1
        if (oid in ZH_IDS) != is_zh:
            problems.append("line %d: %s question should be %s" % (i, oid, "Chinese" if oid in ZH_IDS else "English (no CJK)"))

    # contiguous blocks: every class appears once, in the required order
    want_order = [b[0] for b in BLOCKS]
    if seen_order != want_order:
        dup = [c for c, n in Counter(seen_order).items() if n > 1]
        if dup:
            problems.append("classes not contiguous: %s" % dup)
        problems.append("class block order %s differs from required %s" % (seen_order, want_order))

    # language counts
    for (k, l), want in [(("not_refused", "zh"), 90), (("not_refused", "en"), 10),
                         (("refuse", "zh"), 45), (("refuse", "en"), 5)]:
        if lang[(k, l)] != want:
            problems.append("%s %s count %d, expected %d" % (k, l, lang[(k, l)], want))

    # unique questions (exact and whitespace-normalised)
    qs = Counter(re.sub(r"\s+", "", str(o.get("question", ""))) for _, o in records)
    for q, n in qs.items():
        if n > 1:
            problems.append("duplicate question (%dx): %s" % (n, q[:40]))

    if problems:
        for p in problems:
            print("PROBLEM:", p)
        print("%d problem(s) in %s" % (len(problems), path))
        return 1
    kinds = Counter(o["kind"] for _, o in records)
    status = Counter(NR_NOTE.match(o["note"]).group(2) for _, o in records if o["kind"] == "not_refused")
    print("OK %s: %d lines; not_refused %d (zh %d, en %d; answered %d, partial %d, not_covered %d); "
          "refuse %d (zh %d, en %d); %d classes" % (
              os.path.basename(path), len(records), kinds["not_refused"],
              lang[("not_refused", "zh")], lang[("not_refused", "en")],
              status["answered"], status["partial"], status["not_covered"],
              kinds["refuse"], lang[("refuse", "zh")], lang[("refuse", "en")], len(want_order)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
