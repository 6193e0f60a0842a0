"""Hypothesis profiles: `ci` (about 50 examples, the default) and `thorough` (`make test-fuzz`).

HYPOTHESIS_PROFILE picks one. A test that needs more than the profile's default asks for its
thorough count with `examples(n)`: it gets n under `thorough` and at most CI_EXAMPLES under `ci`.
"""

import os

from hypothesis import settings

CI_EXAMPLES = 50
THOROUGH_DEFAULT = 100  # Hypothesis' own default: what tests without a count ran before

settings.register_profile("ci", max_examples=CI_EXAMPLES)
settings.register_profile("thorough", max_examples=THOROUGH_DEFAULT)
PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "ci")
settings.load_profile(PROFILE)


def examples(thorough: int) -> int:
    """max_examples for a test: `thorough` under the thorough profile, capped under ci."""
    if PROFILE == "thorough":
        return thorough
    return min(thorough, settings.default.max_examples)
