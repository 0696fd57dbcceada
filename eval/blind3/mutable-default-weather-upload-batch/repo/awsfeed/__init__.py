from awsfeed.models import Reading

__all__ = ["Reading"]
