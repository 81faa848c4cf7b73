"""Every book's service module, imported once so that each registers its permissions,
settings defaults, seeders, hooks and demo steps. Add a new book here."""

from . import credit_products, credits, groups, member_io, membership, savings  # noqa: F401  # noqa: F401,E402

# isort: split
from . import demo_members  # noqa: F401  (before later books: its demo step makes the members)

# isort: split
from . import demo_credit  # noqa: F401,E402  (after demo_members: the groups and credits of RW 08)

# isort: split
from . import repayments  # noqa: F401,E402

# isort: split
from . import lender_pool  # noqa: F401,E402

# isort: split
from . import demo_repayments  # noqa: F401,E402  (after demo_credit: instalments of its credits)

# isort: split
from . import demo_lenders  # noqa: F401,E402  (last: lenders fund a pilot cycle after the others' demo)

# isort: split
from . import evaluation, evaluation_io, evaluation_report, mentoring  # noqa: F401,E402  (issue 7)

# isort: split
from . import accounting, accounting_docs, journal, provisions, shu, year_end, annual_report  # noqa: F401,E402,I001  (issue 8)

# isort: split
from . import demo_mentoring  # noqa: F401,E402  (after demo_repayments: meetings check the pocket books)

# isort: split
from . import demo_evaluation  # noqa: F401,E402  (survey rounds of the pilot's participants)

# isort: split
from . import demo_books  # noqa: F401,E402  (last: closes the demo's 2024 books after every book's 2024 activity)
