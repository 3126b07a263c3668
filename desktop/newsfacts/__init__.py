"""NewsFacts (核稿助手): fact-checking desk for Chinese newspaper drafts."""

__version__ = "0.1.0"
APP_NAME = "NewsFacts"
APP_NAME_ZH = "核稿助手"
ORG_NAME = "NewsFacts"
