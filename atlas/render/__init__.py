"""Render: the fourth stage. Takes the KnowledgeBase and the Jinja templates of templates/.
It gives every page as plain Markdown ({path under docs/kb/: text}), downloads and charts.
Must not extract or decide anything about the articles, nor write files: atlas/write.py does.
"""
