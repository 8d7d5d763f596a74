"""requirements.lock: every install gets exactly the locked packages, and the lock follows pyproject.toml.

`make install` (and so `make test`, `.ci/run` and every workflow job) installs from the lock with
`--require-hashes`, then the project with `--no-deps`: two installs of one commit get the same files.
"""

from __future__ import annotations

import subprocess
import sys
import tomllib
from importlib import metadata
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

REPO = Path(__file__).resolve().parent.parent
LOCK = REPO / "requirements.lock"
PROJECT = "municipal-justice-site"
# What `python -m venv` puts in every environment, outside any lock.
VENV_SEEDS = {"pip", "setuptools"}


def locked(lock_text: str) -> dict[str, Version]:
    """The lock's pins that apply to this interpreter and platform: {normalised name: version}.

    Raises AssertionError on a line that is not `name==version` with hashes.
    """
    pins: dict[str, Version] = {}
    for entry in lock_text.replace("\\\n", " ").splitlines():
        entry = entry.split("#", 1)[0].strip()
        if not entry:
            continue
        requirement, *options = entry.split(" --hash=")
        assert options, f"no hash for {requirement}: regenerate the lock with make lock"
        parsed = Requirement(requirement.strip())
        [spec] = parsed.specifier
        assert spec.operator == "==", f"{requirement} is not pinned"
        if parsed.marker is None or parsed.marker.evaluate():
            pins[canonicalize_name(parsed.name)] = Version(spec.version)
    return pins


def installed(python: str | None = None) -> dict[str, Version]:
    """What an environment holds (this one, or the one of the interpreter `python`), without the project."""
    if python is None:
        found = {canonicalize_name(d.metadata["Name"]): Version(d.version) for d in metadata.distributions()}
    else:
        freeze = subprocess.run([python, "-m", "pip", "--disable-pip-version-check", "list", "--format=freeze"],
                                capture_output=True, text=True, check=True).stdout
        found = {canonicalize_name(name): Version(version)
                 for name, version in (line.split("==") for line in freeze.splitlines() if "==" in line)}
    found.pop(PROJECT, None)
    return found


def pyproject() -> dict:
    return tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))


def test_every_pin_has_hashes_and_the_lock_covers_what_the_project_needs():
    pins = locked(LOCK.read_text(encoding="utf-8"))

    assert {"mkdocs", "mkdocs-material", "pagefind", "pytest", "hatchling", "uv"} <= set(pins)


def test_this_environment_has_exactly_the_locked_versions():
    pins = locked(LOCK.read_text(encoding="utf-8"))
    found = installed()

    wrong = {name: f"{found.get(name)} installed, {version} locked"
             for name, version in pins.items() if found.get(name) != version}
    extra = sorted(set(found) - set(pins) - VENV_SEEDS)
    assert (wrong, extra) == ({}, []), "the environment is not the lock's: run make install"


def test_every_requirement_of_pyproject_is_met_by_the_lock():
    # The lock is regenerated (make lock) whenever pyproject.toml's requirements change.
    project = pyproject()
    wanted = [*project["project"]["dependencies"], *project["project"]["optional-dependencies"]["test"],
              *(r for group in project["dependency-groups"].values() for r in group)]
    pins = locked(LOCK.read_text(encoding="utf-8"))

    unmet = [r for r in map(Requirement, wanted)
             if (r.marker is None or r.marker.evaluate())
             and not r.specifier.contains(pins.get(canonicalize_name(r.name), Version("0")), prereleases=True)]
    assert unmet == [], "pyproject.toml asks for versions the lock does not have: run make lock"


def test_the_build_backend_is_locked_as_the_build_group():
    project = pyproject()

    assert project["build-system"]["requires"] == project["dependency-groups"]["build"]


def test_material_and_mkdocs_are_pinned_deliberately():
    requirements = {canonicalize_name(r.name): r for r in map(Requirement, pyproject()["project"]["dependencies"])}

    # Material is in maintenance mode (end of life 5 May 2027): patch releases only, a minor is a decision.
    assert not requirements["mkdocs-material"].specifier.contains("9.9.0")
    # MkDocs 2 has no plugins or hooks.
    assert not requirements["mkdocs"].specifier.contains("2.0.0")


def test_the_parser_refuses_an_unhashed_or_unpinned_line():
    with pytest.raises(AssertionError, match="no hash"):
        locked("mkdocs==1.6.1\n")
    with pytest.raises(AssertionError, match="not pinned"):
        locked("mkdocs>=1.6 --hash=sha256:00\n")


def test_a_fresh_install_from_the_lock_is_quiet_and_gets_the_same_versions_as_this_one(tmp_path):
    # pip's cache keeps this to seconds; it proves the lock alone, hashes checked, is installable.
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = str(venv / "bin" / "python")
    done = subprocess.run([python, "-m", "pip", "--disable-pip-version-check", "install", "--quiet",
                           "--require-hashes", "-r", str(LOCK)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr

    project = subprocess.run([python, "-m", "pip", "--disable-pip-version-check", "install", "--no-deps",
                              "--no-build-isolation", "-e", str(REPO)], capture_output=True, text=True)
    assert project.returncode == 0, project.stderr
    # A quiet start: no build backend's warning block about editable installs.
    assert "editable" not in project.stderr.lower() and "!!" not in project.stderr, project.stderr
    assert subprocess.run([str(venv / "bin" / "newsroom"), "--help"], capture_output=True).returncode == 0

    fresh = installed(python)
    assert {name: v for name, v in fresh.items() if name not in VENV_SEEDS} == \
        {name: v for name, v in installed().items() if name not in VENV_SEEDS} == \
        locked(LOCK.read_text(encoding="utf-8"))
