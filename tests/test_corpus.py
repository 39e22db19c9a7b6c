"""The synthetic gazette corpus (benchmarks/corpus.py): deterministic, plausible, and its ground truth
agrees with its text. Checks here re-derive what they can independently of the generator (number
canonicalisation, validity arithmetic) rather than calling its helpers."""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks import corpus  # noqa: E402

SCHEMA = ROOT.parent / "shared" / "spec" / "extraction.schema.json"
N_SMALL = 40  # several jurisdictions, a province among them, ~2,000 documents, under a second

# printed bracket and digit variants -> canonical 机关代字〔YYYY〕N号
_BRACKETS = str.maketrans({"[": "〔", "]": "〕", "［": "〔", "］": "〕", "【": "〔", "】": "〕"})
_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_CN_YEARS = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5}


def canon(printed: str) -> str:
    return re.sub(r"\s+", "", printed.translate(_BRACKETS).translate(_DIGITS))


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    out = tmp_path_factory.mktemp("corpus")
    manifest = corpus.generate(N_SMALL, seed=11, out_dir=out)
    records = list(manifest.records())
    summary = json.loads(manifest.summary_path.read_text(encoding="utf-8"))
    texts = {r["source"]: (out / r["source"]).read_text(encoding="utf-8") for r in records}
    return manifest, records, summary, texts


def test_same_seed_gives_same_bytes(tmp_path):
    a = corpus.generate(6, seed=3, out_dir=tmp_path / "a")
    b = corpus.generate(6, seed=3, out_dir=tmp_path / "b")
    assert a.files == b.files
    for name in a.files + ("manifest.jsonl", "manifest.json"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name
    c = corpus.generate(6, seed=4, out_dir=tmp_path / "c")
    assert (tmp_path / "c" / c.files[0]).read_bytes() != (tmp_path / "a" / a.files[0]).read_bytes()


def test_counts_are_plausible(small):
    manifest, records, summary, texts = small
    assert len(manifest.files) == len(records) == N_SMALL == summary["counts"]["gazettes"]
    per_gazette = [len(r["documents"]) for r in records]
    assert min(per_gazette) >= 15 and max(per_gazette) <= 80
    assert 40 <= sum(per_gazette) / N_SMALL <= 60
    sizes = [len(t.encode("utf-8")) for t in texts.values()]
    assert 100_000 <= sum(sizes) / len(sizes) <= 220_000  # the seeds are 106–205 KB
    assert manifest.total_bytes == sum(sizes)
    c = manifest.counts
    assert c["documents"] == sum(per_gazette)
    for key in ("citations", "law_citations", "repeals", "duties", "in_force", "issues_attached"):
        assert c[key] > c["documents"] // 20, key
    levels = {j["level"] for j in summary["jurisdictions"]}
    assert levels == {"city", "province"}


def test_records_follow_the_extraction_schema(small):
    jsonschema = pytest.importorskip("jsonschema")
    if not SCHEMA.exists():
        pytest.skip("shared/spec not present")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    validator = jsonschema.validators.validator_for(schema)(schema)
    for record in small[1][:8]:
        validator.validate(record)


def test_document_numbers_are_unique_and_printed_in_their_file(small):
    _, records, _, texts = small
    seen = set()
    for r in records:
        text = texts[r["source"]]
        for doc in r["documents"]:
            number = doc["doc_number"]
            assert number not in seen
            seen.add(number)
            assert re.fullmatch(r"\S+〔\d{4}〕\d+号", number)
            a, b = doc["span"]
            assert doc["number_as_printed"] in text[a:b]
            assert canon(doc["number_as_printed"]) == number
            assert number[number.index("〔") + 1:][:4] == doc["date"][:4]
            # the heading, PDF wrap spaces removed, is the title
            assert re.sub(r"\s+", "", text[a:b]).startswith(doc["title"]), doc["title"]
            for attached in doc["issues_attached"]:
                assert attached in text[a:b]


def test_every_cited_number_exists_in_the_corpus_or_is_a_declared_outside_source(small):
    _, records, summary, _ = small
    printed = {d["doc_number"]: d for r in records for d in r["documents"]}
    external = {e["doc_number"]: e for e in summary["external"]}
    assert not printed.keys() & external.keys()
    dates = {n: d["date"] for n, d in printed.items()} | {n: e["date"] for n, e in external.items()}
    in_corpus = 0
    for r in records:
        for row in r["citations"]:
            cited = row["cited_number"]
            assert cited in dates, cited
            assert cited != row["by"]
            assert dates[cited] <= printed[row["by"]]["date"]
            in_corpus += cited in printed
        for row in r["repeals"]:
            target = row["target_number"] or row.get("resolved_number")
            assert target in dates
            assert dates[target] < printed[row["by"]]["date"]
    assert in_corpus > 50  # the corpus cites itself, not only the outside world
    assert {e["level"] for e in summary["external"]} >= {"national", "province", "county", "archive"}


def test_evidence_is_the_printed_sentence_inside_its_document(small):
    _, records, _, texts = small
    for r in records:
        text = texts[r["source"]]
        docs = {d["doc_number"]: d for d in r["documents"]}
        rows = [row for key in ("citations", "law_citations", "repeals", "duties") for row in r[key]]
        rows += [d["in_force"] | {"by": d["doc_number"]} for d in r["documents"] if d["in_force"]]
        for row in rows:
            a, b = row["span"]
            assert text[a:b] == row["evidence"]
            doc_a, doc_b = docs[row["by"]]["span"]
            assert doc_a <= a < b <= doc_b


def test_citation_and_repeal_rows_match_their_evidence(small):
    _, records, _, _ = small
    for r in records:
        for row in r["citations"]:
            assert row["cited_number"] in canon(row["evidence"])
            if row["cited_title"]:  # as printed, once a running header that split it is taken out
                unheaded = re.sub(r"\n\n[^\n]*文件】?\n\n", "", row["evidence"])
                assert row["cited_title"] in re.sub(r"\s+", "", unheaded)
        for row in r["law_citations"]:
            assert f"《{row['cited_title']}》" in row["evidence"]
        attached = {d["doc_number"]: d["issues_attached"] for d in r["documents"]}
        for row in r["repeals"]:
            assert row["target_title"] is None or f"《{row['target_title']}》" in row["evidence"]
            if row["target_number"]:
                assert row["target_number"] in canon(row["evidence"])
            else:  # by title alone, and never the title of the rule the document itself issues
                assert row["target_title"] not in attached[row["by"]]
        keys = [(row["by"], row["cited_number"]) for row in r["citations"]]
        assert len(keys) == len(set(keys))


_PRINTED_NUMBER = re.compile(r"([\u4e00-\u9fff]{1,12})\s*[〔\[［【]\s*([0-9０-９]{4})\s*[〕\]］】]\s*([0-9０-９]+)\s*号")


def test_every_printed_number_is_in_the_truth(small):
    """Completeness: a 发文字号 printed in a document is its own number or one of its citation rows."""
    _, records, summary, texts = small
    codes = {n[:n.index("〔")] for r in records for d in r["documents"] for n in [d["doc_number"]]}
    codes |= {e["doc_number"][:e["doc_number"].index("〔")] for e in summary["external"]}
    found = 0
    for r in records:
        text = texts[r["source"]]
        spans = [(d["span"], d["doc_number"]) for d in r["documents"]]
        cited = {(row["by"], row["cited_number"]) for row in r["citations"]}
        own = {d["doc_number"] for d in r["documents"]}
        for m in _PRINTED_NUMBER.finditer(text):
            prefix = m[1]
            code = next(prefix[i:] for i in range(len(prefix)) if prefix[i:] in codes)  # longest known 代字
            number = canon(f"{code}〔{m[2]}〕{m[3]}号")
            holder = next((n for (a, b), n in spans if a <= m.start() < b), None)
            if holder is None:  # cover, 目录, back cover
                assert number in own
            else:
                assert number == holder or (holder, number) in cited, (holder, m[0])
            found += 1
    assert found > 1000


def test_every_printed_title_in_guillemets_is_in_the_truth(small):
    """Completeness: each 《…》 in a document is cited (law, document, repeal), or its own title/rule."""
    _, records, _, texts = small
    checked = 0
    for r in records:
        text = texts[r["source"]]
        known: dict[str, set] = {d["doc_number"]: {d["title"], *d["issues_attached"]} for d in r["documents"]}
        for key, field in (("law_citations", "cited_title"), ("citations", "cited_title"), ("repeals", "target_title")):
            for row in r[key]:
                known[row["by"]].add(row[field])
        for d in r["documents"]:
            a, b = d["span"]
            for m in re.finditer(r"《([^《》]+)》", text[a:b]):
                title = re.sub(r"\s+", "", re.sub(r"\n\n[^\n]*文件】?\n\n", "", m[1]))
                assert title in known[d["doc_number"]] or title in d["title"], (d["doc_number"], title)
                checked += 1
    assert checked > 1000


def _years(word: str) -> int:
    return int(word) if word.isdigit() else _CN_YEARS[word]


def test_validity_arithmetic(small):
    _, records, _, _ = small
    checked = 0
    for r in records:
        for doc in r["documents"]:
            v = doc["in_force"]
            if not v:
                continue
            ev = re.sub(r"\s+", "", v["evidence"])
            start = dt.date.fromisoformat(v["from"])
            if "自印发之日起施行" in ev or "自公布之日起" in ev:
                assert v["from"] == doc["date"]
            if m := re.search(r"自印发之日起(\d+)日后", ev):
                assert start == dt.date.fromisoformat(doc["date"]) + dt.timedelta(days=int(m[1]))
            if m := re.search(r"(?:有效期|试行期)(\d|[一两二三四五])年", ev):
                n = _years(m[1])
                assert v["until"] == (start.replace(year=start.year + n) - dt.timedelta(days=1)).isoformat()
                checked += 1
            elif m := re.search(r"至(\d{4})年(\d{1,2})月(\d{1,2})日", ev):
                assert v["until"] == dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat()
            else:
                assert v["until"] is None
    assert checked > 50


def test_the_seeds_phenomena_are_all_present(small):
    _, records, _, texts = small
    text = "\n".join(texts.values())
    evidence = [row["evidence"] for r in records for k in ("citations", "repeals", "duties") for row in r[k]]
    for printed in ("〔", "[", " 号", "［", "(此件公开发布)", "目", "部门", "第一条", "1.2 编制依据", "(1)"):
        assert printed in text, printed
    assert any("\n" in e and re.search(r"〔|\[", e) for e in evidence)  # a number broken by a line wrap
    assert re.search(r"[^。\s]\n\n(【?[市省]政府\S*文件】?|部 ?门 ?文 ?件)\n\n\S", text)  # header mid-sentence
    duties = [row["evidence"] for r in records for row in r["duties"]]
    for cue in ("牵头单位", "配合", "逗号前为牵头单位", "按职责分工负责", "会同"):
        assert any(cue in e for e in duties), cue
    assert any(row["support"] for r in records for row in r["duties"])
    repeals = [row for r in records for row in r["repeals"]]
    assert any(row["target_number"] is None for row in repeals)  # by title alone
    assert {row["cue"] for row in repeals} >= {"同时废止", "不再执行"}
    kinds = {d["kind"] for r in records for d in r["documents"]}
    assert kinds >= {"通知", "批复", "通告", "意见", "通报"}
    assert any(row["kind"] == "replies_to" for r in records for row in r["citations"])
    validity = [d["in_force"]["evidence"] for r in records for d in r["documents"] if d["in_force"]]
    for form in ("有效期", "自印发之日起施行", "日后施行", "试行期", "有效期至"):
        assert any(form in e for e in validity), form
    assert any(d["issuers"][1:] for r in records for d in r["documents"])  # joint documents


def test_filler_carries_no_cue():
    for sentence in corpus._filler_pool(0):
        assert not any(cue in sentence for cue in corpus.FILLER_FORBIDDEN)


def test_cli_mirrors_the_api(tmp_path, capsys):
    assert corpus.main(["2", str(tmp_path / "cli"), "--seed", "5"]) == 0
    assert "2 gazettes" in capsys.readouterr().out
    api = corpus.generate(2, seed=5, out_dir=tmp_path / "api")
    for name in api.files + ("manifest.jsonl",):
        assert (tmp_path / "cli" / name).read_bytes() == (tmp_path / "api" / name).read_bytes()
    with pytest.raises(SystemExit):
        corpus.main(["--help"])
    assert "ground truth" in capsys.readouterr().out
    assert corpus.main(["0", str(tmp_path / "none")]) == 2
