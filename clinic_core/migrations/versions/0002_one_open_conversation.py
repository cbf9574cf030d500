"""one open conversation per patient and channel

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29 08:19:15.726690
"""
from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None

OPEN = sa.text("status = 'open'")


def upgrade() -> None:
    # The inbox always used the newest open conversation: close the older ones so the unique index can exist.
    op.execute(
        "UPDATE conversations SET status = 'closed' WHERE status = 'open' AND id < ("
        "SELECT max(newer.id) FROM conversations AS newer WHERE newer.patient_id = conversations.patient_id "
        "AND newer.channel = conversations.channel AND newer.status = 'open')"
    )
    with op.batch_alter_table('conversations', schema=None) as batch_op:
        batch_op.create_index('uq_conversations_open', ['patient_id', 'channel'], unique=True,
                              sqlite_where=OPEN, postgresql_where=OPEN)


def downgrade() -> None:
    with op.batch_alter_table('conversations', schema=None) as batch_op:
        batch_op.drop_index('uq_conversations_open', sqlite_where=OPEN, postgresql_where=OPEN)
