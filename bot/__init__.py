"""The assistant: dialogue engine (intake, triage, follow-ups, emotion-aware replies) and its channels."""
