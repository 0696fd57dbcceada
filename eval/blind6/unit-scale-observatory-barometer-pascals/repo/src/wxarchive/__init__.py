"""Weather-station archive: logger ingest, calibration and quality control."""
