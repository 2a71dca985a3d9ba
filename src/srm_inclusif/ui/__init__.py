"""Everything Qt: the application, main window, pages, dialogs, table models and workers."""
