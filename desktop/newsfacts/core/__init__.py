"""The Qt-free core: reading, extraction, checks, store and export (enforced by import-linter)."""
