# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Airlock developers
"""Airlock's pre-flight probe: runs inside a real sandbox and reports, as one
JSON object on stdout, what the sandbox looks like from the inside.

It only observes. The host decides what passes: it knows the secret it planted
in its own environment, which this probe is never told.

Arguments: host paths that must not be visible inside the sandbox, and
--no-connect to skip the outside connection attempt (for runs outside a
sandbox, where a real packet would leave the machine).
"""

import errno
import json
import os
import resource
import socket
import sys

CAP = 65536


def read_text(path, limit=CAP):
    try:
        with open(path, "rb") as f:
            return f.read(limit).decode("utf-8", "replace")
    except OSError as e:
        return {"error": errno.errorcode.get(e.errno, str(e.errno))}


def err(e):
    return {"ok": False, "errno": errno.errorcode.get(e.errno, "") if e.errno else "",
            "error": str(e)}


def connect_outside():
    # TEST-NET-1 (RFC 5737): reserved for documentation, never routed; in
    # the sandbox there is no route at all, so this fails at once.
    # With the filter in place the socket itself is refused; either way
    # nothing may connect.
    try:
        s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    except OSError as e:
        return err(e)
    s.settimeout(2.0)
    try:
        s.connect(("192.0.2.1", 9))
        return {"ok": True}
    except OSError as e:
        return err(e)
    finally:
        s.close()


def interfaces():
    # From /proc: asking the kernel over a netlink socket is itself refused.
    text = read_text("/proc/net/dev")
    if not isinstance(text, str):
        return []
    return sorted(line.split(":")[0].strip() for line in text.splitlines()[2:] if ":" in line)


def inet_socket():
    # Creating one is all it takes: the filter refuses any non-Unix family.
    try:
        s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    except OSError as e:
        return err(e)
    s.close()
    return {"ok": True}


def writable(path):
    target = os.path.join(path, ".airlock-probe-%d" % os.getpid())
    try:
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except OSError as e:
        return err(e)
    os.close(fd)
    os.unlink(target)
    return {"ok": True}


def open_fds():
    # Probe descriptors one by one: listing /proc/self/fd would itself open one.
    soft, _ = resource.getrlimit(resource.RLIMIT_NOFILE)
    limit = min(soft if soft > 0 else 1024, 65536)
    fds = []
    for fd in range(limit):
        try:
            os.fstat(fd)
        except OSError:
            continue
        try:
            target = os.readlink("/proc/self/fd/%d" % fd)
        except OSError:
            target = "?"
        fds.append({"fd": fd, "target": target})
    return fds


def status_fields():
    fields = {}
    text = read_text("/proc/self/status")
    if isinstance(text, str):
        for line in text.splitlines():
            key, _, value = line.partition(":")
            if key in ("Seccomp", "Seccomp_filters", "NoNewPrivs", "CapInh", "CapPrm", "CapEff", "CapBnd",
                       "CapAmb", "Uid", "Gid"):
                fields[key] = value.strip()
    return fields


def new_user_namespace():
    if not hasattr(os, "unshare"):
        return {"ok": False, "error": "os.unshare unavailable", "errno": ""}
    pid = os.fork()
    if pid == 0:
        # In a child: success would change this process for good.
        try:
            os.unshare(os.CLONE_NEWUSER)
            os._exit(0)
        except OSError as e:
            os._exit(100 + (e.errno or 0) % 100)
    _, status = os.waitpid(pid, 0)
    code = os.waitstatus_to_exitcode(status)
    if code == 0:
        return {"ok": True}
    return {"ok": False, "errno": errno.errorcode.get(code - 100, ""), "error": "unshare(CLONE_NEWUSER) failed"}


def supervisor_calls():
    # Calls that reach into another process (the sandbox's supervisor among
    # them): each must be refused. Arguments are harmless where allowed.
    import ctypes
    import platform
    libc = ctypes.CDLL(None, use_errno=True)
    pid = os.getpid()
    # System calls numbered from 424 on are the same on every architecture.
    calls = {
        "pidfd_open": (434, (pid, 0)),
        "pidfd_getfd": (438, (-1, 0, 0)),
        "process_madvise": (440, (-1, 0, 0, 0, 0)),
        "process_mrelease": (448, (-1, 0)),
    }
    kcmp = {"x86_64": 312, "aarch64": 272, "riscv64": 272, "loongarch64": 272}.get(platform.machine())
    if kcmp is not None:
        calls["kcmp"] = (kcmp, (pid, pid, 0, 0, 0))  # KCMP_FILE: stdin with itself
    out = {}
    for name, (number, args) in calls.items():
        ctypes.set_errno(0)
        result = libc.syscall(ctypes.c_long(number), *[ctypes.c_long(a) for a in args])
        error = ctypes.get_errno()
        if result >= 0:
            out[name] = {"ok": True}
            if name == "pidfd_open":
                os.close(result)
        else:
            out[name] = {"ok": False, "errno": errno.errorcode.get(error, str(error))}
    return out


def modules():
    out = {}
    # The three a run needs, then what analysis code often imports besides.
    for name in ("numpy", "pandas", "matplotlib", "scipy", "statsmodels", "seaborn", "sklearn", "openpyxl", "odf",
                 "xlrd", "h5py", "sympy", "pyarrow"):
        try:
            mod = __import__(name)
            out[name] = {"ok": True, "version": getattr(mod, "__version__", "")}
        except Exception as e:  # report any failure, the host judges
            out[name] = {"ok": False, "error": "%s: %s" % (type(e).__name__, e)}
    return out


def main():
    options = [a for a in sys.argv[1:] if a.startswith("--")]
    paths = [a for a in sys.argv[1:] if not a.startswith("--")]
    report = {
        "python": sys.version.split()[0],
        "executable": sys.executable,
        "uid": os.getuid(),
        "gid": os.getgid(),
        "hostname": socket.gethostname(),
        "interfaces": interfaces(),
        "connect_outside": {} if "--no-connect" in options else connect_outside(),
        "inet_socket": inet_socket(),
        "environ": dict(os.environ),
        "proc1_environ": read_text("/proc/1/environ"),
        "proc1_cmdline": read_text("/proc/1/cmdline"),
        "paths": {p: os.path.lexists(p) for p in paths},
        "writable": {p: writable(p) for p in ("/", "/usr", "/etc", "/dev", "/workspace", "/tmp")},
        "fds": open_fds(),
        "mountinfo": read_text("/proc/self/mountinfo", 4 * CAP),
        "supervisor_calls": supervisor_calls(),
        "status": status_fields(),
        "new_user_namespace": new_user_namespace(),
        "modules": modules(),
    }
    json.dump(report, sys.stdout, sort_keys=True)
    sys.stdout.write("\n")


main()
