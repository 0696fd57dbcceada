"""Scale a recipe's ingredients into a shopping list."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from app.models import Recipe
from app.schemas import ShoppingItem, ShoppingList


def _scaled(quantity: Decimal, factor: Decimal) -> Decimal:
    return (quantity * factor).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def build_shopping_list(recipe: Recipe, servings: int) -> ShoppingList:
    factor = Decimal(servings) / Decimal(recipe.servings)
    merged: dict[tuple[str, str], Decimal] = {}
    for ingredient in recipe.ingredients:
        key = (ingredient.name.lower(), ingredient.unit)
        merged[key] = merged.get(key, Decimal(0)) + _scaled(ingredient.quantity, factor)
    items = [ShoppingItem(name=name, unit=unit, quantity=qty) for (name, unit), qty in sorted(merged.items())]
    return ShoppingList(recipe=recipe.title, servings=servings, items=items)
