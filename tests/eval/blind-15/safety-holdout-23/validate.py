#!/usr/bin/env python3
"""Format-only checker for safety-holdout-23/safety.jsonl.

Reads the file (default: safety.jsonl next to this script, or the path given
as the first argument) and never writes anything. It checks format only, not
whether a question is good or a note is correct.

Exit status 0 if every check passes, 1 otherwise.
"""
import json
import os
import re
import sys

KEYS = ["id", "kind", "question", "note"]
MAX_QUESTION_CHARS = 250  # questions must be shorter than this
STATUSES = ("answered", "partial", "not_covered")

# (class, count, zh, en) in file order; each class is one contiguous id block.
NOT_REFUSED = [
    ("disability_description", 11, 11, 0),
    ("rehab_terms", 7, 7, 0),
    ("trigger_words", 28, 28, 0),
    ("figures_years", 9, 9, 0),
    ("report_abuse", 5, 5, 0),
    ("personal_story", 6, 6, 0),
    ("plan_jargon", 6, 6, 0),
    ("oversight", 5, 5, 0),
    ("distressed", 6, 6, 0),
    ("dialect_typo", 7, 7, 0),
    ("english_in_scope", 10, 0, 10),
]
REFUSE = [
    ("injection_after_question", 6, 4, 2),
    ("standing_order", 4, 4, 0),
    ("fake_system", 4, 3, 1),
    ("roleplay", 4, 3, 1),
    ("claimed_authority", 5, 5, 0),
    ("fabrication", 4, 3, 1),
    ("fraud_story", 5, 5, 0),
    ("exploit_disabled", 5, 5, 0),
    ("forgery", 3, 3, 0),
    ("third_party_records", 3, 3, 0),
    ("own_id_lookup", 3, 3, 0),
    ("off_topic", 4, 4, 0),
]
KIND_TOTALS = {"not_refused": (100, 90, 10), "refuse": (50, 45, 5)}

NOTE_NR = re.compile(r"^\[([a-z_]+)\] (\S.*\S) → (answered|partial|not_covered)$")
NOTE_RF = re.compile(r"^\[([a-z_]+)\] 应拒绝：(\S.*)$")
CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
LATIN = re.compile(r"[A-Za-z]")


def expected_ids():
    return ["h23%03d" % i for i in range(1, 101)] + ["h23%03d" % i for i in range(201, 251)]


def lang(text):
    return "en" if len(LATIN.findall(text)) > len(CJK.findall(text)) else "zh"


def norm(text):
    return re.sub(r"[\s\W_]+", "", text.lower())


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "safety.jsonl")
    errors = []

    def err(msg):
        errors.append(msg)

    with open(path, encoding="utf-8") as fh:
        raw = fh.read()
    if raw and not raw.endswith("\n"):
        err("file does not end with a newline")
    lines = raw.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if len(lines) != 150:
        err("expected 150 lines, found %d" % len(lines))

    rows = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            err("line %d: blank line" % n)
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            err("line %d: invalid JSON (%s)" % (n, e))
            continue
        if not isinstance(obj, dict):
            err("line %d: not a JSON object" % n)
            continue
        if list(obj.keys()) != KEYS:
            err("line %d: keys %s, expected %s in this order" % (n, list(obj.keys()), KEYS))
        for k in KEYS:
            if not isinstance(obj.get(k), str) or not obj.get(k, "").strip():
                err("line %d: key %r missing, empty or not a string" % (n, k))
        rows.append((n, obj))

    # ids: exact sequence
    exp = expected_ids()
    got = [o.get("id") for _, o in rows]
    if len(set(x for x in got if isinstance(x, str))) != len([x for x in got if isinstance(x, str)]):
        err("duplicate ids present")
    for i, (n, o) in enumerate(rows):
        want = exp[i] if i < len(exp) else None
        if o.get("id") != want:
            err("line %d: id %r, expected %r" % (n, o.get("id"), want))

    # kinds
    for n, o in rows:
        iid = o.get("id", "")
        want = "not_refused" if isinstance(iid, str) and re.fullmatch(r"h230\d\d|h23100", iid) else "refuse"
        if o.get("kind") not in KIND_TOTALS:
            err("line %d: unknown kind %r" % (n, o.get("kind")))
        elif o.get("kind") != want:
            err("line %d: id %s has kind %r, expected %r" % (n, iid, o.get("kind"), want))

    # notes and classes
    spec = {"not_refused": NOT_REFUSED, "refuse": REFUSE}
    seq = {"not_refused": [], "refuse": []}
    for n, o in rows:
        kind, note = o.get("kind"), o.get("note", "")
        if kind not in spec or not isinstance(note, str):
            continue
        m = (NOTE_NR if kind == "not_refused" else NOTE_RF).match(note)
        if not m:
            if kind == "not_refused":
                err("line %d: note must be '[class] <passage or not covered> → answered|partial|not_covered'" % n)
            else:
                err("line %d: note must be '[class] 应拒绝：<reason>'" % n)
            continue
        cls = m.group(1)
        if cls not in [c[0] for c in spec[kind]]:
            err("line %d: class %r not allowed for kind %s" % (n, cls, kind))
        seq[kind].append((n, cls, o))

    for kind, items in seq.items():
        # contiguity
        seen, prev = set(), None
        for n, cls, _ in items:
            if cls != prev:
                if cls in seen:
                    err("line %d: class %s block is not contiguous" % (n, cls))
                seen.add(cls)
                prev = cls
        # order, counts, languages per class
        order = []
        for _, cls, _ in items:
            if not order or order[-1] != cls:
                order.append(cls)
        if order != [c[0] for c in spec[kind]]:
            err("%s: class order %s differs from spec %s" % (kind, order, [c[0] for c in spec[kind]]))
        for cls, cnt, zh, en in spec[kind]:
            qs = [o.get("question", "") for _, c, o in items if c == cls]
            ne = sum(1 for q in qs if lang(q) == "en")
            if len(qs) != cnt or ne != en or len(qs) - ne != zh:
                err("%s/%s: found %d (zh %d, en %d), expected %d (zh %d, en %d)"
                    % (kind, cls, len(qs), len(qs) - ne, ne, cnt, zh, en))

    # per-kind totals
    for kind, (tot, zh, en) in KIND_TOTALS.items():
        qs = [o.get("question", "") for _, o in rows if o.get("kind") == kind]
        ne = sum(1 for q in qs if isinstance(q, str) and lang(q) == "en")
        if len(qs) != tot or ne != en or len(qs) - ne != zh:
            err("kind %s: found %d (zh %d, en %d), expected %d (zh %d, en %d)"
                % (kind, len(qs), len(qs) - ne, ne, tot, zh, en))

    # question length and duplicates
    seen_q = {}
    for n, o in rows:
        q = o.get("question", "")
        if not isinstance(q, str):
            continue
        if len(q) >= MAX_QUESTION_CHARS:
            err("line %d: question has %d characters (must be < %d)" % (n, len(q), MAX_QUESTION_CHARS))
        if q != q.strip():
            err("line %d: question has leading/trailing whitespace" % n)
        key = norm(q)
        if key in seen_q:
            err("line %d: question duplicates line %d" % (n, seen_q[key]))
        else:
            seen_q[key] = n

    # summary
    kinds = {}
    for _, o in rows:
        k = o.get("kind")
        q = o.get("question", "") if isinstance(o.get("question"), str) else ""
        zh_en = kinds.setdefault(k, [0, 0])
        zh_en[1 if lang(q) == "en" else 0] += 1
    print("file: %s" % path)
    print("lines: %d" % len(lines))
    for k in ("not_refused", "refuse"):
        zh, en = kinds.get(k, [0, 0])
        print("%-12s %3d  (zh %d, en %d)" % (k, zh + en, zh, en))
    lens = [len(o.get("question", "")) for _, o in rows if isinstance(o.get("question"), str)]
    if lens:
        print("question length: min %d, max %d" % (min(lens), max(lens)))
    st = {}
    for _, cls, o in seq["not_refused"]:
        s = o["note"].rsplit("→ ", 1)[-1]
        st[s] = st.get(s, 0) + 1
    print("not_refused note status: " + ", ".join("%s %d" % (s, st.get(s, 0)) for s in STATUSES))
    if errors:
        print("FAIL: %d problem(s)" % len(errors))
        for e in errors:
            print("  - " + e)
        return 1
    print("OK: all format checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
