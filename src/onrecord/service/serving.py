"""What the web server needs beyond the Tracker: extraction that can be stopped, and a record it cannot write.

:class:`ExtractionWorker` runs ``POST /api/extract`` in a process of its own. A thread cannot
be stopped, and a text that drives pure-Python code into quadratic time holds the GIL, so an
extraction in a server thread with a timeout froze every client and ignored SIGTERM (issue
15). A process can be killed: the server's thread only waits on a pipe (no GIL held), the
worker gets a hard deadline per job, and one that overruns is killed and replaced at once.
The worker follows the pool's conventions (:mod:`onrecord.scale.pool`): ``spawn``, not
``fork``, as the server has threads; one numerical thread; it ends itself when its parent
goes. It loads the models before its first job, so a deadline bounds the work on a text,
not the start-up.
"""
from __future__ import annotations

import logging
import multiprocessing
import os
import threading
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any

from onrecord.errors import OnrecordError
from onrecord.scale.pool import start_worker
from onrecord.service.extracting import document_record
from onrecord.settings import Settings

log = logging.getLogger(__name__)

#: The longest one extraction may run in the worker before it is killed.
EXTRACT_SECONDS = 30.0
#: The longest a fresh worker may take to load the parser and models.
START_SECONDS = 120.0
#: What a fresh worker extracts before its first job, so that loading the models is not charged to one.
WARM_UP = {"text": "“Yes,” she said.", "html": None}

#: What the worker does with one request (a module-level function: the spawned worker imports it by name).
Work = Callable[[dict[str, Any], Settings], dict[str, Any]]


class ExtractionTimeout(OnrecordError):
    """An extraction ran past its deadline, or waited that long for its turn."""


class ExtractionUnavailable(OnrecordError):
    """The worker process could not start, or died on a text."""


class ExtractionWorker:
    """One worker process that extracts one request at a time, each within ``deadline`` seconds.

    Started on first use; thread-safe (jobs take turns). ``work`` defaults to what
    ``POST /api/extract`` answers; tests give a function that never ends.
    """

    def __init__(self, settings: Settings, deadline: float = EXTRACT_SECONDS, work: Work = document_record,
                 start_seconds: float = START_SECONDS) -> None:
        self.settings = settings.updated(workers=1)  # one document is one batch; a daemon has no children
        self.deadline = deadline
        self.work = work
        self.start_seconds = start_seconds
        self._turn = threading.Lock()
        self._process: multiprocessing.process.BaseProcess | None = None
        self._pipe: Connection | None = None
        self._ready = False

    def __enter__(self) -> ExtractionWorker:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def pid(self) -> int | None:
        """The worker process's id (None before the first job): a replaced worker has a new one."""
        return self._process.pid if self._process is not None else None

    def extract(self, request: dict[str, Any]) -> dict[str, Any]:
        """``work(request)`` in the worker: its answer, or ExtractionTimeout past the deadline (the worker
        is then replaced), OnrecordError for a request the work refuses, ExtractionUnavailable if it died."""
        if not self._turn.acquire(timeout=self.deadline):
            raise ExtractionTimeout(f"the extractor stayed busy for {self.deadline:g} s; try again")
        try:
            outcome, value = self._run(request)
        finally:
            self._turn.release()
        if outcome == "refused":
            raise OnrecordError(value)
        if outcome == "failed":
            raise RuntimeError(f"extraction failed in the worker: {value}")
        return value

    def close(self) -> None:
        """Stop the worker (the server's shutdown; a dead or overrun one)."""
        if self._process is not None:
            self._process.kill()
            self._process.join()
        if self._pipe is not None:
            self._pipe.close()
        self._process, self._pipe, self._ready = None, None, False

    def _run(self, request: dict[str, Any]) -> tuple[str, Any]:
        pipe = self._warm_pipe()
        try:
            pipe.send(request)
            if pipe.poll(self.deadline):
                return pipe.recv()
        except (EOFError, OSError):
            self.close()
            raise ExtractionUnavailable("the extraction worker died on this text") from None
        log.warning("an extraction took longer than %g s: its worker is killed and replaced", self.deadline)
        self._restart()  # at once, so that the next request finds a worker ready
        raise ExtractionTimeout(f"extraction took longer than {self.deadline:g} s")

    def _warm_pipe(self) -> Connection:
        """The pipe to a worker that has loaded its models, starting one if there is none or it died."""
        if self._process is None or not self._process.is_alive():
            self._restart()
        if not self._ready:
            try:
                started = self._pipe.poll(self.start_seconds) and self._pipe.recv()
            except (EOFError, OSError):
                started = None
            if not started:
                self.close()
                raise ExtractionUnavailable(f"the extraction worker did not start within {self.start_seconds:g} s"
                                            " (the server log says why)")
            self._ready = True
        return self._pipe

    def _restart(self) -> None:
        self.close()
        context = multiprocessing.get_context("spawn")
        self._pipe, theirs = context.Pipe()
        self._process = context.Process(target=_serve, args=(theirs, self.settings, self.work, os.getpid()),
                                        name="onrecord-extract", daemon=True)
        self._process.start()
        theirs.close()


def _serve(pipe: Connection, settings: Settings, work: Work, parent: int) -> None:
    """The worker process: load the models, then answer one request at a time until the pipe closes."""
    start_worker(settings, parent)
    work(WARM_UP, settings)
    pipe.send(("ready", None))
    while True:
        try:
            request = pipe.recv()
        except EOFError:
            return
        pipe.send(_answer(work, request, settings))


def _answer(work: Work, request: dict[str, Any], settings: Settings) -> tuple[str, Any]:
    try:
        return "ok", work(request, settings)
    except OnrecordError as exc:
        return "refused", str(exc)
    except Exception as exc:  # noqa: BLE001 - a failure is the request's (a 500), not the end of the worker
        log.exception("extraction failed")
        return "failed", f"{type(exc).__name__}: {exc}"
