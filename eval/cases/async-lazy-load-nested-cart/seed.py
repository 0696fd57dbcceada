import asyncio

from shop.orm import Base, Cart, CartItem, Product, SessionFactory, engine


async def main() -> None:
    async with engine.begin() as conn:
        await conn.run_sync(Base.metadata.create_all)
    async with SessionFactory() as session:
        grinder = Product(name="Hand grinder", price_cents=6900)
        filters = Product(name="Paper filters (100)", price_cents=450)
        cart = Cart(token="5f0c6a2e-8d1b-4c1e-9a55-0f1d2b7e3c44")
        cart.items = [CartItem(product=grinder, quantity=1), CartItem(product=filters, quantity=2)]
        session.add(cart)
        await session.commit()
    await engine.dispose()


asyncio.run(main())
