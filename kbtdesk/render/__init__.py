"""Rendering reports with Qt: paginated PDF and print, charts as images."""
