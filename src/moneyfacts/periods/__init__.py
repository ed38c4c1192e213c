"""Periods: the span of time a figure covers, found and resolved (internal)."""
