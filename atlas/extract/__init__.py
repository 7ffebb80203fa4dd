"""Extract: the second stage. Takes one Article at a time and the data files (extract/data.py).
It gives that article's ArticleFacts: publication date, topics, events, names, money, figures.
Must not look at another article (that is link's job) nor render anything; results are cached.
"""
