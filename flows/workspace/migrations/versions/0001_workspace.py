"""The workspace's first schema: users, login failures, case versions and the event chain,
whose rows the database itself refuses to change or delete."""
import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None


def upgrade() -> None:
    op.create_table("users", sa.Column("name", sa.String(64), primary_key=True), sa.Column("role", sa.String(16), nullable=False),
                    sa.Column("password_hash", sa.String(255), nullable=False), sa.Column("created", sa.String(32), nullable=False))
    op.create_table("login_failures", sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
                    sa.Column("name", sa.String(64), nullable=False, index=True), sa.Column("at", sa.Float, nullable=False))
    op.create_table("case_state", sa.Column("case_id", sa.String(200), primary_key=True),
                    sa.Column("version", sa.Integer, nullable=False), sa.Column("status", sa.String(32), nullable=False),
                    sa.Column("report_sha256", sa.String(64), nullable=False))
    head = op.create_table("chain_head", sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
                           sa.Column("count", sa.Integer, nullable=False))
    op.bulk_insert(head, [{"id": 1, "count": 0}])
    op.create_table("events", sa.Column("seq", sa.Integer, primary_key=True, autoincrement=False),
                    sa.Column("at", sa.String(32), nullable=False), sa.Column("actor", sa.String(64), nullable=False),
                    sa.Column("role", sa.String(16), nullable=False), sa.Column("case_id", sa.String(200), nullable=False, index=True),
                    sa.Column("kind", sa.String(32), nullable=False), sa.Column("target", sa.String(200), nullable=False),
                    sa.Column("before", sa.Text, nullable=False), sa.Column("after", sa.Text, nullable=False),
                    sa.Column("reason", sa.Text, nullable=False), sa.Column("report_sha256", sa.String(64), nullable=False),
                    sa.Column("prev_hash", sa.String(64), nullable=False), sa.Column("hash", sa.String(64), nullable=False))
    if op.get_bind().dialect.name == "sqlite":
        op.execute("CREATE TRIGGER events_no_update BEFORE UPDATE ON events "
                   "BEGIN SELECT RAISE(ABORT, 'events are append-only'); END")
        op.execute("CREATE TRIGGER events_no_delete BEFORE DELETE ON events "
                   "BEGIN SELECT RAISE(ABORT, 'events are append-only'); END")
    else:
        op.execute("CREATE FUNCTION events_append_only() RETURNS trigger LANGUAGE plpgsql AS "
                   "$$ BEGIN RAISE EXCEPTION 'events are append-only'; END $$")
        op.execute("CREATE TRIGGER events_append_only BEFORE UPDATE OR DELETE ON events "
                   "FOR EACH ROW EXECUTE FUNCTION events_append_only()")


def downgrade() -> None:
    for t in ("events", "chain_head", "case_state", "login_failures", "users"):
        op.drop_table(t)
    if op.get_bind().dialect.name != "sqlite":
        op.execute("DROP FUNCTION IF EXISTS events_append_only()")
