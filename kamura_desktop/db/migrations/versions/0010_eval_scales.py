"""eval scales: the office's own answer scales (points and category bands)

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('eval_scales',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('conversion_factor', sa.String(length=20), nullable=True),
    sa.Column('classify_on', sa.String(length=10), server_default='ikm', nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("classify_on IN ('ikm','converted')", name=op.f('ck_eval_scales_classify_on')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_eval_scales')),
    sa.UniqueConstraint('code', name=op.f('uq_eval_scales_code'))
    )
    op.create_table('eval_scale_points',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('scale_id', sa.Integer(), nullable=False),
    sa.Column('value', sa.Integer(), nullable=False),
    sa.Column('label', sa.String(length=80), nullable=False),
    sa.ForeignKeyConstraint(['scale_id'], ['eval_scales.id'], name=op.f('fk_eval_scale_points_scale_id_eval_scales')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_eval_scale_points')),
    sa.UniqueConstraint('scale_id', 'value', name='uq_eval_scale_points_value')
    )
    op.create_table('eval_scale_bands',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('scale_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('lower', sa.String(length=20), nullable=False),
    sa.Column('upper', sa.String(length=20), nullable=False),
    sa.Column('label', sa.String(length=80), nullable=False),
    sa.Column('grade', sa.String(length=10), nullable=True),
    sa.Column('converted_lower', sa.String(length=20), nullable=True),
    sa.Column('converted_upper', sa.String(length=20), nullable=True),
    sa.ForeignKeyConstraint(['scale_id'], ['eval_scales.id'], name=op.f('fk_eval_scale_bands_scale_id_eval_scales')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_eval_scale_bands')),
    sa.UniqueConstraint('scale_id', 'position', name='uq_eval_scale_bands_position')
    )


def downgrade() -> None:
    op.drop_table('eval_scale_bands')
    op.drop_table('eval_scale_points')
    op.drop_table('eval_scales')
