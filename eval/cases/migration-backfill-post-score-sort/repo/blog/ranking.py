"""Trending: engagement score with a time decay (a simple Hacker-News-style gravity)."""

from datetime import datetime

from blog import settings
from blog.models import Post, PostSummary

GRAVITY = 1.5


def engagement(post: Post) -> int:
    return post.likes * settings.LIKE_WEIGHT + post.view_count * settings.VIEW_WEIGHT


def trending_score(post: Post, now: datetime) -> float:
    age_hours = max((now - post.published_at).total_seconds() / 3600, 0.0)
    return engagement(post) / (age_hours + 2) ** GRAVITY


def rank(posts: list[Post], now: datetime, limit: int) -> list[PostSummary]:
    scored = sorted(((trending_score(p, now), p) for p in posts), key=lambda sp: sp[0], reverse=True)
    return [
        PostSummary(slug=p.slug, title=p.title, author=p.author, score=round(score, 4))
        for score, p in scored[:limit]
    ]
