from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    PROJECT_NAME: str = "Publishing API"
    SQLALCHEMY_DATABASE_URI: str = "sqlite+aiosqlite:///./publishing.db"
    API_V1_STR: str = "/api/v1"


settings = Settings()
