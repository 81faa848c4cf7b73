"""The use cases. The ONLY code that changes data.

Each write call: checks the actor's permission, validates, does the work in one
transaction, writes the audit row, posts to the ledger, and returns plain DTOs with a
:class:`~kamura_desktop.services.changes.Changes` notice.
"""
