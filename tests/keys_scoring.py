"""Score extraction records against real-document answer keys, with the matching of shared/tools/score-keys.

The shared set (``../shared/realdocs``) and ours (``tests/realdocs``) are keyed by the conventions of
``../shared/realdocs/README.md`` and scored by ``../shared/tools/score-keys``, which lives outside the
repository; this module ports its matching rule for rule so the repository scores itself the same way
(same canonical forms, same fuzzy title and body comparison, same greedy one-to-one matching, same scope
for duties and document fields). A key folder holds ``NAME.json`` keys, ``texts/`` and ``sources.json``.

>>> canon_number("京政办发[2006]4号"), key_by("[无标题]黑龙江省人民政府")
('京政办发〔2006〕4号', '*')
>>> same_org("市生态环境局", "泸州市生态环境局"), same_title("关于印发某办法的通知", "《关于印发某办法的通知》")
(True, True)
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path

__all__ = ["KINDS", "Tally", "SetScore", "score_set", "merge_sources", "key_files"]

KINDS = ("documents", "repeals", "citations", "law_citations", "duties", "doc_fields")

BR_OPEN = "〔[【（(［"
BR_CLOSE = "〕]】）)］"
# Print variation a title may carry and a reader ignores: spaces, quotes, 《》, punctuation, brackets.
_TITLE_NOISE = re.compile(r"[\s《》〈〉<>“”\"'‘’、,，。:：;；\-—()（）\[\]〔〕]")
# A by that is a full 发文字号 is compared as a number, anything else as a title.
_FULL_NUMBER = re.compile(r"〔\d{4}〕\d+号$")
# The key's placeholder for a document printing neither title nor number: 「[无标题]黑龙江省人民政府」.
UNTITLED = "[无标题]"
ANY_DOC = "*"
TITLE_RATIO = 0.85  # difflib ratio above which two titles are the same document's
LAW_TITLE_RATIO = 0.9  # law titles differ by one word between distinct laws: a stricter ratio
CONTAINED_SHARE = 0.7  # a title inside another and at least this share of it is the same title
SOURCES = "sources.json"


def canon_number(s: str | None) -> str | None:
    """京政办发[2006]4号 → 京政办发〔2006〕4号: width folded, spaces out, every bracket pair to 〔〕."""
    if not s:
        return None
    s = unicodedata.normalize("NFKC", s)
    s = re.sub(r"\s+", "", s)
    s = re.sub(f"[{re.escape(BR_OPEN)}]", "〔", s)
    s = re.sub(f"[{re.escape(BR_CLOSE)}]", "〕", s)
    return s.replace("(", "〔").replace(")", "〕")  # NFKC turned full-width （） into ASCII


def canon_title(s: str | None) -> str:
    if not s:
        return ""
    return _TITLE_NOISE.sub("", unicodedata.normalize("NFKC", s))


canon_org = canon_title


def same_title(a: str, b: str, thr: float = TITLE_RATIO) -> bool:
    a, b = canon_title(a), canon_title(b)
    if not a or not b:
        return False
    short, long_ = sorted((a, b), key=len)
    if short in long_ and len(short) >= CONTAINED_SHARE * len(long_):
        return True
    return SequenceMatcher(None, a, b).ratio() >= thr


def same_org(a: str, b: str) -> bool:
    """Equal names, or a short form by level (市生态环境局) of the full one (泸州市生态环境局)."""
    a, b = canon_org(a), canon_org(b)
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return short.startswith(("市", "县", "区", "省")) and long_.endswith(short[1:]) and len(short) >= 3


def key_by(by: str) -> str:
    if by.startswith(UNTITLED):
        return ANY_DOC  # the key's document has no title or number: any name the extractor gives it will do
    n = canon_number(by)
    return n if n and _FULL_NUMBER.search(n) else canon_title(by)


def same_by(g: str, p: str) -> bool:
    return g == ANY_DOC or g == p or same_title(g, p)


Item = tuple


def items(rec: dict | None, kind: str) -> list[Item]:
    """The comparable facts of one record (key or extraction) for one relation."""
    rec = rec or {}
    out: list[Item] = []
    if kind == "documents":
        for d in rec.get("documents") or []:
            if d.get("doc_number") or d.get("title"):  # an excerpt without title or number: nothing to match on
                out.append((canon_number(d.get("doc_number")), d.get("title") or ""))
    elif kind == "repeals":
        for r in rec.get("repeals") or []:
            if r.get("target_number") or r.get("target_title"):  # a general clause names no target: no link
                out.append((key_by(r.get("by") or ""), canon_number(r.get("target_number")), r.get("target_title") or ""))
    elif kind == "citations":
        for c in rec.get("citations") or []:
            out.append((key_by(c.get("by") or ""), canon_number(c.get("cited_number"))))
    elif kind == "law_citations":
        for c in rec.get("law_citations") or []:
            out.append((key_by(c.get("by") or ""), c.get("cited_title") or ""))
    elif kind == "duties":
        for d in rec.get("duties") or []:
            for dept in (d.get("lead") or []) + (d.get("support") or []):
                out.append((key_by(d.get("by") or ""), dept))
    elif kind == "doc_fields":
        for d in rec.get("documents") or []:
            inf = d.get("in_force") or {}
            out.append((canon_number(d.get("doc_number")), d.get("date"), inf.get("from"), inf.get("until"),
                        tuple(sorted(canon_org(x) for x in d.get("issuers") or []))))
    return out


SAME: dict[str, Callable[[Item, Item], bool]] = {
    "documents": lambda g, p: bool((g[0] and g[0] == p[0]) or (not g[0] and same_title(g[1], p[1]))),
    "repeals": lambda g, p: same_by(g[0], p[0]) and bool(
        (g[1] and g[1] == p[1]) or (not g[1] and same_title(g[2], p[2]))),
    "citations": lambda g, p: same_by(g[0], p[0]) and g[1] == p[1],
    "law_citations": lambda g, p: same_by(g[0], p[0]) and same_title(g[1], p[1], LAW_TITLE_RATIO),
    "duties": lambda g, p: same_by(g[0], p[0]) and same_org(g[1], p[1]),
    # issuers are carried but not compared, as in score-keys: the key prints them, the bar does not judge them
    "doc_fields": lambda g, p: g[0] == p[0] and g[1:4] == p[1:4],
}


def dedupe(pairs: Iterable[Item]) -> list[Item]:
    seen, out = set(), []
    for x in pairs:
        key = tuple(canon_title(v) if isinstance(v, str) else v for v in x)
        if key not in seen:
            seen.add(key)
            out.append(x)
    return out


def match(gold: list[Item], pred: list[Item], same: Callable[[Item, Item], bool]) -> tuple[int, list, list]:
    """Greedy one-to-one matching in key order; returns (tp, misses, false hits)."""
    pred_left = list(pred)
    misses = []
    tp = 0
    for g in gold:
        for i, p in enumerate(pred_left):
            if same(g, p):
                tp += 1
                pred_left.pop(i)
                break
        else:
            misses.append(g)
    return tp, misses, pred_left


def compare(gold: dict, pred: dict | None, kind: str) -> tuple[int, list, list]:
    """(tp, misses, false hits) of one record against its key for one relation, scoped as score-keys does."""
    g_items, p_items = items(gold, kind), items(pred, kind)
    if kind == "duties":  # the key covers only some documents: score those
        scope = {x[0] for x in g_items}
        if ANY_DOC not in scope:
            p_items = [x for x in p_items if x[0] in scope]
    if kind == "doc_fields":  # field accuracy over documents found in both
        nums = {x[0] for x in p_items if x[0]}
        g_items = [x for x in g_items if x[0] in nums]
        p_items = [x for x in p_items if x[0] in {y[0] for y in g_items}]
    if kind in ("citations", "law_citations", "duties"):  # a pair counts once, however often it is printed
        g_items, p_items = dedupe(g_items), dedupe(p_items)
    return match(g_items, p_items, SAME[kind])


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

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


@dataclass
class SetScore:
    """One key folder's totals per relation, every miss and false hit, and the files the extractor refused."""

    files: int = 0
    totals: dict[str, Tally] = field(default_factory=lambda: {k: Tally() for k in KINDS})
    misses: list[tuple[str, str, str, Item]] = field(default_factory=list)  # (file, kind, MISS/FALSE, item)
    refused: list[str] = field(default_factory=list)


def key_files(keys_dir: Path) -> list[Path]:
    return sorted(p for p in Path(keys_dir).glob("*.json") if p.name != SOURCES)


def score_set(keys_dir: Path, extract: Callable[[Path], dict | None], texts_dir: Path | None = None) -> SetScore:
    """Score ``extract`` (text path → record dict, None when refused) over every key in ``keys_dir``.

    A refused file counts as all misses, as with the CLI that score-keys runs.
    """
    texts_dir = Path(texts_dir) if texts_dir else Path(keys_dir) / "texts"
    score = SetScore()
    for key_path in key_files(keys_dir):
        gold = json.loads(key_path.read_text("utf-8"))
        src = texts_dir / gold.get("source", key_path.stem + ".txt")
        pred = extract(src)
        score.files += 1
        if pred is None:
            score.refused.append(src.name)
        for kind in KINDS:
            tp, miss, false = compare(gold, pred, kind)
            t = score.totals[kind]
            t.tp += tp
            t.fp += len(false)
            t.fn += len(miss)
            score.misses += [(src.name, kind, "MISS", m) for m in miss] + [(src.name, kind, "FALSE", x) for x in false]
    return score


def merge_sources(folder: str | Path) -> dict[str, str]:
    """Fold each collector's ``sources-*.json`` into the folder's one ``sources.json`` and delete them.

    Re-runnable: a collector that writes its ``sources-X.json`` later is merged by running this again.
    The same text with two different origins is an error, not a silent overwrite.
    """
    folder = Path(folder)
    target = folder / SOURCES
    merged: dict[str, str] = json.loads(target.read_text("utf-8")) if target.exists() else {}
    parts = sorted(folder.glob("sources-*.json"))
    for part in parts:
        for name, origin in json.loads(part.read_text("utf-8")).items():
            if merged.get(name, origin) != origin:
                raise ValueError(f"{part.name}: {name} has origin {origin!r}, {SOURCES} says {merged[name]!r}")
            merged[name] = origin
    target.write_text(json.dumps(dict(sorted(merged.items())), ensure_ascii=False, indent=1) + "\n", "utf-8")
    for part in parts:
        part.unlink()
    return merged
