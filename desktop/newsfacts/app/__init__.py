"""Qt without widgets: the application context, background tasks, undo commands, settings."""
