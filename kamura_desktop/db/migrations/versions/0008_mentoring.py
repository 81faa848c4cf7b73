"""mentoring: group meetings, attendance, pocket-book checks, home visits, follow-ups

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-04
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('home_visits',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('group_id', sa.Integer(), nullable=True),
    sa.Column('visited_on', sa.Date(), nullable=False),
    sa.Column('visitor', sa.String(length=120), nullable=False),
    sa.Column('visitor_member_id', sa.Integer(), nullable=True),
    sa.Column('purpose', sa.Text(), nullable=False),
    sa.Column('result', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_home_visits_created_by_id_users')),
    sa.ForeignKeyConstraint(['group_id'], ['borrower_groups.id'], name=op.f('fk_home_visits_group_id_borrower_groups')),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_home_visits_member_id_members')),
    sa.ForeignKeyConstraint(['visitor_member_id'], ['members.id'], name=op.f('fk_home_visits_visitor_member_id_members')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_home_visits'))
    )
    with op.batch_alter_table('home_visits', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_home_visits_group_id'), ['group_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_home_visits_member_id'), ['member_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_home_visits_visited_on'), ['visited_on'], unique=False)

    op.create_table('mentoring_meetings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('group_id', sa.Integer(), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('place', sa.String(length=120), nullable=True),
    sa.Column('facilitator', sa.String(length=120), nullable=False),
    sa.Column('supports', sa.Text(), nullable=True),
    sa.Column('obstacles', sa.Text(), nullable=True),
    sa.Column('business_problems', sa.Text(), nullable=True),
    sa.Column('solutions', sa.Text(), nullable=True),
    sa.Column('motivation', sa.Text(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_mentoring_meetings_created_by_id_users')),
    sa.ForeignKeyConstraint(['group_id'], ['borrower_groups.id'], name=op.f('fk_mentoring_meetings_group_id_borrower_groups')),
    sa.ForeignKeyConstraint(['updated_by_id'], ['users.id'], name=op.f('fk_mentoring_meetings_updated_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mentoring_meetings')),
    sa.UniqueConstraint('group_id', 'held_on', name='uq_mentoring_meetings_group_date')
    )
    with op.batch_alter_table('mentoring_meetings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mentoring_meetings_group_id'), ['group_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_mentoring_meetings_held_on'), ['held_on'], unique=False)

    op.create_table('mentoring_attendance',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=8), nullable=False),
    sa.Column('reason', sa.String(length=200), nullable=True),
    sa.Column('book_checked', sa.Boolean(), nullable=False),
    sa.Column('has_credit', sa.Boolean(), nullable=False),
    sa.Column('credit_numbers', sa.String(length=200), nullable=True),
    sa.Column('arrears', sa.Integer(), nullable=False),
    sa.Column('arrears_instalments', sa.Integer(), nullable=False),
    sa.Column('outstanding', sa.Integer(), nullable=False),
    sa.Column('check_note', sa.String(length=200), nullable=True),
    sa.CheckConstraint("status IN ('present','absent','excused')", name=op.f('ck_mentoring_attendance_status')),
    sa.CheckConstraint('arrears >= 0 AND arrears_instalments >= 0 AND outstanding >= 0', name=op.f('ck_mentoring_attendance_figures')),
    sa.ForeignKeyConstraint(['meeting_id'], ['mentoring_meetings.id'], name=op.f('fk_mentoring_attendance_meeting_id_mentoring_meetings')),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_mentoring_attendance_member_id_members')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mentoring_attendance')),
    sa.UniqueConstraint('meeting_id', 'member_id', name='uq_mentoring_attendance_pair')
    )
    with op.batch_alter_table('mentoring_attendance', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mentoring_attendance_meeting_id'), ['meeting_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_mentoring_attendance_member_id'), ['member_id'], unique=False)

    op.create_table('mentoring_followups',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('group_id', sa.Integer(), nullable=True),
    sa.Column('meeting_id', sa.Integer(), nullable=True),
    sa.Column('member_id', sa.Integer(), nullable=True),
    sa.Column('home_visit_id', sa.Integer(), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('raised_on', sa.Date(), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('responsible', sa.String(length=120), nullable=False),
    sa.Column('done_on', sa.Date(), nullable=True),
    sa.Column('done_note', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.CheckConstraint('done_on IS NULL OR done_on >= raised_on', name=op.f('ck_mentoring_followups_done_after_raised')),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_mentoring_followups_created_by_id_users')),
    sa.ForeignKeyConstraint(['group_id'], ['borrower_groups.id'], name=op.f('fk_mentoring_followups_group_id_borrower_groups')),
    sa.ForeignKeyConstraint(['home_visit_id'], ['home_visits.id'], name=op.f('fk_mentoring_followups_home_visit_id_home_visits')),
    sa.ForeignKeyConstraint(['meeting_id'], ['mentoring_meetings.id'], name=op.f('fk_mentoring_followups_meeting_id_mentoring_meetings')),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_mentoring_followups_member_id_members')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mentoring_followups'))
    )
    with op.batch_alter_table('mentoring_followups', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mentoring_followups_due_on'), ['due_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_mentoring_followups_group_id'), ['group_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_mentoring_followups_meeting_id'), ['meeting_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('mentoring_followups', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mentoring_followups_meeting_id'))
        batch_op.drop_index(batch_op.f('ix_mentoring_followups_group_id'))
        batch_op.drop_index(batch_op.f('ix_mentoring_followups_due_on'))

    op.drop_table('mentoring_followups')
    with op.batch_alter_table('mentoring_attendance', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mentoring_attendance_member_id'))
        batch_op.drop_index(batch_op.f('ix_mentoring_attendance_meeting_id'))

    op.drop_table('mentoring_attendance')
    with op.batch_alter_table('mentoring_meetings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mentoring_meetings_held_on'))
        batch_op.drop_index(batch_op.f('ix_mentoring_meetings_group_id'))

    op.drop_table('mentoring_meetings')
    with op.batch_alter_table('home_visits', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_home_visits_visited_on'))
        batch_op.drop_index(batch_op.f('ix_home_visits_member_id'))
        batch_op.drop_index(batch_op.f('ix_home_visits_group_id'))

    op.drop_table('home_visits')
