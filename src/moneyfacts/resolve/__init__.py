"""Resolving what a figure leaves open: its currency and its unit (internal)."""
