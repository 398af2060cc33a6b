"""spaCy runtime: loading the configured pipeline once per process."""
from onrecord.nlp.loader import load_pipeline, model_provenance

__all__ = ["load_pipeline", "model_provenance"]
