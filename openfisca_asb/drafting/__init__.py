"""Reforms and Trial Act pilots: loading, parameter overrides, pilots, validation, comparison."""
