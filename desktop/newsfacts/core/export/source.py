"""Where the export gets the editor's decisions for a file: the review store.

``load_review_for`` is the one place the export asks for stored decisions.  A draft never
reviewed (no database yet) exports with every fact 未核 and every finding open, and no
database is created just for exporting it.
"""

from __future__ import annotations

import os

from ..model import Analysis, Article
from ..paths import data_dir
from ..review import Review


def load_review_for(article: Article, analysis: Analysis) -> tuple[Review, dict[str, str]]:
    """The stored review of ``article`` replayed onto ``analysis``, and the findings' verdicts.

    Returns ``(review, finding_verdicts)`` where ``finding_verdicts`` maps ``Finding.key`` to
    ``"fixed"`` or ``"not a problem"``.  A revised draft gets the decisions carried over from
    its earlier version, as the window shows them.
    """
    from ..store import DB_NAME, ReviewStore

    if not os.path.exists(os.path.join(data_dir(), DB_NAME)):
        return Review(analysis), {}
    with ReviewStore() as store:
        opened = store.open_review(article, analysis)
        return opened.review, store.finding_verdicts(opened.document_id)
