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
started by :func:`early_fork_server` before any HTML is assembled, so its imports
(about 0.6 s of CPU) run beside the assembly instead of after it. And jobs are
handed to the pool by a submitter thread: handing over the first job waits
until the fork server has forked a worker, and meanwhile the build process
keeps assembling the next documents' HTML (in the main thread, where the
template sandbox's time limit works).

With one job, or one document, everything renders in this process: no pool
start-up to pay. Workers never outlive the build: if the build stops (an
error, Ctrl-C, SIGTERM) they are killed at once rather than left to finish
their documents, and so is a fork server still in its imports; if the build is
killed outright the workers end themselves (:mod:`curriculum.pdf.lifeline`).
"""

from __future__ import annotations

import concurrent.futures.process
import contextlib
import gc
import multiprocessing
import multiprocessing.forkserver
import os
import queue
import signal
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from multiprocessing.context import BaseContext

from curriculum.pdf.jobs import RenderJob, RenderResult, render_in_worker
from curriculum.pdf.lifeline import bind_to_build

RENDERER = "curriculum.pdf.renderer"
STOP_SECONDS = 5.0
"""How long a stopped build waits, in all, for its submitter, workers and pool to wind down."""


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


@contextlib.contextmanager
def early_fork_server(workers: int, count: int) -> Iterator[None]:
    """Start the fork server now, if a pool will be used; kill it if the block fails.

    The server then imports the console script and WeasyPrint while this
    process assembles HTML in the block, instead of after the first job is
    handed over (when nothing else would be running). Until its imports end it
    does not see the build go, and it holds the build's output: a block left by
    an exception (a template error, Ctrl-C, SIGTERM), before or while the pool
    uses the server, kills it rather than leave it behind.
    """
    try:
        if workers > 1 and count > 1:
            _context()
            multiprocessing.forkserver.ensure_running()
        yield
    except BaseException:
        _kill_fork_server()
        raise


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
    submitter: _Submitter | None = None
    try:
        submitter = _Submitter(pool)
        for job in jobs:
            submitter.put(job)
        names = submitter.finish()
        while len(results) < len(names) and all(r.ok for r in results):
            future = submitter.next_finished()
            result = _outcome(future, names[future])
            results.append(result)
            done(result)
        if len(results) < len(names):  # a document failed: the others are not needed
            _stop(pool, submitter)
        else:
            pool.shutdown(wait=True)
    except BaseException:  # a template error while assembling, Ctrl-C, SIGTERM
        _stop(pool, submitter)
        raise
    return results


class _Submitter:
    """Hands jobs to the pool from a thread, in the order they were put.

    ``ProcessPoolExecutor.submit`` starts a worker when it needs one, and
    starting the first one waits for the fork server's imports; the thread
    does that waiting while the caller assembles the next documents.

    Finished futures arrive in a queue (:meth:`next_finished`), so the caller
    never waits with :func:`concurrent.futures.wait`: that takes every
    future's lock in turn, and Ctrl-C or SIGTERM (an exception raised in the
    main thread between two bytecodes) landing there left a future locked for
    good; the pool's manager thread then blocked on it when the workers were
    killed, and so did the build, waiting for that thread.
    """

    _END = None

    def __init__(self, pool: ProcessPoolExecutor) -> None:
        self._pool = pool
        self._jobs: queue.SimpleQueue[RenderJob | None] = queue.SimpleQueue()
        self._finished: queue.SimpleQueue[Future[RenderResult]] = queue.SimpleQueue()
        self._names: dict[Future[RenderResult], str] = {}
        self._error: BaseException | None = None
        self._stopped = threading.Event()
        self._ended = threading.Event()
        threading.Thread(target=self._run, daemon=True, name="curriculum-submitter").start()

    def put(self, job: RenderJob) -> None:
        """Queue ``job`` for the pool (never blocks)."""
        self._jobs.put(job)

    def finish(self) -> dict[Future[RenderResult], str]:
        """Wait until every job is submitted; each future and its document's name."""
        self._jobs.put(self._END)
        self._ended.wait()
        if self._error is not None:
            raise self._error
        return self._names

    def next_finished(self) -> Future[RenderResult]:
        """The next future to finish (done, failed or cancelled), in the order they finish."""
        return self._finished.get()

    def stop(self, timeout: float) -> bool:
        """Submit nothing more (the build is failing or interrupted); False if still submitting.

        A submission can be waiting for the fork server to fork a worker:
        the wait for it is bounded by ``timeout``. The thread's end is an
        event of its own, not ``Thread.join``: in Python 3.11 a join that
        Ctrl-C or SIGTERM interrupted marks the thread as ended while it runs
        (bpo-45274's fix), and nothing more would wait for the submission.
        """
        self._stopped.set()
        self._jobs.put(self._END)
        return self._ended.wait(timeout)

    def _run(self) -> None:
        try:
            while (job := self._jobs.get()) is not self._END and not self._stopped.is_set():
                future = self._pool.submit(render_in_worker, job)
                self._names[future] = job.name
                future.add_done_callback(self._finished.put)
        except BaseException as exc:  # re-raised in the caller's thread
            self._error = exc
        finally:
            self._ended.set()


def _stop(pool: ProcessPoolExecutor, submitter: _Submitter | None) -> None:
    """Kill the workers now: a failed or interrupted build has no use for their documents.

    Every wait here is bounded (``STOP_SECONDS`` in all): the build must end
    promptly whatever state the pool is in. A submission stuck waiting for
    the fork server ends when the fork server is killed (a worker it forked
    then dies with it, :mod:`curriculum.pdf.lifeline`); a pool that still
    does not wind down in time is left behind rather than waited for at exit.
    """
    deadline = time.monotonic() + STOP_SECONDS
    if submitter is not None and not submitter.stop(1.0):  # waiting for the fork server
        _kill_fork_server()
        submitter.stop(_left(deadline))
    processes = getattr(pool, "_processes", None) or {}  # no public way in Python 3.11
    for process in list(processes.values()):
        if process.is_alive():
            process.kill()
    for process in list(processes.values()):
        process.join(_left(deadline))
    manager = getattr(pool, "_executor_manager_thread", None)
    call_queue = getattr(pool, "_call_queue", None)
    pool.shutdown(wait=False, cancel_futures=True)
    if manager is not None:
        manager.join(_left(deadline))
        if manager.is_alive():
            _abandon(manager, call_queue)


def _left(deadline: float) -> float:
    return max(0.0, deadline - time.monotonic())


def _kill_fork_server() -> None:
    """Kill this process's fork server; the next pool in this process starts a new one.

    It is gone when this returns (or a second has passed), so that the next pool
    sees it dead rather than asks it for a worker; ``multiprocessing`` reaps it then.
    """
    server = getattr(multiprocessing.forkserver, "_forkserver", None)
    pid = getattr(server, "_forkserver_pid", None)
    if not isinstance(pid, int):
        return
    deadline = time.monotonic() + 1.0
    with contextlib.suppress(OSError):  # ChildProcessError: already reaped
        os.kill(pid, signal.SIGKILL)
        while not os.waitid(os.P_PID, pid, os.WEXITED | os.WNOHANG | os.WNOWAIT):
            if time.monotonic() > deadline:
                return
            time.sleep(0.005)


def _abandon(manager: threading.Thread, call_queue: object) -> None:
    """Let the interpreter exit without joining a pool thread that is stuck.

    ``concurrent.futures`` joins its manager thread at exit, and
    ``multiprocessing`` the thread feeding the job queue, each without a time limit.
    """
    wakeups = getattr(concurrent.futures.process, "_threads_wakeups", {})
    wakeups.pop(manager, None)
    cancel = getattr(call_queue, "cancel_join_thread", None)
    if callable(cancel):
        cancel()


def _outcome(future: Future[RenderResult], name: str) -> RenderResult:
    """The worker's result; a worker that died (killed, out of memory) becomes a problem."""
    try:
        return future.result()
    except BrokenProcessPool:
        return RenderResult(name, problems=["the render worker stopped unexpectedly "
                                            "(out of memory or killed); try --jobs 1"])
