"""Report import cycles and function-level imports of the project's packages (grimp + ast).

    python scripts/import_graph.py            # summary; exit 1 when any cycle exists
    python scripts/import_graph.py --list     # also list every function-level import

A cycle is a strongly connected group of modules, counting every import grimp sees (also those
inside functions, which hide a cycle at load time but not from the design)."""

from __future__ import annotations

import argparse
import ast
import sys
from pathlib import Path

import grimp

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = (
    "portal",
    "aanbod",
    "buddy",
    "vreemdelingenrecht",
    "search",
    "crisis",
    "taalhulp",
    "inburgering",
    "kerncijfers",
    "vorming",
)


def strongly_connected(graph: grimp.ImportGraph) -> list[list[str]]:
    """Tarjan's algorithm, iterative; groups of two or more modules that import each other."""
    modules = sorted(graph.modules)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    groups: list[list[str]] = []
    counter = 0
    for start in modules:
        if start in index:
            continue
        work = [(start, iter(sorted(graph.find_modules_directly_imported_by(start))))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            advanced = False
            for child in children:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append(
                        (child, iter(sorted(graph.find_modules_directly_imported_by(child))))
                    )
                    advanced = True
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            if advanced:
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    groups.append(sorted(group))
    return groups


def project_graph() -> grimp.ImportGraph:
    """The import graph of the project's packages (imports under TYPE_CHECKING left out)."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    return grimp.build_graph(*PACKAGES, cache_dir=None, exclude_type_checking_imports=True)


def function_level_imports(root: Path = ROOT, packages=PACKAGES) -> list[tuple[str, int, str]]:
    """Every import statement inside a function or method of the project's packages."""
    found = []
    for package in packages:
        for path in sorted((root / package).rglob("*.py")):
            if "migrations" in path.parts:
                continue
            tree = ast.parse(path.read_text(), filename=str(path))
            for node in ast.walk(tree):
                if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                    continue
                for inner in ast.walk(node):
                    if isinstance(inner, ast.Import | ast.ImportFrom):
                        names = ", ".join(alias.name for alias in inner.names)
                        module = getattr(inner, "module", None)
                        text = f"from {module} import {names}" if module else f"import {names}"
                        found.append((str(path.relative_to(root)), inner.lineno, text))
    return sorted(set(found))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="list every function-level import")
    options = parser.parse_args()
    groups = strongly_connected(project_graph())
    imports = function_level_imports()
    for group in groups:
        apps = sorted({module.split(".")[0] for module in group})
        kind = "between apps" if len(apps) > 1 else f"inside {apps[0]}"
        print(f"cycle ({kind}, {len(group)} modules): " + ", ".join(group))
    if options.list:
        for path, line, text in imports:
            print(f"{path}:{line}: {text}")
    print(f"{len(groups)} import cycles; {len(imports)} function-level imports")
    return 1 if groups else 0


if __name__ == "__main__":
    sys.exit(main())
