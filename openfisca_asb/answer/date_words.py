"""A date in words, as every answer text says it: «1. september 2024», "1 September 2024"."""

from datetime import date

MONTHS = {
    "nb": ("januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"),
}


def format_date(day: str, language: str) -> str:
    parsed = date.fromisoformat(day)
    month = MONTHS[language][parsed.month - 1]
    return f"{parsed.day}. {month} {parsed.year}" if language == "nb" else f"{parsed.day} {month} {parsed.year}"
