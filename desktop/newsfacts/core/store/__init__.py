"""Review database (SQLite, schema versions + migrations) and newsroom memory.

Public API (Qt-free; the app layer wires it to the window):

* ``ReviewStore``: ``open_review`` / ``load``, ``record``, ``flush``, ``decisions``, ``progress``,
  finding verdicts, ``export_review`` / ``import_review``, ``memory``, ``notice``;
* ``carry_over`` (pure): old article + its decisions, new analysis -> ``Carry``;
* ``Memory`` / ``MemorySnapshot`` / ``read_memory``; ``memory_findings`` / ``with_memory_findings``;
* errors: ``StoreError`` and its kinds (all ``NewsFactsError`` with a Chinese message).
"""

from .checks import (
    DESK_FORMULATION, DESK_ORDER, DESK_POST, HOUSE_STYLE, MEMORY_KINDS, NEAR_DUPLICATE, ROLE_CONFLICT, memory_findings,
    with_memory_findings,
)
from .db import DB_NAME, MIGRATIONS, SCHEMA_VERSION
from .errors import (
    DatabaseLocked,
    DatabaseRecovered,
    DatabaseTooNew,
    DataDirNotWritable,
    DiskFull,
    StoreError,
    TransferFileError,
)
from .memory import (
    DeskFormulation, KnownName, LexiconEntry, LexiconRecord, Memory, MemorySnapshot, RankedList, StyleRule, VerifiedName,
    read_memory,
)
from .reviews import FINDING_VERDICTS, Document, OpenedReview, ReviewProgress, ReviewStore, fingerprint, signature
from .revision import Carry, ChangedFact, RemovedFact, carry_over

__all__ = [
    "DB_NAME",
    "FINDING_VERDICTS",
    "DESK_FORMULATION",
    "DESK_ORDER",
    "DESK_POST",
    "HOUSE_STYLE",
    "MEMORY_KINDS",
    "MIGRATIONS",
    "NEAR_DUPLICATE",
    "ROLE_CONFLICT",
    "SCHEMA_VERSION",
    "Carry",
    "ChangedFact",
    "DataDirNotWritable",
    "DatabaseLocked",
    "DatabaseRecovered",
    "DatabaseTooNew",
    "DiskFull",
    "Document",
    "KnownName",
    "LexiconEntry",
    "LexiconRecord",
    "Memory",
    "MemorySnapshot",
    "OpenedReview",
    "RemovedFact",
    "ReviewProgress",
    "ReviewStore",
    "StoreError",
    "RankedList",
    "DeskFormulation",
    "StyleRule",
    "VerifiedName",
    "TransferFileError",
    "carry_over",
    "fingerprint",
    "memory_findings",
    "read_memory",
    "signature",
    "with_memory_findings",
]
