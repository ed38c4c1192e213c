"""Reading a text: tokens and sentences, the lexicon, per-language profiles (internal)."""
