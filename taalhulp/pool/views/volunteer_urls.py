"""URL patterns of one part of the pool's public pages (included by taalhulp/pool/urls.py)."""

urlpatterns: list = []
