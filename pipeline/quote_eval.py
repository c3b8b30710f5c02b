"""Score extracted quotes against a hand-annotated gold set (JSONL), from the warehouse or straight from files.

Gold line: {"file": path, "quote": verbatim content without enclosing marks, "type": "direct"|"mixed"|"indirect",
"speaker": full name or null, "aliases": [...]}; a line with "quote": null marks a file that has no quotes at all.
``file`` is relative to ../shared/corpus, or "samples/..." relative to ../shared, or a path under the repo's
data/sample/.  Gold on publishers' texts we may not copy stores where the quote is instead of its words:
"at": [start, end] in `gold_source_text` of the file and "sha256": the first 16 hex digits of the quote's digest;
`load_gold` reads the words from the file and checks them.

Matching, per file: gold and predicted quotes are paired greedily one to one by token F1 of their texts (case and
punctuation ignored), best pairs first; a pair counts when token F1 >= 0.5. The pairing ignores the quote type, so
"direct vs mixed" disagreements on a partly quoted clause do not count twice; per-type figures use the gold type for
recall and the predicted type for precision. Speaker accuracy is over matched pairs whose gold speaker is named:
the predicted speaker_name equals the name or an alias, or has the same last token (case-insensitive).
End-to-end accuracy: matched with the right speaker (named or correctly null), over all gold quotes.
"""

from __future__ import annotations

import gzip
import hashlib
import html
import json
import re
from collections import Counter, defaultdict
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Sequence

from pipeline.textmetrics import counts_prf

MATCH_THRESHOLD = 0.5
TYPES = ("direct", "mixed", "indirect")
SHARED_DIR = Path(__file__).resolve().parent.parent.parent / "shared"
REPO_ROOT = Path(__file__).resolve().parent.parent
_TOKEN = re.compile(r"\w+", re.UNICODE)


def tokens(text: str) -> list[str]:
    """Lower-cased word tokens; punctuation and case never decide a match."""
    return _TOKEN.findall(text.lower())


def token_f1(a: str, b: str) -> float:
    """Bag-of-tokens F1 between two texts."""
    ta, tb = Counter(tokens(a)), Counter(tokens(b))
    common = sum((ta & tb).values())
    if not common:
        return 0.0
    p, r = common / sum(tb.values()), common / sum(ta.values())
    return 2 * p * r / (p + r)


def load_gold(path: Path, sources: Path | None = None) -> list[dict]:
    """Gold rows from a JSONL file (blank lines and lines starting with // are skipped); rows that say where their
    quote is ("at") get its words from the source file (see `resolve_gold_path`; `sources` is looked in first)."""
    rows = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.lstrip().startswith("//"):
            rows.append(_with_quote(json.loads(line), sources))
    return rows


def quote_digest(quote: str) -> str:
    """What a located gold row keeps of its quote: enough to notice a changed file, nothing to read the words by."""
    return hashlib.sha256(quote.encode("utf-8")).hexdigest()[:16]


def _with_quote(row: dict, sources: Path | None) -> dict:
    if "at" not in row:
        return row
    path = resolve_gold_path(row["file"], sources)
    if not path.exists():
        raise FileNotFoundError(f"gold quote in {row['file']}: its source {path} is not on this machine")
    start, end = row["at"]
    quote = gold_source_text(path)[start:end]
    if quote_digest(quote) != row["sha256"]:
        raise ValueError(f"gold quote in {row['file']} at {start}:{end}: the source text no longer matches")
    located = {k: v for k, v in row.items() if k not in ("at", "sha256")}
    return {"file": row["file"], "quote": quote, **located}


@lru_cache(maxsize=32)
def gold_source_text(path: Path) -> str:
    """The text located gold quotes point into: the decoded file (.gz unpacked); for a news-please record its
    maintext (or text); for HTML the markup dropped, entities resolved and whitespace collapsed."""
    from pipeline.decode import decode_bytes

    data = path.read_bytes()
    name = path.name.removesuffix(".gz")
    if path.name.endswith(".gz"):
        data = gzip.decompress(data)
    text = decode_bytes(data).text
    if name.endswith(".json"):
        record = json.loads(text)
        return record.get("maintext") or record.get("text") or ""
    if name.endswith((".html", ".htm")):
        return " ".join(html.unescape(re.sub(r"<[^>]+>", "", text)).split())
    return text


def same_file(gold_file: str, source_path: str) -> bool:
    """A gold path matches a source path when one is a '/'-separated path-suffix of the other."""
    a = [p for p in gold_file.replace("\\", "/").split("/") if p]
    b = [p for p in source_path.replace("\\", "/").split("/") if p]
    n = min(len(a), len(b))
    return n > 0 and a[-n:] == b[-n:]


def speaker_ok(gold: dict, predicted_name: str | None) -> bool:
    """Predicted name equals the gold name or an alias, or shares its last token; null gold wants a null name."""
    if gold.get("speaker") is None:
        return predicted_name is None
    if not predicted_name:
        return False
    names = [gold["speaker"], *gold.get("aliases", [])]
    pred = predicted_name.strip().lower()
    if any(pred == n.strip().lower() for n in names):
        return True
    last = tokens(predicted_name)[-1:] if tokens(predicted_name) else []
    return any(last and tokens(n)[-1:] == last for n in names)


def match_file(gold: Sequence[dict], predicted: Sequence[dict]) -> list[tuple[int, int, float]]:
    """Greedy one-to-one pairing by token F1, best pairs first: (gold index, predicted index, f1)."""
    pairs = sorted(
        ((token_f1(g["quote"], p["quote_text"]), gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(predicted)),
        reverse=True,
    )
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for f1, gi, pi in pairs:
        if f1 < MATCH_THRESHOLD:
            break
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        out.append((gi, pi, f1))
    return out


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    s = counts_prf(tp, n_pred, n_gold)
    return {"precision": s.precision, "recall": s.recall, "f1": s.f1, "gold": n_gold, "predicted": n_pred}


def _predictions_for(file: str, predictions: dict[str, list[dict]]) -> list[dict]:
    for key, rows in predictions.items():
        if same_file(file, key):
            return rows
    return []


def score(gold: list[dict], predictions: dict[str, list[dict]]) -> dict:
    """Precision/recall/F1 overall and by type, speaker accuracy and end-to-end accuracy (see module docstring).

    predictions: source path -> rows with at least quote_text, quote_type and speaker_name. Files with no gold rows
    are not scored (the gold set is complete only for the files it names).
    """
    by_file: dict[str, list[dict]] = defaultdict(list)
    for g in gold:
        by_file[g["file"]]  # a {"file": ..., "quote": null} line marks a file annotated as having no quotes
        if g.get("quote") is not None:
            by_file[g["file"]].append(g)
    gold = [g for g in gold if g.get("quote") is not None]
    tp = n_pred = 0
    type_tp_gold: Counter = Counter()
    type_tp_pred: Counter = Counter()
    type_gold: Counter = Counter()
    type_pred: Counter = Counter()
    named = named_ok = e2e = 0
    misses: list[dict] = []
    false_alarms: list[dict] = []
    wrong_speakers: list[dict] = []
    for file, gold_rows in by_file.items():
        pred_rows = _predictions_for(file, predictions)
        pairs = match_file(gold_rows, pred_rows)
        tp += len(pairs)
        n_pred += len(pred_rows)
        type_gold.update(g.get("type", "direct") for g in gold_rows)
        type_pred.update(p.get("quote_type", "direct") for p in pred_rows)
        matched_g = {gi for gi, _, _ in pairs}
        matched_p = {pi for _, pi, _ in pairs}
        for gi, pi, _ in pairs:
            g, p = gold_rows[gi], pred_rows[pi]
            type_tp_gold[g.get("type", "direct")] += 1
            type_tp_pred[p.get("quote_type", "direct")] += 1
            right = speaker_ok(g, p.get("speaker_name"))
            if g.get("speaker") is not None:
                named += 1
                named_ok += right
                if not right:
                    wrong_speakers.append({"file": file, "quote": g["quote"][:80], "gold": g["speaker"],
                                           "predicted": p.get("speaker_name")})
            e2e += right
        misses += [{"file": file, "quote": g["quote"][:80]} for gi, g in enumerate(gold_rows) if gi not in matched_g]
        false_alarms += [{"file": file, "quote": p["quote_text"][:80]} for pi, p in enumerate(pred_rows)
                         if pi not in matched_p]
    overall = _prf(tp, n_pred, len(gold))
    by_type = {}
    for t in TYPES:
        p = type_tp_pred[t] / type_pred[t] if type_pred[t] else 0.0
        r = type_tp_gold[t] / type_gold[t] if type_gold[t] else 0.0
        by_type[t] = {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0,
                      "gold": type_gold[t], "predicted": type_pred[t]}
    return {
        "files": len(by_file),
        "overall": overall,
        "by_type": by_type,
        "speaker_accuracy": named_ok / named if named else 0.0,
        "speaker_pairs": named,
        "end_to_end_accuracy": e2e / len(gold) if gold else 0.0,
        "misses": misses,
        "false_alarms": false_alarms,
        "wrong_speakers": wrong_speakers,
    }


def format_report(result: dict, *, details: bool = False) -> str:
    """A short human-readable report; details=True lists misses, false alarms and wrong speakers."""
    o = result["overall"]
    lines = [
        f"files {result['files']}  gold {o['gold']}  predicted {o['predicted']}",
        f"quotes   P {o['precision']:.3f}  R {o['recall']:.3f}  F1 {o['f1']:.3f}",
    ]
    for t, m in result["by_type"].items():
        lines.append(f"  {t:<8} P {m['precision']:.3f}  R {m['recall']:.3f}  F1 {m['f1']:.3f}  "
                     f"(gold {m['gold']}, predicted {m['predicted']})")
    lines.append(f"speaker accuracy {result['speaker_accuracy']:.3f} over {result['speaker_pairs']} matched named pairs")
    lines.append(f"end-to-end accuracy {result['end_to_end_accuracy']:.3f}")
    if details:
        for key in ("misses", "false_alarms", "wrong_speakers"):
            lines.append(f"-- {key} ({len(result[key])})")
            lines += [f"   {json.dumps(r, ensure_ascii=False)}" for r in result[key]]
    return "\n".join(lines)


def predictions_from_warehouse(warehouse_path: Path) -> dict[str, list[dict]]:
    """Quotes per article from a built warehouse (opened read-only), keyed by source path, or `path#i` for record i
    of a multi-record file (.jsonl), as gold files name them."""
    import duckdb

    con = duckdb.connect(str(warehouse_path), read_only=True)
    try:
        rows = con.execute(
            "SELECT a.source_path || coalesce('#' || a.source_record, ''), q.quote_text, q.quote_type, "
            "q.speaker_name, q.speaker_text, q.start_char "
            "FROM quotes q JOIN articles a USING (article_id) ORDER BY a.source_path, a.source_record, q.start_char"
        ).fetchall()
    finally:
        con.close()
    out: dict[str, list[dict]] = defaultdict(list)
    for source_path, text, qtype, name, speaker_text, start in rows:
        out[source_path].append(
            {"quote_text": text, "quote_type": qtype, "speaker_name": name, "speaker_text": speaker_text,
             "start_char": start}
        )
    return dict(out)


def resolve_gold_path(file: str, data_dir: Path | None = None) -> Path:
    """Where a gold `file` lives: under ../shared/corpus, ../shared, the repo, or data_dir."""
    candidates = [SHARED_DIR / "corpus" / file, SHARED_DIR / file, REPO_ROOT / file, REPO_ROOT / "data" / "sample" / file]
    if data_dir is not None:
        candidates.insert(0, Path(data_dir) / file)
    for c in candidates:
        if c.exists():
            return c
    return candidates[0]


def article_texts(path: Path) -> list[str]:
    """Clean texts of the articles in one file, through the pipeline's own reader and cleaner."""
    from pipeline.clean import clean_article
    from pipeline.ingest import read_file
    from pipeline.settings import Settings

    result = read_file(path, path.parent, Settings.load())
    return [
        clean_article(r.body, title=r.title, has_title_line=r.has_title_line).clean_text for r in result.records
    ]


def predictions_from_files(paths: Iterable[str | Path], nlp: Any) -> dict[str, list[dict]]:
    """Read, clean, parse once, find mentions and quotes for each file: for development and benchmarks.

    Keys are the paths as given (gold `file` values resolve through resolve_gold_path).
    """
    from dataclasses import asdict

    from pipeline.entities import article_mentions
    from pipeline.quotes import extract_quotes

    out: dict[str, list[dict]] = {}
    for p in paths:
        path = Path(p) if Path(p).exists() else resolve_gold_path(str(p))
        rows: list[dict] = []
        for text in article_texts(path):
            doc = nlp(text)
            rows += [asdict(q) for q in extract_quotes(doc, article_mentions(doc))]
        out[str(p)] = rows
    return out


def main(argv: Sequence[str] | None = None) -> None:
    """python -m pipeline.quote_eval GOLD.jsonl [--details]: score the extractor straight from the gold's files."""
    import argparse

    from pipeline.nlp import load_nlp
    from pipeline.settings import Settings

    ap = argparse.ArgumentParser()
    ap.add_argument("gold", type=Path)
    ap.add_argument("--details", action="store_true")
    args = ap.parse_args(argv)
    gold = load_gold(args.gold)
    files = sorted({g["file"] for g in gold})
    preds = predictions_from_files(files, load_nlp(Settings.load().spacy_model))
    print(format_report(score(gold, preds), details=args.details))


if __name__ == "__main__":
    main()
