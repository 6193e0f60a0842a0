"""The import graph reads one way: no import cycles, and few function-level imports, each with
its reason (the layer contracts themselves run in `make lint` with import-linter)."""

import importlib.util
import sys
from pathlib import Path

import grimp

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("import_graph", ROOT / "scripts" / "import_graph.py")
import_graph = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(import_graph)

# Imports inside functions hide cycles from Python, not from the design: keep them rare.
MAX_FUNCTION_LEVEL_IMPORTS = 12


def test_the_project_has_no_import_cycles():
    cycles = import_graph.strongly_connected(import_graph.project_graph())
    assert cycles == [], "modules that import each other: " + "; ".join(map(", ".join, cycles))


def test_function_level_imports_are_few():
    found = import_graph.function_level_imports()
    listing = "\n".join(f"{path}:{line}: {text}" for path, line, text in found)
    assert len(found) <= MAX_FUNCTION_LEVEL_IMPORTS, listing


def test_every_function_level_import_says_why():
    unexplained = []
    for path, line, text in import_graph.function_level_imports():
        lines = (ROOT / path).read_text().splitlines()
        here = lines[line - 1]
        above = next((row.strip() for row in reversed(lines[: line - 1]) if row.strip()), "")
        if "#" not in here and not above.startswith("#"):
            unexplained.append(f"{path}:{line}: {text}")
    assert unexplained == [], "a function-level import needs a comment saying why:\n" + "\n".join(
        unexplained
    )


def test_the_cycle_finder_sees_a_cycle_hidden_in_a_function(tmp_path, monkeypatch):
    package = tmp_path / "cyclic"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "models.py").write_text("import cyclic.views\n")
    (package / "views.py").write_text(
        "def page():\n    # In a function: hides the cycle\n    from cyclic import models\n"
    )
    (package / "free.py").write_text("import cyclic.models\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    graph = grimp.build_graph("cyclic", cache_dir=None)
    try:
        assert import_graph.strongly_connected(graph) == [["cyclic.models", "cyclic.views"]]
        assert import_graph.function_level_imports(tmp_path, ["cyclic"]) == [
            ("cyclic/views.py", 3, "from cyclic import models")
        ]
    finally:
        for name in [name for name in sys.modules if name.startswith("cyclic")]:
            del sys.modules[name]
