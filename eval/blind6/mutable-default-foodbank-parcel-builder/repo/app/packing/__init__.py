from .builder import ParcelBuilder, ParcelTooHeavy

__all__ = ["ParcelBuilder", "ParcelTooHeavy"]
