from __future__ import annotations

from contextlib import asynccontextmanager
from decimal import Decimal

from fastapi import FastAPI
from sqlalchemy import func, select

from app.database import SessionFactory, engine
from app.models import Base, Ingredient, Recipe
from app.routes import router


async def seed_demo_data() -> None:
    async with SessionFactory() as session:
        if await session.scalar(select(func.count(Recipe.id))):
            return
        session.add(
            Recipe(
                slug="shakshuka",
                title="Shakshuka",
                author="noor",
                servings=2,
                ingredients=[
                    Ingredient(position=1, name="Eggs", quantity=Decimal("4"), unit=""),
                    Ingredient(position=2, name="Chopped tomatoes", quantity=Decimal("400"), unit="g"),
                    Ingredient(position=3, name="Red pepper", quantity=Decimal("1"), unit=""),
                    Ingredient(position=4, name="Cumin", quantity=Decimal("1.5"), unit="tsp"),
                ],
            )
        )
        await session.commit()


@asynccontextmanager
async def lifespan(app: FastAPI):
    async with engine.begin() as conn:
        await conn.run_sync(Base.metadata.create_all)
    await seed_demo_data()
    yield
    await engine.dispose()


app = FastAPI(title="Recipe Box", lifespan=lifespan)
app.include_router(router)
