"""What the family is told: the assembler, response models, explanations, citations, rate flags."""
