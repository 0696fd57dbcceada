"""Name resolution, callers/callees and the graph over the fixture repo."""

from __future__ import annotations

import pytest

from rootcause.index import CallSite, Definition, RepoIndex

ROUTES = "src/shop/api/routes.py"
SERVICE = "src/shop/services/users.py"
REPO_USERS = "src/shop/repositories/users.py"
REPO_BASE = "src/shop/repositories/base.py"
MODELS = "src/shop/models.py"
LOG = "src/plugins/audit/log.py"
REPORT = "src/plugins/audit/report.py"


def where(d: Definition | None) -> tuple[str, str, str] | None:
    return None if d is None else (d.path, d.qualname, d.kind)


@pytest.mark.parametrize(
    ("expr", "path", "line", "expected"),
    [
        # relative import through a package __init__ that re-exports with ``as``
        ("UserRepository", SERVICE, 10, (REPO_USERS, "UserRepository", "class")),
        # aliased relative import of a module, then an attribute of it
        ("m.User", SERVICE, 12, (MODELS, "User", "class")),
        ("m", SERVICE, 12, (MODELS, "<module>", "module")),
        # self.attribute typed by the __init__ parameter annotation, then its method
        ("self.repo.get_user", SERVICE, 15, (REPO_USERS, "UserRepository.get_user", "method")),
        ("self.repo", SERVICE, 15, (SERVICE, "UserService.repo", "attribute")),
        # method inherited from a base class in another module
        ("self.get", REPO_USERS, 18, (REPO_BASE, "BaseRepository.get", "method")),
        ("cls", REPO_USERS, 26, (REPO_USERS, "UserRepository", "class")),
        ("UserRepository.create", REPO_USERS, 30, (REPO_USERS, "UserRepository.create", "method")),
        # an import inside a function, with an alias
        ("welcome", SERVICE, 21, ("src/shop/notify.py", "send_welcome", "function")),
        # a local variable typed by a method's return annotation
        ("user.display_name", SERVICE, 22, (MODELS, "User.display_name", "method")),
        # the package re-export: ``from shop import UserService``
        ("UserService", ROUTES, 14, (SERVICE, "UserService", "class")),
        # a parameter typed by annotation, and one typed by its Depends() provider
        ("service.profile", ROUTES, 19, (SERVICE, "UserService.profile", "method")),
        ("service.lookup", ROUTES, 25, (SERVICE, "UserService.lookup", "method")),
        ("get_session", ROUTES, 12, ("src/shop/db.py", "get_session", "function")),
        # a dotted module path and a function's return type
        (
            "shop.repositories.users.make_repository",
            ROUTES,
            30,
            (REPO_USERS, "make_repository", "function"),
        ),
        ("repo.get_user", ROUTES, 31, (REPO_USERS, "UserRepository.get_user", "method")),
        # class attributes and a module-level variable
        ("User.email", MODELS, 21, (MODELS, "User.email", "attribute")),
        ("router", ROUTES, 17, (ROUTES, "router", "variable")),
        # a namespace package (no __init__.py) importing from the app
        ("service.lookup", LOG, 8, (SERVICE, "UserService.lookup", "method")),
        ("log.audit", REPORT, 6, (LOG, "audit", "function")),
        ("run_audit", REPORT, 7, (LOG, "audit", "function")),
        # resolution keeps working in a file with syntax errors
        ("ok", "broken.py", 11, ("broken.py", "ok", "function")),
    ],
)
def test_resolve(
    index: RepoIndex, expr: str, path: str, line: int, expected: tuple[str, str, str]
) -> None:
    assert where(index.resolve(expr, path, line)) == expected


@pytest.mark.parametrize(
    ("expr", "path", "line"),
    [
        ("log.warning", SERVICE, 17),  # the standard library is not in the repo
        ("self.session.get", REPO_BASE, 11),  # a sqlalchemy Session method
        ("nothing_here", ROUTES, 12),
        ("Depends", ROUTES, 12),
    ],
)
def test_unresolvable_names_give_none(index: RepoIndex, expr: str, path: str, line: int) -> None:
    assert index.resolve(expr, path, line) is None


def test_module_named_and_function_at(index: RepoIndex) -> None:
    mod = index.module_named("shop.repositories")
    assert mod is not None and mod.path == "src/shop/repositories/__init__.py"
    assert index.module_named("plugins.audit.log") is not None
    assert index.module_named("missing.module") is None
    fn = index.function_at(REPO_USERS, 18)
    assert fn is not None and fn.qualname == "UserRepository.get_user"
    assert index.function_at(REPO_USERS, 14) is None  # the class line itself
    assert index.function_at("no/such/file.py", 1) is None


def test_tree_and_source_are_memoised(index: RepoIndex) -> None:
    tree = index.tree(ROUTES)
    assert tree is not None and index.tree(ROUTES) is tree
    assert index.source(ROUTES) is not None
    assert tree.root_node.end_byte == len(index.source(ROUTES) or b"")
    assert index.tree("../outside.py") is None


def sites(found: list[CallSite]) -> set[tuple[str, str, int]]:
    return {(s.path, s.caller, s.call.line) for s in found}


def test_callers_across_modules(index: RepoIndex) -> None:
    assert sites(index.callers(REPO_USERS, "UserRepository.get_user")) == {
        (SERVICE, "UserService.profile", 15),
        (ROUTES, "build_repository", 31),
    }
    # ``self.get`` in a subclass; sqlalchemy's ``session.get`` and ``router.get`` are not it
    assert sites(index.callers(REPO_BASE, "BaseRepository.get")) == {
        (REPO_USERS, "UserRepository.get_user", 18)
    }
    # an override is reached through ``self.label()`` in the base class
    assert sites(index.callers(REPO_USERS, "AdminRepository.label")) == {
        (REPO_BASE, "BaseRepository.describe", 14)
    }
    # the class is "called" when instantiated
    assert sites(index.callers(SERVICE, "UserService")) == {(ROUTES, "get_service", 14)}
    # typed receivers, plus an untyped one (``lookup`` is defined once in the repo)
    assert sites(index.callers(SERVICE, "UserService.lookup")) == {
        (ROUTES, "read_by_email", 25),
        (LOG, "audit", 8),
        (REPORT, "summary", 11),
    }
    assert index.callers(SERVICE, "no_such_function") == []


def test_callees(index: RepoIndex) -> None:
    callees = [(d.path, d.qualname) for d in index.callees(ROUTES, "get_service")]
    assert callees == [(REPO_USERS, "UserRepository"), (SERVICE, "UserService")]
    assert [d.qualname for d in index.callees(SERVICE, "UserService.profile")] == [
        "UserRepository.get_user",
        "send_welcome",
        "User.display_name",
    ]


def test_find_symbol(index: RepoIndex) -> None:
    assert [where(d) for d in index.find_symbol("shop.services.users.UserService.profile")] == [
        (SERVICE, "UserService.profile", "method")
    ]
    assert [where(d) for d in index.find_symbol("UserRepository.get_user")] == [
        (REPO_USERS, "UserRepository.get_user", "method")
    ]
    assert index.paths_calling("get_user") == [ROUTES, SERVICE]


def test_graph_has_every_edge_kind(index: RepoIndex) -> None:
    graph = index.graph
    assert graph is index.graph  # built once
    kinds = {kind for _, _, data in graph.edges(data=True) for kind in data["kinds"]}
    assert kinds == {"imports", "calls", "defines", "inherits", "references"}
    assert graph.has_edge((REPO_USERS, "UserRepository"), (REPO_BASE, "BaseRepository"))
    assert (
        "calls"
        in graph.edges[(SERVICE, "UserService.profile"), (REPO_USERS, "UserRepository.get_user")][
            "kinds"
        ]
    )
    assert (
        "references"
        in graph.edges[(ROUTES, "get_service"), ("src/shop/db.py", "get_session")]["kinds"]
    )
    assert "imports" in graph.edges[(ROUTES, "<module>"), ("src/shop/db.py", "<module>")]["kinds"]
    assert graph.nodes[(SERVICE, "UserService.profile")]["kind"] == "method"


def test_neighbourhood_ranks_what_the_frames_touch(index: RepoIndex) -> None:
    ranked = index.neighbourhood([(ROUTES, 19), (SERVICE, 15)], limit=8)
    names = [d.qualname for d, _ in ranked]
    scores = [score for _, score in ranked]
    assert scores == sorted(scores, reverse=True)
    assert set(names[:2]) == {"read_user", "UserService.profile"}
    assert "UserRepository.get_user" in names
    assert len(ranked) <= 8
    assert index.neighbourhood([("missing.py", 3)]) == []
