"""Render independent documents side by side: one WeasyPrint process per core.

WeasyPrint is single-threaded and gains nothing from threads, so parallelism
is across documents. Workers come from a ``forkserver`` (forking a process
that already used Pango and fontconfig is not guaranteed safe); the
forkserver imports the renderer, and WeasyPrint with it, once, so every worker
starts warm. The caller hands jobs over longest first, and lazily: the
course book, the biggest document, renders while the rest of the HTML is
still being assembled, and no core idles at the end waiting for it. Like any
multiprocessing program, a script that calls the build must guard its entry
point with ``if __name__ == "__main__":``.

Two things keep the second core from idling at the start. The fork server is
started by :func:`start_early` before any HTML is assembled, so its imports
(about 0.6 s of CPU) run beside the assembly instead of after it. And jobs are
handed to the pool by a submitter thread: handing over the first job waits
until the fork server has forked a worker, and meanwhile the build process
keeps assembling the next documents' HTML (in the main thread, where the
template sandbox's time limit works).

With one job, or one document, everything renders in this process: no pool
start-up to pay. Workers never outlive the build: if the build stops (an
error, Ctrl-C, SIGTERM) they are killed at once rather than left to finish
their documents, and if it is killed outright they end themselves
(:mod:`curriculum.pdf.lifeline`).
"""

from __future__ import annotations

import gc
import multiprocessing
import multiprocessing.forkserver
import os
import queue
import threading
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from multiprocessing.context import BaseContext

from curriculum.pdf.jobs import RenderJob, RenderResult, render_in_worker
from curriculum.pdf.lifeline import bind_to_build

RENDERER = "curriculum.pdf.renderer"


def render_all(
    jobs: Iterable[RenderJob], count: int, workers: int, done: Callable[[RenderResult], None]
) -> list[RenderResult]:
    """Render ``count`` ``jobs`` with up to ``workers`` processes; ``done`` sees each result.

    Stops at the first document that fails: the build fails anyway, and the
    same template error would repeat in every other document.
    """
    if workers <= 1 or count <= 1:
        return _in_process(jobs, done)
    return _in_pool(jobs, min(workers, count), done)


def start_early(workers: int, count: int) -> None:
    """Start the fork server now, if a pool will be used; it returns at once.

    The server then imports the console script and WeasyPrint while this
    process validates and assembles HTML, instead of after the first job is
    handed over (when nothing else would be running).
    """
    if workers > 1 and count > 1:
        _context()
        multiprocessing.forkserver.ensure_running()


def _context() -> BaseContext:
    context = multiprocessing.get_context("forkserver")
    # "__main__": the console script is then imported once, in the forkserver, instead of
    # once more in every worker (multiprocessing re-imports the main module in children).
    context.set_forkserver_preload(["__main__", RENDERER])
    return context


def _in_process(
    jobs: Iterable[RenderJob], done: Callable[[RenderResult], None]
) -> list[RenderResult]:
    from curriculum.pdf.renderer import render

    results = []
    gc.freeze()  # the loaded project stays alive: keep the collector from rescanning it
    try:
        for job in jobs:
            result = render(job)
            results.append(result)
            done(result)
            if not result.ok:
                break
    finally:
        gc.unfreeze()
    return results


def _in_pool(
    jobs: Iterable[RenderJob], workers: int, done: Callable[[RenderResult], None]
) -> list[RenderResult]:
    results: list[RenderResult] = []
    pool = ProcessPoolExecutor(workers, mp_context=_context(), initializer=bind_to_build,
                               initargs=(os.getpid(),))
    submitter = _Submitter(pool)
    try:
        for job in jobs:
            submitter.put(job)
        names = submitter.finish()
        pending: set[Future[RenderResult]] = set(names)
        while pending and all(r.ok for r in results):
            finished, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in sorted(finished, key=names.__getitem__):
                result = _outcome(future, names[future])
                results.append(result)
                done(result)
    except BaseException:  # a template error while assembling, Ctrl-C, SIGTERM
        submitter.stop()
        _stop_workers(pool)
        raise
    if pending:  # a document failed: the others are not needed
        _stop_workers(pool)
    pool.shutdown(wait=True, cancel_futures=True)
    return results


class _Submitter:
    """Hands jobs to the pool from a thread, in the order they were put.

    ``ProcessPoolExecutor.submit`` starts a worker when it needs one, and
    starting the first one waits for the fork server's imports; the thread
    does that waiting while the caller assembles the next documents.
    """

    _END = None

    def __init__(self, pool: ProcessPoolExecutor) -> None:
        self._pool = pool
        self._jobs: queue.SimpleQueue[RenderJob | None] = queue.SimpleQueue()
        self._names: dict[Future[RenderResult], str] = {}
        self._error: BaseException | None = None
        self._stopped = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True,
                                        name="curriculum-submitter")
        self._thread.start()

    def put(self, job: RenderJob) -> None:
        """Queue ``job`` for the pool (never blocks)."""
        self._jobs.put(job)

    def finish(self) -> dict[Future[RenderResult], str]:
        """Wait until every job is submitted; each future and its document's name."""
        self._jobs.put(self._END)
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._names

    def stop(self) -> None:
        """Submit nothing more (the build is failing or interrupted)."""
        self._stopped.set()
        self._jobs.put(self._END)
        self._thread.join()

    def _run(self) -> None:
        while (job := self._jobs.get()) is not self._END and not self._stopped.is_set():
            try:
                self._names[self._pool.submit(render_in_worker, job)] = job.name
            except BaseException as exc:  # re-raised in the caller's thread
                self._error = exc
                return


def _stop_workers(pool: ProcessPoolExecutor) -> None:
    """Kill the workers now: a failed or interrupted build has no use for their documents."""
    workers = dict(getattr(pool, "_processes", None) or {})  # no public way in Python 3.11
    for process in workers.values():
        if process.is_alive():
            process.kill()
    for process in workers.values():
        process.join(5)
    pool.shutdown(wait=True, cancel_futures=True)


def _outcome(future: Future[RenderResult], name: str) -> RenderResult:
    """The worker's result; a worker that died (killed, out of memory) becomes a problem."""
    try:
        return future.result()
    except BrokenProcessPool:
        return RenderResult(name, problems=["the render worker stopped unexpectedly "
                                            "(out of memory or killed); try --jobs 1"])
