`integra ag`: the working groups, their members, meetings and decisions under the rules of
procedure (quorum, deputies standing in, no proxy votes, more yes than no), and the topics
brought to them. Every write is one commit naming IDs and field names only; every refusal
exits 1 and leaves no file and no commit.

  $ . "$TESTS/cli/lib.sh"
  $ copy_examples data && cd data
  $ unchanged() { git status --porcelain; commits; }

The AGs today: voting members and members in office, meetings this year against the rules'
three, open applications.

  $ integra ag list
  ID   Name                             Voting  Members  Mtg 2026  Open
  ag1  Begegnung                             9       10       3/3     0
  ag2  Bildung                               7        8       3/3     1
  ag3  Arbeit                                6        7       3/3     1
  ag4  Partizipation                         7        8       3/3     1
  ag5  Sport                                 9       10       3/3     0
  $ integra ag list --format csv | head -3
  id,name,voting,members,meetings,open
  ag1,Begegnung,9,10,3,0
  ag2,Bildung,7,8,3,1
  $ integra ag show ag1
  ag1  Begegnung
  
  Members in office on 2026-11-24:
    m1   Agnieszka Wagner            DITIB-Gemeinde Dietzenbach              chair    voting     from 2019-03-01
    m2   Frank Popescu               Seniorenbeirat                          deputy   voting     from 2019-08-13
    m3   Ay\xc5\x9fe Y\xc4\xb1lmaz                 Integrationslotsen                      member   voting     from 2021-03-17 (esc)
    m4   Ioana Hartmann              Seniorenbeirat                          member   voting     from 2021-02-24
    m5   Petra Wagner                Fl\xc3\xbcchtlingshilfe Dietzenbach e.V.       member   voting     from 2021-11-29 (esc)
    m6   J\xc3\xbcrgen Wagner               Stadtteilverein Spessartviertel         member   voting     from 2020-02-25 (esc)
    m7   Michael Hoffmann            Ausl\xc3\xa4nderbeirat                         member   voting     from 2022-10-19 (esc)
    m8   Agnieszka Schwarz           Internationaler Frauentreff e.V.        member   voting     from 2019-01-18
    m9   Uwe Papadopoulos            Evangelische Christusgemeinde           member   voting     from 2022-06-16
    m10  Bernd Krause                Ausl\xc3\xa4nderbeirat                         advisory no vote    from 2021-12-19 (esc)
  
  Meetings in 2026: 3 of 3
    2026-02-19  M-2026-0001  8 present
      2026/01  PR-2026-001 approved   5 yes   2 no   0 abstain  1600.00
      2026/02  PR-2026-002 approved   5 yes   1 no   1 abstain  1400.00
    2026-06-18  M-2026-0010  7 present
      2026/07  PR-2026-007 approved   7 yes   0 no   0 abstain  8700.00
    2026-10-12  M-2026-0015  7 present
      2026/13  PR-2026-013 approved   5 yes   0 no   2 abstain  7500.00
      2026/14  PR-2026-014 rejected   0 yes   5 no   2 abstain
  
  Budget 2026:
    AG    Funding                Budget   Approved       Paid  Remaining
    ag1   city                  3000.00    3000.00    1500.00       0.00
    ag1   demokratie_leben            -   16200.00    8100.00          -
    all   demokratie_leben     45000.00   18900.00   10800.00   26100.00
    all   other                       -     300.00     150.00          -
  
  Open applications: 0

Topics with their origin; the counts per origin follow.

  $ integra ag topics --year 2026
  2026-02-19  ag1  M-2026-0001  Wohnungssituation Gefl\xc3\xbcchteter (aus der Fl\xc3\xbcchtlingsarbeit)  [Fl\xc3\xbcchtlingsarbeit] (esc)
  2026-02-19  ag3  M-2026-0002  Fortschreibung des Integrationskonzepts  [AG Arbeit]
  2026-02-19  ag3  M-2026-0002  Planung des Angekommen-Festes  [AG Arbeit]
  2026-02-20  ag2  M-2026-0003  Auswertung der Integrationsumfrage  [AG Bildung]
  2026-02-20  ag2  M-2026-0003  Projektantr\xc3\xa4ge und Haushaltslage  [AG Bildung] (esc)
  2026-03-04  ag3  M-2026-0004  Vorbereitung der Integrationskonferenz  [AG Arbeit]
  2026-03-10  ag5  M-2026-0005  Auswertung der Integrationsumfrage  [AG Sport]
  2026-03-10  ag5  M-2026-0005  Ehrenamtliche Patenschaften  [AG Sport]
  2026-03-10  ag5  M-2026-0005  Bericht aus der Sitzung mit den Migrantenselbstorganisationen  [AG Sport]
  2026-03-11  ag4  M-2026-0006  Fortschreibung des Integrationskonzepts  [AG Partizipation]
  2026-05-11  ag2  M-2026-0007  Kita-Pl\xc3\xa4tze f\xc3\xbcr neu zugewiesene Familien (aus der Fl\xc3\xbcchtlingsarbeit)  [Fl\xc3\xbcchtlingsarbeit] (esc)
  2026-05-11  ag2  M-2026-0007  Elterncaf\xc3\xa9 an der Grundschule (eingebracht von den Integrationslotsen)  [Integrationslotsen] (esc)
  2026-05-11  ag4  M-2026-0008  Ehrenamtliche Patenschaften  [AG Partizipation]
  2026-06-09  ag2  M-2026-0009  Vorbereitung der Integrationskonferenz  [AG Bildung]
  2026-06-18  ag1  M-2026-0010  Planung des Angekommen-Festes  [AG Begegnung]
  2026-06-18  ag5  M-2026-0011  Bericht aus der Sitzung mit den Migrantenselbstorganisationen  [AG Sport]
  2026-09-13  ag3  M-2026-0012  Auswertung der Integrationsumfrage  [AG Arbeit]
  2026-09-13  ag3  M-2026-0012  Kita-Pl\xc3\xa4tze f\xc3\xbcr neu zugewiesene Familien (aus der Fl\xc3\xbcchtlingsarbeit)  [Fl\xc3\xbcchtlingsarbeit] (esc)
  2026-09-13  ag3  M-2026-0012  Wohnungssituation Gefl\xc3\xbcchteter (aus der Fl\xc3\xbcchtlingsarbeit)  [Fl\xc3\xbcchtlingsarbeit] (esc)
  2026-09-24  ag5  M-2026-0013  Bericht aus der Sitzung mit den Migrantenselbstorganisationen  [AG Sport]
  2026-10-06  ag4  M-2026-0014  Projektantr\xc3\xa4ge und Haushaltslage  [AG Partizipation] (esc)
  2026-10-06  ag4  M-2026-0014  Wohnungssituation Gefl\xc3\xbcchteter (aus der Fl\xc3\xbcchtlingsarbeit)  [Fl\xc3\xbcchtlingsarbeit] (esc)
  2026-10-06  ag4  M-2026-0014  Planung des Angekommen-Festes  [AG Partizipation]
  2026-10-12  ag1  M-2026-0015  Bedarf an Dolmetschungen in Tigrinya (eingebracht von den Integrationslotsen)  [Integrationslotsen]
  2026-10-12  ag1  M-2026-0015  Planung des Angekommen-Festes  [AG Begegnung]
  
  Topics by origin:
       5  AG Sport
       5  Fl\xc3\xbcchtlingsarbeit (esc)
       4  AG Arbeit
       4  AG Partizipation
       3  AG Bildung
       2  AG Begegnung
       2  Integrationslotsen
  $ integra ag topics --year 2026 --format csv | head -3
  date,ag,meeting,topic,origin
  2026-02-19,ag1,M-2026-0001,Wohnungssituation Gefl\xc3\xbcchteter (aus der Fl\xc3\xbcchtlingsarbeit),Fl\xc3\xbcchtlingsarbeit (esc)
  2026-02-19,ag3,M-2026-0002,Fortschreibung des Integrationskonzepts,AG Arbeit

Two applications arrive (as `project add` would write them): one from city money, of which
ag1 has nothing left in 2026, and one from Demokratie leben!.

  $ cat > projects/PR-2026-020.yaml <<'YAML'
  > id: PR-2026-020
  > title: Sprachcafé im Stadtteilzentrum
  > applicant:
  >   organisation: Internationaler Frauentreff e.V.
  >   contact: Frau Demir
  > ag: ag1
  > funding: city
  > requested: 800.00
  > period:
  >   from: 2027-01-15
  >   to: 2027-06-30
  > status: submitted
  > YAML
  $ cat > projects/PR-2026-021.yaml <<'YAML'
  > id: PR-2026-021
  > title: Hausaufgabenhilfe
  > applicant:
  >   organisation: Integrationslotsen
  >   contact: Herr Aydin
  > ag: ag1
  > funding: demokratie_leben
  > requested: 2000.00
  > status: submitted
  > YAML
  $ cat > projects/PR-2026-022.yaml <<'YAML'
  > id: PR-2026-022
  > title: Laufgruppe
  > applicant:
  >   organisation: TV Dietzenbach
  >   contact: Frau Roth
  > ag: ag5
  > funding: demokratie_leben
  > requested: 500.00
  > status: submitted
  > YAML
  $ git add -A && git commit -qm applications
  $ integra ag list | grep ag1
  ag1  Begegnung                             9       10       3/3     2
  $ integra ag show ag1 | tail -3
  Open applications: 2
    PR-2026-020  Sprachcaf\xc3\xa9 im Stadtteilzentrum          city                   800.00 (esc)
    PR-2026-021  Hausaufgabenhilfe                       demokratie_leben      2000.00

Members: the next key after the highest ever given, the name never in the commit message.
A second chair in office is refused.

  $ integra ag member add ag1 --name "Leyla Demir" --organisation "Internationaler Frauentreff e.V." --role deputy --from 2026-11-01
  m11
  $ git log -1 --format=%s && git show --stat --format= HEAD | tail -1
  ag member add: ag1 m11 deputy
   1 file changed, 6 insertions(+)
  $ tail -5 ags/ag1.yaml
      name: Leyla Demir
      organisation: Internationaler Frauentreff e.V.
      role: deputy
      voting: false
      from: 2026-11-01
  $ integra ag member add ag1 --name "Max Muster" --role chair
  integra: ag1 already has a chair in office from 2026-11-24 on: m1; end that term first (`integra ag member end ag1 m1 --on DATE`)
  [1]
  $ integra ag member add ag1 --name "  " --role member
  integra: --name is empty; give the member's name
  [2]
  $ integra ag member add ag1 --name X --role boss
  integra: --role: boss not in {chair,deputy,member,advisory}
  Run `integra --help` or `integra COMMAND --help` for usage.
  [2]
  $ integra ag member add ag9 --name X --role member
  integra: there is no AG ag9; `integra ag list` shows the AGs
  [1]
  $ integra ag member add G-1 --name X --role member
  integra: `G-1` is not a ag ID (such as ag7)
  [2]
  $ unchanged
  3

Ending a term: `to` is the first day no longer in office; refused when already ended, not
after `from`, or for an unknown key.

  $ integra ag member end ag1 m9 --on 2026-11-15
  ag member end: ag1 m9 to
  $ grep -A7 "key: m9" ags/ag1.yaml
    - key: m9
      name: Uwe Papadopoulos
      organisation: Evangelische Christusgemeinde
      role: member
      voting: true
      from: 2022-06-16
      to: 2026-11-15
    - key: m10
  $ integra ag member end ag1 m9 --on 2026-11-16
  integra: the term of m9 in ag1 already ended on 2026-11-15; to change it, `integra edit ag1`
  [1]
  $ integra ag member end ag1 m11 --on 2026-11-01
  integra: m11 of ag1 is in office from 2026-11-01; the end must come after that day (the end day is the first day no longer in office)
  [1]
  $ integra ag member end ag1 m42 --on 2026-11-20
  integra: ag1 has no member m42; `integra ag show ag1` lists the members
  [1]
  $ unchanged
  4
  $ integra ag show ag1 | grep -A2 Former
  Former members:
    m9   Uwe Papadopoulos            member   2022-06-16 to 2026-11-15
  

Meetings: unknown keys and members not in office that day are refused and named. A meeting
without quorum is recorded, with a note: it cannot decide. m9 left on 2026-11-15, so 8 voting
members are in office on 2026-11-20 and 5 of them make a quorum.

  $ integra ag meeting add ag1 --date 2026-11-20 --present m1,m99,m77
  integra: ag1 has no member m99, m77; `integra ag show ag1` lists the members
  [1]
  $ integra ag meeting add ag1 --date 2026-11-20 --present m1,m9
  integra: not in office in ag1 on 2026-11-20: m9; `integra ag show ag1` lists the members and their terms
  [1]
  $ integra ag meeting add ag1 --date 2026-10-20 --present m1,m11
  integra: not in office in ag1 on 2026-10-20: m11; `integra ag show ag1` lists the members and their terms
  [1]
  $ integra ag meeting add ag1 --date 2026-11-20 --present m1,m1
  integra: --present names m1 twice
  [2]
  $ unchanged
  4
  $ integra ag meeting add ag1 --date 2026-11-18 --present m1,m3,m4 --topic "Sprachcafé (eingebracht von den Integrationslotsen)"
  M-2026-0016
  integra: note: no quorum (3 of 8 voting members present, 5 needed (more than half of 8)); this meeting cannot decide
  $ git log -1 --format=%s && git show --stat --format= HEAD | tail -1
  ag meeting add: M-2026-0016 ag1
   1 file changed, 9 insertions(+)
  $ cat meetings/M-2026-0016.yaml
  id: M-2026-0016
  ag: ag1
  date: 2026-11-18
  present:
    - m1
    - m3
    - m4
  topics:
    - Sprachcaf\xc3\xa9 (eingebracht von den Integrationslotsen) (esc)
  $ integra ag decide M-2026-0016 --project PR-2026-020 --yes 3 --no 0 --abstain 0
  integra: M-2026-0016 had no quorum (3 of 8 voting members present, 5 needed (more than half of 8)), so it cannot decide
  [1]
  $ unchanged
  5

The deputy m11 has no vote of their own and stands in for an absent voting member: with m1,
m3, m4 and m5 (4 of 8) the meeting has a quorum only because of m11, and 5 votes may be cast.

  $ integra ag meeting add ag1 --date 2026-11-20 --present m1,m3,m4,m5,m11 --guests 2 --topic "Hausaufgabenhilfe" --topic "Wohnungssituation Geflüchteter (aus der Flüchtlingsarbeit)"
  M-2026-0017
  $ integra ag decide M-2026-0017 --project PR-2026-021 --yes 4 --no 1 --abstain 1
  integra: 6 votes given (4 yes, 1 no, 1 abstain), but only 5 seats were represented at M-2026-0017 (no proxy votes); check the minutes
  [1]
  $ unchanged
  6

Refusals: a project of another AG, a project not submitted, an amount above the request,
a meeting after today, words that are no IDs.

  $ integra ag decide M-2026-0017 --project PR-2026-022 --yes 4 --no 1 --abstain 0
  integra: PR-2026-022 is an application to ag5, but M-2026-0017 is a meeting of ag1; decide it at a meeting of ag5
  [1]
  $ integra ag decide M-2026-0017 --project PR-2026-013 --yes 4 --no 1 --abstain 0
  integra: PR-2026-013 is running: `ag decide` needs a submitted project; possible now: `project pay`, `project complete`.
  [1]
  $ integra ag decide M-2026-0017 --project PR-2026-021 --yes 4 --no 1 --abstain 0 --amount 2500
  integra: PR-2026-021 requested 2000.00; an approval of 2500.00 would be more than that
  [1]
  $ integra ag decide M-2026-0017 --project PR-2026-021 --yes 4 --no 1 --abstain 0 --amount abc
  integra: --amount abc is not an amount such as 1500 or 1500.50
  [2]
  $ integra ag decide PR-2026-021 --project M-2026-0017 --yes 4 --no 1 --abstain 0
  integra: `PR-2026-021` is not a meeting ID (such as M-2025-0007)
  [2]
  $ unchanged
  6
  $ "$INTEGRA" --today 2026-11-19 ag decide M-2026-0017 --project PR-2026-021 --yes 4 --no 1 --abstain 0
  integra: M-2026-0017 is dated 2026-11-20, after today; a decision is recorded once the meeting has taken place
  [1]
  $ unchanged
  6

An approval: the next number of the year (2026/14 was the last), meeting and project in one
commit, evaluation due from the period when known.

  $ integra ag decide M-2026-0017 --project PR-2026-021 --yes 4 --no 1 --abstain 0 --amount 1800
  ag decide: M-2026-0017 2026/15 PR-2026-021 approved
  2026/15 approved 1800.00
  $ git show --stat --format=%s HEAD
  ag decide: M-2026-0017 2026/15 PR-2026-021 approved
  
   meetings/M-2026-0017.yaml | 8 ++++++++
   projects/PR-2026-021.yaml | 4 +++-
   2 files changed, 11 insertions(+), 1 deletion(-)
  $ tail -8 meetings/M-2026-0017.yaml
  decisions:
    - number: 2026/15
      project: PR-2026-021
      "yes": 4
      "no": 1
      abstain: 0
      result: approved
      amount: 1800.00
  $ grep -E "^(approved|decision|status):" projects/PR-2026-021.yaml
  approved: 1800.00
  decision: M-2026-0017
  status: approved
  $ integra ag decide M-2026-0017 --project PR-2026-021 --yes 4 --no 1 --abstain 0
  integra: PR-2026-021 is approved: `ag decide` needs a submitted project; possible now: `project start`, `project pay`, `project withdraw`.
  [1]
  $ unchanged
  7

Beyond the budget: ag1's city money for 2026 is spent, so the approval is refused with the
figures, and made with a reason, which the decision records (not the commit message).

  $ integra ag decide M-2026-0017 --project PR-2026-020 --yes 5 --no 0 --abstain 0
  integra: approving 800.00 for PR-2026-020 exceeds the budget city ag1 2026: budget 3000.00, already approved 3000.00, remaining 0.00; approve less with --amount, or record why with --over-budget REASON
  [1]
  $ unchanged
  7
  $ integra ag decide M-2026-0017 --project PR-2026-020 --yes 5 --no 0 --abstain 0 --over-budget "Zusage der Stadt vom 2026-11-10"
  ag decide: M-2026-0017 2026/16 PR-2026-020 approved
  2026/16 approved 800.00
  $ git show --stat --format=%s HEAD
  ag decide: M-2026-0017 2026/16 PR-2026-020 approved
  
   meetings/M-2026-0017.yaml | 8 ++++++++
   projects/PR-2026-020.yaml | 6 +++++-
   2 files changed, 13 insertions(+), 1 deletion(-)
  $ tail -9 meetings/M-2026-0017.yaml
      amount: 1800.00
    - number: 2026/16
      project: PR-2026-020
      "yes": 5
      "no": 0
      abstain: 0
      result: approved
      amount: 800.00
      over_budget: Zusage der Stadt vom 2026-11-10
  $ cat projects/PR-2026-020.yaml
  id: PR-2026-020
  title: Sprachcaf\xc3\xa9 im Stadtteilzentrum (esc)
  applicant:
    organisation: Internationaler Frauentreff e.V.
    contact: Frau Demir
  ag: ag1
  funding: city
  requested: 800.00
  approved: 800.00
  decision: M-2026-0017
  period:
    from: 2027-01-15
    to: 2027-06-30
  status: approved
  evaluation:
    due: 2027-09-28
  $ git log -1 --format=%B | grep -c Zusage
  0
  [1]

A rejection: more no than yes; no amount, the project rejected.

  $ integra ag meeting add ag5 --date 2026-11-21 --present m1,m2,m3,m4,m5,m6
  M-2026-0018
  $ integra ag decide M-2026-0018 --project PR-2026-022 --yes 2 --no 2 --abstain 2 --amount 400
  integra: the votes reject PR-2026-022 (2 yes, 2 no); leave out --amount
  [1]
  $ integra ag decide M-2026-0018 --project PR-2026-022 --yes 2 --no 2 --abstain 2
  ag decide: M-2026-0018 2026/17 PR-2026-022 rejected
  2026/17 rejected
  $ grep -E "^(approved|decision|status):" projects/PR-2026-022.yaml
  decision: M-2026-0018
  status: rejected
  $ tail -7 meetings/M-2026-0018.yaml
  decisions:
    - number: 2026/17
      project: PR-2026-022
      "yes": 2
      "no": 2
      abstain: 2
      result: rejected
  $ integra check 2>&1 | tail -1
  0 errors, 2 warnings in 1778 files
  $ integra ag show ag1 | sed -n -e '/Meetings in/p' -e '/2026-11-18/,$p'
  Meetings in 2026: 5 of 3
    2026-11-18  M-2026-0016  3 present
    2026-11-20  M-2026-0017  5 present
      2026/15  PR-2026-021 approved   4 yes   1 no   0 abstain  1800.00
      2026/16  PR-2026-020 approved   5 yes   0 no   0 abstain  800.00
  
  Budget 2026:
    AG    Funding                Budget   Approved       Paid  Remaining
    ag1   city                  3000.00    3800.00    1500.00    -800.00
    ag1   demokratie_leben            -   18000.00    8100.00          -
    all   demokratie_leben     45000.00   20700.00   10800.00   24300.00
    all   other                       -     300.00     150.00          -
  
  Open applications: 0
