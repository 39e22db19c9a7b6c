"""Precision, recall and F1 of the extractor: the sample gazettes and both real-document sets, one command.

``python tests/accuracy.py`` prints three tables: the five sample gazettes against ``tests/answer_key/``
(fields compared as below), the shared real set ``../shared/realdocs`` (skipped with a note when that
folder is absent) and our own ``tests/realdocs``; the real sets are scored per relation with the
matching of ``../shared/tools/score-keys``, ported in ``tests/keys_scoring.py``. ``--markdown`` prints
the tables as the README's accuracy section holds them (``tests/test_accuracy_published.py`` checks
that they agree), ``-v`` every miss and false hit; other arguments pick sample names.

Sample facts are compared on their identifying keys after normalising print variation (width, spaces,
《》): documents by number (title when unnumbered), citations by (by, number), repeals by (by, target),
law citations by (by, title), duties by (by, body) pairs as score-keys counts them.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
KEY_DIR = ROOT / "tests" / "answer_key"
SAMPLES = ROOT / "samples"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from keys_scoring import SetScore, Tally, key_files, score_set  # noqa: E402

from regkg.errors import InputError  # noqa: E402
from regkg.extract import extract_file  # noqa: E402
from regkg.extract.clean import normalise_chars  # noqa: E402

_DROP = re.compile(r"[\s《》〈〉<>\"“”‘’]")


def norm(s: str | None) -> str:
    return _DROP.sub("", normalise_chars(s or ""))


@dataclass
class Score(Tally):
    def add(self, gold: Counter, got: Counter) -> None:
        common = sum((gold & got).values())
        self.tp += common
        self.fp += sum(got.values()) - common
        self.fn += sum(gold.values()) - common


def _doc_key(d: dict) -> str:
    return norm(d["doc_number"]) or norm(d["title"])


def keys(rec: dict) -> dict[str, Counter]:
    """The comparable facts of one record, per field."""
    docs = rec["documents"]
    out = {
        "documents": Counter(_doc_key(d) for d in docs),
        "citations": Counter((norm(c["by"]), norm(c["cited_number"])) for c in rec["citations"]),
        "repeals": Counter(
            (norm(r["by"]), norm(r["target_number"]) or norm(r["target_title"])) for r in rec["repeals"]
        ),
        "law_citations": Counter((norm(c["by"]), norm(c["cited_title"])) for c in rec["law_citations"]),
        # a duty counts as (document, body) pairs, lead and support alike, once each: the realdocs convention
        "duties": Counter(set((norm(d["by"]), norm(b)) for d in rec["duties"] for b in (*d["lead"], *d["support"]))),
    }
    fields = Counter()
    for d in docs:
        k = _doc_key(d)
        inf = d.get("in_force") or {}
        fields.update(
            {
                (k, "title", norm(d["title"])): 1,
                (k, "issuers", tuple(sorted(map(norm, d["issuers"])))): 1,
                (k, "date", d["date"]): 1,
                (k, "kind", d["kind"]): 1,
                (k, "issues_attached", tuple(sorted(map(norm, d["issues_attached"])))): 1,
                (k, "in_force.from", inf.get("from")): 1,
                (k, "in_force.until", inf.get("until")): 1,
            }
        )
    out["document_fields"] = fields
    return out


FIELDS = ("documents", "document_fields", "citations", "repeals", "law_citations", "duties")


def evaluate(names: list[str] | None = None) -> tuple[dict[str, Score], dict[str, dict[str, tuple[Counter, Counter]]]]:
    """Scores per field over the seeds, and per file the (missed, spurious) facts for inspection."""
    totals = {f: Score() for f in FIELDS}
    diffs: dict[str, dict[str, tuple[Counter, Counter]]] = {}
    for key_file in sorted(KEY_DIR.glob("*.json")):
        if names and key_file.stem not in names:
            continue
        gold = json.loads(key_file.read_text("utf-8"))
        got = extract_file(SAMPLES / f"{key_file.stem}.txt").to_dict()
        g, r = keys(gold), keys(got)
        diffs[key_file.stem] = {}
        for f in FIELDS:
            totals[f].add(g[f], r[f])
            diffs[key_file.stem][f] = (g[f] - r[f], r[f] - g[f])
    return totals, diffs


@dataclass(frozen=True)
class RealSet:
    """A folder of answer keys in the shape of the shared set (NAME.json, texts/, sources.json)."""

    name: str
    folder: Path
    shown_as: str  # where the README says it lives: relative to the repository root


REAL_SETS = (
    RealSet("shared realdocs", ROOT.parent / "shared" / "realdocs", "../shared/realdocs"),
    RealSet("tests/realdocs", ROOT / "tests" / "realdocs", "tests/realdocs"),
)


def extract_record(path: Path) -> dict | None:
    """The extraction record of one text as `regkg extract` prints it, None when the extractor refuses it."""
    try:
        return extract_file(path).to_dict()
    except InputError:
        return None


def evaluate_real(real: RealSet) -> SetScore | None:
    """The set's scores per relation, None when its folder is absent (the shared set beside a clone)."""
    if not key_files(real.folder):
        return None
    return score_set(real.folder, extract_record)


@dataclass
class Measured:
    """One run of the extractor over every set: the sample scores and each real set's (None: absent)."""

    samples: dict[str, Score]
    sample_diffs: dict[str, dict[str, tuple[Counter, Counter]]]
    real: dict[str, SetScore | None]


def measure(names: list[str] | None = None) -> Measured:
    samples, diffs = evaluate(names)
    return Measured(samples, diffs, {real.name: evaluate_real(real) for real in REAL_SETS})


COLUMNS = ("P", "R", "F1", "tp", "fp", "fn")


def _cells(t: Tally) -> list[str]:
    return [f"{t.precision:.3f}", f"{t.recall:.3f}", f"{t.f1:.3f}", str(t.tp), str(t.fp), str(t.fn)]


def render(label: str, rows: dict[str, Tally], markdown: bool) -> str:
    """One table: a row per relation or field with P, R, F1, tp, fp, fn."""
    if markdown:
        lines = [f"| {label} | " + " | ".join(COLUMNS) + " |", "|---|" + "---:|" * len(COLUMNS)]
        lines += [f"| {k} | " + " | ".join(_cells(t)) + " |" for k, t in rows.items()]
    else:
        lines = [f"{label:<16}" + "".join(f"{c:>7}" for c in COLUMNS)]
        lines += [f"{k:<16}" + "".join(f"{c:>7}" for c in _cells(t)) for k, t in rows.items()]
    return "\n".join(lines)


def sections(m: Measured, markdown: bool = False) -> dict[str, str]:
    """Each table under its heading line, by set name, in the order printed: samples, shared, ours."""
    head = (lambda s: f"**{s}**") if markdown else (lambda s: f"== {s}")
    n = len(m.sample_diffs)
    out = {"samples": head(f"Samples: {n} gazette{'s' * (n != 1)} in `samples/`, keys in `tests/answer_key/`") + "\n\n"
           + render("field", m.samples, markdown)}
    for real in REAL_SETS:
        score = m.real[real.name]
        if score is None:
            out[real.name] = head(f"{real.name}: skipped, `{real.shown_as}` is absent")
            continue
        line = f"{real.name}: {score.files} texts in `{real.shown_as}`, matched as `score-keys` does"
        if score.refused:
            line += f"; refused by the extractor, counted as misses: {', '.join(score.refused)}"
        out[real.name] = head(line) + "\n\n" + render("relation", score.totals, markdown)
    return out


def report(m: Measured, markdown: bool = False) -> str:
    return "\n\n".join(sections(m, markdown).values()) + "\n"


def print_misses(m: Measured) -> None:
    print("\n== samples: missed and spurious")
    for stem, per in m.sample_diffs.items():
        for f, (missed, spurious) in per.items():
            for k in missed:
                print(f"  {stem} {f} MISSED   {k}")
            for k in spurious:
                print(f"  {stem} {f} SPURIOUS {k}")
    for name, score in m.real.items():
        if score is None:
            continue
        print(f"\n== {name}: missed and false")
        for file, kind, what, item in score.misses:
            print(f"  {file} {kind} {what} {item}")


def main(argv: list[str]) -> None:
    m = measure([a for a in argv if not a.startswith("-")] or None)
    print(report(m, "--markdown" in argv), end="")
    if "-v" in argv:
        print_misses(m)


if __name__ == "__main__":
    main(sys.argv[1:])
