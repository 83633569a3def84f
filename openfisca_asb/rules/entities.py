"""The two entities: a person, and the family (the child's care network).

A caregiver who lives elsewhere is still a member of the family, with a fact
saying so. Omsorgsdager and pleiepenger belong to each caregiver; hjelpestønad
and grunnstønad to the child; municipal rights to the child or the carer as the
law says.
"""

from openfisca_core.entities import build_entity

Familie = build_entity(
    key="familie",
    plural="familier",
    label="Familie (the child's care network)",
    doc="""
    The people around a child with illness or disability: caregivers (parents,
    foster parents, others with daily care) and the children they care for.
    """,
    roles=[
        {
            "key": "caregiver",
            "plural": "caregivers",
            "label": "Omsorgsperson (caregiver)",
            "doc": "A parent, foster parent or other person with the daily care of the children.",
        },
        {
            "key": "child",
            "plural": "children",
            "label": "Barn (child)",
            "doc": "A child in the family, ill or not: siblings count for omsorgsdager.",
        },
    ],
)

Person = build_entity(
    key="person",
    plural="persons",
    label="Person",
    doc="A child or a caregiver.",
    is_person=True,
)

entities = [Familie, Person]
