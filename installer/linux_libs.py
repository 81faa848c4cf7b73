"""Which shared libraries the Linux bundle carries (issue 20: bundle ≤ 150 MB).

PyInstaller collects every library any collected binary links, *before* the spec drops the
Qt plugins the program does not use (kamura.spec ``keep``): the GTK theme's Cairo, Pango,
GDK-Pixbuf, ATK and GIO stayed in the folder although nothing left in it needs them. And
it copies the CUPS client library with its TLS and Kerberos stack (GnuTLS, Nettle, GMP,
p11-kit, libunistring, Avahi …) for Qt's CUPS print plugin.

:func:`prune` keeps a library only when a binary that stays needs it (``DT_NEEDED``,
followed through), starting from everything that is not a plain library: Python and its
extension modules, the Qt plugins kept, ctypes-loaded libraries in package folders
(pdfium). Libraries in :data:`HOST_LIBRARIES` are never bundled; the bundle uses the
computer's own:

* ``libcups.so.2`` — the CUPS client talks to the computer's CUPS service; a computer that
  can print on Linux has CUPS and with it this library. Where it is missing, Qt's CUPS
  plugin does not load: the program runs, saves PDFs and prints nothing (there is no
  printer to print to). Left with it: GnuTLS, p11-kit, libunistring, GMP, Nettle, Avahi.
* ``libdbus-1.so.3`` — D-Bus is part of every Linux desktop session (GNOME, KDE, Xfce,
  MATE, Cinnamon all run on it; libQt6Gui links libQt6DBus, which links it). The bundled
  copy brought libsystemd and libgcrypt with it (2,8 MB).

What the bundle then needs from the computer, beside glibc, is listed by
:func:`host_needs` and checked by the bundle test (tests/test_installer.py), which runs the
bundle's self-check in a mount namespace where ``/usr/lib/x86_64-linux-gnu`` holds only
:data:`REQUIRED_FROM_HOST` and what those link: the proof that nothing else is taken from
the build machine's system.
"""

from __future__ import annotations

import posixpath
import struct
from pathlib import Path

#: never bundled: the computer's own is used (see the module text)
HOST_LIBRARIES = frozenset({"libcups.so.2", "libdbus-1.so.3"})

#: glibc: on every Linux, never bundled (PyInstaller does not either)
GLIBC = frozenset({
    "ld-linux-x86-64.so.2", "libc.so.6", "libm.so.6", "libdl.so.2", "libpthread.so.0",
    "librt.so.1", "libutil.so.1", "libresolv.so.2", "libanl.so.1",
})

#: zlib: PyInstaller's own starter (the ``kamura-desktop`` executable) links it
BOOTLOADER = frozenset({"libz.so.1"})

#: the computer's OpenGL (libglvnd); PyInstaller never bundles it (it belongs to the
#: graphics driver), and libQt6Gui links libGL/libEGL: every desktop Linux has them
OPENGL = frozenset({"libGL.so.1", "libEGL.so.1", "libGLX.so.0", "libGLdispatch.so.0",
                    "libOpenGL.so.0"})

#: the X11 and Wayland client libraries the desktop's display server comes with.
#: PyInstaller never bundles libxcb (it must match the computer's X server), and
#: libQt6Gui → libX11 → libxcb is loaded even offscreen; the others only the xcb and
#: wayland platform plugins link (xcb-icccm/keysyms: Qt's documented X11 requirements)
DISPLAY = frozenset({
    "libxcb.so.1", "libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libwayland-client.so.0",
    "libwayland-cursor.so.0", "libwayland-egl.so.1",
})


#: everything the bundle may take from the computer
ALLOWED_FROM_HOST = GLIBC | BOOTLOADER | OPENGL | DISPLAY | HOST_LIBRARIES

#: what the computer must have for the bundle to start at all (offscreen, as the
#: self-check): the rest of ALLOWED_FROM_HOST only the X11/Wayland plugins or printing load
REQUIRED_FROM_HOST = GLIBC | BOOTLOADER | OPENGL | {"libxcb.so.1", "libdbus-1.so.3"}


def dt_needed(path: str | Path) -> list[str]:
    """The ``DT_NEEDED`` names of a 64-bit little-endian ELF file (what ``readelf -d``
    lists as NEEDED); [] for anything else (a data file, a script)."""
    data = Path(path).read_bytes()
    if data[:6] != b"\x7fELF\x02\x01":
        return []
    shoff, = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
    sections = [struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize)
                for i in range(shnum)]
    names = []
    for _name, kind, _flags, _addr, offset, size, link, _info, _align, _entsize in sections:
        if kind != 6:  # SHT_DYNAMIC
            continue
        strings = sections[link][4]
        for at in range(offset, offset + size, 16):
            tag, value = struct.unpack_from("<qQ", data, at)
            if tag == 0:
                break
            if tag == 1:  # DT_NEEDED
                end = data.index(b"\0", strings + value)
                names.append(data[strings + value:end].decode())
    return names


def prunable(dest: str) -> bool:
    """A plain library PyInstaller collected as a dependency: in the folder's top level or
    Qt's ``lib`` folder, not a Python extension module and not Python itself."""
    dest = dest.replace("\\", "/")
    name = dest.rsplit("/", 1)[-1]
    if ".so" not in name or ".cpython-" in name or ".abi3." in name or name.startswith("libpython"):
        return False
    return "/" not in dest or dest.startswith("PySide6/Qt/lib/")


def prune(binaries: list[tuple], host: frozenset[str] = HOST_LIBRARIES) -> tuple[list[tuple], list[str]]:
    """``(kept, dropped)`` of PyInstaller's ``(dest, source, typecode)`` binaries: a
    prunable library stays only when a kept binary needs it; ``host`` libraries never
    stay. ``dropped`` holds the destinations left out."""
    by_name: dict[str, tuple] = {}
    for entry in binaries:
        by_name.setdefault(entry[0].replace("\\", "/").rsplit("/", 1)[-1], entry)
    todo = [entry for entry in binaries if not prunable(entry[0])]
    reached: set[str] = set()
    while todo:
        entry = todo.pop()
        if entry[0] in reached:
            continue
        reached.add(entry[0])
        todo += [by_name[name] for name in dt_needed(entry[1])
                 if name in by_name and name not in host]
    return ([entry for entry in binaries if entry[0] in reached],
            sorted(entry[0] for entry in binaries if entry[0] not in reached))


def without_links_to(datas: list[tuple], dropped: list[str]) -> list[tuple]:
    """``datas`` without the symbolic links (``SYMLINK`` entries: destination, target
    relative to its folder) that point to a dropped library."""
    gone = {d.replace("\\", "/") for d in dropped}

    def target(entry: tuple) -> str:
        folder = entry[0].replace("\\", "/").rpartition("/")[0]
        return posixpath.normpath(posixpath.join(folder, entry[1].replace("\\", "/")))

    return [d for d in datas if d[2] != "SYMLINK" or target(d) not in gone]


def host_needs(folder: Path) -> dict[str, list[str]]:
    """``library → [bundled files that need it]`` for every library a file of the built
    bundle ``folder`` needs and the folder does not hold (glibc included)."""
    present = {p.name for p in folder.rglob("*") if ".so" in p.name}
    wanted: dict[str, list[str]] = {}
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink() and (".so" in path.name or path.parent == folder):
            for name in dt_needed(path):
                if name not in present:
                    wanted.setdefault(name, []).append(str(path.relative_to(folder)))
    return wanted
