from fastapi import FastAPI

from .api import cards, tags

app = FastAPI(title="kanban")
app.include_router(tags.router)
app.include_router(cards.router)
