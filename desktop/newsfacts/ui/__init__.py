"""Widgets: main window, article view, panels, dialogs."""
