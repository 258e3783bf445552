"""The encrypted log on disk: engine, key file, migrations, backup. No Qt here."""
