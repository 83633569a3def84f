"""What formulas import: entities, three-valued logic, statuses, money, weekdays, dates, bilingual text."""
