"""A valid registration as posted by the form, to change one field at a time in tests."""


def registration(**changes) -> dict:
    from buddy.forms import RegistrationForm

    data = {
        "name": "Sara Peeters",
        "email": "sara.peeters@example.org",
        "phone": "",
        "postcode": "9000",
        "max_km": "10",
        "language_1": "nl",
        "level_1": "native",
        "language_2": "ar",
        "level_2": "B1",
        "interests": ["conversation", "sport"],
        "availability": ["1-evening", "5-morning"],
        "buddy_kinds": ["language"],
        "capacity": "1",
        "motivation": "Ik wil graag helpen.",
        "adult": "on",
        "consent": "on",
        "website": "",
        "form_started": RegistrationForm.new_timer_token(),
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def register_in_steps(client, url: str, data: dict, *, stop_at: int | None = None):
    """Post the registration step by step, as the browser does; returns the last response."""
    from buddy.forms import REGISTRATION_STEPS, SPAM_FIELDS

    response = None
    for number, (_slug, _title, fields) in enumerate(REGISTRATION_STEPS, start=1):
        part = {k: v for k, v in data.items() if k in set(fields) | set(SPAM_FIELDS)}
        response = client.post(f"{url}?step={number}", part)
        if response.status_code != 302 or number == stop_at:
            return response
    return response
