"""What a family tells: the vocabulary, the family model, the one situation builder, variants."""
