#!/usr/bin/env bash
# `make messages`: extract interface strings into every app's .po files and compile them.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
ensure_packages gettext
ensure_venv dev
for app in portal aanbod buddy vreemdelingenrecht search; do
  [ -d "$app/locale" ] || continue
  (cd "$app" && DJANGO_SETTINGS_MODULE=portal.settings.dev "$PY" ../manage.py makemessages \
    -l nl -l en -l fr -l uk -l ru -l ar --no-obsolete --no-location)
done
DJANGO_SETTINGS_MODULE=portal.settings.dev "$PY" manage.py compilemessages -v 0
log "Messages extracted and compiled. Translate new strings in */locale/*/LC_MESSAGES/django.po"
