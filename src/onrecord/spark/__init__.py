"""onrecord on Apache Spark: the same ``process_batch`` over corpora of millions of articles.

``job`` is the Spark driver (``onrecord spark run``, needs the ``spark`` extra);
``records`` is the shape of its Parquet output, which ``onrecord load`` brings
into a store with pyarrow alone. docs/scaling.md tells how to run it on a cluster.
"""
