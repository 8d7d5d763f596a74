"""A quiet start: the preview and the README's commands print no warning that is not about the content."""

from __future__ import annotations

import os
import re
import queue
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parent.parent
MKDOCS = str(Path(sys.executable).parent / "mkdocs")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def preview_output(root: Path, env: dict[str, str], limit: float = 120.0) -> str:
    """Everything `mkdocs serve --dirty` (as `make serve` runs it) prints until it serves; then stop it."""
    command = [MKDOCS, "serve", "--dirty", "--dev-addr", f"127.0.0.1:{free_port()}"]
    server = subprocess.Popen(command, cwd=root, env={**env, "PYTHONUNBUFFERED": "1"}, stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, text=True)
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in server.stdout], daemon=True).start()
    seen: list[str] = []
    deadline = time.monotonic() + limit
    try:
        while time.monotonic() < deadline and not any("Serving on" in line for line in seen):
            try:
                seen.append(lines.get(timeout=1.0))
            except queue.Empty:
                continue
    finally:
        server.terminate()
        server.wait(timeout=30)
    output = "".join(seen)
    assert "Serving on" in output, output
    return output


def test_the_preview_starts_without_warnings(site):
    site.item("posts/2024/rent-board.md", title="What the rent board decided")
    site.write("mkdocs.yml", yaml.safe_dump(site.config))
    # The environment `make serve` gives it.
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "NEWSROOM_NOW": "2026-01-01"}

    output = preview_output(site.root, env)

    assert "WARNING" not in output and "dirty" not in output, output
    assert "end of life" not in output


def test_make_exports_the_switch_for_materials_banner():
    assert re.search(r"^export NO_MKDOCS_2_WARNING := 1$", (REPO / "Makefile").read_text(encoding="utf-8"), re.M)


def test_every_mkdocs_command_in_the_readme_switches_materials_banner_off():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    commands = [line for block in re.findall(r"```sh\n(.*?)```", readme, re.S) for line in block.splitlines()
                if re.search(r"\bmkdocs\b", line.split("#")[0])]

    assert commands, "the README shows how to run mkdocs directly"
    assert [c for c in commands if "NO_MKDOCS_2_WARNING=1" not in c] == []


@pytest.mark.parametrize("tool", ["chromium", "default-jre-headless"])
def test_the_readme_says_how_to_get_what_the_tests_need(tool):
    readme = (REPO / "README.md").read_text(encoding="utf-8")

    assert re.search(rf"apt-get install [^`\n]*\b{tool}\b", readme)
