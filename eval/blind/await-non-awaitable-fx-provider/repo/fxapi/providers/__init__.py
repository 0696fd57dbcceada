from .base import RateProvider
from .ecb import EcbProvider
from .fixed import FixedRateProvider

__all__ = ["RateProvider", "EcbProvider", "FixedRateProvider"]
