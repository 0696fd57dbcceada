from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    base_currency: str = "EUR"
    seed_rates: dict[str, float] = {"USD": 1.0842, "GBP": 0.8571, "CHF": 0.9553}
    rate_ttl_seconds: int = 900


settings = Settings()
