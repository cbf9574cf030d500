"""Records and rules: database, models, migrations, audit chain, auth, patients, conversations, outbox."""
