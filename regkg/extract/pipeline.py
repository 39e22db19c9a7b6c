"""The extractor end to end: read -> clean -> segment -> find -> records.

``extract_text`` is the pure core (a string in, a :class:`Record` out); ``extract_file`` adds reading
and decoding; ``extract`` walks many inputs and never lets one bad file stop the others.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from regkg.errors import InputError, RegkgError
from regkg.extract import cues
from regkg.extract.citations import (
    citation_kind,
    defined_short_forms,
    find_titles,
    is_cited_work,
    numbered_titles,
    title_before,
)
from regkg.extract.attached import find_attached
from regkg.extract.consistency import check
from regkg.extract.clean import Text, clean, flow
from regkg.extract.docnum import find_docnums
from regkg.extract.head import ANY_DATE
from regkg.extract.printed import printed, printed_title
from regkg.extract.duty_finder import as_printed, find_duties, find_table_duties
from regkg.extract.models import (
    Citation,
    Document,
    Duty,
    Gazette,
    LawCitation,
    Record,
    Repeal,
    Validity,
    Warning,
)
from regkg.extract.read import expand_inputs, read_input
from regkg.extract.repeals import find_repeals
from regkg.extract.segment import DATE, Segment, segment
from regkg.extract.sentences import sentences
from regkg.extract.validity import find_validity, parse_date
from regkg.keys.kinds import KIND_END as _KIND
from regkg.keys.numbers import code_of
from regkg.keys.orgs import ORG_NAME
from regkg.keys.places import jurisdiction_of
from regkg.keys.titles import title_key, titles_differ

__all__ = ["Result", "extract", "extract_file", "extract_text"]

_SITE_NOTE = re.compile(cues.SITE_NOTE)
_HISTORY = re.compile(cues.HISTORY_NOTE)
_RULE_KIND = re.compile(rf"(?:{'|'.join(cues.RULE_KINDS)})(?:\((?:试行|暂行|修订)\))?$")
# The state's name before a national body's (「中华人民共和国国务院」 signs what the keys call 国务院).
_STATE_PREFIX = re.compile(r"^中华人民共和国(?=\S{2,})")


@dataclass(frozen=True)
class Result:
    """One input's outcome: a record, or the error that stopped it."""

    path: str
    record: Record | None
    error: InputError | None


def extract(inputs: Iterable[str | Path]) -> Iterator[Result]:
    """Extract every input (files, folders, globs), one :class:`Result` per file, bad ones included."""
    paths, errors = expand_inputs(inputs)
    for err in errors:
        yield Result(err.path, None, err)
    for p in paths:
        try:
            yield Result(str(p), extract_file(p), None)
        except InputError as exc:
            yield Result(str(p), None, exc)


def extract_file(path: str | Path, *, source: str | None = None) -> Record:
    """Read, decode and extract one file; raises :class:`InputError` naming the file and the reason.

    ``source`` names the file in the record and its evidence (a build passes the path relative to its
    inputs, so that ``a/x.txt`` and ``b/x.txt`` stay two sources); by default the file's name."""
    decoded = read_input(path)
    try:
        record = extract_text(decoded.text, source=source or Path(path).name, encoding=decoded.encoding)
    except RegkgError:
        raise
    except Exception as exc:  # a finder bug must not cost the user the other files
        raise InputError(str(path), f"extraction failed: {type(exc).__name__}: {exc}") from exc
    if not record.documents:
        raise InputError(str(path), "not a gazette or government document: no document title or 发文字号 found")
    return record


def extract_text(text: str, source: str = "<text>", encoding: str = "utf-8") -> Record:
    """Extract the record of one gazette (or one document) given as text.

    >>> r = extract_text("泸州市人民政府办公室关于废止某办法的通知\\n泸市府办发〔2024〕9号\\n"
    ...                  "各区县人民政府:\\n《泸州市某办法》(泸市府办发[2019]3号)同时废止。\\n"
    ...                  "本通知自印发之日起施行。\\n泸州市人民政府办公室\\n2024年3月1日")
    >>> d = r.documents[0]
    >>> d.doc_number, d.kind, d.issuers, d.date, d.in_force.from_
    ('泸市府办发〔2024〕9号', '通知', ('泸州市人民政府办公室',), '2024-03-01', '2024-03-01')
    >>> [(x.by, x.target_number, x.target_title) for x in r.repeals]
    [('泸市府办发〔2024〕9号', '泸市府办发〔2019〕3号', '泸州市某办法')]
    """
    c = clean(text)
    front, segs = segment(c)
    jurisdiction = jurisdiction_of(front.title or "") or next(
        (j for s in segs for j in [jurisdiction_of(s.title)] if j), None
    )
    known = frozenset(filter(None, map(code_of, [*(s.number for s in segs), *(n for _, n in front.toc)])))
    warnings: list[Warning] = _date_warnings(c)
    warnings += [
        Warning("toc_entry_not_found", f"table of contents lists 《{t}》{f'({n})' if n else ''} but no such document was found")
        for t, n in front.toc_not_found
    ]
    docs, repeals, cites, laws, duties = [], [], [], [], []
    for seg in segs:
        doc, found = _document(c, seg, known, text)
        docs.append(doc)
        repeals += found[0]
        cites += found[1]
        laws += found[2]
        duties += found[3]
        warnings += found[4]
    repeals += _history_repeals(c, text, docs)
    warnings += check(docs, repeals, cites)
    gazette = None
    if front.title or front.issue:
        gazette = Gazette(front.title, front.issue, front.serial, jurisdiction_of(front.title or "") or jurisdiction)
    return Record(
        source=source,
        gazette=gazette,
        documents=tuple(docs),
        repeals=tuple(repeals),
        citations=tuple(cites),
        law_citations=tuple(laws),
        duties=tuple(duties),
        warnings=tuple(warnings),
        encoding=encoding,
        jurisdiction=jurisdiction,
    )


def _date_warnings(c: Text) -> list[Warning]:
    out = []
    for m in DATE.finditer(c.s):
        if parse_date(m.group()) is None:
            out.append(Warning("impossible_date", f"impossible date {m.group()}", c.orig_span(*m.span())))
    return out


def _issuers(c: Text, seg: Segment, raw: str) -> tuple[str, ...]:
    names: list[str] = []
    for ln in seg.issuer_lines:
        a, b = c.orig_span(ln.start, ln.end)
        for piece in raw[a:b].split():  # print separates joint issuers by spaces
            piece = clean(piece).s.strip()
            if piece:
                names.append(piece)
    m = _HEADING_ISSUERS.match(seg.title) or _GOVERNMENT_FIRST.match(seg.title)
    heading_issuer = m.group(1) if m else None
    if not names:
        names += seg.masthead
    if heading_issuer and not any(n.endswith(heading_issuer) for n in names) and not names:
        names.append(heading_issuer)
    listed = seg.metadata.get("issuer", "")
    if not names and listed and not _PUBLISHER.search(listed):
        names += [p for p in re.split(r"[\s、,,;]+", listed) if p]  # a web page's metadata block
    if heading_issuer:  # OCR slips in a signature (「日梁市人民政府办公室」) yield to the heading's spelling
        names = [heading_issuer if _one_char_apart(n, heading_issuer) else n for n in names]
    return tuple(dict.fromkeys(p for n in names for q in n.split("、") for p in split_joint(_STATE_PREFIX.sub("", q))))


def split_joint(name: str) -> list[str]:
    """Joint issuers printed side by side, each a body of a place or a national body.

    >>> split_joint("财政部国家发展和改革委员会工业和信息化部")
    ['财政部', '国家发展和改革委员会', '工业和信息化部']
    >>> split_joint("泸州市生态环境局泸州市财政局"), split_joint("泸州市人民政府办公室")
    (['泸州市生态环境局', '泸州市财政局'], ['泸州市人民政府办公室'])
    >>> split_joint("中共岳阳市委办公室岳阳市人民政府办公室")
    ['中共岳阳市委办公室', '岳阳市人民政府办公室']
    """
    return _split(name) or [name]


def _split(name: str) -> list[str] | None:
    """``name`` cut into whole bodies, each ending where a body's name may end, or ``None``."""
    if _is_body(name) and len(name) <= 8:
        return [name]
    for i in range(3, len(name) - 2):
        head = name[:i]
        if ORG_NAME.fullmatch(head) and _is_body(head) and (rest := _split(name[i:])) is not None:
            return [head, *rest]
    return [name] if _is_body(name) else None


def _one_char_apart(a: str, b: str) -> bool:
    return len(a) == len(b) and sum(x != y for x, y in zip(a, b)) == 1


# 「中共浙江省委办公厅、浙江省人民政府办公厅关于…」: joint issuers head a title, joined by 、 or nothing
_HEADING_ISSUERS = re.compile(rf"^((?:{ORG_NAME.pattern})(?:、(?:{ORG_NAME.pattern}))*)(?:关于|印发|转发|联合印发)")
# A rule published under its maker's name: 「镇巴县人民政府工作规则」
_GOVERNMENT_FIRST = re.compile(r"^([\u4e00-\u9fff]{2,12}?(?:人民政府办公厅|人民政府办公室|人民政府))(?!办公)")
_PUBLISHER = re.compile(cues.SITE_NAME)
_PLACE_FIRST = re.compile(r"^(?:[\u4e00-\u9fff]{2,7}?(?:自治区|省|市|县|区|州|盟)|市|县|区|省|国务院)")


# National bodies print no place: 「财政部」 「国家税务总局」 「中国人民银行」 「最高人民法院」
_NATIONAL_BODY = re.compile(r"^(?:国家|国务院|中国|中华|全国|最高|中共中央|中央)|^[\u4e00-\u9fff]{2,10}(?:部|总局|总署|委员会|银行)$")


# What ends a body's name never starts one: a cut inside 「委员会」 or before 「办公室」 is no boundary.
_NAME_ENDINGS = ("员会", "会", "室", "办公", "公室", "局", "厅", "部", "委", "处", "署", "院", "政府", "人民政府")


def _is_body(name: str) -> bool:
    """Whether a name found beside others is a whole body (「泸州市财政局」 「财政部」), not a fragment."""
    if name.startswith(_NAME_ENDINGS):
        return False
    return len(name) >= 3 and bool(_PLACE_FIRST.match(name) or _NATIONAL_BODY.match(name) or name.startswith("中共"))


def _history_notes(s: str) -> list[re.Match[str]]:
    """The history notes in ``s``. Each prints 「被」 (「已被《…》废止」); _HISTORY opens with optional words and is
    tried at every character, so a text without 「被」 is spared it."""
    return list(_HISTORY.finditer(s)) if "被" in s else []


def _history_repeals(c: Text, raw: str, docs: list[Document]) -> list[Repeal]:
    """A database's note that a later document repealed this one: a repeal by that later document."""
    if len(docs) != 1:  # a history box belongs to a page of one document
        return []
    doc, out = docs[0], []
    for m in _history_notes(c.s):
        by = m.group("number") or (m.group("title") or "")[1:-1]
        if by in (doc.doc_number, doc.title):
            continue
        a, b = c.orig_span(m.start(), m.end())
        out.append(Repeal(by, doc.doc_number, doc.title or None, printed(raw, c, m.start(), m.end()), (a, b), "history"))
    return out


def _field_validity(c: Text, seg: Segment, raw: str) -> Validity | None:
    """A database's 实施日期/失效日期 fields, when they set an end (a lone 实施日期 is the posting's day)."""
    expires = _iso(seg.metadata.get("expires", ""))
    if expires is None:
        return None
    at = c.s.find(seg.metadata["expires"], max(0, seg.start - 2000))
    a, b = c.orig_span(at, at + len(seg.metadata["expires"])) if at >= 0 else (seg.start, seg.start)
    return Validity(_iso(seg.metadata.get("effective", "")), expires, raw[a:b], (a, b))


def _iso(value: str) -> str | None:
    m = ANY_DATE.search(value)
    if not m:
        return None
    try:
        return date(int(m.group("y")), int(m.group("m")), int(m.group("d"))).isoformat()
    except ValueError:
        return None


def _document(c: Text, seg: Segment, known: frozenset[str], raw: str):
    title = seg.title  # cleaned, for matching; the record shows it as printed
    shown = printed_title(raw, c, *seg.title_span) if seg.title_span else seg.title
    kind_m = _KIND.search(seg.title) or _RULE_KIND.search(seg.title)
    kind = kind_m.group() if kind_m else None
    if kind and kind.endswith(")"):
        kind = kind[: kind.index("(")]
    signed: date | None = None
    if seg.date:
        try:
            signed = date(*seg.date)
        except ValueError:
            signed = None
    body = flow(c.sub(seg.body_start, seg.end))
    # site notes and history boxes are the site's words, not the document's; offsets kept: evidence reads body.s
    s = _SITE_NOTE.sub(lambda m: " " * len(m.group()), body.s)
    for m in _history_notes(s):
        s = s[: m.start()] + " " * len(m.group()) + s[m.end() :]
    notice = s[: (seg.signature_end - seg.body_start) if seg.signature_end else len(s)]
    key = seg.number or shown or f"[无标题]{''.join(_issuers(c, seg, raw)[:1])}{signed.isoformat() if signed else ''}"
    sents = sentences(s)  # (text, start, end) each
    # a document with no signature is its own notice: its sentences are split once
    attached = find_attached(title, [x.text for x in (sents if len(notice) == len(s) else sentences(notice))])
    numbers = [n for n in find_docnums(s, known)]
    titles = find_titles(s)
    # records show titles as printed (traditional script kept); matching uses the cleaned ones
    shown_of = {t.title: printed_title(raw, body, t.start + 1, t.end - 1) for t in titles}

    def shown_text(a: int, b: int) -> str:
        return printed(raw, body, a, b)

    def title_shown(t: str | None) -> str | None:
        return shown_of.get(t, t) if t else t

    def span(a: int, b: int) -> tuple[int, int]:
        return body.orig_span(a, b)

    sent_starts = [a for _, a, _ in sents]

    def sentence_at(pos: int) -> tuple[str, int, int]:
        # sentences are disjoint and in order: the one that can hold ``pos`` is the last to start at or before it
        k = bisect_right(sent_starts, pos) - 1
        if k >= 0 and pos < sents[k][2]:
            return sents[k]
        return s[max(0, pos - 40) : pos + 40], max(0, pos - 40), min(len(s), pos + 40)

    title_of: dict[str, str] = {}
    title_conflicts: list[tuple[str, str, str, tuple[int, int]]] = []
    citations: dict[str, Citation] = {}
    for n in numbers:
        num = n.canonical
        if num == seg.number:
            continue
        t = title_before(s, n.start, titles)
        if t and num not in title_of:
            title_of[num] = t.title
        elif t and titles_differ(t.title, title_of[num]):
            title_conflicts.append((num, title_of[num], t.title, (t.start, n.end)))
        sent, a, b = sentence_at(n.start)
        if num in citations:
            if citations[num].cited_title is None and t:
                old = citations[num]
                citations[num] = Citation(key, num, title_shown(t.title), old.evidence, old.span, old.kind)
            continue
        citations[num] = Citation(key, num, title_shown(t.title) if t else None, shown_text(a, b), span(a, b), citation_kind(sent, n.start - a, kind))

    own = set(attached) | {title} | defined_short_forms(s, titles) | numbered_titles(s, titles, numbers)
    own_keys = {title_key(x) for x in own}
    laws: dict[str, LawCitation] = {}
    for t in titles:
        if t.title in laws or not is_cited_work(s, t, numbers, own, own_keys):
            continue
        sent, a, b = sentence_at(t.start)
        laws[t.title] = LawCitation(key, title_shown(t.title), shown_text(a, b), span(a, b), "based_on" if citation_kind(sent, t.start - a, None) == "based_on" else "cites")

    repeals = [
        Repeal(key, f.target_number, title_shown(f.target_title), shown_text(f.start, f.end), span(f.start, f.end), f.cue,
               f.partial)
        for f in find_repeals(sents, numbers, titles, seg.number, tuple(set(attached) | {title}), title_of)
    ]
    # a document that repeals itself is a misprint to flag, not a fact to act on
    warnings = [Warning("self_repeal", f"{key} repeals itself: {r.evidence}", r.span) for r in repeals if r.target_number == key]
    repeals = [r for r in repeals if r.target_number != key]
    for r in repeals:  # a target named by title alone is cited by that title too
        if r.target_title and not r.target_number and r.target_title not in laws and r.target_title not in attached:
            laws[r.target_title] = LawCitation(key, r.target_title, r.evidence, r.span, "cites")
    warnings += [
        Warning("number_with_two_titles", f"{num} is printed with different titles: 《{a}》 / 《{b}》", span(*at))
        for num, a, b, at in title_conflicts
    ]

    v = find_validity(sents, signed)
    in_force = None
    if v is not None:
        in_force = Validity(v.from_.isoformat() if v.from_ else None, v.until.isoformat() if v.until else None,
                            shown_text(v.start, v.end), span(v.start, v.end))
    if (in_force is None or in_force.until is None) and (field := _field_validity(c, seg, raw)) is not None:
        in_force = field if in_force is None else Validity(in_force.from_, field.until, in_force.evidence, in_force.span)

    def bodies(names: tuple[str, ...], text: str, a: int, b: int, view: Text) -> tuple[str, ...]:
        return tuple(as_printed(n, text, a, b, lambda x, y: printed(raw, view, x, y)) for n in names)

    duties = [
        Duty(key, d.task, bodies(d.lead, s, d.start, d.end, body), bodies(d.support, s, d.start, d.end, body),
             shown_text(d.start, d.end).strip(), span(d.start, d.end))
        for d in find_duties(s, addressee="、".join(seg.addressees) or None)
    ]
    table_view = c.sub(seg.body_start, seg.end)  # tables need the line view: rows are lines
    table = table_view.s
    duties += [
        Duty(key, d.task, bodies(d.lead, table, d.start, d.end, table_view),
             bodies(d.support, table, d.start, d.end, table_view), printed(raw, table_view, d.start, d.end).strip(),
             table_view.orig_span(d.start, d.end))
        for d in find_table_duties(table)
    ]

    if not shown:
        warnings.append(Warning("missing_heading", f"{key}: no heading is printed; the document is named by its number or issuer and date", c.orig_span(seg.start, seg.body_start)))
    doc = Document(
        doc_number=seg.number,
        title=shown,
        issuers=_issuers(c, seg, raw),
        date=signed.isoformat() if signed else None,
        kind=kind,
        issues_attached=attached,
        in_force=in_force,
        span=c.orig_span(seg.start, seg.end),
        addressees=tuple(seg.addressees),
        number_as_printed=seg.number_printed,
    )
    return doc, (repeals, list(citations.values()), list(laws.values()), duties, warnings)
