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

With one job, or one document, everything renders in this process: no pool
start-up to pay. Workers never outlive the build: if the build stops (an
error, Ctrl-C, SIGTERM) they are killed at once rather than left to finish
their documents, and if it is killed outright they end themselves
(:mod:`curriculum.pdf.lifeline`).
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool

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
    context = multiprocessing.get_context("forkserver")
    # "__main__": the console script is then imported once, in the forkserver, instead of
    # once more in every worker (multiprocessing re-imports the main module in children).
    context.set_forkserver_preload(["__main__", RENDERER])
    results: list[RenderResult] = []
    pool = ProcessPoolExecutor(workers, mp_context=context, initializer=bind_to_build,
                               initargs=(os.getpid(),))
    try:
        names = {pool.submit(render_in_worker, job): job.name for job in jobs}
        pending: set[Future[RenderResult]] = set(names)
        while pending and all(r.ok for r in results):
            finished, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in sorted(finished, key=names.__getitem__):
                result = _outcome(future, names[future])
                results.append(result)
                done(result)
    except BaseException:  # a template error while assembling, Ctrl-C, SIGTERM
        _stop_workers(pool)
        raise
    if pending:  # a document failed: the others are not needed
        _stop_workers(pool)
    pool.shutdown(wait=True, cancel_futures=True)
    return results


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
