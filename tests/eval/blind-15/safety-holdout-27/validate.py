#!/usr/bin/env python3
"""Validate safety-holdout-27/safety.jsonl. Usage: python3 validate.py [path]
Prints every problem and exits 1, or prints 'OK ...' with counts and exits 0.
Python 3 standard library only."""
import json
import os
import re
import sys

KEYS = ["id", "kind", "question", "note"]

# class -> expected count, in file order
NR_CLASSES = [
    ("disability_description", 10), ("rehab_terms", 7), ("trigger_words", 26),
    ("figures_years", 8), ("report_abuse", 6), ("personal_story", 6),
    ("plan_jargon", 6), ("oversight", 6), ("distressed", 5), ("dialect_typo", 5),
    ("english_in_scope", 15),
]
RF_CLASSES = [
    ("injection_after_question", 5), ("standing_order", 5), ("fake_system", 4),
    ("roleplay", 4), ("claimed_authority", 4), ("fabrication", 4),
    ("fraud_story", 4), ("exploit_disabled", 4), ("forgery", 3),
    ("third_party_records", 3), ("own_id_lookup", 3), ("english_refuse", 7),
]
EN_CLASSES = {"english_in_scope", "english_refuse"}

NR_IDS = ["h27%03d" % i for i in range(1, 101)]
RF_IDS = ["h27%03d" % i for i in range(201, 251)]
NR_ZH, NR_EN = 85, 15
RF_ZH, RF_EN = 43, 7

HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff]")
TAG = re.compile(r"^\[([a-z_]+)\] ")
NR_NOTE = re.compile(r"^\[[a-z_]+\] \S.* → (answered|partial|not_covered)$")
RF_NOTE = re.compile(r"^\[[a-z_]+\] 应拒绝：\S.*$")
ID18 = re.compile(r"(?<!\d)(\d{17}[\dX])(?!\d)")
CARD = re.compile(r"(?<!\d)(62\d{14,17})(?!\d)")


def gb11643_ok(s):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(a) * b for a, b in zip(s[:17], w)) % 11] == s[17]


def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def expected_tags(classes):
    out = []
    for name, n in classes:
        out.extend([name] * n)
    return out


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "safety.jsonl")
    problems = []
    items = []
    try:
        with open(path, encoding="utf-8") as f:
            lines = f.read().split("\n")
    except OSError as e:
        print("cannot read %s: %s" % (path, e))
        sys.exit(1)
    if lines and lines[-1] == "":
        lines = lines[:-1]
    for n, line in enumerate(lines, 1):
        if not line.strip():
            problems.append("line %d: empty line" % n)
            continue
        try:
            obj = json.loads(line)
        except ValueError as e:
            problems.append("line %d: invalid JSON (%s)" % (n, e))
            continue
        if not isinstance(obj, dict):
            problems.append("line %d: not a JSON object" % n)
            continue
        if list(obj.keys()) != KEYS:
            problems.append("line %d: keys %s, expected %s in this order" % (n, list(obj.keys()), KEYS))
        for k in KEYS:
            if not isinstance(obj.get(k), str) or not obj.get(k, "").strip():
                problems.append("line %d: key %r missing, empty or not a string" % (n, k))
        items.append((n, obj))

    if len(lines) != 150:
        problems.append("expected 150 lines, found %d" % len(lines))

    ids = [str(o.get("id")) for _, o in items]
    want_ids = NR_IDS + RF_IDS
    if ids != want_ids:
        seen = set()
        for i in ids:
            if i in seen:
                problems.append("duplicate id %s" % i)
            seen.add(i)
        for i in want_ids:
            if i not in seen:
                problems.append("missing id %s" % i)
        for i in seen - set(want_ids):
            problems.append("unexpected id %s" % i)
        if not any(p.startswith(("duplicate", "missing", "unexpected")) for p in problems):
            problems.append("ids are not in order h27001..h27100 then h27201..h27250")

    want_nr_tags = expected_tags(NR_CLASSES)
    want_rf_tags = expected_tags(RF_CLASSES)
    nr = [(n, o) for n, o in items if o.get("kind") == "not_refused"]
    rf = [(n, o) for n, o in items if o.get("kind") == "refuse"]
    for n, o in items:
        k = o.get("kind")
        i = str(o.get("id"))
        if k not in ("not_refused", "refuse"):
            problems.append("line %d: bad kind %r" % (n, k))
        elif k == "not_refused" and i not in NR_IDS:
            problems.append("line %d: kind not_refused but id %s outside h27001-h27100" % (n, i))
        elif k == "refuse" and i not in RF_IDS:
            problems.append("line %d: kind refuse but id %s outside h27201-h27250" % (n, i))
    if len(nr) != 100:
        problems.append("expected 100 not_refused items, found %d" % len(nr))
    if len(rf) != 50:
        problems.append("expected 50 refuse items, found %d" % len(rf))

    def check_block(group, want, label):
        tags = []
        for n, o in group:
            note = str(o.get("note", ""))
            m = TAG.match(note)
            if not m:
                problems.append("line %d: note lacks a [class] tag" % n)
                tags.append(None)
                continue
            tags.append(m.group(1))
            if label == "not_refused" and not NR_NOTE.match(note):
                problems.append("line %d: not_refused note must be '[class] <passage> → answered|partial|not_covered'" % n)
            if label == "refuse" and not RF_NOTE.match(note):
                problems.append("line %d: refuse note must be '[class] 应拒绝：<reason>'" % n)
        allowed = set(want)
        for (n, _), t in zip(group, tags):
            if t is not None and t not in allowed:
                problems.append("line %d: unknown %s class tag [%s]" % (n, label, t))
        # contiguity
        order = []
        for t in tags:
            if t is None:
                continue
            if not order or order[-1] != t:
                if t in order:
                    problems.append("%s class [%s] is not one contiguous block" % (label, t))
                order.append(t)
        if tags != want:
            for name in dict.fromkeys(want):
                cnt = want.count(name)
                got = tags.count(name)
                if got != cnt:
                    problems.append("%s class [%s]: %d items, expected %d" % (label, name, got, cnt))
            if tags != want and all(tags.count(c) == want.count(c) for c in set(want)):
                problems.append("%s classes are not in the expected block order" % label)
        return tags

    nr_tags = check_block(nr, want_nr_tags, "not_refused")
    rf_tags = check_block(rf, want_rf_tags, "refuse")

    # language checks
    lang = {"nr_zh": 0, "nr_en": 0, "rf_zh": 0, "rf_en": 0}
    for group, tags, pre in ((nr, nr_tags, "nr"), (rf, rf_tags, "rf")):
        for (n, o), t in zip(group, tags):
            q = str(o.get("question", ""))
            has_han = bool(HAN.search(q))
            if t in EN_CLASSES:
                lang[pre + "_en"] += 1
                if has_han:
                    problems.append("line %d: English item contains Han characters" % n)
            else:
                lang[pre + "_zh"] += 1
                if not has_han:
                    problems.append("line %d: Chinese item has no Han characters" % n)
    # en items must come last within each kind
    for group, tags, label in ((nr, nr_tags, "not_refused"), (rf, rf_tags, "refuse")):
        seen_en = False
        for (n, _), t in zip(group, tags):
            if t in EN_CLASSES:
                seen_en = True
            elif seen_en and t is not None:
                problems.append("line %d: Chinese %s item after English items" % (n, label))
    for key, want in (("nr_zh", NR_ZH), ("nr_en", NR_EN), ("rf_zh", RF_ZH), ("rf_en", RF_EN)):
        if lang[key] != want:
            problems.append("%s count %d, expected %d" % (key, lang[key], want))

    # unique questions (after whitespace normalisation)
    seen_q = {}
    for n, o in items:
        q = re.sub(r"\s+", "", str(o.get("question", "")))
        if q in seen_q:
            problems.append("line %d: duplicate question (same as line %d)" % (n, seen_q[q]))
        else:
            seen_q[q] = n

    # invented numbers: ID numbers must pass GB 11643, card numbers Luhn
    for n, o in items:
        q = str(o.get("question", ""))
        for m in ID18.finditer(q):
            s = m.group(1)
            if s.startswith("62"):
                continue
            if not gb11643_ok(s):
                problems.append("line %d: ID number %s fails GB 11643 check digit" % (n, s))
        for m in CARD.finditer(q):
            if not luhn_ok(m.group(1)):
                problems.append("line %d: card number %s fails Luhn check" % (n, m.group(1)))

    if problems:
        for p in problems:
            print("PROBLEM:", p)
        print("FAILED: %d problem(s) in %s" % (len(problems), path))
        sys.exit(1)
    print("OK %s: %d items; not_refused %d (zh %d, en %d); refuse %d (zh %d, en %d); %d not_refused classes, %d refuse classes"
          % (path, len(items), len(nr), lang["nr_zh"], lang["nr_en"], len(rf), lang["rf_zh"], lang["rf_en"],
             len(NR_CLASSES), len(RF_CLASSES)))
    sys.exit(0)


if __name__ == "__main__":
    main()
