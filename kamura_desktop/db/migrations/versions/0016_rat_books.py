"""rat_books: the RAT of a financial year (number, date, place) and the texts written for its
book (foreword, important events, the Pengawas' report)

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('rat_books',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=60), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=True),
    sa.Column('place', sa.String(length=120), nullable=False),
    sa.Column('foreword', sa.Text(), nullable=False),
    sa.Column('events', sa.Text(), nullable=False),
    sa.Column('pengawas_report', sa.Text(), nullable=False),
    sa.Column('saved_by_id', sa.Integer(), nullable=True),
    sa.Column('saved_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['saved_by_id'], ['users.id'], name=op.f('fk_rat_books_saved_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rat_books')),
    sa.UniqueConstraint('year', name=op.f('uq_rat_books_year'))
    )


def downgrade() -> None:
    op.drop_table('rat_books')
