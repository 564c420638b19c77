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
  {
    service: 'Warp Oz API',
    source: 'https://docs.warp.dev/reference/api-and-sdk/troubleshooting/errors',
    status: 400,
    request: POST,
    headers: { 'content-type': 'application/problem+json' },
    body: {
      type: '/reference/api-and-sdk/troubleshooting/errors/invalid-request/',
      title: 'The request contains invalid or missing parameters.',
      status: 400,
      detail: 'schedule_id is required',
      instance: '/api/v1/agent/tasks',
      error: 'The request contains invalid or missing parameters. (schedule_id is required)',
      retryable: false,
      trace_id: 'abc123def456...',
    },
    expect: { kind: 'validation', field: 'schedule_id' },
  },
  {
    service: 'Field Nation API',
    source: 'https://developer.fieldnation.com/docs/resources/error-codes/',
    status: 400,
    request: POST,
    body: {
      metadata: { timestamp: '2026-01-15T12:00:00Z', path: '/api/v1/webhooks' },
      errors: [{ code: 400, message: "Invalid request: 'url' must be a valid HTTPS URL" }],
      result: {},
    },
    expect: { kind: 'validation', field: 'url' },
  },
  {
    service: 'Field Nation API',
    source: 'https://developer.fieldnation.com/docs/resources/error-codes/',
    status: 401,
    request: POST,
    body: {
      metadata: { timestamp: '2026-01-15T12:00:00Z' },
      errors: [{ code: 401, message: 'Invalid or expired access token' }],
      result: {},
    },
    expect: { kind: 'other' },
  },
  {
    service: 'Upvest Investment API',
    source: 'https://docs.upvest.co/documentation/concepts/api_concepts/errors',
    status: 401,
    headers: { 'content-type': 'application/problem+json' },
    body: {
      detail: 'Signature is incorrect',
      request_id: 'afcd3c2f-6965-4e1b-bb3e-87a3b481ce29',
      status: 401,
      title: 'Unauthorised',
      type: 'https://docs.upvest.co/errors/unauthorised',
    },
    expect: { kind: 'other' },
  },
  {
    service: 'SumUp API',
    source: 'https://developer.sumup.com/tools/errors/',
    status: 404,
    headers: { 'content-type': 'application/problem+json' },
    body: {
      type: 'https://developer.sumup.com/problem/not-found',
      title: "Requested resource couldn't be found.",
      status: 404,
      detail: "The requested resource doesn't exist or does not belong to you.",
    },
    expect: { kind: 'other' },
  },
  {
    service: 'Flutterwave API',
    source: 'https://developer.flutterwave.com/docs/integration-guides/errors',
    status: 400,
    request: POST,
    body: { status: 'error', message: 'Cardno is required', data: null },
    expect: { kind: 'validation', field: 'cardno' },
  },
  {
    service: 'Flutterwave API',
    source: 'https://developer.flutterwave.com/docs/integration-guides/errors',
    status: 401,
    request: POST,
    body: { status: 'error', message: 'Authorization required', data: null },
    expect: { kind: 'other' },
  },
  {
    service: 'Postmark API',
    source:
      'https://postmarkapp.com/support/article/troubleshooting-422-unprocessable-entity-errors',
    status: 422,
    request: POST,
    body: {
      ErrorCode: 300,
      Message: "Invalid 'From' address: 'sender@example.com' is not a verified sender signature.",
    },
    expect: { kind: 'validation', field: 'from' },
  },
  {
    service: 'Emailit API',
    source: 'https://emailit.com/es/docs/api-reference/errors.md',
    status: 401,
    request: POST,
    body: { statusCode: 401, error: 'Unauthorized', message: 'API key required' },
    expect: { kind: 'other' },
  },
  {
    service: 'Unosend API',
    source: 'https://docs.unosend.co/resources/error-codes',
    status: 401,
    request: POST,
    body: {
      error: {
        code: 'invalid_api_key',
        message: 'The API key provided is invalid or has been revoked.',
        status: 401,
        details: { api_key_prefix: 'un_xxx...' },
      },
    },
    expect: { kind: 'other' },
  },
  {
    service: 'Upvest Investment API',
    source: 'https://docs.upvest.co/api_errors/missing_idempotency_key.md',
    status: 400,
    request: POST,
    headers: { 'content-type': 'application/problem+json' },
    body: {
      type: 'https://docs.upvest.co/errors/missing_idempotency_key',
      status: 400,
      title: 'Missing idempotency key',
      request_id: 'e7378103-7d45-4052-a049-7c9ac88d041c',
    },
    expect: { kind: 'validation' },
  },
  {
    service: 'oimtrust API (Laravel)',
    source: 'https://gist.github.com/oimtrust/670e5aec2e054763d2c8341ab5244556',
    status: 422,
    request: POST,
    body: {
      status_code: 422,
      data: { errors: { code: '002', messages: ['The email has already been taken.'] } },
    },
    expect: { kind: 'duplicate', field: 'email' },
  },
  {
    service: 'Mercado Pago Wallet Connect API',
    source:
      'https://www.mercadopago.com.br/developers/en/docs/wallet-connect/payment-flow/idempotency/responses',
    status: 400,
    request: POST,
    body: {
      status: '400',
      error: 'bad_request',
      message: 'Some parameters are invalid for search.',
    },
    expect: { kind: 'validation' },
  },
  {
    service: 'Couchbase Sync Gateway',
    source: 'https://github.com/couchbase/sync_gateway/issues/744',
    status: 409,
    request: { method: 'PUT' },
    headers: { 'content-type': 'application/json', server: 'Couchbase Sync Gateway/unofficial' },
    body: { error: 'conflict', reason: 'Document revision conflict' },
    expect: { kind: 'stale' },
  },
  {
    service: 'Azure Cosmos DB',
    source: 'https://github.com/Azure/azure-cosmos-dotnet-v2/issues/464',
    status: 409,
    request: POST,
    body: { Errors: ['Resource with specified id or name already exists.'] },
    expect: { kind: 'duplicate' },
  },
  {
    service: 'cosmosdb-server (Vercel)',
    source: 'https://github.com/vercel/cosmosdb-server/issues/34',
    status: 409,
    request: POST,
    body: { code: 'Conflict', message: 'Resource with specified id or name already exists.' },
    expect: { kind: 'duplicate' },
  },
  {
    service: 'Azurite Table service',
    source: 'https://github.com/Azure/Azurite/issues/754',
    status: 412,
    request: { method: 'DELETE' },
    headers: { 'x-ms-error-code': 'UpdateConditionNotSatisfied' },
    body: {
      'odata.error': {
        code: 'UpdateConditionNotSatisfied',
        message: {
          lang: 'en-US',
          value:
            'The update condition specified in the request was not satisfied.\nRequestId:8fd74d11-29d7-4944-bf65-fdb3738e8b87\nTime:2021-04-15T23:09:47.527Z',
        },
      },
    },
    expect: { kind: 'stale' },
  },
  {
    service: 'mail.de Online-Speicher (WebDAV)',
    source: 'https://github.com/bitfireAT/davx5-ose/issues/1365',
    status: 412,
    request: { method: 'GET', headers: { 'if-match': '"67f4ce74-66157"' } },
    headers: { 'content-type': 'application/xml; charset=utf-8', server: 'nginx' },
    body: '<?xml version="1.0" encoding="utf-8"?>\n<d:error xmlns:d="DAV:" xmlns:s="http://sabredav.org/ns">\n  <s:exception>Sabre\\DAV\\Exception\\PreconditionFailed</s:exception>\n  <s:message>An If-Match header was specified, but none of the specified the ETags matched.</s:message>\n  <s:header>If-Match</s:header>\n</d:error>',
    expect: { kind: 'stale' },
  },
  {
    service: 'Mia-Platform CRUD Service',
    source: 'https://github.com/mia-platform/crud-service/issues/53',
    status: 404,
    request: POST,
    body: { error: 'not found' },
    expect: { kind: 'state' },
  },
  {
    service: 'madr_book (FastAPI)',
    source: 'LecoOliveira/madr_book tests/test_romancista.py',
    status: 409,
    request: POST,
    body: { detail: 'Romancista já consta no MADR' },
    expect: { kind: 'duplicate' },
  },
  {
    service: 'madr (FastAPI)',
    source: 'arthurcostaa/madr tests/test_novelists.py',
    status: 400,
    request: POST,
    body: { detail: 'Novelist already exists.' },
    expect: { kind: 'duplicate' },
  },
  {
    service: 'ekimo-assignment',
    source: 'AiKay96/ekimo-assignment tests/e2e/test_user.py',
    status: 409,
    request: POST,
    body: { message: 'User already exists.' },
    expect: { kind: 'duplicate' },
  },
  {
    service: 'PataPetShop API (Express)',
    source: 'viniciussslima/PataPetShop API/tests/auth/createUser.test.js',
    status: 409,
    request: POST,
    body: { message: 'Esse usuário já existe' },
    expect: { kind: 'duplicate' },
  },
  {
    service: 'sweater_weather_api (Rails)',
    source: 'sagemlee/sweater_weather_api spec/requests/api/v1/registration_request_spec.rb',
    // The spec asserts the body only; the HTTP status is the one the body names.
    status: 400,
    request: POST,
    body: { errors: ['Email has already been taken'], status: 400 },
    expect: { kind: 'duplicate', field: 'email' },
  },
  {
    service: 'xtendly (Laravel)',
    source: 'christianigay/xtendly tests/Feature/UserTest.php',
    // assertExactJson on the body; the status is Laravel's validation status, not asserted.
    status: 422,
    request: POST,
    body: {
      message: 'The email has already been taken.',
      errors: { email: ['The email has already been taken.'] },
    },
    expect: { kind: 'duplicate', field: 'email' },
  },
  {
    service: 'madr_postgres (FastAPI)',
    source: 'DevisonGit/madr_postgres tests/users/test_create.py',
    status: 409,
    request: POST,
    body: { detail: 'Username already exists' },
    expect: { kind: 'duplicate', field: 'username' },
  },
  {
    service: 'madr_postgres (FastAPI)',
    source: 'DevisonGit/madr_postgres tests/users/test_create.py',
    status: 409,
    request: POST,
    body: { detail: 'Email already exists' },
    expect: { kind: 'duplicate', field: 'email' },
  },
  {
    service: 'Billie shop plugin API',
    source: 'Diarselimi/billie-shop-plugin-sdk bdd/features/cancel_order.feature',
    // "Unsuccessful canceled order cancellation": the order is already canceled.
    status: 400,
    request: POST,
    body: { code: 'order_cancel_failed', error: 'Order #CO123 can not be cancelled' },
    expect: { kind: 'state' },
  },
  {
    service: 'Billie shop plugin API',
    source: 'Diarselimi/billie-shop-plugin-sdk bdd/features/cancel_order.feature',
    status: 404,
    request: POST,
    body: { code: 'not_found', error: 'Order #CO123 not found' },
    expect: { kind: 'other' },
  },
  // Eclipse Ditto's generated error examples: the body is the `value` of the published Ditto
  // Protocol error envelope, which is the object Ditto's HTTP API answers with.
  {
    service: 'Eclipse Ditto',
    source:
      'eclipse-ditto/ditto documentation/src/main/resources/pages/ditto/protocol/examples/things/generated/exceptions/things_thing_conflict.md',
    status: 409,
    body: {
      status: 409,
      error: 'things:thing.conflict',
      message: "The Thing with ID 'org.eclipse.ditto:fancy-thing' already exists",
      description: 'Choose another Thing ID',
    },
    expect: { kind: 'duplicate' },
  },
  {
    service: 'Eclipse Ditto',
    source:
      'eclipse-ditto/ditto documentation/src/main/resources/pages/ditto/protocol/examples/things/generated/exceptions/things_thing_toomanymodifyingrequests.md',
    status: 429,
    body: {
      status: 429,
      error: 'things:thing.toomanymodifyingrequests',
      message:
        "Too many modifying requests are already outstanding to the Thing with ID 'com.acme:xdk_53'.",
      description:
        'Throttle your modifying requests to the Thing or re-structure your Thing in multiple Things if you really need so many concurrent modifications.',
    },
    expect: { kind: 'busy' },
  },
  {
    service: 'Eclipse Ditto',
    source:
      'eclipse-ditto/ditto documentation/src/main/resources/pages/ditto/protocol/examples/things/generated/exceptions/things_id_invalid.md',
    status: 400,
    body: {
      status: 400,
      error: 'things:id.invalid',
      message: "Thing ID 'invalid id' is not valid!",
      description: 'It must conform to the namespaced entity ID notation (see Ditto documentation)',
      url: 'https://websites.eclipseprojects.io/ditto/basic-namespaces-and-names.html#namespaced-id',
    },
    expect: { kind: 'validation' },
  },
  {
    service: 'Eclipse Ditto',
    source:
      'eclipse-ditto/ditto documentation/src/main/resources/pages/ditto/protocol/examples/things/generated/exceptions/things_thing_notdeletable.md',
    status: 403,
    request: { method: 'DELETE' },
    body: {
      status: 403,
      error: 'things:thing.notdeletable',
      message:
        "The Thing with ID 'org.eclipse.ditto:fancy-thing' could not be deleted as the requester had insufficient permissions ( WRITE on root resource is required).",
      description:
        'Check if the ID of your requested Thing was correct and you have sufficient permissions.',
    },
    expect: { kind: 'other' },
  },
  {
    service: 'fast-api-application (FastAPI)',
    source: 'TusharA504/fast-api-application app/tests/test_1user.py',
    // The test asserts status and `detail`; a FastAPI HTTPException body is exactly { detail }.
    status: 400,
    request: POST,
    body: { detail: 'Email already registered' },
    expect: { kind: 'duplicate', field: 'email' },
  },
  {
    service: 'Eclipse Ditto',
    source:
      'eclipse-ditto/ditto documentation/src/main/resources/pages/ditto/protocol/examples/policies/generated/exceptions/policies_policy_conflict.md',
    status: 409,
    headers: { 'content-type': 'application/vnd.eclipse.ditto+json' },
    body: {
      status: 409,
      error: 'policies:policy.conflict',
      message: "The Policy with ID 'com.acme:the_policy_id' already exists",
      description: 'Choose another Policy ID',
    },
    expect: { kind: 'duplicate' },
  },
  {
    service: 'Eclipse Ditto',
    source:
      'eclipse-ditto/ditto documentation/src/main/resources/pages/ditto/protocol/examples/policies/generated/exceptions/policies_policy_toomanymodifyingrequests.md',
    status: 429,
    headers: { 'content-type': 'application/vnd.eclipse.ditto+json' },
    body: {
      status: 429,
      error: 'policies:policy.toomanymodifyingrequests',
      message:
        "Too many modifying requests are already outstanding to the Policy with ID 'com.acme:the_policy_id'.",
      description:
        'Throttle your modifying requests to the Policy or re-structure your Policy in multiple Policies if you really need so many concurrent modifications.',
    },
    expect: { kind: 'busy' },
  },
  {
    service: 'Eclipse Ditto',
    source:
      'eclipse-ditto/ditto documentation/src/main/resources/pages/ditto/protocol/examples/policies/generated/exceptions/policies_subjectid_invalid.md',
    status: 400,
    headers: { 'content-type': 'application/vnd.eclipse.ditto+json' },
    body: {
      status: 400,
      error: 'policies:subjectid.invalid',
      message: "Subject ID 'invalid subject' is not valid!",
      description:
        "It must contain an issuer as prefix separated by a colon ':' from the actual subject",
    },
    expect: { kind: 'validation' },
  },
  {
    service: 'crounch-me back',
    source: 'crounch-me/back acceptance/features/signup.feature',
    // The scenario asserts these two members of the 409 body.
    status: 409,
    request: POST,
    body: { error: 'duplicate', errorDescription: 'User with this email already exists' },
    expect: { kind: 'duplicate', field: 'email' },
  },
  {
    service: 'HCP Terraform (Terraform Cloud) API',
    source: 'https://github.com/hashicorp/go-tfe/issues/971',
    // Unlocking a workspace whose lock another team holds.
    status: 409,
    request: POST,
    headers: { 'content-type': 'application/vnd.api+json' },
    body: {
      errors: [
        {
          status: '409',
          title: 'conflict',
          detail:
            'Unable to unlock workspace. The workspace is locked by Team b4e6d384-ca3c-1b77-d1eb-dd276b9a4fd4 and may not be unlocked except by them.',
        },
      ],
    },
    expect: { kind: 'busy' },
  },
  {
    service: 'Mattermost API v4',
    source: 'https://github.com/mattermost/mattermost/issues/17366',
    // The reporter changed the username to one another account already has; the issue says
    // the answer should have been "An account with that name already exists".
    status: 400,
    request: { method: 'PUT' },
    body: {
      id: 'app.user.update.find.app_error',
      message: 'Unable to find the existing account to update.',
      detailed_error: '',
      request_id: 'ad934wbri7873x8y6eipg6fx3r',
      status_code: 400,
    },
    expect: { kind: 'duplicate' },
  },
  {
    service: 'Airtable Web API',
    source: 'https://github.com/City-Bureau/city-scrapers/issues/166',
    status: 422,
    request: POST,
    body: {
      error: {
        type: 'INVALID_VALUE_FOR_COLUMN',
        message: 'Field location_latitude can not accept value 41.884089',
      },
    },
    expect: { kind: 'validation', field: 'location_latitude' },
  },
  {
    service: 'Airtable Web API',
    source: 'https://github.com/bohoffi/ngx-airtable/issues/23',
    // An update (replace/update call) of an existing record.
    status: 422,
    body: {
      error: {
        type: 'INVALID_REQUEST_UNKNOWN',
        message: 'Invalid request: parameter validation failed. Check your request data.',
      },
    },
    expect: { kind: 'validation' },
  },
  {
    service: 'WSO2 API Manager',
    source: 'https://github.com/wso2/api-manager/issues/2599',
    // Adding the same document to an API a second time; the issue says it should be a 409.
    status: 500,
    request: POST,
    body: {
      code: 500,
      message: 'Internal server error',
      description: 'Error while adding the document for API : <api_id>',
      moreInfo: '',
      error: [],
    },
    expect: { kind: 'duplicate' },
  },
  {
    service: 'Mailjet API v3',
    source: 'https://github.com/mailjet/mailjet-apiv3-php-simple/issues/30',
    // Adding a sender whose email the account had deleted before.
    status: 400,
    request: POST,
    body: {
      ErrorInfo: '',
      ErrorMessage: 'MJ18 A Sender resource with value "xxxx@xxx.xx" for Email already exists.',
      StatusCode: 400,
    },
    expect: { kind: 'duplicate', field: 'email' },
  },
  {
    service: 'Brevo (Sendinblue) API v3',
    source: 'https://github.com/sendinblue/APIv3-php-library/issues/144',
    status: 400,
    request: { method: 'PUT' },
    body: { code: 'invalid_parameter', message: 'Contact already exist' },
    expect: { kind: 'duplicate' },
  },
  {
    service: 'SparkPost API',
    source: 'https://github.com/SparkPost/developers.sparkpost.com/issues/501',
    status: 400,
    request: POST,
    body: { errors: [{ message: 'No sending domain specified', code: '7001' }] },
    expect: { kind: 'validation' },
  },
  {
    service: 'Portainer API',
    source: 'https://github.com/shelleg/ansible-role-portainer/pull/17',
    // POST /api/registries for a registry that is already configured.
    status: 409,
    request: POST,
    headers: { 'content-type': 'application/json' },
    body: {
      message: 'Another registry with the same URL and credentials already exists',
      details: 'A registry is already defined for this URL and credentials',
    },
    expect: { kind: 'duplicate' },
  },
  {
    service: 'Intercom API',
    source: 'https://github.com/PostHog/posthog/issues/72192',
    // Two concurrent creates of the same new contact; the thread prints the decoded body and
    // elides the id.
    status: 409,
    request: POST,
    body: {
      type: 'error.list',
      errors: [
        {
          code: 'conflict',
          message: 'A contact matching those details already exists with id=...',
        },
      ],
    },
    expect: { kind: 'duplicate' },
  },
  {
    service: 'Discord API',
    source: 'https://github.com/discord/discord-api-docs/issues/1313',
    // POST /guilds without `name`; 50035 "Invalid Form Body" is Discord's 400 validation error.
    status: 400,
    request: POST,
    body: {
      code: 50035,
      errors: {
        name: { _errors: [{ code: 'BASE_TYPE_REQUIRED', message: 'This field is required' }] },
      },
      message: 'Invalid Form Body',
    },
    expect: { kind: 'validation', field: 'name' },
  },
  {
    service: 'etcd v2 keys API',
    source: 'https://github.com/etcd-io/etcd/issues/611',
    // PUT /v2/keys/foo?prevValue=two&prevIndex=5; the thread shows the body only, and etcd v2
    // documents errorCode 101 as 412 Precondition Failed.
    status: 412,
    request: { method: 'PUT' },
    body: { errorCode: 101, message: 'Compare failed', cause: '[two != one] [5 != 5]', index: 5 },
    expect: { kind: 'stale' },
  },
  {
    service: 'etcd v2 keys API',
    source: 'https://github.com/etcd-io/etcd/issues/1162',
    // PUT /v2/keys/foo?prevExist=false on an existing key (errorCode 105, 412 in etcd v2).
    status: 412,
    request: { method: 'PUT' },
    body: { errorCode: 105, message: 'Key already exists', cause: '/foo', index: 67 },
    expect: { kind: 'duplicate' },
  },
  {
    service: 'Consul KV transactions API',
    source: 'https://github.com/hashicorp/consul/issues/3090',
    // A check-and-set operation in PUT /v1/txn whose index no longer matches.
    status: 409,
    request: { method: 'PUT' },
    body: {
      Results: null,
      Errors: [{ OpIndex: 0, What: 'failed to set key "key1", index is stale' }],
    },
    expect: { kind: 'stale' },
  },
  {
    service: 'Consul KV transactions API',
    source: 'https://github.com/hashicorp/consul/issues/3090',
    // The same endpoint when the token may not write the key.
    status: 409,
    request: { method: 'PUT' },
    body: { Results: null, Errors: [{ OpIndex: 0, What: 'Permission denied' }] },
    expect: { kind: 'other' },
  },
  {
    service: 'Jira Server REST API',
    source: 'https://github.com/opendevstack/ods-provisioning-app/issues/157',
    status: 400,
    request: POST,
    body: {
      errorMessages: [],
      errors: {
        projectName: 'A project with that name already exists.',
        projectKey: "Project 'project-name-cleaned-from-logs' uses this project key.",
      },
    },
    expect: { kind: 'duplicate', field: 'projectName' },
  },
  {
    service: 'HashiCorp Vault KV v2',
    source: 'https://github.com/hashicorp/vault/issues/5801',
    // Creating a secret on a KV v2 mount that requires check-and-set, without `cas`.
    status: 400,
    request: POST,
    body: { errors: ['check-and-set parameter required for this call'] },
    expect: { kind: 'precondition-required' },
  },
  {
    service: 'Triton Service Groups API',
    source: 'https://github.com/TritonDataCenter/triton-service-groups/issues/83',
    // POST /groups with a name the account already uses (after the fix the thread reports).
    status: 409,
    request: POST,
    headers: TEXT,
    body: 'Cannot create group "jolly-jelly", conflicts with another group.',
    expect: { kind: 'duplicate' },
  },
  {
    service: 'ObjectStack REST API',
    source: 'https://github.com/objectstack-ai/objectstack/pull/7930',
    // The single-record write that violates a `unique` field, as answered before the PR.
    status: 409,
    body: {
      error: 'A record with this value already exists',
      code: 'UNIQUE_VIOLATION',
      object: 'invoice',
    },
    expect: { kind: 'duplicate' },
  },
  {
    service: 'Eclipse Ditto',
    source:
      'eclipse-ditto/ditto documentation/src/main/resources/pages/ditto/protocol/examples/things/generated/exceptions/things_thing_notcreatable.md',
    // The request names a Policy that does not exist.
    status: 400,
    body: {
      status: 400,
      error: 'things:thing.notcreatable',
      message:
        "The Thing with ID 'com.acme:xdk_53' could not be created as the Policy with ID 'com.acme:the_policy_id' is not existing.",
      description:
        'Check if the ID of the Policy you created the Thing with is correct and that the Policy is existing.',
    },
    expect: { kind: 'validation' },
  },
  {
    service: 'GitHub REST API',
    source: 'https://github.com/chdsbd/kodiak/issues/295',
    // PUT /repos/{owner}/{repo}/pulls/{n}/merge on a branch with merge commits while "Require
    // linear history" is on (the thread closes the string with a typographic quote; normalised).
    status: 405,
    request: { method: 'PUT' },
    body: {
      message: 'This branch must not contain merge commits.',
      documentation_url: 'https://docs.github.com/articles/about-protected-branches',
    },
    expect: { kind: 'state' },
  },
]
