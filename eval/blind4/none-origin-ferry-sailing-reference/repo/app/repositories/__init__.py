from app.repositories.sailings import SailingRepository

__all__ = ["SailingRepository"]
