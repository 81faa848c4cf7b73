"""The books' frozen DTOs that documents print, defined once below both the services and the
documents (one module per book).

A service builds these and re-exports them under the same names (``services.accounting.
BalanceSheet`` is ``dto.accounting.BalanceSheet``); a document types its inputs with them.
Plain frozen dataclasses with their properties and small methods, and the label tables those
read — no I/O: this package imports only :mod:`kamura_desktop.domain`.
"""
