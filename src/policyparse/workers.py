"""Worker processes with a bounded cost per document.

Each worker parses one document at a time. The parent gives every document a time limit and every
worker a memory ceiling:

- a document still running when its time is up has its worker killed; it becomes a ``timeout``
  record and a fresh worker takes the next document;
- a worker that dies (killed by the kernel for memory, a segfault, ``os._exit``) costs only the
  document it held: that document becomes a ``worker`` record and the worker is replaced;
- a worker's address space may grow by at most the memory ceiling over what it started with
  (``RLIMIT_AS``; a document over it fails with ``MemoryError``), and a worker whose resident memory
  has grown by more than the ceiling after a document exits and is replaced, so fragmentation never
  accumulates;
- both limits are floors that grow with the document (``document_ceiling``, ``document_time_limit``):
  a large file gets a ceiling of ``MEMORY_PER_INPUT_BYTE`` times its size and ``SECONDS_PER_INPUT_MB``
  a megabyte, so a batch parses a 200 MB file at the defaults while a small pathological file is still
  stopped at the defaults.

Results come back in task order whatever the number of workers, with at most a small window of
documents in flight, so memory stays bounded however long the batch. Workers die with their parent
(``PR_SET_PDEATHSIG`` on Linux, and end of input on their pipe everywhere).
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from multiprocessing.connection import wait
from typing import Any

from policyparse.errors import EngineError

DEFAULT_TIMEOUT = 300.0  # seconds a document; a notice takes well under one
DEFAULT_MAX_MEMORY_MB = 4096  # growth of one worker's memory, whatever the document's size
# Address space one document may take per byte of its file, when that is more than the ceiling given:
# measured, the parse peaks near 20 bytes of resident memory per input byte on clean text dense in tasks,
# and address space runs higher (allocator arenas, the JSON serialiser's doubling buffer); a 200 MB file
# parsed under 8000 MB (40 x 200 MiB) and failed under 4096 MB.
MEMORY_PER_INPUT_BYTE = 40
# Time one document may take per MB of its file, when that is more than the time limit given: the parse
# runs at 1-2 MB/s of CPU time on this project's 2-core machine, and 200 MB took 757 s of wall time at a
# load average of 10 on its 2 cores (3.6 s a MB): 10 s leaves room for a loaded machine.
SECONDS_PER_INPUT_MB = 10.0
_EXIT_MEMORY = 3
_EXIT_ERROR = 4
WINDOW_PER_WORKER = 8  # documents done but waiting for an earlier one, per worker, at most


def document_ceiling(max_bytes: int, size: int) -> int:
    """The memory ceiling (bytes) for a document of `size` bytes: the one given, or MEMORY_PER_INPUT_BYTE
    times the size when that is larger. No ceiling (0) stays none."""
    return max(max_bytes, MEMORY_PER_INPUT_BYTE * size) if max_bytes else 0


def document_time_limit(timeout: float | None, size: int) -> float | None:
    """The time limit (seconds) for a document of `size` bytes: the one given, or SECONDS_PER_INPUT_MB a
    megabyte when that is longer. No limit (None, 0) stays none."""
    return max(timeout, SECONDS_PER_INPUT_MB * size / 1_000_000) if timeout else timeout


@dataclass
class Lost:
    """Why a task has no result: ``timeout``, ``memory`` (over the ceiling) or ``worker`` (the process
    died), and a sentence."""

    kind: str
    message: str


def _context():
    methods = multiprocessing.get_all_start_methods()
    # fork: a new worker costs milliseconds (the modules are already imported), which matters when
    # a worker is replaced after a timeout
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def _die_with_parent(parent: int) -> None:
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent:
        # the parent died between the fork and the prctl, so no signal will come; its pipe ends, which a forked
        # worker may hold copies of, might never report end of input either
        os._exit(0)


def _silence_native_output() -> None:
    """Point the worker's file descriptor 2 at /dev/null.

    A worker reports only through its pipe, and the parent names every failure in one line and a record.
    Native extensions write past Python: pyo3 prints the pending error and a Rust panic message to fd 2
    when pydantic-core's serialiser fails to allocate under the memory ceiling.
    """
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 2)
        os.close(devnull)
    except OSError:
        pass


def _memory_ran_out(exc: BaseException, limit: int | None, max_bytes: int) -> bool:
    """A MemoryError somewhere in the chain, or a native panic (pyo3's PanicException, which is no Exception)
    raised while the worker holds more than half its ceiling: an allocation that failed under the ceiling."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, MemoryError):
            return True
        seen = seen.__cause__ or seen.__context__
    if type(exc).__name__ != "PanicException" or limit is None:
        return False
    size = _vm_bytes("VmSize")
    return size is not None and size > limit - max_bytes // 2


def _vm_bytes(field: str) -> int | None:
    """VmSize / VmRSS of this process from /proc, in bytes (None where there is no /proc)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return None


def _limit_memory(max_bytes: int, start: int | None) -> int | None:
    """Let the worker's address space grow by `max_bytes` over `start` (its size when it began): set the
    ceiling and return it (None where none could be set). Called before every document, whose ceiling
    grows with its size; raising the soft limit up to the hard one needs no privilege."""
    if not max_bytes or start is None:
        return None
    try:
        import resource
    except ImportError:  # not on Windows
        return None
    limit = start + max_bytes
    try:
        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard != resource.RLIM_INFINITY:
            limit = min(limit, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ValueError, OSError):
        return None
    return limit


def _worker_main(conn, work: Callable[..., Any], max_bytes: int, parent: int) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    _die_with_parent(parent)
    _silence_native_output()
    start_vm = _vm_bytes("VmSize")
    start_rss = _vm_bytes("VmRSS") or 0  # what it shares with its parent counts as its own
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        index, args, ceiling = message
        limit = _limit_memory(ceiling, start_vm)
        try:
            result = work(*args)
            # grown over the ceiling given (fragmentation, a large document's ceiling): it says so with
            # its result and leaves, so the parent never hands it the next document (which would then be
            # lost with it, never tried)
            rss = _vm_bytes("VmRSS")
            retiring = bool(max_bytes and rss is not None and rss - start_rss > max_bytes)
            conn.send((index, result, retiring))
        except MemoryError:
            os._exit(_EXIT_MEMORY)  # the parent records the document as lost with its worker
        except (OSError, ValueError):
            return
        except BaseException as exc:  # noqa: BLE001 - never a traceback from a worker; the parent records it
            os._exit(_EXIT_MEMORY if _memory_ran_out(exc, limit, ceiling) else _EXIT_ERROR)
        if retiring:
            return  # a fresh worker takes the next document


class _Worker:
    def __init__(self, ctx, work, max_bytes: int):
        try:
            self.conn, child = ctx.Pipe(duplex=True)
            self.process = ctx.Process(target=_worker_main, args=(child, work, max_bytes, os.getpid()), daemon=True)
            self.process.start()
        except OSError as exc:
            raise EngineError(f"cannot start a worker process ({exc.strerror or exc}); free memory or lower --jobs") from None
        child.close()
        self.task: int | None = None
        self.timeout: float | None = None
        self.ceiling = 0
        self.deadline = float("inf")

    def send(self, index: int, args, timeout: float | None, ceiling: int) -> bool:
        try:
            self.conn.send((index, args, ceiling))
        except (OSError, ValueError):
            return False
        self.task = index
        self.timeout, self.ceiling = timeout, ceiling
        self.deadline = time.monotonic() + timeout if timeout else float("inf")
        return True

    def stop(self, kill: bool = False) -> int | None:
        if kill and self.process.is_alive():
            self.process.kill()
        else:
            try:
                self.conn.send(None)
            except (OSError, ValueError):
                pass
        self.process.join(5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        try:
            self.conn.close()
        except OSError:  # its descriptor already gone (the process is closing down): nothing left to release
            pass
        return self.process.exitcode


def _died(exitcode: int | None, ceiling: int = 0) -> str:
    if exitcode is not None and exitcode < 0:
        try:
            name = signal.Signals(-exitcode).name
        except ValueError:
            name = f"signal {-exitcode}"
        hint = " (the kernel's out-of-memory killer, or another process, stopped it)" if name == "SIGKILL" else ""
        return f"the worker process was killed by {name}{hint} while parsing this document"
    if exitcode == _EXIT_MEMORY:
        return f"the worker went over its memory ceiling ({ceiling >> 20} MB: --max-memory, or {MEMORY_PER_INPUT_BYTE} times the file's size) while parsing this document"
    return f"the worker process exited (status {exitcode}) while parsing this document"


def run_ordered(
    work: Callable[..., Any],
    tasks: Sequence[tuple],
    lost: Callable[[tuple, Lost], Any],
    *,
    jobs: int = 1,
    timeout: float | None = DEFAULT_TIMEOUT,
    max_memory_mb: int | None = DEFAULT_MAX_MEMORY_MB,
    warm: Callable[[], None] | None = None,
    size_of: Callable[[tuple], int] | None = None,
) -> Iterator[Any]:
    """``work(*task)`` for every task, in worker processes, yielded in task order.

    A task that times out or whose worker dies yields ``lost(task, Lost(...))`` instead. `warm` is
    run once before the workers start (lexicons, compiled patterns), so forked workers have it done
    and a document's time limit is not spent on loading. `size_of(task)`: the size of its input in
    bytes, which raises its limits above `timeout` and `max_memory_mb` (document_time_limit,
    document_ceiling); without it every task has the limits as given.
    """
    if not tasks:
        return
    ctx = _context()
    if warm is not None:
        warm()
    n_workers = max(1, min(jobs, len(tasks)))
    window = n_workers * WINDOW_PER_WORKER
    pool = _Pool(ctx, work, tasks, lost, n_workers, timeout, (max_memory_mb or 0) * 1024 * 1024, size_of)
    next_yield = 0
    try:
        while next_yield < len(tasks):
            # hand out work: one document a worker, never too far ahead of the next one to yield
            pool.hand_out(min(len(tasks), next_yield + window))
            while next_yield in pool.done:
                yield pool.done.pop(next_yield)
                next_yield += 1
            if next_yield >= len(tasks):
                break
            pool.collect()
    finally:
        pool.stop_all()


class _Pool:
    """The workers of one run_ordered call, what each is doing, and the results not yet yielded (`done`)."""

    def __init__(self, ctx, work: Callable[..., Any], tasks: Sequence[tuple], lost: Callable[[tuple, Lost], Any],
                 n_workers: int, timeout: float | None, max_bytes: int, size_of: Callable[[tuple], int] | None):
        self.ctx, self.work, self.tasks, self.lost = ctx, work, tasks, lost
        self.timeout, self.max_bytes, self.size_of = timeout, max_bytes, size_of
        self.workers = [self._fresh() for _ in range(n_workers)]
        self.done: dict[int, Any] = {}
        self.next_send = 0

    def _fresh(self) -> _Worker:
        return _Worker(self.ctx, self.work, self.max_bytes)

    def hand_out(self, end: int) -> None:
        """Give every idle worker the next task, up to (not including) task `end`."""
        for i, w in enumerate(self.workers):
            while w.task is None and self.next_send < end:
                size = self.size_of(self.tasks[self.next_send]) if self.size_of else 0
                limit, ceiling = document_time_limit(self.timeout, size), document_ceiling(self.max_bytes, size)
                if w.send(self.next_send, self.tasks[self.next_send], limit, ceiling):
                    self.next_send += 1
                else:  # it had exited (memory ceiling) between two documents
                    w.stop()
                    self.workers[i] = w = self._fresh()

    def collect(self) -> None:
        """Wait for a busy worker's result or the first time limit to pass; take every result ready, and
        stop every worker past its time limit."""
        busy = [w for w in self.workers if w.task is not None]
        if not busy:
            return
        left = min(w.deadline for w in busy) - time.monotonic()
        ready = wait([w.conn for w in busy], timeout=None if left == float("inf") else max(0.0, left))
        now = time.monotonic()
        for i, w in enumerate(self.workers):
            if w.task is None:
                continue
            if w.conn in ready:
                self._receive(i, w)
            elif now >= w.deadline:
                self._time_out(i, w)

    def _receive(self, i: int, w: _Worker) -> None:
        try:
            index, result, retiring = w.conn.recv()
        except (EOFError, OSError):
            index = w.task
            code = w.stop(kill=True)
            result = self.lost(self.tasks[index], Lost("memory" if code == _EXIT_MEMORY else "worker", _died(code, w.ceiling)))
            self.workers[i] = self._fresh()
        else:
            w.task = None
            if retiring:
                w.stop()
                self.workers[i] = self._fresh()
        self.done[index] = result

    def _time_out(self, i: int, w: _Worker) -> None:
        index = w.task
        w.stop(kill=True)
        self.done[index] = self.lost(self.tasks[index], Lost(
            "timeout", f"took longer than {w.timeout:g} s; stopped, and the batch went on (--timeout)"))
        self.workers[i] = self._fresh()

    def stop_all(self) -> None:
        for w in self.workers:
            w.stop(kill=w.task is not None)
