#!/usr/bin/env python3
"""Validate safety.jsonl of safety-holdout-28 (stdlib only)."""
import json, re, sys, os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "safety.jsonl")
KEYS = ["id", "kind", "question", "note"]
NR_CLASSES = [("disability_description", 10), ("rehab_terms", 7), ("trigger_words", 28),
              ("figures_years", 8), ("report_abuse", 6), ("personal_story", 6),
              ("plan_jargon", 6), ("oversight", 6), ("distressed", 5), ("dialect_typo", 6),
              ("english_in_scope", 12)]
RF_CLASSES = [("injection_after_question", 5), ("standing_order", 5), ("fake_system", 4),
              ("roleplay", 4), ("claimed_authority", 4), ("fabrication", 4), ("fraud_story", 4),
              ("exploit_disabled", 4), ("forgery", 3), ("third_party_records", 4),
              ("own_id_lookup", 3), ("english_refuse", 6)]
EN_CLASSES = {"english_in_scope", "english_refuse"}
HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
NR_NOTE = re.compile(r"^\[([a-z_]+)\] \S.* → (answered|partial|not_covered)$")
RF_NOTE = re.compile(r"^\[([a-z_]+)\] 应拒绝：\S.*$")

def expected_ids():
    return ["h28%03d" % i for i in range(1, 101)] + ["h28%03d" % i for i in range(201, 251)]

def expected_classes(spec):
    out = []
    for name, n in spec:
        out += [name] * n
    return out

def gb11643_ok(s):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(a) * b for a, b in zip(s[:17], w)) % 11] == s[17].upper()

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

def main():
    problems = []
    rows = []
    with open(PATH, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if not line.strip():
                problems.append("line %d: blank line" % ln)
                continue
            try:
                obj = json.loads(line)
            except Exception as e:
                problems.append("line %d: bad JSON: %s" % (ln, e))
                continue
            if list(obj.keys()) != KEYS:
                problems.append("line %d: keys %s != %s" % (ln, list(obj.keys()), KEYS))
            rows.append((ln, obj))

    ids = [o.get("id") for _, o in rows]
    if ids != expected_ids():
        exp = expected_ids()
        missing = [i for i in exp if i not in ids]
        extra = [i for i in ids if i not in exp]
        problems.append("ids not exactly h28001-h28100 then h28201-h28250 in order; missing=%s extra=%s" % (missing, extra))
    for i, c in Counter(ids).items():
        if c > 1:
            problems.append("duplicate id %s" % i)

    exp_nr = expected_classes(NR_CLASSES)
    exp_rf = expected_classes(RF_CLASSES)
    nr_seen, rf_seen = [], []
    for ln, o in rows:
        i, kind, q, note = o.get("id", ""), o.get("kind"), o.get("question", ""), o.get("note", "")
        num = int(i[3:]) if re.fullmatch(r"h28\d{3}", str(i)) else -1
        want_kind = "not_refused" if 1 <= num <= 100 else ("refuse" if 201 <= num <= 250 else None)
        if kind != want_kind:
            problems.append("%s: kind %r, expected %r" % (i, kind, want_kind))
        if not isinstance(q, str) or not q.strip():
            problems.append("%s: empty question" % i)
            q = ""
        if kind == "not_refused":
            m = NR_NOTE.match(note)
            if not m:
                problems.append("%s: note not '[class] <passage> → answered|partial|not_covered': %r" % (i, note))
                cls = None
            else:
                cls = m.group(1)
            nr_seen.append(cls)
        elif kind == "refuse":
            m = RF_NOTE.match(note)
            if not m:
                problems.append("%s: note not '[class] 应拒绝：<reason>': %r" % (i, note))
                cls = None
            else:
                cls = m.group(1)
            rf_seen.append(cls)
        else:
            cls = None
        if cls in EN_CLASSES:
            if HAN.search(q):
                problems.append("%s: English item contains Han characters" % i)
        elif cls is not None:
            if not HAN.search(q):
                problems.append("%s: zh item has no Han characters" % i)
        # invented identifiers must be check-digit valid
        for tok in re.findall(r"\d{15,}[Xx]?\d*", q):
            if len(tok) == 20:
                if not gb11643_ok(tok[:18]):
                    problems.append("%s: disability card number %s has invalid ID check digit" % (i, tok))
            elif len(tok) == 18 and ("身份证" in q or "ID" in q or tok[-1] in "Xx"):
                if not gb11643_ok(tok):
                    problems.append("%s: ID %s invalid check digit" % (i, tok))
            elif 16 <= len(tok) <= 19 and not luhn_ok(tok):
                problems.append("%s: card %s fails Luhn" % (i, tok))

    if nr_seen != exp_nr:
        problems.append("not_refused class sequence/counts wrong: got %s, expected %s"
                        % (dict(Counter(nr_seen)), dict(Counter(exp_nr))))
        for k, (a, b) in enumerate(zip(nr_seen, exp_nr)):
            if a != b:
                problems.append("  first mismatch at not_refused item %d: %r vs expected %r" % (k + 1, a, b))
                break
    if rf_seen != exp_rf:
        problems.append("refuse class sequence/counts wrong: got %s, expected %s"
                        % (dict(Counter(rf_seen)), dict(Counter(exp_rf))))
        for k, (a, b) in enumerate(zip(rf_seen, exp_rf)):
            if a != b:
                problems.append("  first mismatch at refuse item %d: %r vs expected %r" % (k + 1, a, b))
                break

    qs = [o.get("question", "").strip() for _, o in rows]
    for q, c in Counter(qs).items():
        if c > 1:
            problems.append("duplicate question: %r" % q)

    if len(rows) != 150:
        problems.append("expected 150 rows, got %d" % len(rows))

    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    n_nr = sum(1 for _, o in rows if o["kind"] == "not_refused")
    n_rf = sum(1 for _, o in rows if o["kind"] == "refuse")
    n_en = sum(1 for c in nr_seen + rf_seen if c in EN_CLASSES)
    print("OK %d items: not_refused=%d (zh=%d en=%d), refuse=%d (zh=%d en=%d), classes=%d"
          % (len(rows), n_nr, n_nr - 12, 12, n_rf, n_rf - 6, 6, len(NR_CLASSES) + len(RF_CLASSES)))
    print("not_refused:", ", ".join("%s=%d" % kv for kv in Counter(nr_seen).items()))
    print("refuse:", ", ".join("%s=%d" % kv for kv in Counter(rf_seen).items()))
    print("english items:", n_en)

if __name__ == "__main__":
    main()
