"""Create the `admin` superuser once, with ADMIN_PASSWORD or a generated password that is printed."""

import os
import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Create the admin account if it does not exist (password from ADMIN_PASSWORD, else generated)."

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin")
        parser.add_argument("--email", default="admin@example.org")

    def handle(self, *args, username, email, **options):
        user_model = get_user_model()
        password = os.environ.get("ADMIN_PASSWORD", "")
        if user_model.objects.filter(username=username).exists():
            if password:
                user = user_model.objects.get(username=username)
                user.set_password(password)
                user.save(update_fields=["password"])
                self.stdout.write(f"Admin account '{username}' exists; password set from ADMIN_PASSWORD.")
            else:
                self.stdout.write(f"Admin account '{username}' exists; password unchanged.")
            return
        generated = not password
        password = password or secrets.token_urlsafe(12)
        user_model.objects.create_superuser(username=username, email=email, password=password)
        if generated:
            self.stdout.write(self.style.SUCCESS(f"Admin account created: {username} / {password}"))
        else:
            self.stdout.write(
                self.style.SUCCESS(f"Admin account created: {username} (password from ADMIN_PASSWORD)")
            )
