"""evaluation: instruments, survey rounds, answers, income surveys, report notes

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-04
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('eval_income_surveys',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('first_label', sa.String(length=80), nullable=False),
    sa.Column('second_label', sa.String(length=80), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_eval_income_surveys'))
    )
    op.create_table('eval_instruments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=30), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('respondent_kind', sa.String(length=10), nullable=False),
    sa.Column('scale_code', sa.String(length=20), nullable=False),
    sa.Column('builtin', sa.Boolean(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("respondent_kind IN ('ksm','upk','lainnya')", name=op.f('ck_eval_instruments_respondent_kind')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_eval_instruments')),
    sa.UniqueConstraint('code', name=op.f('uq_eval_instruments_code'))
    )
    op.create_table('eval_report_notes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('process_notes', sa.Text(), nullable=False),
    sa.Column('conclusions', sa.Text(), nullable=False),
    sa.Column('recommendations', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('id = 1', name=op.f('ck_eval_report_notes_single_row')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_eval_report_notes'))
    )
    op.create_table('eval_income_rows',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('survey_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=True),
    sa.Column('first', sa.Integer(), nullable=True),
    sa.Column('second', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_eval_income_rows_member_id_members')),
    sa.ForeignKeyConstraint(['survey_id'], ['eval_income_surveys.id'], name=op.f('fk_eval_income_rows_survey_id_eval_income_surveys')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_eval_income_rows'))
    )
    with op.batch_alter_table('eval_income_rows', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_eval_income_rows_member_id'), ['member_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_eval_income_rows_survey_id'), ['survey_id'], unique=False)

    op.create_table('eval_indicators',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('instrument_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.ForeignKeyConstraint(['instrument_id'], ['eval_instruments.id'], name=op.f('fk_eval_indicators_instrument_id_eval_instruments')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_eval_indicators')),
    sa.UniqueConstraint('instrument_id', 'position', name='uq_eval_indicators_position')
    )
    op.create_table('eval_rounds',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('instrument_id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('scale_code', sa.String(length=20), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['instrument_id'], ['eval_instruments.id'], name=op.f('fk_eval_rounds_instrument_id_eval_instruments')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_eval_rounds'))
    )
    with op.batch_alter_table('eval_rounds', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_eval_rounds_instrument_id'), ['instrument_id'], unique=False)

    op.create_table('eval_items',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('instrument_id', sa.Integer(), nullable=False),
    sa.Column('indicator_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['indicator_id'], ['eval_indicators.id'], name=op.f('fk_eval_items_indicator_id_eval_indicators')),
    sa.ForeignKeyConstraint(['instrument_id'], ['eval_instruments.id'], name=op.f('fk_eval_items_instrument_id_eval_instruments')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_eval_items')),
    sa.UniqueConstraint('instrument_id', 'position', name='uq_eval_items_position')
    )
    with op.batch_alter_table('eval_items', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_eval_items_indicator_id'), ['indicator_id'], unique=False)

    op.create_table('eval_respondents',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('round_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_eval_respondents_member_id_members')),
    sa.ForeignKeyConstraint(['round_id'], ['eval_rounds.id'], name=op.f('fk_eval_respondents_round_id_eval_rounds')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_eval_respondents'))
    )
    with op.batch_alter_table('eval_respondents', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_eval_respondents_member_id'), ['member_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_eval_respondents_round_id'), ['round_id'], unique=False)

    op.create_table('eval_answers',
    sa.Column('respondent_id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('value', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['item_id'], ['eval_items.id'], name=op.f('fk_eval_answers_item_id_eval_items')),
    sa.ForeignKeyConstraint(['respondent_id'], ['eval_respondents.id'], name=op.f('fk_eval_answers_respondent_id_eval_respondents')),
    sa.PrimaryKeyConstraint('respondent_id', 'item_id', name=op.f('pk_eval_answers'))
    )
    with op.batch_alter_table('eval_answers', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_eval_answers_item_id'), ['item_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('eval_answers', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_eval_answers_item_id'))

    op.drop_table('eval_answers')
    with op.batch_alter_table('eval_respondents', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_eval_respondents_round_id'))
        batch_op.drop_index(batch_op.f('ix_eval_respondents_member_id'))

    op.drop_table('eval_respondents')
    with op.batch_alter_table('eval_items', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_eval_items_indicator_id'))

    op.drop_table('eval_items')
    with op.batch_alter_table('eval_rounds', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_eval_rounds_instrument_id'))

    op.drop_table('eval_rounds')
    op.drop_table('eval_indicators')
    with op.batch_alter_table('eval_income_rows', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_eval_income_rows_survey_id'))
        batch_op.drop_index(batch_op.f('ix_eval_income_rows_member_id'))

    op.drop_table('eval_income_rows')
    op.drop_table('eval_report_notes')
    op.drop_table('eval_instruments')
    op.drop_table('eval_income_surveys')
