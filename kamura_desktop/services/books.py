"""Every book's service module, imported once so that each registers its permissions,
settings defaults, seeders, hooks and demo steps. Add a new book here."""

from . import credit_products, credits, groups, membership, savings  # noqa: F401  # noqa: F401,E402
