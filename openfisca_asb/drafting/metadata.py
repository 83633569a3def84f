"""What every reform and pilot states about itself, as data (YAML) or code (Python): DESIGN §4."""

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from openfisca_asb.catalogue import LegalSource
from openfisca_asb.facts.messages import bilingual
from openfisca_asb.facts.national_id import NotANationalId
from openfisca_asb.drafting.dates import ModelDate
from openfisca_asb.drafting.pilots import Pilot
from openfisca_asb.rules.texts import Text

REFORM_ID = r"^[a-z][a-z0-9_]*$"
ReformStatus = Literal["proposal", "pilot", "enacted"]  # where the reform stands; not a benefit status


class ReformMetadata(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: Annotated[str, NotANationalId] = Field(pattern=REFORM_ID, description="Lower-case letters, digits and _; the file is <id>.yaml or <id>.py")
    title: Text
    summary: Text
    author: str = Field(min_length=1)
    status: ReformStatus
    legal_basis: list[LegalSource] = Field(min_length=1)
    in_force: ModelDate | None = Field(
        default=None, description="When a proposal would take effect: a date the validator checks it on"
    )
    pilot: Pilot | None = None

    @model_validator(mode="after")
    def _pilot_has_a_scope(self):
        if self.status == "pilot" and self.pilot is None:
            raise bilingual("pilot_without_scope", "status 'pilot' needs a 'pilot' scope: kommuner, start, end and legal_basis",
                            "status 'pilot' krever et forsøksområde 'pilot': kommuner, start, end og legal_basis")
        if self.status != "pilot" and self.pilot is not None:
            raise bilingual("scope_without_pilot_status", f"a 'pilot' scope needs status 'pilot' (not '{self.status}')",
                            f"et forsøksområde 'pilot' krever status 'pilot' (ikke '{self.status}')")
        return self
