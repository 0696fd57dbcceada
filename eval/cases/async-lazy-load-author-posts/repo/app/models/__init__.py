from app.models.author import Author
from app.models.base import Base
from app.models.post import Post

__all__ = ["Author", "Base", "Post"]
