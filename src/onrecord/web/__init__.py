"""The web app: a REST API (``api.py``) over the record, served by uvicorn (``onrecord serve``)."""
