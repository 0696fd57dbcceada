from fastapi import FastAPI

from blog.routes import posts

app = FastAPI(title="blog")
app.include_router(posts.router)
