"""onrecord on Apache Spark: the same ``process_batch`` over corpora of millions of articles.

``driver`` is the Spark driver (``onrecord spark run``, needs the ``spark``
extra); ``executor`` is what each Python worker runs, and imports nothing of
the driver; ``records`` is the shape of the Parquet output, which ``onrecord
load`` brings into a store with pyarrow alone (``output``). docs/scaling.md
tells how to run it on a cluster.
"""
