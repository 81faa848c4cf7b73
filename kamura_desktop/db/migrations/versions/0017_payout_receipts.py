"""payout_receipts: the bukti kas keluar (BKK- series) of a leaving member's refund and of
SHU paid in cash (issue 17)

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

from kamura_desktop.db import ddl

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('payout_receipts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('receipt_no', sa.String(length=30), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('on_date', sa.Date(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('amount', sa.Integer(), nullable=False),
    sa.Column('purpose', sa.Text(), nullable=False),
    sa.Column('source_id', sa.String(length=40), nullable=False),
    sa.Column('journal_entry_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.CheckConstraint('amount > 0', name=op.f('ck_payout_receipts_amount')),
    sa.CheckConstraint("kind IN ('member_leave','shu')", name=op.f('ck_payout_receipts_kind')),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_payout_receipts_created_by_id_users')),
    sa.ForeignKeyConstraint(['journal_entry_id'], ['journal_entries.id'], name=op.f('fk_payout_receipts_journal_entry_id_journal_entries')),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_payout_receipts_member_id_members')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_payout_receipts')),
    sa.UniqueConstraint('receipt_no', name=op.f('uq_payout_receipts_receipt_no'))
    )
    with op.batch_alter_table('payout_receipts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_payout_receipts_member_id'), ['member_id'], unique=False)
    # the paper of money paid out: never edited or deleted
    for verb in ("UPDATE", "DELETE"):
        ddl.create_trigger(
            f"CREATE TRIGGER trg_payout_receipts_no_{verb.lower()} BEFORE {verb} ON payout_receipts "
            "BEGIN SELECT RAISE(ABORT, 'Baris payout_receipts sudah dibukukan dan tidak boleh "
            "diubah atau dihapus; gunakan pembalikan.'); END"
        )


def downgrade() -> None:
    for verb in ("update", "delete"):
        ddl.drop_trigger(f"trg_payout_receipts_no_{verb}", "payout_receipts")
    with op.batch_alter_table('payout_receipts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_payout_receipts_member_id'))
    op.drop_table('payout_receipts')
