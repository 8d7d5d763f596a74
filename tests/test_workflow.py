"""The GitHub Actions workflow: valid for GitHub, and doing what the pull-request process promises.

`schemas/github-workflow.json` is SchemaStore's schema of workflow files, as vendored by the
`check-jsonschema` package (0.39.0, `builtin_schemas/vendor/github-workflows.json`), licensed under
Apache 2.0 (`schemas/LICENSE.schemastore`). To refresh it: `pip download --no-deps check-jsonschema`
and copy that file out of the wheel.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest
import yaml

REPO = Path(__file__).resolve().parent.parent
WORKFLOW = REPO / ".github" / "workflows" / "site.yml"
SCHEMA = Path(__file__).parent / "schemas" / "github-workflow.json"


@pytest.fixture(scope="module")
def workflow() -> dict:
    data = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    # YAML 1.1 reads the key `on` as the boolean true; GitHub reads it as the string.
    if True in data:
        data["on"] = data.pop(True)
    return data


def steps_of(job: dict) -> list[dict]:
    return job.get("steps", [])


def runs(job: dict) -> list[str]:
    """Each command the job's steps run, one per line of their `run:` scripts."""
    return [line.strip() for step in steps_of(job) for line in step.get("run", "").splitlines() if line.strip()]


def uses(job: dict) -> list[str]:
    """The actions the job uses, without their versions."""
    return [step["uses"].split("@")[0] for step in steps_of(job) if "uses" in step]


def test_the_workflow_is_valid_for_github(workflow):
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    validator = jsonschema.validators.validator_for(schema)(schema)

    errors = [f"{'/'.join(map(str, e.absolute_path)) or '(top)'}: {e.message}" for e in validator.iter_errors(workflow)]

    assert errors == []


def test_the_schema_catches_a_broken_workflow(workflow):
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    broken = {**workflow, "jobs": {"check": {"steps": [{"run": "true"}]}}}  # no runs-on

    assert not jsonschema.validators.validator_for(schema)(schema).is_valid(broken)


def test_it_runs_on_pull_requests_pushes_to_main_every_hour_and_by_hand(workflow):
    on = workflow["on"]

    assert "pull_request" in on
    assert on["push"]["branches"] == ["main"]
    assert "workflow_dispatch" in on
    [cron] = [entry["cron"] for entry in on["schedule"]]
    minute, *rest = cron.split()
    assert re.fullmatch(r"\d{1,2}", minute) and 0 <= int(minute) < 60
    assert rest == ["*", "*", "*", "*"], "every hour of every day"


def test_a_pull_request_gets_check_strict_build_and_tests_on_python_311_with_debian_chromium(workflow):
    job = workflow["jobs"]["check"]
    commands = runs(job)

    assert job["if"] == "github.event_name == 'pull_request'"
    assert job["container"].startswith("python:3.11-"), "Python 3.11"
    assert any(re.search(r"apt-get install .*\bchromium\b", c) for c in commands)
    # Whatever else .ci/run installs for the tests, the pull request job installs too.
    ci_packages = set(re.findall(r"missing\+=\(([\w.-]+)\)", (REPO / ".ci" / "run").read_text(encoding="utf-8")))
    installed = {word for c in commands if c.startswith("apt-get install") for word in c.split()}
    assert ci_packages <= installed, ci_packages - installed
    order = [
        next(i for i, c in enumerate(commands) if c.startswith(wanted))
        for wanted in ("apt-get install", 'pip install -e ".[test]"', "newsroom check", "mkdocs build --strict",
                       "python -m pytest")
    ]
    assert order == sorted(order), commands
    assert "actions/deploy-pages" not in uses(job)


def test_main_the_hourly_run_and_a_manual_run_build_strictly_and_upload_the_site(workflow):
    job = workflow["jobs"]["build"]

    assert job["if"] == "github.event_name != 'pull_request'"
    assert "mkdocs build --strict" in runs(job)
    [setup] = [s for s in steps_of(job) if s.get("uses", "").startswith("actions/setup-python@")]
    assert setup["with"]["python-version"] == "3.11"
    [upload] = [s for s in steps_of(job) if s.get("uses", "").startswith("actions/upload-pages-artifact@")]
    assert upload["with"]["path"] == "site"


def test_only_main_is_deployed_to_github_pages(workflow):
    deploy = workflow["jobs"]["deploy"]

    assert deploy["needs"] == "build"
    assert "github.ref == 'refs/heads/main'" in deploy["if"]
    assert "github.event_name != 'pull_request'" in deploy["if"]
    assert uses(deploy) == ["actions/deploy-pages"]
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["environment"]["name"] == "github-pages"
    others = [name for name, job in workflow["jobs"].items() if name != "deploy"]
    assert all("actions/deploy-pages" not in uses(workflow["jobs"][name]) for name in others)
    # Nothing else may write to the repository or the site.
    assert workflow["permissions"] == {"contents": "read"}
