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
  {
    service: 'Flarum',
    source: 'https://github.com/flarum/framework/issues/462',
    status: 422,
    request: POST,
    body: { errors: [{ detail: 'validation.unique', path: 'username' }] },
    expect: { kind: 'duplicate', field: 'username' },
  },
  {
    service: 'market_place_api (Rails)',
    source: 'https://github.com/kurenn/market_place_api/issues/60',
    status: 422,
    request: POST,
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: { errors: { auth_token: ['has already been taken'] } },
    expect: { kind: 'duplicate', field: 'auth_token' },
  },
  {
    service: 'OneDrive API',
    source: 'https://github.com/OneDrive/onedrive-api-docs/pull/1199',
    status: 423,
    request: { method: 'PATCH' },
    body: {
      error: {
        code: 'accessDenied',
        message: 'The file is currently checked out or locked for editing by another user.',
      },
    },
    expect: { kind: 'busy' },
  },
  {
    service: 'RoboSats',
    source: 'https://github.com/RoboSats/robosats/issues/1245',
    status: 400,
    request: POST,
    body: { bad_request: 'This order has been cancelled by the maker' },
    expect: { kind: 'state' },
  },
  {
    service: 'storyserver (58bits)',
    source: 'https://gist.github.com/58bits/272a446250e1670c0f7c',
    status: 409,
    request: POST,
    body: {
      uri: 'http://0.0.0.0:9233/api/v1/users',
      links: {
        about: { href: 'http://path.to/user/resource/1' },
        describes: { href: 'http://path.to/describes' },
        help: { href: 'http://path.to/help' },
      },
      statusCode: 409,
      statusMessage: 'Conflict',
      error: {
        id: 'a682135b-cb0c-404b-a26b-c5c0e9145cb7',
        message: 'Username is not available.',
        name: 'UniqueViolation',
        length: 204,
        severity: 'ERROR',
        code: '23505',
        detail: 'Key (username)=(bob) already exists.',
        schema: 'public',
        table: 'users',
        constraint: 'users_username_unique',
        file: 'nbtinsert.c',
        line: '406',
        routine: '_bt_check_unique',
        isdbError: true,
      },
    },
    expect: { kind: 'duplicate', field: 'username', value: 'bob' },
  },
  {
    service: 'Firebase Auth (Identity Toolkit)',
    source: 'https://github.com/firebase/firebase-ios-sdk/issues/13671',
    status: 400,
    request: POST,
    body: {
      error: {
        code: 400,
        message: 'EMAIL_EXISTS',
        errors: [{ message: 'EMAIL_EXISTS', domain: 'global', reason: 'invalid' }],
      },
    },
    expect: { kind: 'duplicate', field: 'email' },
  },
  {
    service: 'JFrog Artifactory',
    source: 'https://github.com/jfrog/nexus2artifactory/issues/37',
    status: 409,
    request: { method: 'PUT' },
    body: {
      errors: [
        {
          status: 409,
          message:
            "The target deployment path '.nexus/trash/org/springframework/Spring/3.0.0.M3/Spring-3.0.0.M3.pom' does not match the POM's expected path prefix 'org/springframework/Spring/3.0.0.M3'. Please verify your POM content for correctness and make sure the source path is a valid Maven repository root path.",
        },
      ],
    },
    expect: { kind: 'validation' },
  },
  {
    service: 'Sonatype Nexus Repository 2',
    source: 'https://github.com/packagemgmt/repositorytools/issues/35',
    status: 400,
    request: POST,
    headers: { 'content-type': 'text/html' },
    body: '<html>\n  <body>\n     <error>Repository with ID= does not allow updating artifacts.</error>\n  </body>\n</html>',
    expect: { kind: 'duplicate' },
  },
  {
    service: 'FastAPI Users',
    source: 'https://github.com/fastapi-users/fastapi-users/issues/1161',
    status: 400,
    request: POST,
    body: { detail: 'REGISTER_USER_ALREADY_EXISTS' },
    expect: { kind: 'duplicate' },
  },
  {
    service: 'Glean API',
    source: 'https://developers.glean.com/errors/conflict',
    status: 409,
    headers: { 'content-type': 'application/problem+json' },
    body: {
      type: 'https://developers.glean.com/errors/conflict',
      title: 'Conflict',
      status: 409,
      detail: 'Human-readable explanation specific to this occurrence.',
      code: 'conflict',
      documentation_url: 'https://developers.glean.com/errors/conflict',
      request_id: 'req_7f8a9b0c1d2e',
    },
    expect: { kind: 'unknown' },
  },
  {
    service: 'Sylius Shop API',
    source: 'https://github.com/Sylius/ShopApiPlugin/issues/533',
    status: 400,
    request: POST,
    body: {
      code: 400,
      message: 'Validation failed',
      errors: { email: ['This email is already used.'] },
    },
    expect: { kind: 'duplicate', field: 'email' },
  },
  {
    service: 'WooCommerce REST API',
    source: 'https://github.com/Yuri-Lima/woocommerce-rest-api-ts-lib/issues/2',
    status: 400,
    request: POST,
    body: {
      code: 'woocommerce_rest_product_exists',
      message: 'Cannot create existing product.',
      data: { status: 400 },
    },
    expect: { kind: 'duplicate' },
  },
  {
    service: 'ownCloud Infinite Scale (oCIS)',
    source: 'https://github.com/owncloud/ocis/issues/3516',
    status: 500,
    request: POST,
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: {
      error: {
        code: 'generalException',
        innererror: {
          date: '2022-04-12T14:08:31Z',
          'request-id': 'kiran-OptiPlex-3050/qTdFt9esZ6-000021',
        },
        message: 'LDAP Result Code 68 "Entry Already Exists": ',
      },
    },
    expect: { kind: 'duplicate' },
  },
  {
    service: 'ownCloud Infinite Scale (oCIS)',
    source: 'https://github.com/owncloud/ocis/issues/1283',
    status: 405,
    request: { method: 'MKCOL' },
    expect: { kind: 'duplicate' },
  },
  {
    service: 'OpenSearch',
    source: 'https://github.com/opensearch-project/OpenSearch/issues/20072',
    status: 400,
    request: { method: 'PUT' },
    body: {
      error: {
        root_cause: [
          {
            type: 'resource_already_exists_exception',
            reason: 'index [my_index/Ugo8y_7tTsW7FJCT281GnQ] already exists',
            index: 'my_index',
            index_uuid: 'Ugo8y_7tTsW7FJCT281GnQ',
          },
        ],
        type: 'resource_already_exists_exception',
        reason: 'index [my_index/Ugo8y_7tTsW7FJCT281GnQ] already exists',
        index: 'my_index',
        index_uuid: 'Ugo8y_7tTsW7FJCT281GnQ',
      },
      status: 400,
    },
    expect: { kind: 'duplicate' },
  },
  {
    service: 'Wise Platform API',
    source: 'https://docs.wise.com/api-docs/guides/error-handling/common-errors',
    status: 409,
    request: POST,
    body: {
      errors: [
        {
          code: 'NOT_UNIQUE',
          message: 'You’re already a member. Please login',
          path: 'email',
          arguments: ['email', 'ma********************@wise.com'],
        },
      ],
    },
    expect: { kind: 'duplicate', field: 'email' },
  },
  {
    service: 'Clerk Backend API',
    source: 'https://clerk.com/docs/guides/development/errors/backend-api',
    status: 400,
    request: POST,
    body: {
      shortMessage: 'duplicate allowlist identifier',
      longMessage: 'the identifier <identifier> already exists',
      code: 'duplicate_record',
    },
    expect: { kind: 'duplicate' },
  },
  {
    service: 'Clerk Backend API',
    source: 'https://clerk.com/docs/guides/development/errors/backend-api',
    status: 400,
    request: POST,
    body: {
      shortMessage: 'cannot revoke',
      longMessage:
        'Actor token cannot be revoked because its status is <status>. Only pending tokens can be revoked.',
      code: 'actor_token_cannot_be_revoked_code',
    },
    expect: { kind: 'state' },
  },
  {
    service: 'Gusto API',
    source: 'https://docs.gusto.com/app-integrations/docs/error-categories',
    status: 422,
    body: {
      errors: [
        {
          error_key: 'base',
          category: 'duplicate_operation',
          message: 'Cannot have multiple of the same state field per company',
        },
      ],
    },
    expect: { kind: 'duplicate' },
  },
  {
    service: 'Upvest Investment API',
    source: 'https://docs.upvest.co/api_errors/conflict.md',
    status: 409,
    headers: { 'content-type': 'application/problem+json' },
    body: {
      type: 'https://docs.upvest.co/errors/conflict',
      status: 409,
      title: 'Conflict',
      request_id: '62a220a6-3128-4090-b3f0-5b0899fd883b',
    },
    expect: { kind: 'state' },
  },
  {
    service: 'Upvest Investment API',
    source: 'https://docs.upvest.co/api_errors/unprocessable_entity',
    status: 422,
    headers: { 'content-type': 'application/problem+json' },
    body: {
      type: 'https://docs.upvest.co/errors/unprocessable_entity',
      status: 422,
      title: 'Unprocessable entity',
      request_id: 'afcd3c2f-6965-4e1b-bb3e-87a3b481ce29',
    },
    expect: { kind: 'validation' },
  },
  {
    service: 'SumUp API',
    source: 'https://developer.sumup.com/problem/409-session-already-processed',
    status: 409,
    body: {
      type: 'https://developer.sumup.com/docs/problem/session-already-processed/',
      title: 'Conflict',
      status: 409,
      detail: 'The checkout session ae98b9cc-2287-4621-afa1-d36ae2ea219d is already processed',
      instance: '1bfe72b34387',
    },
    expect: { kind: 'state' },
  },
  {
    service: 'SumUp API',
    source: 'https://developer.sumup.com/problem/409-session-expired',
    status: 409,
    body: {
      type: 'https://developer.sumup.com/docs/problem/session-expired/',
      title: 'Conflict',
      status: 409,
      detail: 'The checkout session ae98b9cc-2287-4621-afa1-d36ae2ea219d is already processed',
      instance: '1bfe72b34387',
    },
    expect: { kind: 'state' },
  },
  {
    service: 'Google Payments Reseller Subscription API',
    source:
      'https://developers.google.cn/payments/reseller/subscription/reference/index/Error.Handling',
    status: 400,
    request: POST,
    body: {
      error: {
        code: 400,
        message: 'The user is already subscribed',
        status: 'FAILED_PRECONDITION',
        details: [
          {
            '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
            reason: 'ERROR_CODE_SUBSCRIPTION_REJECTED_ALREADY_SUBSCRIBED',
          },
        ],
      },
    },
    expect: { kind: 'duplicate' },
  },
  {
    service: 'Scaleway Instance API',
    source: 'https://github.com/scaleway/api.scaleway.com/pull/42',
    status: 400,
    request: POST,
    body: {
      fields: { image: ['required key not provided'], volumes: ['required key not provided'] },
      message: 'Validation Error',
      type: 'invalid_request_error',
    },
    expect: { kind: 'validation', field: 'image' },
  },
  {
    service: 'Linode API v4',
    source: 'https://github.com/linode/linode-api-docs/pull/255',
    status: 400,
    request: POST,
    body: { errors: [{ reason: 'label is required', field: 'label' }] },
    expect: { kind: 'validation', field: 'label' },
  },
  {
    service: 'Dega (Factly)',
    source: 'https://github.com/factly/dega/issues/484',
    status: 422,
    request: POST,
    body: { errors: [{ code: 422, message: 'Can not save changes', source: '' }] },
    expect: { kind: 'duplicate' },
  },
  {
    service: 'InternHack',
    source: 'https://github.com/Sachinchaurasiya360/InternHack/pull/2728',
    status: 409,
    request: POST,
    body: { message: 'Email is already registered.' },
    expect: { kind: 'duplicate', field: 'email' },
  },
  {
    service: 'Warp Oz API',
    source: 'https://docs.warp.dev/reference/api-and-sdk/troubleshooting/errors/conflict/',
    status: 409,
    request: POST,
    body: {
      type: '/reference/api-and-sdk/troubleshooting/errors/conflict/',
      title: 'Pending agent runs cannot be cancelled, retry after a moment.',
      status: 409,
      instance: '/api/v1/agent/tasks/abc123/cancel',
      error: 'Pending agent runs cannot be cancelled, retry after a moment.',
      retryable: true,
    },
    expect: { kind: 'busy' },
  },
  {
    service: 'Togul API',
    source: 'https://www.mintlify.com/togulapp/togul-docs/api-reference/errors',
    status: 400,
    request: POST,
    body: { code: 'validation_error', message: 'name is required', details: { field: 'name' } },
    expect: { kind: 'validation', field: 'name' },
  },
  {
    service: 'ePay Blocks API',
    source: 'https://docs.epay.eu/products/blocks/api-error-handling',
    status: 422,
    request: POST,
    body: {
      errorCode: 'VALIDATION_ERROR',
      message: 'Input validation errors',
      errors: {
        amount: [
          '[required]: Is a required non-nullable field',
          '[int]: Must be an integer',
          '[min:0]: Must be greater than 0',
          '[max:999999999]: Must be less than 999999999',
        ],
      },
    },
    expect: { kind: 'validation', field: 'amount' },
  },
  {
    service: 'Adobe Pass Concurrency Monitoring',
    source:
      'https://experienceleague.adobe.com/en/docs/pass/cm/use-cases-implementation/handling-409-errors',
    status: 409,
    request: POST,
    body: {
      status: 'error',
      error: { code: 'POLICY_VIOLATION', message: 'Concurrent usage limit exceeded' },
      evaluationResult: {
        decision: 'DENY',
        associatedAdvice: [
          {
            id: 'advice-1',
            adviceType: 'rule-violation',
            attributes: {
              rule: 'max_streams',
              threshold: 3,
              current: 4,
              conflicts: [
                {
                  sessionId: 'session-123',
                  terminationCode: 'term-456',
                  metadata: { deviceId: 'device-789', channel: 'Channel1', contentType: 'live' },
                },
              ],
            },
          },
        ],
      },
    },
    expect: { kind: 'state' },
  },
  {
    service: 'Air (phnx-im)',
    source: 'https://github.com/phnx-im/air/issues/231',
    status: 500,
    request: POST,
    headers: TEXT,
    body: 'User already exists',
    expect: { kind: 'duplicate' },
  },
  {
    service: 'Project Catalyst gateway',
    source: 'https://github.com/cardano-foundation/catalyst-voices/issues/3818',
    status: 422,
    request: { method: 'PUT' },
    body: {
      error: 'Failed validating document integrity',
      report: [
        {
          explanation:
            'New document ver should be greater that the submitted latest known. New document ver: 019aed95-21db-7a0e-bfe0-92f006913095, latest known ver: 019aed95-21db-7a0e-bfe0-92f006913095',
          kind: 'FunctionalValidation',
          msg: "Document's `ver` field should continuously increasing, for the the id 019aed95-21db-7a0e-bfe0-92f006913095",
        },
      ],
    },
    expect: { kind: 'duplicate' },
  },
]
