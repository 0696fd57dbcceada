from datetime import datetime, timedelta

from dashboard.repos import SalesRepo


class StoreStats:
    def __init__(self, repo: SalesRepo, window_days: int):
        self.repo = repo
        self.window = timedelta(days=window_days)

    async def summary(self, store_id: int, now: datetime) -> dict:
        since = now - self.window
        revenue = await self.repo.revenue_since(store_id, since)
        orders = await self.repo.count_since(store_id, since)
        refunds = self.repo.refunds_since(store_id, since)
        return {
            "store_id": store_id,
            "window_days": self.window.days,
            "revenue": str(revenue),
            "orders": orders,
            "refunds": refunds,
            "average_order": str(round(revenue / orders, 2)) if orders else "0.00",
        }
