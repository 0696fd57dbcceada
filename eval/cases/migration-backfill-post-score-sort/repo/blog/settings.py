import os

DATABASE_URL = os.environ.get("BLOG_DATABASE_URL", "sqlite:///blog.db")
TRENDING_LIMIT = int(os.environ.get("BLOG_TRENDING_LIMIT", "10"))
LIKE_WEIGHT = 3
VIEW_WEIGHT = 1
