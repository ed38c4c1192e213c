"""Data tables: ``cldr/`` is generated from babel's CLDR data, ``news_marks`` is kept by hand."""
