"""Web: the self-contained HTML report (templates and static files ship in the package)."""
