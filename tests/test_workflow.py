"""The GitHub Actions workflows: valid for GitHub, and doing what the README and their headers promise.

`schemas/github-workflow.json` is SchemaStore's schema of workflow files, as vendored by the
`check-jsonschema` package (0.39.0, `builtin_schemas/vendor/github-workflows.json`), licensed under
Apache 2.0 (`schemas/LICENSE.schemastore`). To refresh it: `pip download --no-deps check-jsonschema`
and copy that file out of the wheel.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
import yaml

REPO = Path(__file__).resolve().parent.parent
WORKFLOWS = REPO / ".github" / "workflows"
WORKFLOW = WORKFLOWS / "site.yml"
UPGRADE = WORKFLOWS / "upgrade.yml"
SCHEMA = Path(__file__).parent / "schemas" / "github-workflow.json"


def load_workflow(path: Path) -> dict:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    # YAML 1.1 reads the key `on` as the boolean true; GitHub reads it as the string.
    if True in data:
        data["on"] = data.pop(True)
    return data


@pytest.fixture(scope="module")
def workflow() -> dict:
    return load_workflow(WORKFLOW)


@pytest.fixture(scope="module")
def upgrade() -> dict:
    return load_workflow(UPGRADE)


def steps_of(job: dict) -> list[dict]:
    return job.get("steps", [])


def runs(job: dict) -> list[str]:
    """Each command the job's steps run, one per line of their `run:` scripts."""
    return [line.strip() for step in steps_of(job) for line in step.get("run", "").splitlines() if line.strip()]


def uses(job: dict) -> list[str]:
    """The actions the job uses, without their versions."""
    return [step["uses"].split("@")[0] for step in steps_of(job) if "uses" in step]


@pytest.mark.parametrize("path", sorted(WORKFLOWS.glob("*.yml")), ids=lambda p: p.name)
def test_every_workflow_is_valid_for_github(path):
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    validator = jsonschema.validators.validator_for(schema)(schema)

    errors = [f"{'/'.join(map(str, e.absolute_path)) or '(top)'}: {e.message}"
              for e in validator.iter_errors(load_workflow(path))]

    assert errors == []


def test_the_schema_catches_a_broken_workflow(workflow):
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    broken = {**workflow, "jobs": {"check": {"steps": [{"run": "true"}]}}}  # no runs-on

    assert not jsonschema.validators.validator_for(schema)(schema).is_valid(broken)


def step(job: dict, step_id: str) -> dict:
    return next(s for s in steps_of(job) if s.get("id") == step_id)


def test_it_runs_on_pull_requests_pushes_to_main_every_ten_minutes_and_by_hand(workflow):
    on = workflow["on"]

    assert "pull_request" in on
    assert on["push"]["branches"] == ["main"]
    assert "workflow_dispatch" in on
    [cron] = [entry["cron"] for entry in on["schedule"]]
    minutes, *rest = cron.split()
    assert rest == ["*", "*", "*", "*"], "every hour of every day"
    marks = sorted(int(m) for m in minutes.split(","))
    gaps = [b - a for a, b in zip(marks, [*marks[1:], marks[0] + 60])]
    assert max(gaps) <= 10, "an embargo must be live within 15 minutes, GitHub's delays included"
    assert 0 not in marks and 15 not in marks and 30 not in marks and 45 not in marks


def test_a_pull_request_gets_check_strict_build_smoke_and_tests_on_python_311_with_debian_chromium(workflow):
    job = workflow["jobs"]["check"]
    commands = runs(job)

    assert "github.event_name == 'pull_request'" in job["if"]
    assert job["container"].startswith("python:3.11-"), "Python 3.11"
    assert any(re.search(r"apt-get install .*\bchromium\b", c) for c in commands)
    # Whatever else .ci/run installs for the tests, the pull request job installs too.
    ci_packages = set(re.findall(r"missing\+=\(([\w.-]+)\)", (REPO / ".ci" / "run").read_text(encoding="utf-8")))
    installed = {word for c in commands if c.startswith("apt-get install") for word in c.split()}
    assert ci_packages <= installed, ci_packages - installed
    order = [commands.index(wanted) for wanted in ("make install", "make check", "make smoke", "make test")]
    assert order == sorted(order), commands
    assert "actions/deploy-pages" not in uses(job)


def test_every_job_installs_exactly_the_lock():
    # `make install` is the one way in: the lock with hashes, then the project without dependencies.
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    assert "install --quiet --require-hashes -r $(LOCK)" in makefile
    assert "install --quiet --no-deps --no-build-isolation -e ." in makefile
    for path in sorted(WORKFLOWS.glob("*.yml")):
        for name, job in load_workflow(path)["jobs"].items():
            commands = runs(job)
            assert not [c for c in commands if "pip install" in c or "pip3 install" in c], (path.name, name)
            python_steps = [i for i, c in enumerate(commands)
                            if ".venv/bin/" in c or re.match(r"make (check|smoke|test|upgrade)\b", c)]
            if python_steps:
                first_install = next(i for i, c in enumerate(commands) if re.match(r"make (install|upgrade)\b", c))
                assert first_install <= min(python_steps), (path.name, name)
    assert "make test" in (REPO / ".ci" / "run").read_text(encoding="utf-8")


def test_main_builds_for_a_fixed_clock_and_smoke_tests_the_site_before_uploading_it(workflow):
    job = workflow["jobs"]["build"]
    commands = runs(job)

    assert job["needs"] == "plan"
    assert job["if"] == "needs.plan.outputs.deploy == 'true'"
    [setup] = [s for s in steps_of(job) if s.get("uses", "").startswith("actions/setup-python@")]
    assert setup["with"]["python-version"] == "3.11"
    clock = step(job, "clock")["run"]
    assert 'NEWSROOM_NOW=$clock" >> "$GITHUB_ENV"' in clock and 'clock=$clock" >> "$GITHUB_OUTPUT"' in clock
    assert job["outputs"]["clock"] == "${{ steps.clock.outputs.clock }}"
    order = [commands.index(c) for c in ("make install", ".venv/bin/mkdocs build --strict",
                                          ".venv/bin/python -m newsroom.smoke site")]
    assert order == sorted(order)
    upload_at = [s.get("uses", "").split("@")[0] for s in steps_of(job)].index("actions/upload-pages-artifact")
    smoke_at = next(i for i, s in enumerate(steps_of(job)) if "newsroom.smoke" in s.get("run", ""))
    assert smoke_at < upload_at
    assert steps_of(job)[upload_at]["with"]["path"] == "site"


def test_only_main_is_deployed_and_each_deploy_is_recorded_for_the_scheduled_runs(workflow):
    deploy = workflow["jobs"]["deploy"]
    plan = workflow["jobs"]["plan"]

    assert deploy["needs"] == "build"
    assert "github.ref == 'refs/heads/main'" in deploy["if"]
    assert "github.event_name != 'pull_request'" in deploy["if"]
    assert uses(deploy) == ["actions/deploy-pages", "actions/cache/save"]
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["environment"]["name"] == "github-pages"
    others = [name for name in workflow["jobs"] if name != "deploy"]
    assert all("actions/deploy-pages" not in uses(workflow["jobs"][name]) for name in others)
    # Nothing else may write to the repository or the site.
    assert workflow["permissions"] == {"contents": "read"}
    # The record is saved after the deploy, under the prefix the plan restores, with the build's clock.
    [record] = [s for s in steps_of(deploy) if "run" in s]
    assert record["env"]["CLOCK"] == "${{ needs.build.outputs.clock }}"
    assert record["run"].strip() == 'echo "$GITHUB_SHA $CLOCK" > .last-deploy'
    [save] = [s for s in steps_of(deploy) if s.get("uses", "").startswith("actions/cache/save@")]
    [restore] = [s for s in steps_of(plan) if s.get("uses", "").startswith("actions/cache/restore@")]
    assert save["with"]["path"] == restore["with"]["path"] == ".last-deploy"
    assert save["with"]["key"].startswith(restore["with"]["restore-keys"])
    assert plan["if"] == "github.event_name != 'pull_request' && github.ref == 'refs/heads/main'"


# ---------------------------------------------------------------------------
# The scheduled run's decision, run for real: the plan job's two scripts in a fixture repository.


def run_step(job: dict, step_id: str, cwd: Path, env: dict[str, str]) -> dict[str, str]:
    """Run a step's script as GitHub does (`bash -e`), with `env`; returns the outputs it wrote."""
    output = cwd / "github-output"
    output.write_text("")
    done = subprocess.run(["bash", "-e", "-c", step(job, step_id)["run"]], cwd=cwd, capture_output=True,
                          text=True, timeout=60, env={**os.environ, **env, "GITHUB_OUTPUT": str(output)})
    assert done.returncode == 0, done.stdout + done.stderr
    return dict(line.split("=", 1) for line in output.read_text().splitlines())


@pytest.fixture
def deployed_repo(site):
    """A repository whose press release is embargoed to 09:00 on 1 May 2026, with `.venv/bin/newsroom`."""
    site.item("press/2026/heat-standard.md", date="2026-04-30", embargo="2026-05-01 09:00", issues=["Climate"])
    site.write("mkdocs.yml", yaml.safe_dump(site.config))
    (site.root / ".venv" / "bin").mkdir(parents=True)
    (site.root / ".venv" / "bin" / "newsroom").symlink_to(Path(sys.executable).parent / "newsroom")
    return site.root


@pytest.mark.parametrize("event", ["push", "workflow_dispatch"])
def test_a_push_or_a_manual_run_always_deploys(workflow, deployed_repo, event):
    outputs = run_step(workflow["jobs"]["plan"], "last", deployed_repo,
                       {"GITHUB_EVENT_NAME": event, "GITHUB_SHA": "abc123"})

    assert outputs == {"deploy": "true"}


def test_a_scheduled_run_without_a_record_or_on_a_new_commit_deploys(workflow, deployed_repo):
    plan = workflow["jobs"]["plan"]
    env = {"GITHUB_EVENT_NAME": "schedule", "GITHUB_SHA": "def456"}

    assert run_step(plan, "last", deployed_repo, env) == {"deploy": "true"}
    (deployed_repo / ".last-deploy").write_text("abc123 2026-05-01T12:50:00Z\n")
    assert run_step(plan, "last", deployed_repo, env) == {"deploy": "true"}


def test_a_scheduled_run_on_the_deployed_commit_asks_newsroom_schedule(workflow, deployed_repo, monkeypatch):
    plan = workflow["jobs"]["plan"]
    (deployed_repo / ".last-deploy").write_text("abc123 2026-05-01T12:50:00Z\n")  # 08:50 in New York

    last = run_step(plan, "last", deployed_repo, {"GITHUB_EVENT_NAME": "schedule", "GITHUB_SHA": "abc123"})
    assert last == {"since": "2026-05-01T12:50:00Z"}
    assert "${{ steps.last.outputs.since }}" == step(plan, "ask")["env"]["SINCE"]

    lifted = run_step(plan, "ask", deployed_repo, {"SINCE": last["since"], "NEWSROOM_NOW": "2026-05-01 09:04"})
    assert lifted == {"deploy": "true"}
    idle = run_step(plan, "ask", deployed_repo, {"SINCE": last["since"], "NEWSROOM_NOW": "2026-05-01 08:54"})
    assert idle == {"deploy": "false"}
    broken = run_step(plan, "ask", deployed_repo, {"SINCE": "not a time", "NEWSROOM_NOW": "2026-05-01 08:54"})
    assert broken == {"deploy": "true"}, "an error must not stop deploys"
    assert plan["outputs"]["deploy"] == "${{ steps.ask.outputs.deploy || steps.last.outputs.deploy }}"


# ---------------------------------------------------------------------------
# Upgrades


def test_upgrades_are_proposed_weekly_as_a_pull_request_that_runs_the_full_checks(upgrade, workflow):
    [cron] = [entry["cron"] for entry in upgrade["on"]["schedule"]]
    assert cron.split()[2:] == ["*", "*", "1"], "weekly, on Mondays"
    [job] = upgrade["jobs"].values()
    commands = runs(job)

    assert "make upgrade" in commands
    assert 'git push --force origin "$BRANCH"' in commands
    assert any(c.startswith('gh pr create --head "$BRANCH"') for c in commands)
    # A pull request opened with the workflow's token starts no workflow: the checks are started by hand.
    assert commands[-1] == 'gh workflow run site.yml --ref "$BRANCH"'
    assert upgrade["env"]["BRANCH"] != "main"
    assert upgrade["permissions"] == {"contents": "write", "pull-requests": "write", "actions": "write"}
    # ... and on a branch other than main, a manual run of the site workflow is the pull-request checks.
    assert workflow["jobs"]["check"]["if"] == "github.event_name == 'pull_request' || github.ref != 'refs/heads/main'"


def test_dependabot_proposes_github_actions_upgrades():
    config = yaml.safe_load((REPO / ".github" / "dependabot.yml").read_text(encoding="utf-8"))

    assert config["version"] == 2
    assert [u["package-ecosystem"] for u in config["updates"]] == ["github-actions"]
