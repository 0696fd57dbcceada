from .ingest import IngestReport, ingest_folder, load_any

__all__ = ["IngestReport", "ingest_folder", "load_any"]
