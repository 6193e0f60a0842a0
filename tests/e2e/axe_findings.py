"""axe-core violations as short tuples for assertions: every impact fails, minor ones too."""


def findings(violations: list[dict], where: str = "") -> list[tuple]:
    """(where, rule, impact, targets) per violation; [] when the page is clean."""
    return [(where, v["id"], v["impact"], [n["target"] for n in v["nodes"]]) for v in violations]
