"""Render independent documents side by side: one WeasyPrint process per core.

WeasyPrint is single-threaded and gains nothing from threads, so parallelism
is across documents. Workers come from a ``forkserver`` (forking a process
that already used Pango and fontconfig is not guaranteed safe); the
forkserver imports the renderer, and WeasyPrint with it, once, so every worker
starts warm. Jobs go out longest first so the course book, the biggest
document, does not start last and leave a core idle.

With one job, or one document, everything renders in this process: no pool
start-up to pay.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool

from curriculum.pdf.jobs import RenderJob, RenderResult, render_in_worker

RENDERER = "curriculum.pdf.renderer"


def render_all(
    jobs: Sequence[RenderJob], workers: int, done: Callable[[RenderResult], None]
) -> list[RenderResult]:
    """Render ``jobs`` with up to ``workers`` processes; ``done`` sees each result as it lands.

    Stops at the first document that fails (its result is returned last): the
    build fails anyway, and the same template error would repeat in every
    other document.
    """
    ordered = sorted(jobs, key=lambda job: len(job.html), reverse=True)
    if workers <= 1 or len(ordered) <= 1:
        return _in_process(ordered, done)
    return _in_pool(ordered, min(workers, len(ordered)), done)


def _in_process(
    jobs: Sequence[RenderJob], done: Callable[[RenderResult], None]
) -> list[RenderResult]:
    from curriculum.pdf.renderer import render

    results = []
    for job in jobs:
        result = render(job)
        results.append(result)
        done(result)
        if not result.ok:
            break
    return results


def _in_pool(
    jobs: Sequence[RenderJob], workers: int, done: Callable[[RenderResult], None]
) -> list[RenderResult]:
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload([RENDERER])
    results: list[RenderResult] = []
    with ProcessPoolExecutor(workers, mp_context=context) as pool:
        names = {pool.submit(render_in_worker, job): job.name for job in jobs}
        pending: set[Future[RenderResult]] = set(names)
        while pending:
            finished, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in sorted(finished, key=names.__getitem__):
                result = _outcome(future, names[future])
                results.append(result)
                done(result)
            if any(not r.ok for r in results):
                pool.shutdown(wait=True, cancel_futures=True)
                break
    return results


def _outcome(future: Future[RenderResult], name: str) -> RenderResult:
    """The worker's result; a worker that died (killed, out of memory) becomes a problem."""
    try:
        return future.result()
    except BrokenProcessPool:
        return RenderResult(name, problems=["the render worker stopped unexpectedly "
                                            "(out of memory or killed); try --jobs 1"])
