# Sourced by every CLI scenario (tests/cli/*.t, run by cram): a private HOME, a fixed git
# identity and commit date so hashes and `integra log` are reproducible, and helpers.
export HOME="$CRAMTMP/home"
mkdir -p "$HOME"
export GIT_CONFIG_NOSYSTEM=1
git config --global init.defaultBranch main
git config --global user.name "Selin Kaya"
git config --global user.email "kaya@example.org"
export GIT_AUTHOR_DATE="2026-11-20T10:00:00+01:00"
export GIT_COMMITTER_DATE="2026-11-20T10:00:00+01:00"
unset INTEGRA_DATA EDITOR VISUAL NO_COLOR

# integra with a fixed "today", after the example data's last date.
integra() { "$INTEGRA" --today 2026-11-24 "$@"; }

# A git repository holding a copy of the example data directory.
copy_examples() {
  cp -r "$SOURCE/examples/dietzenbach" "$1" && rm -rf "$1/.integra" &&
    git -C "$1" init -q && git -C "$1" add -A && git -C "$1" commit -qm "examples"
}

# The number of commits in the repository here.
commits() { git rev-list --count HEAD; }

# The subcommands that a command's --help (on stdin) lists, one a line: the entries that are no
# option (`-`) in its sections but "Positionals" ("Subcommands", or a group's).
subcommand_names() {
  awk '/^[^ ].*:$/ { section = $0; next } section != "Positionals:" && /^  [^ -]/ { print $1 }'
}
