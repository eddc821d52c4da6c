"""A fresh machine gets exactly what was tested: every dependency, direct and indirect, is pinned with hashes."""

import re
import tomllib
from importlib import metadata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)(?:\[[^\]]*\])?==([^\s;\\]+)")


def canonical(name):
    return re.sub(r"[-_.]+", "-", name).lower()


def locked(name):
    """{package: version} of a lock file, each pin checked to carry at least one hash."""
    text = (ROOT / "requirements" / name).read_text()
    pins = {}
    for entry in re.split(r"\n(?=[A-Za-z0-9])", text):
        match = PIN.match(entry)
        if match:
            assert "--hash=sha256:" in entry, f"{match[1]} has no hash in {name}"
            pins[canonical(match[1])] = match[2]
    return pins


def declared(extra=None):
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    requirements = project["optional-dependencies"][extra] if extra else project["dependencies"]
    return {canonical(re.match(r"[A-Za-z0-9._-]+", req)[0]) for req in requirements}


def test_runtime_lock_pins_every_runtime_dependency():
    pins = locked("base.lock")
    assert declared() <= set(pins), declared() - set(pins)
    assert "pytest" not in pins  # test tools stay out of production


def test_test_lock_pins_runtime_and_test_dependencies():
    pins = locked("test.lock")
    wanted = declared() | declared("test")
    assert wanted <= set(pins), wanted - set(pins)
    runtime = locked("base.lock")
    assert {name: pins[name] for name in runtime} == runtime, "the two lock files disagree on a version"


@pytest.mark.parametrize("name,version", sorted(locked("test.lock").items()))
def test_installed_version_is_the_locked_one(name, version):
    try:
        installed = metadata.version(name)
    except metadata.PackageNotFoundError:
        pytest.fail(f"{name}=={version} is locked but not installed: run `make install-test`")
    assert installed == version


def test_make_installs_from_the_lock_files():
    makefile = (ROOT / "Makefile").read_text()
    assert "--require-hashes -r requirements/base.lock" in makefile
    assert "--require-hashes -r requirements/test.lock" in makefile
