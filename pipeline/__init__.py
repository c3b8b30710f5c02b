"""newsquotes domain code: reading, cleaning, NLP, quotes, validation, storage and publishing.

Plain functions over plain data; nothing here imports Dagster (that thin layer lives in `assets/`).
"""

__version__ = "0.1.0"
