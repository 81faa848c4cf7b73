"""Every book's service module, imported once so that each registers its permissions,
settings defaults, seeders and hooks. Add a new book here."""

from . import credit_products, credits, groups, member_io, membership, savings  # noqa: F401

# isort: split
from . import repayments  # noqa: F401,E402

# isort: split
from . import lender_pool  # noqa: F401,E402

# isort: split
from . import evaluation, evaluation_io, evaluation_report, mentoring  # noqa: F401,E402  (issue 7)

# isort: split
from . import accounting, accounting_docs, journal, provisions, shu, year_end, annual_report  # noqa: F401,E402,I001  (issue 8)
