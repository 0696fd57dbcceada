from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="SIGNUP_")

    database_url: str = "sqlite+aiosqlite:///signup.db"
    mail_outbox_dir: str = "outbox"
    mail_from: str = "Team Orbit <hello@orbit.example>"
    product_name: str = "Orbit"


settings = Settings()
