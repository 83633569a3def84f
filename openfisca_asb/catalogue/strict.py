"""What every catalogue model shares: no unknown field, frozen once read, and a web address's form."""

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

Url = Annotated[str, Field(pattern=r"^https?://\S+$")]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
