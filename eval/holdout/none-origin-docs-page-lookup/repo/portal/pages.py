from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from portal.models import Page


class PageRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def by_slug(self, slug: str, locale: str) -> Page | None:
        stmt = select(Page).where(Page.slug == slug, Page.locale == locale)
        return (await self.session.execute(stmt)).scalar_one()

    async def all_slugs(self, locale: str) -> list[str]:
        result = await self.session.execute(select(Page.slug).where(Page.locale == locale).order_by(Page.slug))
        return list(result.scalars())

    async def upsert(self, locale: str, slug: str, title: str, body_md: str) -> Page:
        page = (await self.session.execute(
            select(Page).where(Page.slug == slug, Page.locale == locale))).scalar_one_or_none()
        if page is None:
            page = Page(locale=locale, slug=slug, title=title, body_md=body_md)
            self.session.add(page)
        else:
            page.title, page.body_md = title, body_md
        await self.session.commit()
        return page
