# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Airlock developers
"""Runs an approved request's code inside the sandbox.

Before the code runs it installs a PEP 578 audit hook that reports what the
code does (files opened, connection and DNS attempts, subprocesses, native
libraries, imports) as JSON lines on a descriptor the host reads. The code
runs in this same process and can close or forge that descriptor, so the host
shows these events as self-reported and never bases a verdict on them.

The code is not in the sandbox when it starts: the sandbox may be started
while the analyst still reviews (a warm start), with the analysis libraries
the static check found imported ahead. The launcher says "ready" and waits;
the code arrives only once the approval is recorded, as one message on the
GO_FD socket: the byte "g" and a sealed in-memory file holding it.

Usage: launcher.py EVENTS_FD GO_FD MAX_EVENTS [MODULE,...]
"""

import os
import sys
import time

EVENTS_FD = int(sys.argv[1])
GO_FD = int(sys.argv[2])
MAX_EVENTS = int(sys.argv[3])
PRELOAD = [m for m in (sys.argv[4].split(",") if len(sys.argv) > 4 else []) if m]
START = time.monotonic()

# Only these may be imported ahead, whatever the host asks: libraries, never
# anything of the request's.
_PRELOADABLE = ("numpy", "pandas", "matplotlib", "scipy", "seaborn", "statsmodels", "sklearn")

# json, linecache and traceback load only when needed: a run that prints
# one line should not pay for them.
_json = None
_count = 0
_dropped = 0
_seen_imports = set()
_busy = False


def _emit(record, beyond_cap=False):
    """Writes one event; beyond_cap only for the final count of those dropped."""
    global _count, _dropped, _json
    if _json is None:
        import json as _json
    if _count >= MAX_EVENTS and not beyond_cap:
        _dropped += 1
        return
    _count += 1
    record["t_ms"] = int((time.monotonic() - START) * 1000)
    try:
        os.write(EVENTS_FD, (_json.dumps(record, default=repr)[:4000] + "\n").encode("utf-8", "replace"))
    except OSError:
        pass


def _address(addr):
    if isinstance(addr, tuple) and len(addr) >= 2:
        return str(addr[0]), addr[1]
    return str(addr), None


# What Python and the analysis libraries read on their own in every run: not
# worth an event. Everything else under /etc (/etc/shadow, /etc/ssh/...) is an
# attempt the analyst should see, whether or not the file exists in here.
_ROUTINE_PREFIXES = ("/usr/", "/proc/self/", "/run/airlock/", "/etc/fonts/", "/etc/ssl/", "/etc/python3")
_ROUTINE_FILES = ("/etc/localtime", "/etc/mime.types", "/etc/matplotlibrc", "/etc/os-release")


def _routine(path):
    return path.startswith(_ROUTINE_PREFIXES) or path in _ROUTINE_FILES


def _hook(event, args):
    global _busy
    if _busy:
        return  # our own writes and dumps must not report themselves
    _busy = True
    try:
        if event == "open":
            path = args[0]
            if isinstance(path, bytes):
                path = path.decode("utf-8", "replace")
            if isinstance(path, str) and not _routine(path):
                _emit({"kind": "open", "path": path, "mode": str(args[1])})
        elif event == "socket.__new__":
            family = args[1]
            if family not in (1, -1):  # AF_UNIX; -1: from an existing descriptor
                _emit({"kind": "socket", "family": int(family)})
        elif event == "socket.connect":
            host, port = _address(args[1])
            _emit({"kind": "connect", "address": host, "port": port})
        elif event == "socket.getaddrinfo":
            _emit({"kind": "dns", "address": str(args[0]), "port": args[1]})
        elif event == "socket.gethostbyname":
            _emit({"kind": "dns", "address": str(args[0]), "port": None})
        elif event == "subprocess.Popen":
            _emit({"kind": "subprocess", "executable": str(args[0]), "args": [str(a) for a in (args[1] or [])][:20]})
        elif event == "os.system":
            _emit({"kind": "subprocess", "executable": "/bin/sh", "args": ["-c", str(args[0])]})
        elif event in ("os.exec", "os.posix_spawn", "os.spawn"):
            _emit({"kind": "subprocess", "executable": str(args[0]), "args": [str(a) for a in (args[1] or [])][:20]})
        elif event == "os.fork":
            _emit({"kind": "fork"})
        elif event == "ctypes.dlopen":
            _emit({"kind": "dlopen", "library": str(args[0])})
        elif event == "import":
            top = str(args[0]).split(".")[0]
            if top not in _seen_imports:
                _seen_imports.add(top)
                _emit({"kind": "import", "module": top})
    except Exception:
        pass
    finally:
        _busy = False


def _preload():
    """Imports the analysis libraries the request uses, before any of its code."""
    if not PRELOAD:
        return
    import contextlib
    import importlib
    import io
    import warnings

    # A library may read a file of the working folder when imported
    # (matplotlib its matplotlibrc): none is read ahead of the approval.
    # An input of that name means the code's own import must read it.
    skip = {"matplotlib", "seaborn"} if os.path.lexists("matplotlibrc") else set()
    # What a library says while it loads is not the run's output.
    os.chdir("/")
    with warnings.catch_warnings(), contextlib.redirect_stdout(io.StringIO()), \
            contextlib.redirect_stderr(io.StringIO()):
        warnings.simplefilter("ignore")
        for name in PRELOAD:
            if name not in _PRELOADABLE or name in skip:
                continue
            try:
                if name == "matplotlib":
                    import matplotlib

                    matplotlib.use("Agg")
                    importlib.import_module("matplotlib.pyplot")
                else:
                    importlib.import_module(name)
            except Exception:
                pass  # the code's own import fails the usual way
    os.chdir("/workspace")


def _receive_code():
    """Waits for the host's go: the byte "g" and the code as a descriptor."""
    import socket

    channel = socket.socket(fileno=GO_FD)
    try:
        message, fds, _flags, _addr = socket.recv_fds(channel, 1, 1)
    except OSError:
        message, fds = b"", []
    channel.close()
    if message != b"g" or len(fds) != 1:
        for fd in fds:
            os.close(fd)
        # The host never said go (it went away, or refused the run): none of
        # the request's code runs.
        os.write(2, b"airlock launcher: the host did not say go; the code was not run\n")
        os._exit(125)
    with os.fdopen(fds[0], "rb") as f:
        return f.read()


def main():
    global START
    os.makedirs("/tmp/matplotlib", exist_ok=True)
    _preload()

    # The host opens the working folder once we are here, before any of the
    # request's code is in the sandbox; then, once the approval is recorded,
    # it sends the code.
    os.write(EVENTS_FD, b'{"kind": "ready", "t_ms": %d}\n' % int((time.monotonic() - START) * 1000))
    source = _receive_code()
    START = time.monotonic()  # the run's events count from go

    sys.addaudithook(_hook)

    filename = "code.py"
    sys.argv = [filename]
    # Output line by line, as in a terminal: the analyst sees it as it comes.
    sys.stdout.reconfigure(line_buffering=True)

    namespace = {"__name__": "__main__", "__file__": filename, "__builtins__": __builtins__}
    status = 0
    try:
        code = compile(source, filename, "exec", dont_inherit=True)
        exec(code, namespace)
    except SystemExit as e:
        status = _exit_status(e)
    except BaseException as e:  # the request's failure, shown as its own
        import linecache
        import traceback

        # Tracebacks show the request's own lines under its own name.
        text = source.decode("utf-8", "replace")
        linecache.cache[filename] = (len(text), None, text.splitlines(True), filename)
        tb = e.__traceback__
        # Drop the launcher's frame; keep everything from the request's code.
        while tb is not None and tb.tb_frame.f_code.co_filename != filename:
            tb = tb.tb_next
        traceback.print_exception(type(e), e, tb)
        del e, tb
        status = 1
    _finish(namespace, status)


def _exit_status(e):
    """The status sys.exit(...) asks for, printing a message as Python does."""
    if e.code is None:
        return 0
    if isinstance(e.code, int):
        return e.code & 0xFF
    try:
        sys.stderr.write(str(e.code) + "\n")
    except Exception:
        pass
    return 1


def _finish(namespace, status):
    """Ends as Python's own exit does, without tearing every module down.

    Finalizing pandas, matplotlib and numpy module by module takes a quarter
    of a second after the code is done (a full collection alone 50 ms).
    What the code can notice of an exit is kept, in Python's order:
    non-daemon threads are waited for, atexit handlers run (logging's flush
    among them), the code's globals are released (their __del__ runs, files
    they alone hold are closed), every file still open anywhere is flushed
    (also one held in a reference cycle, which a collection might close
    after its buffer), and the standard streams last.
    """
    try:
        if "threading" in sys.modules:
            sys.modules["threading"]._shutdown()
        import atexit

        atexit._run_exitfuncs()
        namespace.clear()
    except SystemExit as e:
        status = _exit_status(e)
    except BaseException:
        status = status or 1
    import _io
    import gc

    standard = {id(sys.stdout), id(sys.stderr), id(sys.__stdout__), id(sys.__stderr__)}
    text, binary = [], []
    for o in gc.get_objects():
        if isinstance(o, _io._TextIOBase):
            text.append(o)
        elif isinstance(o, _io._BufferedIOBase):
            binary.append(o)
    for f in text + binary:  # a text file's buffer after the text
        if id(f) in standard:
            continue
        try:
            if not f.closed:
                f.flush()
        except Exception:
            pass
    del text, binary
    for stream in (sys.stdout, sys.stderr):
        if stream is None or getattr(stream, "closed", False):
            continue  # as Python skips them
        try:
            stream.flush()
        except Exception:
            status = 120  # as Python reports a failed flush at exit
    if _dropped:
        _emit({"kind": "dropped", "count": _dropped}, beyond_cap=True)
    os._exit(status)


main()
