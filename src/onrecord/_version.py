"""The release of onrecord, in its own module so that a stage can name it without importing the package face."""
__version__ = "0.1.0"
