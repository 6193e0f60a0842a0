#!/usr/bin/env bash
# `make messages`: extract interface strings into every app's .po files and compile them.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
ensure_packages gettext
ensure_venv dev
# Nested apps (vreemdelingenrecht/nieuwsbrief, search/alerts, taalhulp/register, taalhulp/pool) keep their own catalogues.
declare -A NESTED=([vreemdelingenrecht]="nieuwsbrief" [search]="alerts" [taalhulp]="register pool")
for app in portal aanbod buddy vreemdelingenrecht search crisis taalhulp inburgering vreemdelingenrecht/nieuwsbrief search/alerts taalhulp/register taalhulp/pool; do
  [ -d "$app/locale" ] || continue
  ignore=()
  for nested in ${NESTED[$app]:-}; do ignore+=("--ignore=$nested/*"); done
  (cd "$app" && DJANGO_SETTINGS_MODULE=portal.settings.dev "$PY" "$ROOT/manage.py" makemessages \
    -l nl -l en -l fr -l uk -l ru -l ar --no-obsolete --no-location "${ignore[@]}")
done
DJANGO_SETTINGS_MODULE=portal.settings.dev "$PY" manage.py compilemessages -v 0
log "Messages extracted and compiled. Translate new strings in */locale/*/LC_MESSAGES/django.po"
