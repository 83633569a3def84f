"""The HTTP API for portals and caseworkers, and the calculator page."""
