"""pressbox: a tiny documentation site builder configured by a ``siteconf.py`` module."""
