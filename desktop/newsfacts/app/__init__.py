"""Qt without widgets: application context, background tasks, settings."""
