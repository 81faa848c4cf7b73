"""board_members: the board register — Pengurus (ketua, sekretaris, bendahara) and Pengawas
(ketua, anggota) with their terms of office, used by the RAT book's signatures

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('board_members',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('body', sa.String(length=10), nullable=False),
    sa.Column('position', sa.String(length=12), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('term_start', sa.Date(), nullable=False),
    sa.Column('term_end', sa.Date(), nullable=False),
    sa.Column('saved_by_id', sa.Integer(), nullable=True),
    sa.Column('saved_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['saved_by_id'], ['users.id'], name=op.f('fk_board_members_saved_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_board_members'))
    )


def downgrade() -> None:
    op.drop_table('board_members')
