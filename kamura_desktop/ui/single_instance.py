"""One running Kamura Desktop per database file.

The first program to open a database listens on a local socket (a named pipe on Windows, a
socket file on Linux) whose name is derived from the database's path and the user. A second
start on the same file connects to it, asks it to bring its window forward and exits, so
two windows never write the same books without knowing of each other. (The ``kamura``
command may still work on the same file: SQLite's locking makes that safe.)
"""

from __future__ import annotations

import getpass
import hashlib
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDir, QLockFile, QObject, Qt, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

ACTIVATE = b"kamura:activate\n"
ACK = b"kamura:ok\n"


#: the longest socket path that fits a Unix ``sockaddr_un`` (108 bytes with the final NUL),
#: with room to spare
_SOCKET_PATH_MAX = 100


def server_name(db_path: Path | str) -> str:
    """A short, stable name for the database file (case-insensitive on Windows)."""
    path = os.path.normcase(str(Path(db_path).expanduser().absolute()))
    try:
        user = getpass.getuser()
    except Exception:  # no user name in the environment: the path alone still works
        user = ""
    digest = hashlib.sha256(f"{user}\0{path}".encode()).hexdigest()[:20]
    name = f"kamura-desktop-{digest}"
    if os.name != "nt":
        # Qt makes a Unix socket of the name in the temp folder (TMPDIR), and a socket's
        # path may not pass 107 bytes: under a deep TMPDIR every start would fail to listen
        # and call itself "sudah berjalan". Then the socket goes to /tmp (an absolute name is
        # used as it is), the same for every start in that environment.
        folder = os.environ.get("TMPDIR") or "/tmp"
        if len(os.fsencode(os.path.join(folder, name))) > _SOCKET_PATH_MAX and os.path.isdir("/tmp"):
            return os.path.join("/tmp", name)
    return name


class SingleInstance(QObject):
    """``activate_running()`` before opening the database; ``listen()`` once it is ours.

    ``target`` is the widget to bring forward when another start knocks (the login dialog,
    then the main window); ``activated`` is emitted as well.
    """

    NOBODY = "nobody"            # no program has this database open: go on
    ACTIVATED = "activated"      # the running program brought its window forward
    NOT_ANSWERING = "silent"     # something listens but does not answer (hung program)

    activated = Signal()

    def __init__(self, db_path: Path | str, parent: QObject | None = None):
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.name = server_name(db_path)
        self.server: QLocalServer | None = None
        self.target: QWidget | None = None
        # held while listening: two programs started at the same moment cannot both take
        # the name (Qt frees the lock of a program that died, by its process id)
        self._lock = QLockFile(str(Path(QDir.tempPath()) / f"{self.name}.lock"))
        self._lock.setStaleLockTime(0)

    @staticmethod
    def not_answering_message(db_path: Path | str) -> str:
        return QCoreApplication.translate(
            "SingleInstance",
            "Kamura Desktop sudah berjalan untuk database {path}, tetapi tidak menjawab. "
            "Tunggu sebentar, atau tutup program yang lama (Task Manager) lalu buka lagi. "
            "Program kedua tidak dibuka agar data tidak tertulis dua kali.",
        ).format(path=db_path)

    def activate_running(self, timeout_ms: int = 1500) -> str:
        sock = QLocalSocket()
        sock.connectToServer(self.name)
        if not sock.waitForConnected(timeout_ms):
            return self.NOBODY
        sock.write(ACTIVATE)
        sock.flush()
        sock.waitForBytesWritten(timeout_ms)
        answer = b""
        while ACK not in answer and sock.waitForReadyRead(timeout_ms):
            answer += bytes(sock.readAll())
        sock.disconnectFromServer()
        return self.ACTIVATED if ACK in answer else self.NOT_ANSWERING

    def listen(self) -> bool:
        """Take the name for this program. False when another running program has it (it
        started in the same moment): ask that one with activate_running() instead."""
        if not self._lock.tryLock(200):
            return False
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        ok = server.listen(self.name)
        if not ok:
            # a socket file left behind by a program that crashed (Unix): we hold the lock,
            # so nobody alive owns it
            QLocalServer.removeServer(self.name)
            ok = server.listen(self.name)
        if ok:
            server.newConnection.connect(self._on_connection)
            self.server = server
        else:
            self._lock.unlock()
        return ok

    def close(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
            self._lock.unlock()

    def _on_connection(self) -> None:
        while self.server is not None and self.server.hasPendingConnections():
            sock = self.server.nextPendingConnection()
            sock.readyRead.connect(lambda s=sock: self._on_ready(s))
            sock.disconnected.connect(sock.deleteLater)
            if sock.bytesAvailable():
                self._on_ready(sock)

    def _on_ready(self, sock: QLocalSocket) -> None:
        data = bytes(sock.readAll())
        if ACTIVATE.strip() in data:
            self.bring_forward()
            sock.write(ACK)
            sock.flush()

    def bring_forward(self) -> None:
        w = self.target
        if w is not None:
            if w.isMinimized():
                w.setWindowState(w.windowState() & ~Qt.WindowState.WindowMinimized)
            w.show()
            w.raise_()
            w.activateWindow()
        self.activated.emit()
