"""What the extractor records for each construct of the fixture repo."""

from __future__ import annotations

from pathlib import Path

from rootcause.index import RepoIndex, build_index
from rootcause.index.codec import decode, encode
from rootcause.index.extract import extract_symbols
from rootcause.index.naming import module_names
from rootcause.index.parser import get_parser, load_query, parse_source
from rootcause.workspace import Workspace

ROUTES = "src/shop/api/routes.py"
SERVICE = "src/shop/services/users.py"
REPO_USERS = "src/shop/repositories/users.py"
MODELS = "src/shop/models.py"


def test_module_names_cover_src_layout_namespace_and_nested_roots() -> None:
    names = module_names(
        [
            "src/shop/__init__.py",
            "src/shop/db.py",
            "src/plugins/audit/log.py",
            "backend/app/__init__.py",
            "backend/app/models.py",
            "tool.py",
        ]
    )
    assert names["src/shop/__init__.py"].module == "shop"
    assert names["src/shop/__init__.py"].is_package
    assert names["src/shop/db.py"].module == "shop.db"
    assert names["src/plugins/audit/log.py"].module == "plugins.audit.log"
    assert names["backend/app/models.py"].module == "backend.app.models"
    assert names["backend/app/models.py"].alternatives == ("app.models",)
    assert names["tool.py"].module == "tool"


def test_parser_helpers_are_cached_and_queries_come_from_files() -> None:
    assert get_parser() is get_parser()
    assert load_query("symbols") is load_query("symbols")
    tree = parse_source(b"def f(:\n  pass\n")
    assert tree.root_node.has_error


def test_imports_relative_aliased_in_function_and_type_checking(index: RepoIndex) -> None:
    service = index.modules[SERVICE]
    by_name = {(i.module, i.name): i for i in service.imports}
    models = by_name[("shop", "models")]
    assert (models.alias, models.level, models.bound_name) == ("m", 2, "m")
    assert by_name[("shop.repositories", "UserRepository")].level == 2
    logging_import = by_name[("logging", None)]
    assert logging_import.bound_name == "log"
    welcome = by_name[("shop.notify", "send_welcome")]
    assert welcome.scope == "UserService.profile"
    assert welcome.bound_name == "welcome"
    users = index.modules[REPO_USERS]
    tc = [i for i in users.imports if i.type_checking]
    assert [(i.module, i.name) for i in tc] == [("sqlalchemy.orm", "Session")]
    assert all(not i.type_checking for i in users.imports if i.name != "Session")


def test_package_reexports_and_all(index: RepoIndex) -> None:
    pkg = index.modules["src/shop/__init__.py"]
    assert pkg.is_package and pkg.module == "shop"
    assert pkg.exports == ("UserService", "VERSION")
    assert [(i.module, i.name) for i in pkg.imports] == [("shop.services.users", "UserService")]


def test_class_attributes_of_orm_and_pydantic_models(index: RepoIndex) -> None:
    models = index.modules[MODELS]
    user = models.class_named("User")
    assert user is not None and user.bases == ("Base",)
    attrs = {a.name: a for a in user.attributes}
    assert attrs["__tablename__"].value == '"users"'
    assert attrs["nickname"].annotation == "Mapped[Optional[str]]"
    assert attrs["nickname"].value == "mapped_column(nullable=True)"
    item = models.class_named("Item")
    assert item is not None and item.keywords == (("table", "True"),)
    item_attrs = {a.name: a for a in item.attributes}
    assert item_attrs["title"].value is None and item_attrs["title"].annotation == "str"
    out = models.class_named("UserOut")
    assert out is not None
    assert {a.name: a.value for a in out.attributes}[
        "nickname"
    ] == 'Field(default=None, alias="nick")'


def test_functions_params_decorators_async(index: RepoIndex) -> None:
    routes = index.modules[ROUTES]
    read_user = routes.function("read_user")
    assert read_user is not None
    assert read_user.is_async
    assert read_user.decorators == ('router.get("/{user_id}")',)
    params = {p.name: p for p in read_user.params}
    assert params["service"].annotation == "UserService"
    assert params["service"].default == "Depends(get_service)"
    assert params["user_id"].annotation == "int" and params["user_id"].kind == "positional"
    get_service = routes.function("get_service")
    assert get_service is not None and get_service.returns == "UserService"
    assert not get_service.is_async
    create = index.modules[REPO_USERS].function("UserRepository.create")
    assert create is not None
    assert create.class_name == "UserRepository" and create.decorators == ("classmethod",)
    assert (create.span.start_line, create.span.end_line) == (25, 26)


def test_calls_receivers_awaits_and_scopes(index: RepoIndex) -> None:
    service = index.modules[SERVICE]
    calls = {c.callee: c for c in service.calls}
    get_user = calls["self.repo.get_user"]
    assert (get_user.receiver, get_user.name, get_user.args) == (
        "self.repo",
        "get_user",
        ("user_id",),
    )
    assert get_user.scope == "UserService.profile" and get_user.line == 15
    assert calls["welcome"].awaited and not get_user.awaited
    routes = index.modules[ROUTES]
    decorator = next(c for c in routes.calls if c.callee == "router.get")
    assert decorator.scope == "<module>"
    depends = [c for c in routes.calls if c.callee == "Depends"]
    # defaults run when the def runs: in the enclosing scope, not in the function
    assert {c.scope for c in depends} == {"<module>"}
    kw = next(c for c in routes.calls if c.callee == "APIRouter")
    assert kw.kwargs == (("prefix", '"/users"'),)


def test_assignments_and_returns(index: RepoIndex) -> None:
    service = index.modules[SERVICE]
    targets = {(a.target, a.scope) for a in service.assignments}
    assert ("self.repo", "UserService.__init__") in targets
    assert ("user", "UserService.profile") in targets
    annotated = next(a for a in service.assignments if a.target == "self.cache")
    assert annotated.annotation == "dict[int, m.User]" and annotated.value == "{}"
    returns = [(r.value, r.scope) for r in service.returns]
    assert ('{"name": user.display_name()}', "UserService.profile") in returns
    src = b"a, (b, *c) = d = f()\nx += 1\n"
    mod = extract_symbols(src, "t.py", "t")
    assert [(a.target, a.value, a.augmented) for a in mod.assignments] == [
        ("a", "f()", False),
        ("(b, *c)", "f()", False),
        ("d", "f()", False),
        ("x", "1", True),
    ]


def test_broken_non_utf8_and_huge_files_are_indexed_as_far_as_possible(tmp_path: Path) -> None:
    (tmp_path / "latin.py").write_bytes(b"# caf\xe9\ndef f():\n    return 'd\xe9j\xe0'\n")
    (tmp_path / "broken.py").write_text("def ok():\n    return 1\n\ndef bad(:\n    pass\n")
    rows = "".join(f'    "{i:06d}{"x" * 90}",\n' for i in range(52_000))
    functions = "".join(f"def f{i}(x):\n    return g(x, {i})\n" for i in range(300))
    (tmp_path / "generated.py").write_text(f"TABLE = [\n{rows}]\n\n{functions}")
    assert (tmp_path / "generated.py").stat().st_size > 5_000_000
    idx = build_index(Workspace(tmp_path), use_cache=False)
    latin = idx.modules["latin.py"]
    assert [f.name for f in latin.functions] == ["f"]
    assert latin.returns[0].value == "'d\ufffdj\ufffd'"
    broken = idx.modules["broken.py"]
    assert broken.has_errors and broken.function("ok") is not None
    assert idx.stats.errors == 1
    generated = idx.modules["generated.py"]
    assert len(generated.functions) == 300 and len(generated.calls) == 300
    table = generated.assignments[0]
    assert table.target == "TABLE" and table.value is not None and len(table.value) < 2000


def test_codec_round_trip(index: RepoIndex) -> None:
    for path in index.modules:
        mod = index.modules[path]
        assert decode(encode(mod)) == mod
