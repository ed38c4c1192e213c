"""Digits, number words and numerals to exact decimals (internal)."""
