// Published error responses gathered after the classifier's rules were written and never used to
// change them: an out-of-sample check beside the held-out third. Same format and sourcing as
// responses.ts.
import type { CorpusEntry } from './responses'

const POST = { method: 'POST' }
const TEXT = { 'content-type': 'text/plain; charset=utf-8' }

export const later: CorpusEntry[] = [
  {
    service: 'Akeneo PIM API',
    source: 'https://github.com/akeneo/pim-api-docs/pull/566',
    status: 409,
    body: {
      code: 409,
      message:
        'Conflict. The request could not be completed due to a conflict with the current state of the img123 resource.',
    },
    expect: { kind: 'unknown' },
  },
  {
    service: 'ThreatKB',
    source: 'https://github.com/InQuest/ThreatKB/issues/298',
    status: 409,
    request: POST,
    headers: TEXT,
    body: "Duplicate IP: '34.254.233.143'",
    expect: { kind: 'duplicate', field: 'ip' },
  },
  {
    service: 'Zendesk Support API',
    source: 'https://github.com/cloudbees-oss/zendesk-java-client/issues/91',
    status: 422,
    request: POST,
    body: {
      error: 'RecordInvalid',
      description: 'Record validation errors',
      details: {
        email: [
          {
            description: 'Email: scooby@doo.com is already being used by another user',
            error: 'DuplicateValue',
          },
        ],
      },
    },
    expect: { kind: 'duplicate', field: 'email' },
  },
  {
    service: 'Zendesk Support API',
    source: 'https://github.com/blakmatrix/node-zendesk/issues/3',
    status: 422,
    request: POST,
    body: {
      error: 'RecordInvalid',
      description: 'Record validation errors',
      details: { name: [{ description: 'Name: is too short (minimum is 1 characters)' }] },
    },
    expect: { kind: 'validation', field: 'name' },
  },
  {
    service: 'Twilio REST API',
    source: 'https://github.com/twilio/twilio-node/issues/946',
    status: 400,
    request: POST,
    body: {
      code: 400,
      message: 'Invalid business country',
      more_info: 'https://www.twilio.com/docs/errors/400',
      status: 400,
    },
    expect: { kind: 'validation' },
  },
  {
    service: 'Notion API',
    source: 'https://github.com/rowthan/pagenote/issues/162',
    status: 409,
    request: { method: 'PATCH' },
    body: {
      object: 'error',
      status: 409,
      code: 'conflict_error',
      message: 'Conflict occurred while saving. Please try again.',
    },
    expect: { kind: 'busy' },
  },
  {
    service: 'Openverse API (Django REST framework)',
    source: 'https://github.com/WordPress/openverse-api/issues/20',
    status: 400,
    request: POST,
    body: { name: ['o auth2 registration with this name already exists.'] },
    expect: { kind: 'duplicate', field: 'name' },
  },
  {
    service: 'Apiato',
    source: 'https://github.com/apiato/apiato/issues/16',
    status: 409,
    request: POST,
    body: { message: 'Failed creating new User.', status_code: 409 },
    expect: { kind: 'duplicate' },
  },
]
