"""integrations stage: where developers meet tracebacks.

- ``rootcause run -- CMD``: :func:`rootcause.integrations.run.run_wrapped` (live wrapper).
- ``rootcause watch LOG``: :func:`rootcause.integrations.watch.watch_file` (tail -f).
- ``pytest --rootcause``: :mod:`rootcause.integrations.pytest_plugin` (entry point ``pytest11``).
- ``rootcause lsp``: :func:`rootcause.integrations.lsp.build_server` (editor hook).

Shared pieces: :class:`~rootcause.integrations.stream.StreamScanner` (bytes -> incidents),
:class:`~rootcause.integrations.session.IncidentSession` (dedup, off-path analysis, panels),
:mod:`~rootcause.integrations.panel` (the compact root-cause panel).
"""
