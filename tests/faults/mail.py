"""A file mail backend that may wait before writing (to kill a worker mid-send), and a reader."""

import os
import re
import time
from collections import Counter
from pathlib import Path

from django.core.mail.backends.filebased import EmailBackend


class SlowFileBackend(EmailBackend):
    """Django's file backend; FAULTS_MAIL_DELAY seconds pass before each message is written."""

    def send_messages(self, email_messages):
        delay = float(os.environ.get("FAULTS_MAIL_DELAY", "0"))
        if delay:
            time.sleep(delay * len(email_messages))
        return super().send_messages(email_messages)


def recipients(directory: str) -> Counter:
    """How many messages each address got, over every file in the mail directory."""
    counts: Counter = Counter()
    for path in Path(directory).glob("*.log"):
        for address in re.findall(r"^To: (.+)$", path.read_text(errors="replace"), re.M):
            counts[address.strip()] += 1
    return counts
