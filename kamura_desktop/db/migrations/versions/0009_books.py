"""books: loan-loss provisions, SHU distributions, year-end closes

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-04
"""

import sqlalchemy as sa
from alembic import op

from kamura_desktop.db import ddl

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

TRIGGERS = (
    # journal attachment notes and provisions: written once
    "CREATE TRIGGER trg_journal_attachments_no_update BEFORE UPDATE ON journal_attachments "
    "BEGIN SELECT RAISE(ABORT, 'Catatan bukti jurnal tidak boleh diubah atau dihapus.'); END",
    "CREATE TRIGGER trg_journal_attachments_no_delete BEFORE DELETE ON journal_attachments "
    "BEGIN SELECT RAISE(ABORT, 'Catatan bukti jurnal tidak boleh diubah atau dihapus.'); END",
    "CREATE TRIGGER trg_provisions_no_update BEFORE UPDATE ON provisions "
    "BEGIN SELECT RAISE(ABORT, 'Baris provisions sudah dibukukan dan tidak boleh diubah atau "
    "dihapus.'); END",
    "CREATE TRIGGER trg_provisions_no_delete BEFORE DELETE ON provisions "
    "BEGIN SELECT RAISE(ABORT, 'Baris provisions sudah dibukukan dan tidak boleh diubah atau "
    "dihapus.'); END",
    # a close is never deleted; its figures never change; reopening is recorded once
    "CREATE TRIGGER trg_year_closes_no_delete BEFORE DELETE ON year_closes "
    "BEGIN SELECT RAISE(ABORT, 'Tutup buku tidak boleh dihapus; buka kembali tahun bukunya.'); END",
    "CREATE TRIGGER trg_year_closes_no_update BEFORE UPDATE ON year_closes "
    "WHEN OLD.reopened_at IS NOT NULL OR NEW.year IS NOT OLD.year "
    "OR NEW.closed_on IS NOT OLD.closed_on OR NEW.entry_id IS NOT OLD.entry_id "
    "OR NEW.surplus IS NOT OLD.surplus OR NEW.closed_at IS NOT OLD.closed_at "
    "OR NEW.closed_by_id IS NOT OLD.closed_by_id "
    "BEGIN SELECT RAISE(ABORT, 'Tutup buku tidak boleh diubah; hanya pembukaan kembali yang "
    "dicatat.'); END",
    # SHU: a draft may be replaced; approved figures never change, a paid one not at all
    "CREATE TRIGGER trg_shu_distributions_no_delete BEFORE DELETE ON shu_distributions "
    "WHEN OLD.status <> 'draft' "
    "BEGIN SELECT RAISE(ABORT, 'SHU yang sudah disetujui tidak boleh dihapus.'); END",
    "CREATE TRIGGER trg_shu_distributions_no_update BEFORE UPDATE ON shu_distributions "
    "WHEN OLD.status = 'paid' OR (OLD.status = 'approved' AND (NEW.status <> 'paid' "
    "OR NEW.year IS NOT OLD.year OR NEW.surplus IS NOT OLD.surplus "
    "OR NEW.pct_cadangan IS NOT OLD.pct_cadangan OR NEW.pct_anggota IS NOT OLD.pct_anggota "
    "OR NEW.pct_pengurus IS NOT OLD.pct_pengurus OR NEW.pct_karyawan IS NOT OLD.pct_karyawan "
    "OR NEW.pct_pendidikan IS NOT OLD.pct_pendidikan OR NEW.pct_sosial IS NOT OLD.pct_sosial "
    "OR NEW.jasa_modal_pct IS NOT OLD.jasa_modal_pct "
    "OR NEW.approve_entry_id IS NOT OLD.approve_entry_id OR NEW.rat_date IS NOT OLD.rat_date)) "
    "BEGIN SELECT RAISE(ABORT, 'SHU yang sudah disetujui tidak boleh diubah.'); END",
    "CREATE TRIGGER trg_shu_member_shares_no_update BEFORE UPDATE ON shu_member_shares "
    "BEGIN SELECT RAISE(ABORT, 'Bagian SHU anggota tidak boleh diubah; hitung ulang drafnya.'); END",
    "CREATE TRIGGER trg_shu_member_shares_no_delete BEFORE DELETE ON shu_member_shares "
    "WHEN (SELECT status FROM shu_distributions WHERE id = OLD.distribution_id) <> 'draft' "
    "BEGIN SELECT RAISE(ABORT, 'Bagian SHU anggota yang sudah disetujui tidak boleh dihapus.'); END",
)
TRIGGER_NAMES = (
    "trg_journal_attachments_no_update", "trg_journal_attachments_no_delete",
    "trg_provisions_no_update", "trg_provisions_no_delete",
    "trg_year_closes_no_delete", "trg_year_closes_no_update",
    "trg_shu_distributions_no_delete", "trg_shu_distributions_no_update",
    "trg_shu_member_shares_no_update", "trg_shu_member_shares_no_delete",
)


def upgrade() -> None:
    op.create_table(
        "journal_attachments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["entry_id"], ["journal_entries.id"],
                                name=op.f("fk_journal_attachments_entry_id_journal_entries")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_journal_attachments")),
        sa.UniqueConstraint("entry_id", name=op.f("uq_journal_attachments_entry_id")),
    )
    op.create_table(
        "provisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("as_of", sa.Date(), nullable=False),
        sa.Column("rule_set", sa.String(length=20), nullable=False),
        sa.Column("required", sa.Integer(), nullable=False),
        sa.Column("booked_before", sa.Integer(), nullable=False),
        sa.Column("change", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["created_by_id"], ["users.id"],
                                name=op.f("fk_provisions_created_by_id_users")),
        sa.ForeignKeyConstraint(["entry_id"], ["journal_entries.id"],
                                name=op.f("fk_provisions_entry_id_journal_entries")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_provisions")),
    )
    with op.batch_alter_table("provisions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_provisions_as_of"), ["as_of"], unique=False)

    op.create_table(
        "year_closes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=True),
        sa.Column("surplus", sa.Integer(), nullable=False),
        sa.Column("closed_at", sa.DateTime(), nullable=False),
        sa.Column("closed_by_id", sa.Integer(), nullable=True),
        sa.Column("reopened_at", sa.DateTime(), nullable=True),
        sa.Column("reopened_by_id", sa.Integer(), nullable=True),
        sa.Column("reopen_reason", sa.Text(), nullable=True),
        sa.Column("reopen_entry_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["closed_by_id"], ["users.id"],
                                name=op.f("fk_year_closes_closed_by_id_users")),
        sa.ForeignKeyConstraint(["entry_id"], ["journal_entries.id"],
                                name=op.f("fk_year_closes_entry_id_journal_entries")),
        sa.ForeignKeyConstraint(["reopen_entry_id"], ["journal_entries.id"],
                                name=op.f("fk_year_closes_reopen_entry_id_journal_entries")),
        sa.ForeignKeyConstraint(["reopened_by_id"], ["users.id"],
                                name=op.f("fk_year_closes_reopened_by_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_year_closes")),
    )
    with op.batch_alter_table("year_closes", schema=None) as batch_op:
        batch_op.create_index("uq_year_closes_year_open", ["year"], unique=True,
                              sqlite_where=sa.text("reopened_at IS NULL"), postgresql_where=sa.text("reopened_at IS NULL"))

    op.create_table(
        "shu_distributions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("surplus", sa.Integer(), nullable=False),
        sa.Column("pct_cadangan", sa.Integer(), nullable=False),
        sa.Column("pct_anggota", sa.Integer(), nullable=False),
        sa.Column("pct_pengurus", sa.Integer(), nullable=False),
        sa.Column("pct_karyawan", sa.Integer(), nullable=False),
        sa.Column("pct_pendidikan", sa.Integer(), nullable=False),
        sa.Column("pct_sosial", sa.Integer(), nullable=False),
        sa.Column("jasa_modal_pct", sa.Integer(), nullable=False),
        sa.Column("include_sukarela", sa.Boolean(), nullable=False),
        sa.Column("computed_at", sa.DateTime(), nullable=False),
        sa.Column("computed_by_id", sa.Integer(), nullable=True),
        sa.Column("approved_on", sa.Date(), nullable=True),
        sa.Column("rat_date", sa.Date(), nullable=True),
        sa.Column("approved_by_id", sa.Integer(), nullable=True),
        sa.Column("approve_entry_id", sa.Integer(), nullable=True),
        sa.Column("paid_on", sa.Date(), nullable=True),
        sa.Column("pay_method", sa.String(length=10), nullable=True),
        sa.Column("paid_by_id", sa.Integer(), nullable=True),
        sa.Column("pay_entry_id", sa.Integer(), nullable=True),
        sa.CheckConstraint("status IN ('draft','approved','paid')",
                           name=op.f("ck_shu_distributions_status")),
        sa.CheckConstraint("pay_method IS NULL OR pay_method IN ('sukarela','tunai')",
                           name=op.f("ck_shu_distributions_pay_method")),
        sa.CheckConstraint(
            "pct_cadangan + pct_anggota + pct_pengurus + pct_karyawan + pct_pendidikan "
            "+ pct_sosial = 100", name=op.f("ck_shu_distributions_pct_total")),
        sa.CheckConstraint("jasa_modal_pct BETWEEN 0 AND 100",
                           name=op.f("ck_shu_distributions_jasa_modal_pct")),
        sa.ForeignKeyConstraint(["approve_entry_id"], ["journal_entries.id"],
                                name=op.f("fk_shu_distributions_approve_entry_id_journal_entries")),
        sa.ForeignKeyConstraint(["approved_by_id"], ["users.id"],
                                name=op.f("fk_shu_distributions_approved_by_id_users")),
        sa.ForeignKeyConstraint(["computed_by_id"], ["users.id"],
                                name=op.f("fk_shu_distributions_computed_by_id_users")),
        sa.ForeignKeyConstraint(["paid_by_id"], ["users.id"],
                                name=op.f("fk_shu_distributions_paid_by_id_users")),
        sa.ForeignKeyConstraint(["pay_entry_id"], ["journal_entries.id"],
                                name=op.f("fk_shu_distributions_pay_entry_id_journal_entries")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_shu_distributions")),
        sa.UniqueConstraint("year", name=op.f("uq_shu_distributions_year")),
    )
    op.create_table(
        "shu_member_shares",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("distribution_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("savings_basis", sa.Integer(), nullable=False),
        sa.Column("service_basis", sa.Integer(), nullable=False),
        sa.Column("jasa_modal", sa.Integer(), nullable=False),
        sa.Column("jasa_usaha", sa.Integer(), nullable=False),
        sa.Column("total", sa.Integer(), nullable=False),
        sa.CheckConstraint("total = jasa_modal + jasa_usaha", name=op.f("ck_shu_member_shares_total")),
        sa.ForeignKeyConstraint(["distribution_id"], ["shu_distributions.id"],
                                name=op.f("fk_shu_member_shares_distribution_id_shu_distributions")),
        sa.ForeignKeyConstraint(["member_id"], ["members.id"],
                                name=op.f("fk_shu_member_shares_member_id_members")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_shu_member_shares")),
        sa.UniqueConstraint("distribution_id", "member_id", name="uq_shu_member_shares_pair"),
    )
    with op.batch_alter_table("shu_member_shares", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_shu_member_shares_member_id"), ["member_id"], unique=False)

    for statement in TRIGGERS:
        ddl.create_trigger(statement)


def downgrade() -> None:
    for name in TRIGGER_NAMES:
        ddl.drop_trigger(name, name[4:].rsplit("_no_", 1)[0])
    with op.batch_alter_table("shu_member_shares", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_shu_member_shares_member_id"))
    op.drop_table("shu_member_shares")
    op.drop_table("shu_distributions")
    with op.batch_alter_table("year_closes", schema=None) as batch_op:
        batch_op.drop_index("uq_year_closes_year_open", sqlite_where=sa.text("reopened_at IS NULL"), postgresql_where=sa.text("reopened_at IS NULL"))
    op.drop_table("year_closes")
    with op.batch_alter_table("provisions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_provisions_as_of"))
    op.drop_table("provisions")
    op.drop_table("journal_attachments")
