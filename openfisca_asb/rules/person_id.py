"""A person's id within a family: a word the family chooses («mor», «ida»), never a national identity number.

The one definition of its form, read by the family model (facts/family.py `PersonId`), the words an error gives for
it (facts/messages.py), a fact naming a person (`one_of: children`, facts/vocabulary.py) and the model's text
variables that hold one (variables/folketrygd/pleiepenger/named_child.py).
"""

ID_LENGTH = 32  # characters at most
PERSON_ID = rf"^[A-Za-z][A-Za-z0-9_-]{{0,{ID_LENGTH - 1}}}$"
