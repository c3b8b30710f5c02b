"""Scoring logic of pipeline.quote_eval on tiny hand-made gold and prediction lists."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.quote_eval import (
    format_report,
    load_gold,
    match_file,
    quote_digest,
    same_file,
    score,
    speaker_ok,
    token_f1,
)
from tests.conftest import shared_path


def gold(quote, speaker=None, aliases=(), qtype="direct", file="bbc/politics/001.txt"):
    return {"file": file, "quote": quote, "type": qtype, "speaker": speaker, "aliases": list(aliases)}


def pred(text, name=None, qtype="direct"):
    return {"quote_text": text, "quote_type": qtype, "speaker_name": name}


def test_token_f1_ignores_case_and_punctuation():
    assert token_f1("We will win, he said!", "we will WIN he said") == 1.0
    assert token_f1("a b c d", "a b") == pytest.approx(2 * 1.0 * 0.5 / 1.5)
    assert token_f1("x", "y") == 0.0


def test_greedy_matching_is_one_to_one_and_best_first():
    g = [gold("the plan will work well"), gold("the plan will fail badly")]
    p = [pred("the plan will fail badly"), pred("the plan will work well")]
    assert sorted((gi, pi) for gi, pi, _ in match_file(g, p)) == [(0, 1), (1, 0)]
    # one prediction cannot match two gold quotes
    assert len(match_file([gold("same words here"), gold("same words here")], [pred("same words here")])) == 1


def test_threshold_half_token_f1():
    assert match_file([gold("one two three four")], [pred("one two")])  # f1 = 0.667
    assert not match_file([gold("one two three four five six")], [pred("one")])  # f1 = 0.286


def test_score_counts_precision_recall_speakers():
    g = [
        gold("we will win the cup", "Ned Price", ["Price"]),
        gold("taxes will rise next year", "Joe Biden", qtype="indirect"),
        gold("nobody told us anything", None),
    ]
    predictions = {
        "corpus/bbc/politics/001.txt": [
            pred("We will win the cup,", "Price"),  # alias: right
            pred("taxes will rise next year", "Hunter Biden", "indirect"),  # same last token: right
            pred("an extra false alarm here", "X"),
        ]
    }
    r = score(g, predictions)
    assert r["overall"]["precision"] == pytest.approx(2 / 3)
    assert r["overall"]["recall"] == pytest.approx(2 / 3)
    assert r["speaker_accuracy"] == 1.0 and r["speaker_pairs"] == 2
    assert r["end_to_end_accuracy"] == pytest.approx(2 / 3)
    assert r["by_type"]["indirect"]["recall"] == 1.0 and r["by_type"]["direct"]["recall"] == 0.5
    assert len(r["misses"]) == 1 and len(r["false_alarms"]) == 1
    assert "F1" in format_report(r)


def test_wrong_speaker_counts_against_speaker_accuracy():
    r = score([gold("we will win the cup", "Ned Price")], {"bbc/politics/001.txt": [pred("we will win the cup", "Bill Hagerty")]})
    assert r["speaker_accuracy"] == 0.0 and r["end_to_end_accuracy"] == 0.0 and r["overall"]["f1"] == 1.0


def test_speaker_ok_rules():
    assert speaker_ok({"speaker": None}, None)
    assert not speaker_ok({"speaker": None}, "Someone")
    assert not speaker_ok({"speaker": "Ned Price", "aliases": []}, None)
    assert speaker_ok({"speaker": "Ned Price", "aliases": []}, "price")


def test_file_marker_without_quotes_scores_false_alarms():
    g = [{"file": "a/empty.txt", "quote": None}]
    r = score(g, {"a/empty.txt": [pred("a made up quote here")]})
    assert r["overall"]["gold"] == 0 and r["overall"]["predicted"] == 1 and r["overall"]["precision"] == 0.0


def test_same_file_is_path_suffix_either_way():
    assert same_file("bbc-news-2225/politics/001.txt", "politics/001.txt")
    assert same_file("politics/001.txt", "/x/bbc-news-2225/politics/001.txt")
    assert not same_file("politics/001.txt", "business/001.txt")


def test_load_gold_skips_blank_and_comment_lines(tmp_path):
    path = tmp_path / "g.jsonl"
    path.write_text("// comment\n\n" + json.dumps(gold("a b c")) + "\n", encoding="utf-8")
    assert load_gold(path) == [gold("a b c")]


DEV_GOLD = Path(__file__).parent / "data" / "quotes_gold.jsonl"


def test_dev_gold_file_is_well_formed():
    shared_path("corpus")
    rows = load_gold(DEV_GOLD)  # reads every located quote from ../shared and checks its digest
    assert len({r["file"] for r in rows}) >= 25
    for r in rows:
        assert r["quote"] is None or (r["type"] in ("direct", "mixed", "indirect") and isinstance(r["aliases"], list))
        assert r["quote"] is None or r["quote"].strip()


def test_dev_gold_file_holds_no_publisher_text():
    """The dev gold annotates publishers' articles from ../shared: it says where each quote is, never what it says."""
    for line in DEV_GOLD.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if "quote" in row:
            assert row["quote"] is None, row  # a file with no quotes at all
        else:
            assert len(row["at"]) == 2 and len(row["sha256"]) == 16, row


def test_a_located_gold_quote_is_read_from_its_source_and_checked(tmp_path):
    (tmp_path / "a.txt").write_text("Headline\n\n\"We will win,\" she said.\n", encoding="utf-8")
    (tmp_path / "b.html").write_text("<p>He said it was <a href='/x'>a &ldquo;disaster&rdquo;</a>.</p>",
                                     encoding="utf-8")
    rows = [{"file": "a.txt", "at": [11, 22], "sha256": quote_digest("We will win"), "type": "direct",
             "speaker": None, "aliases": []},
            {"file": "b.html", "at": [15, 27], "sha256": quote_digest("a “disaster”"), "type": "mixed",
             "speaker": None, "aliases": []}]
    path = tmp_path / "g.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    assert [r["quote"] for r in load_gold(path, sources=tmp_path)] == ["We will win", "a “disaster”"]
    path.write_text(json.dumps({**rows[0], "at": [12, 22]}), encoding="utf-8")
    with pytest.raises(ValueError, match="a.txt at 12:22"):
        load_gold(path, sources=tmp_path)
    path.write_text(json.dumps({**rows[0], "file": "gone.txt"}), encoding="utf-8")
    with pytest.raises(FileNotFoundError, match="gone.txt"):
        load_gold(path, sources=tmp_path)


def test_predictions_from_warehouse_reads_quotes_by_source_path(tmp_path):
    import duckdb

    from pipeline.quote_eval import predictions_from_warehouse

    schema = (Path(__file__).resolve().parent.parent / "sql" / "schema.sql").read_text(encoding="utf-8")
    path = tmp_path / "warehouse.duckdb"
    con = duckdb.connect(str(path))
    con.execute(schema)
    con.execute(
        "INSERT INTO articles VALUES ('a1', 'politics/001.txt', NULL, 'txt', NULL, NULL, NULL, NULL, NULL, NULL,"
        " 'en', 'x', 1, 1, 'h', 'v')"
    )
    con.execute(
        "INSERT INTO quotes VALUES ('q1', 'a1', 'We will win', 'direct', 1, 12, 'he', 20, 22, 'Ned Price', 'e1',"
        " 'PERSON', 'say', 'pronoun', 0, 0)"
    )
    con.close()
    preds = predictions_from_warehouse(path)
    assert list(preds) == ["politics/001.txt"]
    assert preds["politics/001.txt"][0]["speaker_name"] == "Ned Price"
    r = score([gold("we will win", "Ned Price", file="bbc-news-2225/politics/001.txt")], preds)
    assert r["overall"]["f1"] == 1.0 and r["speaker_accuracy"] == 1.0
