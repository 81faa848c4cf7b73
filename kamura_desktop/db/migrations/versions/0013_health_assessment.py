"""health assessment: saved assessments (scheme, date, score snapshot) and checklist answers

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('health_assessments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('scheme', sa.String(length=40), nullable=False),
    sa.Column('as_of', sa.Date(), nullable=False),
    sa.Column('total', sa.String(length=20), nullable=False),
    sa.Column('predicate', sa.String(length=40), nullable=False),
    sa.Column('aspects_json', sa.Text(), nullable=False),
    sa.Column('saved_by_id', sa.Integer(), nullable=True),
    sa.Column('saved_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['saved_by_id'], ['users.id'], name=op.f('fk_health_assessments_saved_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_health_assessments')),
    sa.UniqueConstraint('scheme', 'as_of', name='uq_health_assessments_scheme_as_of')
    )
    op.create_table('health_answers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('assessment_id', sa.Integer(), nullable=False),
    sa.Column('item_code', sa.String(length=40), nullable=False),
    sa.Column('answer', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['assessment_id'], ['health_assessments.id'],
                            name=op.f('fk_health_answers_assessment_id_health_assessments'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_health_answers')),
    sa.UniqueConstraint('assessment_id', 'item_code', name='uq_health_answers_item')
    )


def downgrade() -> None:
    op.drop_table('health_answers')
    op.drop_table('health_assessments')
