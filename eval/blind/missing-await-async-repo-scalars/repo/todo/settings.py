from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    database_url: str = "sqlite+aiosqlite:///./todo.db"
    page_size: int = 50

    model_config = {"env_prefix": "TODO_"}


settings = Settings()
