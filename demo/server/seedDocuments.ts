/** A document as seeded: the server adds `version` 1 and `updatedAt`. */
export interface SeedDocument {
  id: string
  title: string
  tags: string[]
  body: string
}

// Long, line-oriented prose on purpose: the demo needs room for edits that merge cleanly
// (different lines) and edits that collide (the same line), in the body and in other fields.

const releaseChecklist = `# Release checklist

This checklist is what we walk through before every minor release of the web app.
It lives here rather than in a ticket template so that anyone can improve it.
If a step no longer makes sense, change it in the same pull request that makes it obsolete.

## Two weeks before

- Create the release branch from main and announce the cut-off date in the team channel.
- Freeze the database migrations that are going out; anything later waits for the next train.
- Ask product for the final list of features behind flags and who owns each flag.
- Book a thirty minute slot with support so they can see the changes before customers do.
- Check that the staging environment runs the same Postgres and Node versions as production.

## One week before

- Run the full end-to-end suite against staging twice, on two different days.
- Read the open bug list and label everything that blocks the release as release-blocker.
- Update the changelog draft; write it for customers, not for ourselves.
- Confirm that the rollback script still works by rolling staging back one version and forward again.
- Review the dashboards we will watch on release day and delete the ones nobody reads.

## Release day

1. Post in the team channel that the release is starting and who is driving it.
2. Merge the release branch into main with a merge commit, never a squash.
3. Tag the commit with the version number and push the tag.
4. Watch the deploy pipeline; do not start anything else while it runs.
5. Deploy to ten percent of traffic first and wait fifteen minutes.
6. Compare error rates and p95 latency with the previous day at the same hour.
7. If both look normal, deploy to the remaining traffic.
8. Post the changelog to the status page and the customer newsletter queue.

## Things that went wrong before

The March release shipped a migration that locked the orders table for four minutes.
Since then every migration that touches a table with more than a million rows gets a dry run on a copy of production data.
The June release went out with a feature flag enabled for everyone because the default was on.
Flags now default to off, and the checklist asks for the owner of each flag.
In September the changelog promised a feature that had been pulled the day before.
The changelog is now the last thing we write, after the final build is green.

## Communication

Support hears about the release before customers do, every time, without exception.
Sales gets the changelog a day early so that nobody learns about a feature from a customer.
If the release is delayed, say so early and say when the next attempt will be.
A short honest message beats a long optimistic one.

## After the release

- Keep an eye on the error tracker for the next two days and triage anything new.
- Close the release milestone and move unfinished issues to the next one.
- Write down what surprised us, good or bad, at the bottom of this document.
- Thank the people who tested the release candidate by name in the team channel.

## Open questions

Should we move to a weekly release train instead of a monthly one?
Smaller releases would make rollbacks cheaper, but the support team would need more notice.
Could the canary step be automated, with the comparison of error rates done by a script?
We tried this once and the script was too eager to roll back on normal noise.
Who owns this checklist when the current release manager is on holiday?

## Notes from the last release

The deploy took twenty two minutes, most of it waiting for the asset build.
Nobody remembered where the rollback script lived; it is now linked at the top of the runbook.
Staging ran an older Node version for a week without anyone noticing.
The support walkthrough was the most useful half hour of the whole week.
`

const onboardingGuide = `# Onboarding guide for new engineers

Welcome to the team. This guide covers your first two weeks.
Nobody expects you to remember all of it; come back to it whenever you need to.
If something here is wrong or out of date, fixing it is a great first pull request.

## Before your first day

Your manager will send you a laptop and an invitation to the company chat.
You will get access to the code host, the issue tracker and the error tracker on day one.
Production access comes later, after you have shadowed an on-call shift.

## Day one

- Meet your onboarding buddy; they are your first stop for any question, however small.
- Set up the development environment by following the README in the main repository.
- Run the test suite locally; if it does not pass on a fresh machine, that is a bug in our docs.
- Join the team channel, the incidents channel and the channel for your product area.
- Have lunch with the team; on remote weeks we do this over video at noon.

## The first week

Pick up an issue labelled good-first-issue and take it all the way to production.
The goal is not the change itself but seeing every step: review, CI, deploy and monitoring.
Pair with your buddy on at least one code review, reading someone else's change together.
Read the last three postmortems; they explain more about our systems than any diagram.
Ask why whenever a process seems odd; sometimes the answer is that nobody remembers.

## How we work

We keep pull requests small, ideally under four hundred lines of change.
Every pull request has a description that says what changed and why.
Reviews happen within one working day; if you are blocked, say so in the team channel.
We prefer boring technology and write down the reason whenever we choose something new.
Tests are part of the change, not a follow-up task.

## Code review

Review the design first, then the details.
Ask questions rather than giving orders; the author knows things you do not.
Approve when the change is better than what we had, not when it is perfect.
Use the suggestion feature for small wording changes so the author can apply them in one click.
If a discussion goes past three rounds of comments, talk it through on a call.

## The second week

Shadow the on-call engineer for two days and read along in the incidents channel.
Write down every alert you do not understand and go through the list with your buddy.
Give a short demo of your first change at the Friday show and tell.
Meet one person from support, one from product and one from design for a coffee chat.

## Tools you will use every day

- The code host for repositories, pull requests and CI.
- The issue tracker for planning; every piece of work has an issue, even small ones.
- The error tracker, which groups exceptions and links them to releases.
- The metrics dashboards, which show latency, error rates and queue depth per service.
- The runbook wiki, which has a page for every alert that can page someone.

## Who to ask

For questions about the product, ask the product manager of your area.
For questions about infrastructure, ask in the platform channel.
For questions about your contract or holidays, ask the people team directly.
For everything else, ask your buddy; that is what they are there for.

## Feedback

At the end of your second week your manager will ask how onboarding went.
Please be honest; this guide got better every time someone told us what was missing.
`

const checkoutPostmortem = `# Postmortem: checkout outage on 14 March

Status: final. Blameless: this document describes systems and decisions, not people.

## Summary

For 47 minutes, from 14:02 to 14:49 UTC, about a third of checkout attempts failed.
Customers saw a generic error page after entering their payment details.
No payments were taken twice and no orders were lost, but 1,180 checkouts did not complete.
The cause was connection pool exhaustion in the orders service after a configuration change.

## Impact

- 1,180 failed checkouts, of which 640 were retried successfully by customers within the hour.
- Support received 212 tickets and 35 chat conversations about failed payments.
- The status page was updated 18 minutes after the first alert, which was too late.
- Revenue impact is estimated at the value of the checkouts that were never retried.

## Timeline (UTC)

- 13:55 A configuration change lowering the database pool size from 50 to 10 is deployed.
- 14:02 Error rate on the checkout endpoint rises from 0.1 percent to 31 percent.
- 14:04 The checkout error alert pages the on-call engineer.
- 14:09 The on-call engineer acknowledges and starts looking at the payments service.
- 14:20 The payments service is ruled out; its own error rate is normal.
- 14:20 The status page is updated to say that some checkouts are failing.
- 14:31 Logs in the orders service show timeouts waiting for a database connection.
- 14:38 The configuration change from 13:55 is identified as the likely cause.
- 14:44 The configuration change is rolled back.
- 14:49 Error rates return to normal and the incident is downgraded.
- 15:30 The status page is updated to say the incident is resolved.

## What happened

The orders service keeps a pool of database connections shared by all requests.
A cost review had shown that the database was running close to its connection limit.
To leave room for a new reporting job, the pool size of the orders service was lowered.
Under normal load ten connections were enough, which is why staging showed no problem.
At 14:00 a marketing email went out and checkout traffic tripled within two minutes.
Requests started waiting for a free connection, hit the five second timeout and failed.

## What went well

- The checkout error alert fired within two minutes of the first failures.
- Idempotency keys on payment requests meant that no customer was charged twice.
- The rollback itself took less than five minutes once the cause was known.

## What went wrong

- The configuration change was not linked to any release, so it did not show up in the deploy log.
- The first twenty minutes went into the payments service because the error page mentioned payments.
- Nobody knew that a marketing email was scheduled for that afternoon.
- The status page was updated late because the on-call engineer was also the incident lead.

## Action items

1. Show configuration changes in the same deploy log as code releases. Owner: platform team.
2. Add a dashboard panel for connection pool wait time in every service. Owner: orders team.
3. Load test configuration changes to pool sizes before they reach production. Owner: orders team.
4. Share the marketing send calendar with the on-call rotation. Owner: growth team.
5. Separate the incident lead and communications roles for every incident above severity three. Owner: on-call rotation.
6. Rewrite the checkout error page so it does not blame the payment provider. Owner: web team.

## Lessons

Capacity settings are code and deserve the same review, testing and rollout as code.
The fastest way to find a cause is to ask what changed, and that only works if every change is visible.
Customers forgive an outage more easily than silence; update the status page early.
`

/** The three documents the demo starts with. */
export const seedDocuments: readonly SeedDocument[] = [
  {
    id: 'release-checklist',
    title: 'Release checklist',
    tags: ['release', 'process', 'checklist', 'engineering'],
    body: releaseChecklist,
  },
  {
    id: 'onboarding-guide',
    title: 'Onboarding guide for new engineers',
    tags: ['onboarding', 'handbook', 'people'],
    body: onboardingGuide,
  },
  {
    id: 'checkout-postmortem',
    title: 'Postmortem: checkout outage on 14 March',
    tags: ['incident', 'postmortem', 'payments', 'reliability', 'orders'],
    body: checkoutPostmortem,
  },
]
