from pydantic_settings import BaseSettings, SettingsConfigDict


class AuthSettings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_prefix="AUTH_")

    database_url: str = "sqlite+aiosqlite:///./auth.db"
    token_secret: str = "change-me"
    access_token_minutes: int = 15
    pbkdf2_iterations: int = 120_000


settings = AuthSettings()
