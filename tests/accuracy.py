"""Precision, recall and F1 of the extractor against the hand-checked seed answer key.

Run ``python tests/accuracy.py`` for the table; ``tests/test_answer_key.py`` asserts the floors.
Facts are compared on their identifying keys after normalising print variation (width, spaces, 《》):
documents by number (title when unnumbered), citations by (by, number), repeals by (by, target),
law citations by (by, title), duties by (by, lead set, support set).
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

from regkg.extract import extract_file  # noqa: E402
from regkg.extract.clean import normalise_chars  # noqa: E402

_DROP = re.compile(r"[\s《》〈〉<>\"“”‘’]")


def norm(s: str | None) -> str:
    return _DROP.sub("", normalise_chars(s or ""))


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, gold: Counter, got: Counter) -> None:
        common = sum((gold & got).values())
        self.tp += common
        self.fp += sum(got.values()) - common
        self.fn += sum(gold.values()) - common

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


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
        "duties": Counter(
            (norm(d["by"]), tuple(sorted(map(norm, d["lead"]))), tuple(sorted(map(norm, d["support"]))))
            for d in rec["duties"]
        ),
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


def main(argv: list[str]) -> None:
    verbose = "-v" in argv
    names = [a for a in argv if not a.startswith("-")]
    totals, diffs = evaluate(names or None)
    print(f"{'field':<16} {'P':>6} {'R':>6} {'F1':>6}   tp  fp  fn")
    for f, s in totals.items():
        print(f"{f:<16} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {s.tp:4d} {s.fp:3d} {s.fn:3d}")
    if verbose:
        for stem, per in diffs.items():
            for f, (missed, spurious) in per.items():
                for k in missed:
                    print(f"  {stem} {f} MISSED   {k}")
                for k in spurious:
                    print(f"  {stem} {f} SPURIOUS {k}")


if __name__ == "__main__":
    main(sys.argv[1:])
