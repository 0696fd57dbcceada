"""liftdesk: back-office tools for the Snowline ski-lift pass office."""

__version__ = "0.9.2"
