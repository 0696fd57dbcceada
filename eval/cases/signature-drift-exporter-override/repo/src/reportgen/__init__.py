"""reportgen: small reporting toolkit for the sales team."""

__version__ = "0.4.1"
