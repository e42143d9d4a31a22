"""warmonitor: an open, automated war monitor.

Data flows one way: ingest -> extract -> reconcile -> store -> api/web/export.
"""

__version__ = "0.1.0"
