"""What the Python tests that drive real integra processes share (crash, concurrency, messages):
git in a repository, a git repository holding a copy of the examples, and a fixed environment.
"""

import os
import shutil
import subprocess


def git(repo, *args, check=True):
    """`git -C repo ARGS`'s output; an AssertionError with git's words when it fails."""
    r = subprocess.run(["git", "-C", repo, *args], capture_output=True, text=True)
    if check and r.returncode != 0:
        raise AssertionError(f"git {' '.join(args)} failed: {r.stderr}")
    return r.stdout


def examples_repo(examples, repo):
    """A git repository at `repo` holding a copy of the data directory `examples`, one commit."""
    shutil.copytree(examples, repo, ignore=shutil.ignore_patterns(".integra"))
    git(repo, "init", "-q")
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "examples")
    return repo


def fixed_environment(name):
    """A git identity of its own for the test `name`, no system git configuration, and no
    INTEGRA_DATA of the caller's."""
    email = f"{name.lower().replace(' ', '-')}@example.org"
    for k, v in {"GIT_AUTHOR_NAME": name, "GIT_AUTHOR_EMAIL": email, "GIT_COMMITTER_NAME": name,
                 "GIT_COMMITTER_EMAIL": email, "GIT_CONFIG_NOSYSTEM": "1"}.items():
        os.environ[k] = v
    os.environ.pop("INTEGRA_DATA", None)
