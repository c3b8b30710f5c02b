"""Measure entity quality against a hand-annotated gold set, for our pipeline and the raw model side by side.

Why: the post-rules and canonicalisation in :mod:`pipeline.entities` are only worth having if they beat the plain
model; this gives the numbers. Gold lines (``tests/data/entities_gold.jsonl``) are
``{"path", "source", "mentions": [{"text", "label", "canonical"}, ...]}`` with every mention of the kept labels,
annotated by surface string (duplicates listed as often as they occur). ``path`` is relative to
``<shared>/corpus`` for source "bbc" (first line = headline, dropped), "fundus" (the page's gold body from
``fundus-eval-80/dataset/ground_truth.json``, paragraphs joined by a blank line) and "newsplease" (the JSON's
``text``), and to ``<shared>`` for source "seed" (cleaned with ``pipeline.clean.clean_article`` when available).
An optional ``set`` field names an annotation round, each annotated by hand from the text before the pipeline's
output on it was looked at: "round2" (14 articles; then used to develop the round-2 rules), "round3" (5; used
for the last rule batch), "round4" (3; never tuned on). Lines without ``set`` are the original gold (seed + 10
BBC, drafted from the pipeline's output). ``--set NAME`` scores only that round.

Scores: mention precision/recall/F1 per label and micro-averaged over the kept labels, by multiset match on
(text, label); canonicalisation accuracy = matched (text, label, canonical) / matched (text, label). The raw model's
mentions are its ``doc.ents`` of the kept labels as they come (its canonical name = its text), computed with our
rule components disabled.

Run: ``python -m pipeline.entity_eval tests/data/entities_gold.jsonl [--set round2]``.
"""

from __future__ import annotations

import json
import os
import sys
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import Any

from spacy.language import Language

from pipeline.entities import KEPT_LABELS, article_mentions
from pipeline.nlp import ENTITY_RULER_NAME, POST_RULES_NAME
from pipeline.textmetrics import counts_prf

DEFAULT_SHARED = Path(os.environ.get("NEWSQUOTES_SHARED_DIR", Path(__file__).resolve().parent.parent.parent / "shared"))


def article_text(record: dict[str, Any], shared: Path = DEFAULT_SHARED) -> str:
    """The body text a gold record was annotated on."""
    if record["source"] == "bbc":
        raw = (shared / "corpus" / record["path"]).read_text(encoding="utf-8")
        return raw.split("\n", 1)[1].strip() if "\n" in raw else raw
    if record["source"] == "fundus":
        return "\n\n".join(_fundus_bodies(shared)[Path(record["path"]).name])
    if record["source"] == "newsplease":
        return json.loads((shared / "corpus" / record["path"]).read_text(encoding="utf-8"))["text"]
    raw = (shared / record["path"]).read_text(encoding="utf-8")
    try:
        from pipeline.clean import clean_article
    except ImportError:  # pragma: no cover - cleaner not available
        return raw
    return clean_article(raw).clean_text


@lru_cache(maxsize=2)
def _fundus_bodies(shared: Path) -> dict[str, list[str]]:
    """Fundus gold bodies by page file name (the ground truth is one JSON for all 80 pages)."""
    truth = json.loads((shared / "corpus" / "fundus-eval-80" / "dataset" / "ground_truth.json").read_text(encoding="utf-8"))
    return {name: entry["body"] for name, entry in truth.items()}


def load_gold(gold_path: str | Path) -> list[dict[str, Any]]:
    with open(gold_path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    s = counts_prf(tp, n_pred, n_gold)
    return {"precision": round(s.precision, 4), "recall": round(s.recall, 4), "f1": round(s.f1, 4), "tp": tp,
            "pred": n_pred, "gold": n_gold}


def _score(gold: list[tuple[str, str, str]], pred: list[tuple[str, str, str]]) -> dict[str, Any]:
    """Per-label and micro P/R/F1 on (text, label); canonical accuracy on matched mentions."""
    gold_tl = Counter((t, lab) for t, lab, _c in gold)
    pred_tl = Counter((t, lab) for t, lab, _c in pred)
    matched = gold_tl & pred_tl
    by_label = {}
    for label in sorted(KEPT_LABELS):
        tp = sum(n for (_t, lab), n in matched.items() if lab == label)
        n_pred = sum(n for (_t, lab), n in pred_tl.items() if lab == label)
        n_gold = sum(n for (_t, lab), n in gold_tl.items() if lab == label)
        by_label[label] = _prf(tp, n_pred, n_gold)
    canon_ok = sum((Counter(gold) & Counter(pred)).values())
    n_matched = sum(matched.values())
    return {
        "by_label": by_label,
        "micro": _prf(n_matched, sum(pred_tl.values()), sum(gold_tl.values())),
        "canonical_accuracy": round(canon_ok / n_matched, 4) if n_matched else 0.0,
        "canonical_matched": canon_ok,
        "mentions_matched": n_matched,
    }


def _ours(nlp: Language, text: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.label, m.canonical_name) for m in article_mentions(nlp(text))]


def _raw(nlp: Language, text: str) -> list[tuple[str, str, str]]:
    disabled = [name for name in (ENTITY_RULER_NAME, POST_RULES_NAME) if name in nlp.pipe_names]
    with nlp.select_pipes(disable=disabled):
        doc = nlp(text)
    return [(e.text, e.label_, e.text) for e in doc.ents if e.label_ in KEPT_LABELS]


def evaluate_entities(
    gold_path: str | Path, nlp: Language, shared: Path = DEFAULT_SHARED, only_set: str | None = None
) -> dict[str, Any]:
    """Scores for our pipeline ("ours") and the raw model ("raw") over every gold article (or one ``set``)."""
    gold_all: list[tuple[str, str, str]] = []
    ours_all: list[tuple[str, str, str]] = []
    raw_all: list[tuple[str, str, str]] = []
    per_article = []
    for record in load_gold(gold_path):
        if only_set is not None and record.get("set") != only_set:
            continue
        text = article_text(record, shared)
        gold = [(m["text"], m["label"], m["canonical"]) for m in record["mentions"]]
        ours, raw = _ours(nlp, text), _raw(nlp, text)
        gold_all += gold
        ours_all += ours
        raw_all += raw
        per_article.append(
            {"path": record["path"], "ours_f1": _score(gold, ours)["micro"]["f1"], "raw_f1": _score(gold, raw)["micro"]["f1"]}
        )
    return {
        "articles": len(per_article),
        "gold_mentions": len(gold_all),
        "ours": _score(gold_all, ours_all),
        "raw": _score(gold_all, raw_all),
        "per_article": per_article,
    }


def format_report(result: dict[str, Any]) -> str:
    """A plain-text table: per label P/R/F1 for ours vs raw, then micro and canonical accuracy."""
    lines = [f"entity eval: {result['articles']} articles, {result['gold_mentions']} gold mentions", ""]
    lines.append(f"{'label':<8} {'ours P':>7} {'ours R':>7} {'ours F1':>8} | {'raw P':>7} {'raw R':>7} {'raw F1':>7}  gold")
    rows = list(result["ours"]["by_label"]) + ["micro"]
    for label in rows:
        o = result["ours"]["micro"] if label == "micro" else result["ours"]["by_label"][label]
        r = result["raw"]["micro"] if label == "micro" else result["raw"]["by_label"][label]
        lines.append(
            f"{label:<8} {o['precision']:>7.3f} {o['recall']:>7.3f} {o['f1']:>8.3f} | "
            f"{r['precision']:>7.3f} {r['recall']:>7.3f} {r['f1']:>7.3f}  {o['gold']}"
        )
    lines.append("")
    lines.append(
        f"canonical accuracy (on matched mentions): ours {result['ours']['canonical_accuracy']:.3f} "
        f"({result['ours']['canonical_matched']}/{result['ours']['mentions_matched']}), "
        f"raw {result['raw']['canonical_accuracy']:.3f} "
        f"({result['raw']['canonical_matched']}/{result['raw']['mentions_matched']})"
    )
    lines.append("")
    lines.append("per article micro F1 (ours / raw):")
    for a in result["per_article"]:
        lines.append(f"  {a['path']:<45} {a['ours_f1']:.3f} / {a['raw_f1']:.3f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    from pipeline.nlp import load_nlp
    from pipeline.settings import Settings

    args = list(sys.argv[1:] if argv is None else argv)
    only_set = None
    if "--set" in args:
        at = args.index("--set")
        only_set = args[at + 1]
        del args[at : at + 2]
    gold_path = args[0] if args else "tests/data/entities_gold.jsonl"
    print(format_report(evaluate_entities(gold_path, load_nlp(Settings.load().spacy_model), only_set=only_set)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
