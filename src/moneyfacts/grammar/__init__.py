"""The grammar: figures (amount, mark, scale, qualifier, structure) from a region's tokens (internal)."""
