"""warmonitor: an open, automated war monitor.

Data flows one way: ingest -> extract -> reconcile -> store -> api/web/export.
"""

import os

# spaCy's parser and NER multiply small matrices, for which OpenBLAS's extra
# threads cost more than they give: on the 2-core machine one thread made
# parser + NER about 13 ms faster per 700-token report (same annotations,
# checked token by token), and worker processes no longer fight over cores.
# Set before numpy is first imported; an explicit OPENBLAS_NUM_THREADS wins.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

__version__ = "0.1.0"
