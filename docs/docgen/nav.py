"""Fill generated sections into the site's nav, so adding a benefit or an ADR needs no edit
of mkdocs.yml: the nav entry pointing at a section's index page becomes the section."""


def expand_section(nav: list, index_page: str, entries: list[dict]) -> bool:
    """Replace `{title: index_page}` (anywhere in the nav) by `{title: [index_page, *entries]}`.

    Idempotent: an already expanded section is expanded again from scratch. Returns whether
    the index page was found.
    """
    for position, item in enumerate(nav):
        if not isinstance(item, dict):
            continue
        for title, value in item.items():
            if value == index_page or (isinstance(value, list) and value and value[0] == index_page):
                nav[position] = {title: [index_page, *entries]}
                return True
            if isinstance(value, list) and expand_section(value, index_page, entries):
                return True
    return False
