"""The ``kamura`` command run in this process, as ``python -m kamura_desktop.cli.main`` would
run it, for the tests where a new process proves nothing more (issue 20: each process
imports the whole program again, about two seconds of CPU). What only a process proves — exit
codes of a real start, a kill -9, what is imported at start-up — stays in the subprocess tests
(tests/services/test_cli.py, tests/cli/test_cli_lazy.py, the drills).

:func:`kamura` returns what :func:`subprocess.run` with ``capture_output=True, text=True``
would: the exit code as ``__main__`` makes it (``sys.exit(main())``: a ``SystemExit`` message
on stderr and code 1; an exception's traceback on stderr and code 1), stdout and stderr as
text; ``input`` is what the program reads from its (not a terminal) standard input; ``env``
(the whole environment, as for subprocess) stands for os.environ while the command runs.
"""

from __future__ import annotations

import contextlib
import io
import os
import subprocess
import sys
import traceback
from collections.abc import Iterator, Mapping

from kamura_desktop.cli.main import main


def _stream() -> io.TextIOWrapper:
    return io.TextIOWrapper(io.BytesIO(), encoding="utf-8", newline="\n", write_through=True)


def _text(stream: io.TextIOWrapper) -> str:
    stream.flush()
    return stream.buffer.getvalue().decode("utf-8", errors="replace")


@contextlib.contextmanager
def _environment(env: Mapping[str, str] | None) -> Iterator[None]:
    if env is None:
        yield
        return
    saved = dict(os.environ)
    _replace_environ(env)
    try:
        yield
    finally:
        _replace_environ(saved)


def _replace_environ(env: Mapping[str, str]) -> None:
    """Make os.environ equal to ``env`` without a moment in which it is empty: another
    thread of this process (a worker still closing its books) reading the data folder
    between a clear() and the update() would find no KAMURA_DATA_DIR and write the seal
    key of its books into the user's real data folder."""
    os.environ.update(env)
    for name in [k for k in os.environ if k not in env]:
        del os.environ[name]


def kamura(args: list[str], *, env: Mapping[str, str] | None = None,
           input: str = "") -> subprocess.CompletedProcess:  # noqa: A002 - as subprocess.run
    """``kamura ARGS`` in this process (see the module docstring)."""
    out, err = _stream(), _stream()
    stdin = io.TextIOWrapper(io.BytesIO(input.encode("utf-8")), encoding="utf-8")
    saved = sys.stdin, sys.stdout, sys.stderr
    sys.stdin, sys.stdout, sys.stderr = stdin, out, err
    try:
        with _environment(env):
            try:
                code = main(list(args))
            except SystemExit as exc:  # what the interpreter does with sys.exit(...)
                if exc.code is None:
                    code = 0
                elif isinstance(exc.code, int):
                    code = exc.code
                else:
                    print(exc.code, file=sys.stderr)
                    code = 1
            except Exception:  # noqa: BLE001 - an uncaught error ends the process with 1
                traceback.print_exc(file=sys.stderr)
                code = 1
    finally:
        sys.stdin, sys.stdout, sys.stderr = saved
    return subprocess.CompletedProcess(["kamura", *args], code, _text(out), _text(err))
