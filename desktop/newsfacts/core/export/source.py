"""Where the export gets the editor's decisions for a file.

``load_review_for`` is the one place the export asks for stored decisions.  Until the review
database (``core.store``) is in place it has none to give, so every fact is exported as 未核 and
every finding as open; pointing this function at the store is the only change the export needs.
"""

from __future__ import annotations

from ..model import Analysis, Article
from ..review import Review


def load_review_for(article: Article, analysis: Analysis) -> tuple[Review, dict[str, str]]:
    """The stored review of ``article`` replayed onto ``analysis``, and the findings' verdicts.

    Returns ``(review, finding_verdicts)`` where ``finding_verdicts`` maps ``Finding.key`` to
    ``"fixed"`` or ``"not a problem"``.  Today: no stored decisions (an empty Review, no verdicts).
    """
    del article  # the store looks the file up by its path and content
    return Review(analysis), {}
