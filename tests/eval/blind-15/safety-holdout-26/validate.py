#!/usr/bin/env python3
"""Validator for safety-holdout-26/safety.jsonl (Python 3 stdlib only).

Usage: python3 validate.py [path]   (default: safety.jsonl next to this script)
Prints every problem and exits 1, or prints 'OK ...' with counts and exits 0.
"""
import json
import os
import re
import sys
from collections import OrderedDict, Counter

KEYS = ["id", "kind", "question", "note"]

# class -> (kind, expected count, language) in file order
CLASSES = OrderedDict([
    ("disability_description", ("not_refused", 12, "zh")),
    ("rehab_terms", ("not_refused", 8, "zh")),
    ("trigger_words", ("not_refused", 28, "zh")),
    ("figures_years", ("not_refused", 8, "zh")),
    ("report_abuse", ("not_refused", 6, "zh")),
    ("personal_story", ("not_refused", 6, "zh")),
    ("plan_jargon", ("not_refused", 6, "zh")),
    ("oversight", ("not_refused", 6, "zh")),
    ("distressed", ("not_refused", 5, "zh")),
    ("dialect_typo", ("not_refused", 5, "zh")),
    ("english_in_scope", ("not_refused", 10, "en")),
    ("injection_after_question", ("refuse", 5, "zh")),
    ("standing_order", ("refuse", 5, "zh")),
    ("fake_system", ("refuse", 4, "zh")),
    ("roleplay", ("refuse", 4, "zh")),
    ("claimed_authority", ("refuse", 4, "zh")),
    ("fabrication", ("refuse", 4, "zh")),
    ("fraud_story", ("refuse", 4, "zh")),
    ("exploit_disabled", ("refuse", 4, "zh")),
    ("forgery", ("refuse", 4, "zh")),
    ("third_party_records", ("refuse", 4, "zh")),
    ("own_id_lookup", ("refuse", 3, "zh")),
    ("english_refuse", ("refuse", 5, "en")),
])

EXPECTED_IDS = ["h26%03d" % n for n in range(1, 101)] + ["h26%03d" % n for n in range(201, 251)]

HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
TAG = re.compile(r"^\[([a-z_]+)\] ")
NOTE_NR = re.compile(r"^\[[a-z_]+\] \S.*? → (answered|partial|not_covered)$")
NOTE_RF = re.compile(r"^\[[a-z_]+\] 应拒绝：\S.*$")

ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_C = "10X98765432"


def id_ok(s):
    return ID_C[sum(int(c) * w for c, w in zip(s[:17], ID_W)) % 11] == s[17].upper()


def luhn_ok(s):
    total = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "safety.jsonl")
    problems = []
    rows = []
    try:
        with open(path, encoding="utf-8") as f:
            lines = f.read().split("\n")
    except OSError as e:
        print("cannot read %s: %s" % (path, e))
        return 1
    if lines and lines[-1] == "":
        lines = lines[:-1]
    for n, line in enumerate(lines, 1):
        if not line.strip():
            problems.append("line %d: empty line" % n)
            continue
        try:
            obj = json.loads(line, object_pairs_hook=OrderedDict)
        except ValueError as e:
            problems.append("line %d: invalid JSON (%s)" % (n, e))
            continue
        if not isinstance(obj, dict):
            problems.append("line %d: not a JSON object" % n)
            continue
        if list(obj.keys()) != KEYS:
            problems.append("line %d: keys %s, expected %s" % (n, list(obj.keys()), KEYS))
        for k in KEYS:
            if not isinstance(obj.get(k), str) or not obj.get(k, "").strip():
                problems.append("line %d: key %r missing, empty or not a string" % (n, k))
        rows.append((n, obj))

    # ids: order, range, gaps, duplicates
    ids = [o.get("id") for _, o in rows]
    dup = [i for i, c in Counter(ids).items() if c > 1]
    if dup:
        problems.append("duplicate ids: %s" % sorted(map(str, dup)))
    missing = sorted(set(EXPECTED_IDS) - set(ids))
    extra = sorted(str(i) for i in set(ids) - set(EXPECTED_IDS))
    if missing:
        problems.append("missing ids (gaps): %s" % missing)
    if extra:
        problems.append("ids out of range: %s" % extra)
    if not dup and not missing and not extra and ids != EXPECTED_IDS:
        problems.append("ids are not in ascending file order")

    # per-row checks
    seen_q = {}
    class_seq = []
    for n, o in rows:
        rid, kind, q, note = (o.get(k, "") if isinstance(o.get(k), str) else "" for k in KEYS)
        want_kind = None
        if re.fullmatch(r"h26(0\d\d|100)", rid or "") and rid != "h26000":
            want_kind = "not_refused"
        elif re.fullmatch(r"h262([0-4]\d|50)", rid or "") and rid != "h26200":
            want_kind = "refuse"
        if kind not in ("not_refused", "refuse"):
            problems.append("line %d (%s): bad kind %r" % (n, rid, kind))
        elif want_kind and kind != want_kind:
            problems.append("line %d (%s): kind %r but id range requires %r" % (n, rid, kind, want_kind))
        m = TAG.match(note)
        cls = m.group(1) if m else None
        if cls is None:
            problems.append("line %d (%s): note has no [class] tag" % (n, rid))
        elif cls not in CLASSES:
            problems.append("line %d (%s): unknown class %r" % (n, rid, cls))
        else:
            ckind, _, lang = CLASSES[cls]
            if ckind != kind:
                problems.append("line %d (%s): class %s belongs to kind %s, not %s" % (n, rid, cls, ckind, kind))
            has_han = bool(HAN.search(q))
            if lang == "en" and has_han:
                problems.append("line %d (%s): English item contains Han characters" % (n, rid))
            if lang == "zh" and not has_han:
                problems.append("line %d (%s): Chinese item has no Han characters" % (n, rid))
        class_seq.append(cls)
        if kind == "not_refused" and not NOTE_NR.match(note):
            problems.append("line %d (%s): not_refused note must be '[class] <passage> → answered|partial|not_covered'" % (n, rid))
        if kind == "refuse" and not NOTE_RF.match(note):
            problems.append("line %d (%s): refuse note must be '[class] 应拒绝：<reason>'" % (n, rid))
        key = re.sub(r"\s+", "", q).lower()
        if key in seen_q:
            problems.append("line %d (%s): duplicate question (same as %s)" % (n, rid, seen_q[key]))
        else:
            seen_q[key] = rid
        # invented numbers must carry valid check digits
        for num in re.findall(r"(?<![0-9A-Za-z])(\d{17}[\dXx](?:\d{2})?|\d{16}|\d{19})(?![0-9A-Za-z])", q):
            if len(num) in (18, 20):
                if not id_ok(num[:18]):
                    problems.append("line %d (%s): ID-like number %s fails GB 11643 check digit" % (n, rid, num))
            elif not luhn_ok(num):
                problems.append("line %d (%s): card-like number %s fails Luhn" % (n, rid, num))

    # classes contiguous, in order, with expected counts
    blocks = []
    for c in class_seq:
        if blocks and blocks[-1][0] == c:
            blocks[-1][1] += 1
        else:
            blocks.append([c, 1])
    names = [b[0] for b in blocks]
    for c, k in Counter(names).items():
        if k > 1:
            problems.append("class %s is split into %d blocks (must be contiguous)" % (c, k))
    if names != list(CLASSES.keys()) and all(k == 1 for k in Counter(names).values()):
        problems.append("class block order %s differs from expected %s" % (names, list(CLASSES.keys())))
    counts = Counter(c for c in class_seq if c)
    for c, (_, want, _) in CLASSES.items():
        if counts.get(c, 0) != want:
            problems.append("class %s: %d items, expected %d" % (c, counts.get(c, 0), want))

    kinds = Counter(o.get("kind") for _, o in rows)
    lang = Counter()
    for n, o in rows:
        q = o.get("question") if isinstance(o.get("question"), str) else ""
        lang[(o.get("kind"), "zh" if HAN.search(q) else "en")] += 1
    if len(rows) != 150:
        problems.append("%d lines, expected 150" % len(rows))
    if kinds.get("not_refused", 0) != 100 or kinds.get("refuse", 0) != 50:
        problems.append("kind counts %s, expected not_refused 100 / refuse 50" % dict(kinds))
    for (k, l), want in {("not_refused", "zh"): 90, ("not_refused", "en"): 10,
                         ("refuse", "zh"): 45, ("refuse", "en"): 5}.items():
        if lang.get((k, l), 0) != want:
            problems.append("%s %s: %d items, expected %d" % (k, l, lang.get((k, l), 0), want))
    # English items must be last within each kind
    for kind, first_en in (("not_refused", "h26091"), ("refuse", "h26246")):
        for n, o in rows:
            q = o.get("question") if isinstance(o.get("question"), str) else ""
            if o.get("kind") == kind and not HAN.search(q) and str(o.get("id")) < first_en:
                problems.append("line %d (%s): English item before %s" % (n, o.get("id"), first_en))

    if problems:
        for p in problems:
            print("PROBLEM:", p)
        print("FAILED: %d problem(s) in %s" % (len(problems), path))
        return 1
    status = Counter(re.search(r"→ (\w+)$", o["note"]).group(1) for _, o in rows if o["kind"] == "not_refused")
    print("OK %s: %d items; not_refused %d (zh %d, en %d; answered %d, partial %d, not_covered %d); "
          "refuse %d (zh %d, en %d); %d classes" % (
              path, len(rows), kinds["not_refused"], lang[("not_refused", "zh")], lang[("not_refused", "en")],
              status.get("answered", 0), status.get("partial", 0), status.get("not_covered", 0),
              kinds["refuse"], lang[("refuse", "zh")], lang[("refuse", "en")], len(CLASSES)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
