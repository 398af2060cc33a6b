"""Every core of one machine: :func:`process_batch` over a pool of worker processes.

The caller (``Tracker.ingest``, ``onrecord extract``) stays the only reader of
inputs and the only writer of the store; workers get batches of articles and
send back plain quotes. Results come back in the order the batches went in, so
a run with N workers stores the same record as a run with one.

Why these choices:

- ``spawn`` workers, not ``fork``: a forked copy of a parent that has threads
  (the HTTP fetcher, a web server) can deadlock, and Python 3.14 stops forking
  by default. Each worker loads the spaCy pipeline once, lazily.
- One thread per worker (``OMP_NUM_THREADS=1`` and friends): N workers on N
  cores; BLAS threads on top would only fight over the same cores.
- A worker is replaced after ``worker_articles`` articles, so a leak in a
  library cannot grow without bound over a long run.
- A worker whose parent is killed ends itself within a second, rather than
  wait on its queue as an orphan.
- A worker that dies (killed, out of memory, a crash in native code) breaks
  the whole pool in ``concurrent.futures``: the batches it held are sent again
  to a fresh pool; a batch that breaks a pool twice is retried article by
  article, and an article that breaks it every time is given up with a warning
  in its result, so one poisonous article cannot stop a run or loop forever.
"""
from __future__ import annotations

import logging
import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import CancelledError, Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from itertools import chain, islice
from typing import Generic, TypeVar

from onrecord.errors import OnrecordError
from onrecord.records import Article, ArticleResult, Quote
from onrecord.settings import Settings

log = logging.getLogger(__name__)

Tag = TypeVar("Tag")
#: What a worker sends back for one article: its quotes and warnings (the parent has the article).
Outcome = tuple[tuple[Quote, ...], tuple[str, ...]]

#: Environment that keeps each numerical library in a worker to one thread.
ONE_THREAD = {name: "1" for name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS",
                                      "BLIS_NUM_THREADS", "VECLIB_MAXIMUM_THREADS", "NUMEXPR_NUM_THREADS")}
#: A batch that was in flight when the pool broke this many times is split into single articles.
SPLIT_AFTER = 2
#: A single article that was in flight when the pool broke this many times is given up.
GIVE_UP_AFTER = 3

#: How often a worker looks whether its parent is still there.
PARENT_CHECK_SECONDS = 1.0

_worker_settings: Settings | None = None


def worker_count(settings: Settings) -> int:
    """The ``workers`` setting, where 0 means every core this process may use."""
    if settings.workers:
        return settings.workers
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def map_batches(batches: Iterable[tuple[Tag, list[Article]]], settings: Settings,
                workers: int | None = None) -> Iterator[tuple[Tag, list[ArticleResult]]]:
    """``process_batch`` over each batch, in order, with ``workers`` processes (default: the setting).

    Each batch carries a tag that comes back with its results. One worker, or
    an input of a single batch, runs in this process: a pool would only add
    its start-up time.
    """
    from onrecord.ingest.language import with_language
    from onrecord.pipeline import process_batch

    workers = worker_count(settings) if workers is None else workers
    # Each article's language is decided here, once, so its result says it whichever process ran it.
    batches = ((tag, [with_language(a, settings.lang) for a in articles]) for tag, articles in batches)
    first = list(islice(batches, 2))
    if workers <= 1 or len(first) < 2:
        for tag, articles in chain(first, batches):
            yield tag, process_batch(articles, settings)
        return
    with WorkerPool(settings, workers) as pool:
        yield from pool.run(chain(first, batches))


@dataclass(slots=True)
class _Piece:
    """Part of a batch as sent to a worker (the whole batch until the pool breaks on it)."""

    articles: list[Article]
    future: Future | None = None
    breaks: int = 0
    outcome: list[Outcome] | None = None


@dataclass(slots=True)
class _Task(Generic[Tag]):
    tag: Tag
    pieces: list[_Piece] = field(default_factory=list)


class WorkerPool:
    """A process pool that survives its workers dying.

    ``work`` is what a worker does with one batch: by default ``process_batch``,
    returning each article's quotes and warnings. It must be a module-level
    function (workers import it by name).
    """

    def __init__(self, settings: Settings, workers: int, work: Callable[[list[Article]], list[Outcome]] | None = None
                 ) -> None:
        self.workers = workers
        self.work = work or _work
        batches_per_worker = max(1, settings.worker_articles // max(1, settings.batch_size))
        self._options = {"max_workers": workers, "mp_context": multiprocessing.get_context("spawn"),
                         "initializer": start_worker, "initargs": (settings, os.getpid()),
                         "max_tasks_per_child": batches_per_worker}
        self.executor = ProcessPoolExecutor(**self._options)
        self.finished = 0  # batches any worker has finished, in all
        self.breaks = 0

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)

    def run(self, batches: Iterator[tuple[Tag, list[Article]]]) -> Iterator[tuple[Tag, list[ArticleResult]]]:
        pending: deque[_Task] = deque()
        ahead = 2 * self.workers  # batches in flight: every worker busy, one more queued each
        while True:
            while len(pending) < ahead and (item := next(batches, None)) is not None:
                task = _Task(item[0], [_Piece(item[1])])
                self._submit(task.pieces[0])
                pending.append(task)
            if not pending:
                return
            task = pending[0]
            try:
                for piece in task.pieces:
                    if piece.outcome is None:
                        piece.outcome = piece.future.result()
            except (BrokenProcessPool, CancelledError):
                self._recover(pending)
                continue
            pending.popleft()
            self.finished += 1
            yield task.tag, [ArticleResult(art, quotes, warnings) for piece in task.pieces
                             for art, (quotes, warnings) in zip(piece.articles, piece.outcome)]

    def _submit(self, piece: _Piece) -> None:
        try:
            piece.future = self.executor.submit(self.work, piece.articles)
        except BrokenProcessPool:  # broke since the last look: this piece never started
            piece.future = Future()
            piece.future.cancel()

    def _recover(self, pending: deque[_Task]) -> None:
        """A worker died: keep what finished, blame what was in flight, send it again to a new pool."""
        self.breaks += 1
        if not self.finished and self.breaks >= GIVE_UP_AFTER:
            raise OnrecordError(f"worker processes died {self.breaks} times before finishing any batch: they "
                                f"cannot start here (see the messages above), or run out of memory; try --workers 1")
        log.warning("a worker process died; restarting the pool and sending its batches again")
        self.executor.shutdown(wait=True, cancel_futures=True)
        self.executor = ProcessPoolExecutor(**self._options)
        for task in pending:
            pieces: list[_Piece] = []
            for piece in task.pieces:
                done = piece.future.done() and not piece.future.cancelled()
                if piece.outcome is None and done and piece.future.exception() is None:
                    piece.outcome = piece.future.result()
                if piece.outcome is not None:
                    pieces.append(piece)
                    continue
                piece.breaks += not piece.future.cancelled()  # a cancelled one never started
                if len(piece.articles) > 1 and piece.breaks >= SPLIT_AFTER:
                    pieces.extend(_Piece([art]) for art in piece.articles)
                elif len(piece.articles) == 1 and piece.breaks >= GIVE_UP_AFTER:
                    piece.outcome = [((), (f"{piece.articles[0].origin}: not processed (a worker process "
                                           f"died on it {piece.breaks} times)",))]
                    pieces.append(piece)
                else:
                    pieces.append(piece)
            task.pieces = pieces
            for piece in pieces:
                if piece.outcome is None:
                    self._submit(piece)


def start_worker(settings: Settings, parent: int) -> None:
    """A worker process's set-up (the pool's initializer, and the web's extraction worker): one numerical
    thread, the settings it extracts with, and an end of its own when ``parent`` goes."""
    global _worker_settings
    os.environ.update(ONE_THREAD)
    _worker_settings = settings
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True, name="parent-watch").start()


def _exit_with_parent(parent: int) -> None:
    """End this worker when the parent is gone (killed, say): its queue would keep an orphan waiting forever."""
    while os.getppid() == parent:
        time.sleep(PARENT_CHECK_SECONDS)
    os._exit(1)


def _work(articles: list[Article]) -> list[Outcome]:
    """One batch in a worker: quotes and warnings only (the parent has the articles' texts)."""
    from onrecord.pipeline import process_batch

    return [(r.quotes, r.warnings) for r in process_batch(articles, _worker_settings)]
