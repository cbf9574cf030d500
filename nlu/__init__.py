"""Text -> Parse: language id, intents, entities, emotion and red flags (pure: no database, no network)."""
