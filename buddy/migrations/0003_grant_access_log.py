"""Whoever could read the audit log as the agency (buddy.view_all_candidates) keeps it through the
portal's own permission, portal.view_access_log."""

from django.db import migrations


def grant(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    User = apps.get_model("auth", "User")
    agency = Permission.objects.filter(
        content_type__app_label="buddy", codename="view_all_candidates"
    ).first()
    if agency is None:  # a new database: nobody holds it yet, post_migrate creates both
        return
    content_type, _created = ContentType.objects.get_or_create(
        app_label="portal", model="auditevent"
    )
    access_log, _created = Permission.objects.get_or_create(
        content_type=content_type,
        codename="view_access_log",
        defaults={"name": "Can view the access log of personal data"},
    )
    for group in Group.objects.filter(permissions=agency):
        group.permissions.add(access_log)
    for user in User.objects.filter(user_permissions=agency):
        user.user_permissions.add(access_log)


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("buddy", "0002_places_to_portal"),
        ("portal", "0004_access_log_permission"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
