"""Scale: ``process_batch`` on every core of one machine (:mod:`.pool`) and on a cluster
(:mod:`.spark`: the driver, and the executor side that workers import alone)."""
