from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="CLINIC_", env_file=".env")

    database_url: str = "sqlite:///clinic.db"
    slot_minutes: int = 20
    opening_hour: int = 8
    closing_hour: int = 18


settings = Settings()
