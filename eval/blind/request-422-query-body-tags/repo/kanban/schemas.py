from pydantic import BaseModel, Field


class TagIn(BaseModel):
    name: str = Field(min_length=1, max_length=32)
    color: str = Field(default="gray", pattern=r"^(gray|red|green|blue|yellow)$")


class TagOut(TagIn):
    id: int


class CardIn(BaseModel):
    title: str
    tags: list[int] = []
