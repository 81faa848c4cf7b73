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
