"""A run's results as tables (tables.py), charts (charts.py) and a report (report.py)."""
