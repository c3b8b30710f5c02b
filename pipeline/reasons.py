"""The closed list of reason codes for `source_files.reason` and `quarantine.reason`.

Every stage that sets something aside names one of these codes, so the quarantine table can be grouped, counted and
validated against a fixed vocabulary (a typo'd reason is a bug, not a new category). Add a code here, with its
one-line description, before using it anywhere.
"""

from __future__ import annotations

REASONS: dict[str, str] = {
    # --- ingest: the file as a whole -------------------------------------------------------------------------------
    "empty_file": "the file (or its decompressed content) has zero bytes",
    "whitespace_only": "the file decodes to nothing but whitespace or invisible characters",
    "binary": "the content is binary data (magic number or a high share of control characters), not text",
    "nul_bytes": "the text contains NUL bytes that are not explained by a UTF-16/UTF-32 encoding",
    "too_large": "the file on disk is larger than settings.max_file_bytes, so it was not read",
    "corrupt_gzip": "a .gz file that is truncated or not valid gzip data",
    "decompression_limit": "a .gz file that decompresses to more than settings.max_decompressed_bytes (gzip bomb)",
    "undecodable": "the bytes cannot be decoded as text in the declared or detected encoding",
    "malformed_json": "a .json file that is not valid JSON or not a JSON object / array of objects",
    "malformed_record": "one record (e.g. a .jsonl line) that is not a valid JSON object or has a wrongly typed field",
    "no_text": "a JSON record whose text field is missing or empty",
    "no_main_text": "an HTML document in which no main article text could be found (e.g. only navigation)",
    "unsupported_format": "the file extension is not one of .txt, .html, .htm, .json, .jsonl (optionally .gz)",
    "symlink": "a symbolic link; links are recorded but never followed",
    "not_regular_file": "a FIFO, socket, device or other non-regular file; never opened",
    "outside_raw_dir": "the path resolves outside the raw folder, so it is not read",
    "unreadable": "the operating system refused or failed to read the file",
    "duplicate_content": "the same normalised content was already ingested from an earlier path",
    # --- later stages ------------------------------------------------------------------------------------------------
    "no_body_after_cleaning": "the cleaner removed every line, leaving no article body",
    "offset_mismatch": "a character span does not reproduce its text in clean_text",
}


def check_reason(code: str) -> str:
    """Return `code` unchanged if it is in the closed list, else raise: an unknown code is a programming error."""
    if code not in REASONS:
        raise KeyError(f"unknown reason code {code!r}; add it to pipeline/reasons.py REASONS first")
    return code
