"""Wegwijs project package. Its Celery app lives in portal.celery (`celery -A portal` finds it
there) and portal.apps loads it in every Django process; importing the package alone stays light,
so pure modules such as portal.vocabulary load without Celery or Django."""
