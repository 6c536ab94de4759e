Usage errors exit 2 with a message that says what to do; missing data directories exit 2 too.

  $ . "$TESTS/cli/lib.sh"
  $ copy_examples data && cd data

  $ integra statsu
  integra: `statsu` is not an integra command; did you mean `status`?
  [2]
  $ integra --frmat json status
  integra: `--frmat` is not an integra option; did you mean `--format`?
  [2]
  $ integra --no-commit chekc
  integra: `chekc` is not an integra command; did you mean `check`?
  [2]
  $ integra
  integra: A subcommand is required
  Run `integra --help` or `integra COMMAND --help` for usage.
  [2]
  $ integra check --frob
  integra: The following argument was not expected: --frob
  Run `integra --help` or `integra COMMAND --help` for usage.
  [2]
  $ integra --format xml status
  integra: this command has no --format xml; it offers table, json
  [2]
  $ integra --color purple status
  integra: --color: purple not in {auto,always,never}
  Run `integra --help` or `integra COMMAND --help` for usage.
  [2]
  $ "$INTEGRA" --today 2026-02-30 status
  integra: --today 2026-02-30 is not a date; write YYYY-MM-DD
  [2]
  $ integra --help | head -3
  integra: records, checks and reports of a municipal integration office
  Usage: integra [OPTIONS] SUBCOMMAND
  
  $ integra set --help | head -2
  Change fields of one record in one commit: integra set P-0004 phone="06074 99"
  Usage: integra set [OPTIONS] ID ASSIGNMENT...
  $ "$INTEGRA" --version
  0.1.0

The data directory: --data, else $INTEGRA_DATA, else the nearest directory upwards holding
integra.yaml.

  $ cd .. && mkdir empty
  $ integra status
  integra: no data directory: pass --data DIR, set INTEGRA_DATA, or run inside a directory holding integra.yaml (`integra init DIR` creates one)
  [2]
  $ integra --data empty status
  integra: empty (--data) is not an integra data directory: it has no integra.yaml. Create one with `integra init DIR`
  [2]
  $ integra --data nowhere status
  integra: nowhere (--data) does not exist or is not a directory
  [2]
  $ INTEGRA_DATA=data integra status | head -1
  Stabsstelle Integration \xe2\x80\x94 Kreisstadt Dietzenbach (esc)
  $ integra --data data show P-0004 | head -1
  id: P-0004
