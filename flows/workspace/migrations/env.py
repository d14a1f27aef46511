"""Alembic runs the workspace's migrations on the connection store.migrate hands it."""
from alembic import context

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=None)
with context.begin_transaction():
    context.run_migrations()
