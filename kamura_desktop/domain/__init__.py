"""Pure rules of the cooperative: money, dates, schedules, eligibility, statistics.

Nothing here does I/O, imports Qt or touches the database.
"""
