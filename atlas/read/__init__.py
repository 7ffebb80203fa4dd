"""Read: the first stage. Takes the files of seeds/ and data/layout.yaml, data/furniture.yaml.
It gives one Article a file (clean paragraphs with stable ids, metadata, the date a line states).
Must not interpret the text: topics, dates of events, names and inferred dates are extraction's.
"""
