"""seal_key_wraps: the tamper seal's key wrapped for each admin under a key derived from the
admin's password, so that another PC of an office server gets the key at an admin's login
(services/tamper.py; issue 16)

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # no rows: the first admin login on a PC that holds the key makes each admin's wrap
    op.create_table('seal_key_wraps',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('file_id', sa.String(length=64), nullable=False),
    sa.Column('kdf', sa.String(length=80), nullable=False),
    sa.Column('salt', sa.String(length=64), nullable=False),
    sa.Column('nonce', sa.String(length=32), nullable=False),
    sa.Column('wrapped', sa.String(length=128), nullable=False),
    sa.Column('mac', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_seal_key_wraps_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_seal_key_wraps')),
    sa.UniqueConstraint('user_id', name=op.f('uq_seal_key_wraps_user_id'))
    )


def downgrade() -> None:
    op.drop_table('seal_key_wraps')
