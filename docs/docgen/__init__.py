"""Reference pages generated from the model at build time (run by docs/gen_pages.py).

Each module renders one kind of page as Markdown text; nothing here is copied by
hand from the catalogue, parameters, variables or tests.
"""
