"""Plan a night at the telescope from the semester's time allocation."""

__version__ = "2.1.0"
