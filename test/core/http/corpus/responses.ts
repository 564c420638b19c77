// Real error responses of services and frameworks that the classifier's rules were not written
// against, each naming where it was published (API docs, SDK and server sources, issue threads).
// Bodies are kept as published; ids, tokens and addresses are the source's own or shortened.
// `expect` is what the source says the response means, not what the classifier happens to say.
import type { ProblemKind } from '../../../../src/core/http/types'

/** One published response and what it means. */
export interface CorpusEntry {
  /** The service or framework that sent it; the held-out split is drawn by this name. */
  service: string
  /** Where the response was published (URL, or repository and path). */
  source: string
  status: number
  headers?: Record<string, string>
  /** Objects are sent as JSON (`application/json` unless `headers` says otherwise). */
  body?: string | object
  request?: { method?: string; headers?: Record<string, string> }
  expect: { kind: ProblemKind; field?: string; value?: unknown }
}

const POST = { method: 'POST' }
const PROBLEM = { 'content-type': 'application/problem+json' }
const TEXT = { 'content-type': 'text/plain; charset=utf-8' }

export const corpus: CorpusEntry[] = [
  {
    service: 'Trustless Work API',
    source:
      'https://docs.trustlesswork.com/trustless-work/v2-en/api-rest/errors/identity-and-wallets/user-email-taken',
    status: 409,
    headers: PROBLEM,
    body: {
      type: 'https://docs.trustlesswork.com/trustless-work/v2-en/api-rest/errors/user-email-taken',
      title: 'Conflict',
      status: 409,
      code: 'USER_EMAIL_TAKEN',
      detail: 'A user with that email already exists',
      instance: '/…',
      traceId: '…',
    },
    expect: { kind: 'duplicate', field: 'email' },
  },
  {
    service: 'bookmonkey-api',
    source: 'https://github.com/workshops-de/bookmonkey-api/releases/tag/5.0.0',
    status: 409,
    request: POST,
    body: 'Email already exists',
    expect: { kind: 'duplicate', field: 'email' },
  },
  {
    service: 'bookmonkey-api',
    source: 'https://github.com/workshops-de/bookmonkey-api/releases/tag/5.0.0',
    status: 409,
    request: POST,
    body: 'Book with ISBN 9783864907791 already exists',
    expect: { kind: 'duplicate', field: 'isbn' },
  },
  {
    service: 'OpenSky API',
    source: 'https://gist.github.com/matthewfitz/1112386',
    status: 417,
    request: POST,
    body: { code: 417, message: 'There is an existing account associated with this email.' },
    expect: { kind: 'duplicate', field: 'email' },
  },
  {
    service: 'diaspora API',
    source: 'https://diaspora.github.io/api-documentation/errors.html',
    status: 409,
    body: { code: 409, message: 'Entity already exists' },
    expect: { kind: 'duplicate' },
  },
  {
    service: 'Cliquet (Mozilla Services)',
    source: 'https://github.com/mozilla-services/cliquet/blob/2.10.1/cliquet_docs/api/errors.rst',
    status: 412,
    request: { method: 'PUT', headers: { 'If-Match': '"1436434441000"' } },
    body: {
      code: 412,
      errno: 114,
      error: 'Precondition Failed',
      message: 'Resource was modified meanwhile',
      details: {
        existing: {
          last_modified: 1436434441550,
          id: '00dd028f-16f7-4755-ab0d-e0dc0cb5da92',
          title: 'Original title',
        },
      },
    },
    expect: { kind: 'stale' },
  },
  {
    service: 'developers-italia-api',
    source: 'https://github.com/italia/developers-italia-api/issues/157',
    status: 409,
    request: POST,
    headers: PROBLEM,
    body: {
      title: "can't create Publisher",
      detail:
        'Publisher with provided description, email, external_code or CodeHosting URL already exists',
      status: 409,
    },
    expect: { kind: 'duplicate' },
  },
  {
    service: 'Crafter Studio',
    source: 'https://github.com/craftersoftware/craftercms/issues/584',
    status: 409,
    request: POST,
    body: { message: 'User already exists' },
    expect: { kind: 'duplicate' },
  },
  {
    service: 'PostgREST',
    source: 'https://github.com/tanojericko/bantay-baha/issues/4',
    status: 409,
    request: POST,
    body: {
      code: '23505',
      details: 'Key (email)=(dxdiag962@gmail.com) already exists.',
      hint: null,
      message: 'duplicate key value violates unique constraint "users_email_key"',
    },
    expect: { kind: 'duplicate', field: 'email', value: 'dxdiag962@gmail.com' },
  },
  {
    service: 'Redpanda Admin API',
    source: 'https://github.com/redpanda-data/redpanda/issues/1364',
    status: 400,
    request: POST,
    body: { message: 'Creating user: User already exists', code: 400 },
    expect: { kind: 'duplicate' },
  },
  {
    service: 'Pensopay',
    source: 'https://docs.pensopay.com/v2.0/reference/error-handling',
    status: 422,
    request: POST,
    body: {
      code: 422,
      message: 'The given data was invalid.',
      errors: { order_id: ['The order id has already been taken.'] },
    },
    expect: { kind: 'duplicate', field: 'order_id' },
  },
  {
    service: 'Zapier Powered by Zapier API',
    source: 'https://docs.zapier.com/powered-by-zapier/api-reference/common-types/errors',
    status: 400,
    body: {
      errors: [
        {
          status: '400',
          title: 'Bad Request',
          detail: 'The request could not be understood by the server due to malformed syntax.',
          source: { pointer: '/data/attributes/first-name' },
        },
      ],
    },
    expect: { kind: 'validation', field: 'first-name' },
  },
  {
    service: 'Nium',
    source: 'https://docs.nium.com/docs/error-response-structure',
    status: 400,
    request: POST,
    body: {
      status: 'BAD_REQUEST',
      message: 'Customer has already been assigned with same email id',
      errors: ['Customer has already been assigned with same email id'],
    },
    expect: { kind: 'duplicate', field: 'email' },
  },
  {
    service: 'Akamai APIs',
    source: 'https://techdocs.akamai.com/edge-diagnostics/reference/409',
    status: 409,
    request: POST,
    body: {
      type: 'request.conflict',
      title: 'Request already in progress.',
      errors: [
        {
          type: 'duplicate.request.in.progress',
          title: 'Duplicate request.',
          detail:
            'This error string is already being processed. Check the existing request for results.',
          requestField: 'errorCode',
          existingRequestId: 9788,
          problemId: '0bde6939-d4ad-4884-9358-69b216d5ce7f',
        },
      ],
      problemId: '4cd79250-cef5-41cc-a0c4-2dcca6faaaa8',
    },
    expect: { kind: 'busy' },
  },
  {
    service: 'Directus',
    source: 'https://github.com/directus/directus/issues/10026',
    status: 400,
    request: POST,
    body: {
      errors: [
        {
          message: 'Field "email" has to be unique.',
          extensions: {
            code: 'RECORD_NOT_UNIQUE',
            collection: 'directus_users',
            field: 'email',
            invalid: 'duplicate@email.com',
          },
        },
      ],
    },
    expect: { kind: 'duplicate', field: 'email', value: 'duplicate@email.com' },
  },
  {
    service: 'Keycloak',
    source: 'https://github.com/keycloak/keycloak/issues/39491',
    status: 409,
    request: { method: 'PUT' },
    body: { errorMessage: 'User exists with same username' },
    expect: { kind: 'duplicate', field: 'username' },
  },
  {
    service: 'PocketBase',
    source: 'https://github.com/pocketbase/pocketbase/issues/4426',
    status: 400,
    request: POST,
    body: {
      code: 400,
      message: 'Failed to create record.',
      data: { name: { code: 'validation_not_unique', message: 'Value must be unique.' } },
    },
    expect: { kind: 'duplicate', field: 'name' },
  },
  {
    service: 'Mailchimp Marketing API',
    source: 'https://github.com/mailchimp/APIv3-examples/issues/49',
    status: 400,
    request: POST,
    headers: PROBLEM,
    body: {
      type: 'http://developer.mailchimp.com/documentation/mailchimp/guides/error-glossary/',
      title: 'Member Exists',
      status: 400,
      detail: 'test1@test.cz is already a list member. Use PUT to insert or update list members.',
      instance: '85c2fcb7-c094-4d00-85d8-3db71bff8622',
    },
    expect: { kind: 'duplicate', field: 'email' },
  },
  {
    service: 'Docker Engine API',
    source: 'https://github.com/docker/docker-py/issues/295',
    status: 409,
    request: POST,
    headers: TEXT,
    body: 'Conflict, The name TestName is already assigned to c010d719ffd6. You have to delete (or rename) that container to be able to assign TestName to a container again.\n',
    expect: { kind: 'duplicate', field: 'name', value: 'TestName' },
  },
  {
    service: 'Docker Engine API',
    source: 'https://github.com/AgustinCB/docker-api/issues/62',
    status: 409,
    request: POST,
    body: {
      message:
        'Conflict. The container name "/test" is already in use by container "70f415ef635ece943bee6c935f78b0912a88573e95ab8f7fe9d24d397e5e8379". You have to remove (or rename) that container to be able to reuse that name.',
    },
    expect: { kind: 'duplicate', field: 'name' },
  },
  {
    service: 'Docker Engine API',
    source: 'https://github.com/moby/moby/issues/35472',
    status: 400,
    request: POST,
    body: {
      message:
        'Error when allocating new name: Conflict. The container name "/1afabc65711aace8-6bf9bc24d807db13" is already in use by container "ca4a1c2132f5debe445c791216bae7c7d0ecacee62b1f5393df2ec21501b37e5". You have to remove (or rename) that container to be able to reuse that name.',
    },
    expect: { kind: 'duplicate', field: 'name' },
  },
  {
    service: 'Mithril API (eHealth)',
    source: 'https://github.com/edenlabllc/mithril.api/issues/47',
    status: 422,
    request: POST,
    body: {
      meta: {
        url: 'http://localhost:4002/admin/users',
        type: 'object',
        request_id: '8oj1li6fghcqc9j03kakvdhq3afh8h2u',
        code: 422,
      },
      error: {
        type: 'validation_failed',
        message:
          'Validation failed. You can find validators description at our API Manifest: http://docs.apimanifest.apiary.io/#introduction/interacting-with-api/errors.',
        invalid: [
          {
            rules: [{ rule: null, params: [], description: 'has already been taken' }],
            entry_type: 'json_data_property',
            entry: '$.email',
          },
        ],
      },
    },
    expect: { kind: 'duplicate', field: 'email' },
  },
  {
    service: 'Eludris',
    source: 'https://next-eludris-api-types.vercel.app/interfaces/v0_3_3.Conflict.html',
    status: 409,
    request: POST,
    body: {
      type: 'CONFLICT',
      status: 409,
      message: "The request couldn't be completed due to conflicting with other data on the server",
      item: 'username',
    },
    expect: { kind: 'duplicate', field: 'username' },
  },
  {
    service: 'Akamai APIs',
    source: 'https://techdocs.akamai.com/msl5-harmonic/reference/409',
    status: 409,
    request: POST,
    body: { error: 'cptag already exists' },
    expect: { kind: 'duplicate', field: 'cptag' },
  },
  {
    service: 'Inxmail Professional REST API',
    source: 'https://apidocs.inxmail.com/xpro/rest/v1/problems/duplicate-resource',
    status: 409,
    request: POST,
    headers: PROBLEM,
    body: {
      type: 'duplicate-resource',
      title: 'resource already exists',
      detail: 'A resource with the requested name already exists',
      _links: {
        documentation: {
          href: 'https://apidocs.inxmail.com/xpro/rest/v1/problems/duplicate-resource',
        },
      },
    },
    expect: { kind: 'duplicate', field: 'name' },
  },
  {
    service: 'commercetools',
    source:
      'https://docs.commercetools.com/apis/ctp:import:type:InvalidFieldsUpdateError (DuplicateField)',
    status: 400,
    request: POST,
    body: {
      statusCode: 400,
      message: 'A duplicate value "jen@example.com" exists for field "email".',
      errors: [
        {
          code: 'DuplicateField',
          message: 'A duplicate value "jen@example.com" exists for field "email".',
          field: 'email',
          duplicateValue: 'jen@example.com',
        },
      ],
    },
    expect: { kind: 'duplicate', field: 'email', value: 'jen@example.com' },
  },
  {
    service: 'commercetools',
    source:
      'https://docs.commercetools.com/apis/ctp:import:type:InvalidFieldsUpdateError (AnonymousIdAlreadyInUse)',
    status: 400,
    request: POST,
    body: {
      statusCode: 400,
      message: 'The given anonymous ID is already in use.',
      errors: [
        { code: 'AnonymousIdAlreadyInUse', message: 'The given anonymous ID is already in use.' },
      ],
    },
    expect: { kind: 'duplicate' },
  },
  {
    service: 'commercetools',
    source: 'https://docs.commercetools.com/import-api/error (ConcurrentModificationError)',
    status: 409,
    request: POST,
    body: {
      statusCode: 409,
      message: 'Object 2f3e3a0e has a different version than expected. Expected: 1 - Actual: 2.',
      errors: [
        {
          code: 'ConcurrentModification',
          message:
            'Object 2f3e3a0e has a different version than expected. Expected: 1 - Actual: 2.',
          specifiedVersion: 1,
          currentVersion: 2,
        },
      ],
    },
    expect: { kind: 'stale' },
  },
  {
    service: 'Paddle Billing',
    source: 'https://developer.paddle.com/errors/shared/concurrent_modification.md',
    status: 409,
    request: { method: 'PATCH' },
    body: {
      error: {
        type: 'request_error',
        code: 'concurrent_modification',
        detail: 'Concurrent modification of entity pro_01ghbk4xjn4qdsmstcwzgcgg35.',
        documentation_url: 'https://developer.paddle.com/errors/shared/concurrent_modification',
      },
      meta: { request_id: '00000000-0000-0000-0000-000000000000' },
    },
    expect: { kind: 'busy' },
  },
  {
    service: 'MarkLogic REST API',
    source:
      'https://docs.progress.com/bundle/marklogic-server-message-code-reference-12/page/topics/RESTAPI-en.html',
    status: 412,
    request: { method: 'PUT', headers: { 'If-Match': '14375372395150010' } },
    body: {
      errorResponse: {
        statusCode: 412,
        status: 'Precondition Failed',
        messageCode: 'RESTAPI-CONTENTWRONGVERSION',
        message: 'RESTAPI-CONTENTWRONGVERSION: Content version mismatch: /docs/report.json',
      },
    },
    expect: { kind: 'stale' },
  },
  {
    service: 'MarkLogic REST API',
    source:
      'https://docs.progress.com/bundle/marklogic-server-message-code-reference-12/page/topics/RESTAPI-en.html',
    status: 403,
    request: { method: 'PUT' },
    body: {
      errorResponse: {
        statusCode: 403,
        status: 'Forbidden',
        messageCode: 'RESTAPI-CONTENTNOVERSION',
        message: 'RESTAPI-CONTENTNOVERSION: No content version supplied: /docs/report.json',
      },
    },
    expect: { kind: 'precondition-required' },
  },
  {
    service: 'GitLab',
    source: 'https://gitlab.com/gitlab-org/gitlab/-/issues/356008',
    status: 400,
    request: POST,
    body: { message: { name: ['has already been taken'], path: ['has already been taken'] } },
    expect: { kind: 'duplicate', field: 'name' },
  },
  {
    service: 'GitHub REST API',
    source: 'https://qiita.com/kyanny/items/9d1f738b500b500aca1b',
    status: 422,
    request: POST,
    body: {
      message: 'Validation Failed',
      documentation_url: 'https://developer.github.com/v3/pulls/#create-a-pull-request',
      errors: [
        {
          resource: 'PullRequest',
          code: 'custom',
          message: 'A pull request already exists for kyanny:pr_test.',
        },
      ],
    },
    expect: { kind: 'duplicate' },
  },
  {
    service: 'Pipelex',
    source: 'https://docs.pipelex.com/latest/errors/pipelex/org/already_exists/',
    status: 409,
    request: POST,
    headers: PROBLEM,
    body: {
      type: 'https://docs.pipelex.com/errors/pipelex.org.already_exists',
      title: "The organization's resource already exists",
      status: 409,
      detail: 'The member the request would create already exists.',
      resource: 'member',
    },
    expect: { kind: 'duplicate' },
  },
  {
    service: 'Akamai APIs',
    source: 'https://techdocs.akamai.com/mtls-origin-keystore/reference/409',
    status: 409,
    request: POST,
    headers: PROBLEM,
    body: {
      type: 'conflict',
      title: 'Conflict',
      instance: '732b3cb8-5651-4aa3-ab86-554eeb4c1caf',
      status: 409,
      detail: 'conflict.detail',
      errors: [
        {
          type: 'error-types/resource-conflict',
          title: 'Resource Conflict',
          detail: 'Certificate creation with same name is already in progress.',
          problemId: '6f88ad1a-4487-434d-a051-a47ee102f032',
          field: 'certificateName',
          value: 'testjuly28-3',
        },
      ],
    },
    expect: { kind: 'duplicate', field: 'certificateName', value: 'testjuly28-3' },
  },
  {
    service: 'Alibaba Cloud OpenAPI',
    source:
      'https://help.aliyun.com/en/code-security/developer-reference/api-codesec-2026-04-01-errorcodes',
    status: 400,
    request: POST,
    body: {
      RequestId: '5DB1C1D4-8A3E-4F0B-9B0E-2C5D3E6F7A81',
      HostId: 'codesec.aliyuncs.com',
      Code: 'Conflict.DuplicateName',
      Message: 'A project with the same name already exists.',
      Recommend: 'https://api.aliyun.com/troubleshoot?q=Conflict.DuplicateName',
    },
    expect: { kind: 'duplicate', field: 'name' },
  },
  {
    service: 'Kong Konnect',
    source:
      'https://raw.githubusercontent.com/api-evangelist/kong/refs/heads/main/json-schema/kong-conflicterror-schema.json',
    status: 409,
    request: POST,
    headers: PROBLEM,
    body: {
      status: 409,
      title: 'Conflict',
      type: 'https://httpstatuses.com/409',
      instance: 'kong:trace:1234567890',
      detail: 'Conflict',
    },
    expect: { kind: 'duplicate' },
  },
  {
    service: 'Strapi',
    source: 'https://github.com/strapi/strapi/issues/9168',
    status: 400,
    request: POST,
    body: {
      statusCode: 400,
      error: 'Bad Request',
      message: 'Invalid input data. Please verify unique constraints',
    },
    expect: { kind: 'duplicate' },
  },
  {
    service: 'Strapi',
    source: 'https://github.com/strapi/strapi/issues/13470',
    status: 400,
    request: POST,
    body: {
      data: null,
      error: {
        status: 400,
        name: 'ValidationError',
        message: 'This attribute must be unique',
        details: {
          errors: [
            {
              path: ['username'],
              message: 'This attribute must be unique',
              name: 'ValidationError',
            },
          ],
        },
      },
    },
    expect: { kind: 'duplicate', field: 'username' },
  },
  {
    service: 'Akamai APIs',
    source: 'https://techdocs.akamai.com/property-mgr/reference/409',
    status: 409,
    request: POST,
    headers: PROBLEM,
    body: {
      type: 'https://problems.luna.akamaiapis.net/papi/v1/resource-busy',
      title: 'Operation failed',
      detail:
        'Another edit or activation request on same network in progress for this property version.',
      instance:
        'papi/v1/properties/prp_123456/activations?contractId=1-12345&groupId=12345#abc12345abcc02a7',
      status: 409,
    },
    expect: { kind: 'busy' },
  },
  {
    service: 'Cisco AppDynamics',
    source: 'https://developer.cisco.com/docs/appdynamics/errors/version-mismatch',
    status: 409,
    request: { method: 'PUT' },
    headers: PROBLEM,
    body: {
      type: 'https://developer.cisco.com/docs/appdynamics/errors/#!version-mismatch',
      title: 'Version mismatch caused by a concurrent modification',
      detail: "'Foobar' version is different from the one provided",
      currentVersion: 2,
      traceId: '34f067aa0ba902b7',
    },
    expect: { kind: 'stale' },
  },
  {
    service: 'rest-api-with-lumen',
    source: 'https://github.com/hasib32/rest-api-with-lumen/issues/25',
    status: 400,
    request: { method: 'PUT' },
    body: { status: 400, invalid_fields: { email: 'The email has already been taken.' } },
    expect: { kind: 'duplicate', field: 'email' },
  },
  {
    service: 'Appwrite',
    source: 'https://github.com/appwrite/appwrite/issues/5176',
    status: 409,
    request: POST,
    body: {
      message: 'A user with the same email already exists in your project.',
      code: 409,
      type: 'user_already_exists',
      version: '1.2.1',
    },
    expect: { kind: 'duplicate', field: 'email' },
  },
  {
    service: 'Appwrite',
    source: 'https://github.com/appwrite/appwrite/issues/8920',
    status: 409,
    request: POST,
    body: {
      message: 'A user with the same id, email, or phone already exists in this project.',
      code: 409,
      type: 'user_already_exists',
      version: '1.6.0',
    },
    expect: { kind: 'duplicate' },
  },
  {
    service: 'Okta',
    source: 'https://github.com/CDCgov/prime-simplereport/pull/2361',
    status: 400,
    request: POST,
    body: {
      errorCode: 'E0000001',
      errorSummary: 'Api validation failed: login',
      errorLink: 'E0000001',
      errorId: 'oaeFyjjt3WJSu60KdrIsT93cA',
      errorCauses: [
        {
          errorSummary:
            'login: An object with this field already exists in the current organization',
        },
      ],
    },
    expect: { kind: 'duplicate', field: 'login' },
  },
  {
    service: 'Okta',
    source: 'https://github.com/okta/okta-developer-docs/issues/1622',
    status: 400,
    request: POST,
    body: {
      errorCode: 'E0000001',
      errorSummary: 'Api validation failed: conditions.people',
      errorLink: 'E0000001',
      errorId: 'oaej1XXQlk6SbCEFIkBzAge-A',
      errorCauses: [
        {
          errorSummary:
            "conditions.people: At least one of ''conditions.people.users.include'' or ''conditions.people.groups.include'' must contain a valid user or group when ''conditions.grantTypes'' contains one or more of [authorization_code, implicit, password].",
        },
      ],
    },
    expect: { kind: 'validation', field: 'conditions.people' },
  },
  {
    service: 'Ory Hydra',
    source: 'https://github.com/GoogleCloudPlatform/fda-mystudies/issues/1414',
    status: 409,
    request: { method: 'GET' },
    body: {
      error: 'Conflict',
      error_description:
        'Unable to process the requested resource because of conflict in the current state',
      status_code: 409,
      error_debug: 'Login request has been used already',
      request_id: '',
    },
    expect: { kind: 'state' },
  },
  {
    service: 'Stripe',
    source: 'https://github.com/stripe/stripe-ruby/issues/923',
    status: 400,
    request: POST,
    body: {
      error: {
        code: 'resource_already_exists',
        doc_url: 'https://stripe.com/docs/error-codes/resource-already-exists',
        message: 'Product already exists.',
        param: 'id',
        type: 'invalid_request_error',
      },
    },
    expect: { kind: 'duplicate', field: 'id' },
  },
  {
    service: 'Stripe',
    source: 'https://github.com/code-corps/code-corps-api/issues/606',
    status: 400,
    request: POST,
    body: {
      error: { message: 'US ID numbers must be 9 characters long', type: 'invalid_request_error' },
    },
    expect: { kind: 'validation' },
  },
  {
    service: 'Apache CouchDB',
    source: 'https://github.com/apache/pouchdb/issues/3070',
    status: 409,
    request: { method: 'PUT' },
    body: { id: 'c', error: 'conflict', reason: 'Document update conflict.' },
    expect: { kind: 'stale' },
  },
  {
    service: 'IBM Cloudant',
    source: 'https://github.com/cloudant-labs/spark-cloudant/issues/25',
    status: 409,
    request: POST,
    headers: TEXT,
    body: '{"error":"conflict","reason":"Document update conflict."}',
    expect: { kind: 'stale' },
  },
  {
    service: 'couch-auth',
    source: 'https://github.com/perfood/couch-auth/issues/83',
    status: 500,
    request: POST,
    body: {
      scope: 'couch',
      statusCode: 409,
      request: { method: 'post', url: 'http://localhost:5984/_users' },
      errid: 'non_200',
      name: 'Error',
      description: 'Document update conflict.',
      error: 'conflict',
      reason: 'Document update conflict.',
    },
    expect: { kind: 'other' },
  },
  {
    service: 'Elasticsearch',
    source: 'https://github.com/vuestorefront/mage2vuestorefront/issues/57',
    status: 409,
    request: { method: 'PUT' },
    body: {
      error: {
        root_cause: [
          {
            type: 'version_conflict_engine_exception',
            reason:
              '[product][1]: version conflict, current version [7] is different than the one provided [6]',
            index_uuid: 'tkpEu9ptRXG3gV0MO1LCQQ',
            shard: '3',
            index: 'vue_storefront_catalog',
          },
        ],
        type: 'version_conflict_engine_exception',
        reason:
          '[product][1]: version conflict, current version [7] is different than the one provided [6]',
        index_uuid: 'tkpEu9ptRXG3gV0MO1LCQQ',
        shard: '3',
        index: 'vue_storefront_catalog',
      },
      status: 409,
    },
    expect: { kind: 'stale' },
  },
  {
    service: 'Elasticsearch',
    source: 'https://github.com/elastic/elasticsearch-ruby/issues/2214',
    status: 409,
    request: POST,
    body: {
      error: {
        root_cause: [
          {
            type: 'version_conflict_engine_exception',
            reason:
              '[2568]: version conflict, required seqNo [105769], primary term [1]. current document has seqNo [105774] and primary term [1]',
            index_uuid: 'ZrDtgX8oQ4CP8hiIN8gIjQ',
            shard: '0',
            index: 'users',
          },
        ],
        type: 'version_conflict_engine_exception',
        reason:
          '[2568]: version conflict, required seqNo [105769], primary term [1]. current document has seqNo [105774] and primary term [1]',
        index_uuid: 'ZrDtgX8oQ4CP8hiIN8gIjQ',
        shard: '0',
        index: 'users',
      },
      status: 409,
    },
    expect: { kind: 'stale' },
  },
  {
    service: 'Elasticsearch',
    source: 'https://github.com/elastic/elasticsearch/issues/12482',
    status: 409,
    request: { method: 'PUT' },
    body: {
      error:
        'VersionConflictEngineException[[test][2] [type1][1]: version conflict, current [25], provided [24]]',
      status: 409,
    },
    expect: { kind: 'stale' },
  },
  {
    service: 'NestJS',
    source: 'https://github.com/nestjs/nest/pull/4781',
    status: 409,
    request: POST,
    body: { statusCode: 409, message: 'Conflict', error: 'Conflict' },
    expect: { kind: 'duplicate' },
  },
  {
    service: 'Jwt-Spring-Security-JPA',
    source: 'https://github.com/isopropylcyanide/Jwt-Spring-Security-JPA/issues/27',
    status: 409,
    request: POST,
    body: {
      cause: 'me.cimply.ask.odata.exception.ResourceAlreadyInUseException',
      data: "Email already in use with Address : 'a1@gmail.com'",
      success: false,
      timestamp: '2020-07-15T14:36:38.487Z',
    },
    expect: { kind: 'duplicate', field: 'email' },
  },
  {
    service: 'PayPal REST API',
    source: 'https://github.com/woocommerce/woocommerce-paypal-payments/issues/410',
    status: 422,
    request: POST,
    body: {
      name: 'UNPROCESSABLE_ENTITY',
      details: [
        {
          issue: 'DUPLICATE_INVOICE_ID',
          description:
            'Duplicate Invoice ID detected. To avoid a potential duplicate transaction your account setting requires that Invoice Id be unique for each transaction.',
        },
      ],
      message:
        'The requested action could not be performed, semantically incorrect, or failed business validation.',
      debug_id: '4d64bfd92a191',
      links: [
        {
          href: 'https://developer.paypal.com/docs/api/orders/v2/#error-DUPLICATE_INVOICE_ID',
          rel: 'information_link',
          method: 'GET',
        },
      ],
    },
    expect: { kind: 'duplicate', field: 'invoice_id' },
  },
  {
    service: 'PayPal REST API',
    source: 'https://github.com/paypal/PayPal-PHP-SDK/issues/157',
    status: 400,
    request: POST,
    body: {
      name: 'DUPLICATE_REQUEST_ID',
      message: 'The value of PayPal-Request-Id header has already been used',
      information_link:
        'https://developer.paypal.com/webapps/developer/docs/api/#DUPLICATE_REQUEST_ID',
      debug_id: 'cf7f97ad64e0d',
    },
    expect: { kind: 'duplicate' },
  },
  {
    service: 'Dropbox API',
    source: 'https://github.com/looker-open-source/actions/issues/3',
    status: 409,
    request: POST,
    body: {
      error_summary: 'path/conflict/file/.',
      error: {
        '.tag': 'path',
        reason: { '.tag': 'conflict', conflict: { '.tag': 'file' } },
        upload_session_id: 'AAAAAAAABNwtwCopX0ZOPw',
      },
    },
    expect: { kind: 'duplicate' },
  },
  {
    service: 'Dropbox API',
    source: 'https://github.com/kunalvarma05/dropbox-php-sdk/issues/55',
    status: 409,
    request: POST,
    body: {
      error_summary: 'path/conflict/file/..',
      error: { '.tag': 'path', path: { '.tag': 'conflict', conflict: { '.tag': 'file' } } },
    },
    expect: { kind: 'duplicate' },
  },
  {
    service: 'Box Platform API',
    source: 'https://github.com/box/box-windows-sdk-v2/issues/571',
    status: 409,
    request: POST,
    body: {
      type: 'error',
      status: 409,
      code: 'conflict',
      context_info: { errors: [{ reason: 'invalid_parameter', name: 'group_tag_name' }] },
    },
    expect: { kind: 'duplicate', field: 'group_tag_name' },
  },
  {
    service: 'TIE API',
    source: 'https://tie-docs.mvstg.com/changelog/post/2026-04-16-duplicate-email-409-conflict/',
    status: 409,
    request: POST,
    body: {
      code: 'AUTH_EMAIL_EXISTS',
      message: 'A user with this email already exists.',
      details: null,
      hint: 'Try logging in instead.',
    },
    expect: { kind: 'duplicate', field: 'email' },
  },
  {
    service: 'Bridge API',
    source: 'https://docs.bridgeapi.io/v2018.06.15/docs/errors',
    status: 409,
    request: POST,
    body: {
      type: 'conflict',
      message: "User '[email protected]' already exists",
      documentation_url: null,
    },
    expect: { kind: 'duplicate' },
  },
  {
    service: 'ModularAuth-Kit',
    source: 'https://github.com/IamAshrafee/ModularAuth-Kit/blob/main/docs/api/error-codes.md',
    status: 400,
    request: POST,
    body: {
      success: false,
      error: {
        code: 'VALIDATION_ERROR',
        message: 'Validation failed',
        details: [
          { field: 'email', message: 'Invalid email' },
          { field: 'password', message: 'String must contain at least 8 character(s)' },
        ],
      },
    },
    expect: { kind: 'validation', field: 'email' },
  },
  {
    service: 'Azure Blob Storage',
    source: 'https://github.com/CDCgov/prime-reportstream/issues/1550',
    status: 409,
    request: { method: 'PUT', headers: { 'If-None-Match': '*' } },
    headers: { 'content-type': 'application/xml', 'x-ms-error-code': 'BlobAlreadyExists' },
    body: '<?xml version="1.0" encoding="utf-8"?><Error><Code>BlobAlreadyExists</Code><Message>The specified blob already exists.\nRequestId:34cefe46-501e-001e-04fb-ae4ed7000000\nTime:2021-09-21T15:18:08.5776874Z</Message></Error>',
    expect: { kind: 'duplicate' },
  },
  {
    service: 'Eclipse Dirigible',
    source: 'https://github.com/eclipse-dirigible/dirigible/issues/7098',
    status: 500,
    request: POST,
    body: {
      message:
        'could not execute statement [ERROR: duplicate key value violates unique constraint "VACATIONS_PUBLIC_HOLIDAY_PUBLIC_HOLIDAY_DAY_key" Detail: Key ("PUBLIC_HOLIDAY_DAY")=(2026-09-07) already exists.] [insert into ...]',
    },
    expect: { kind: 'duplicate', field: 'PUBLIC_HOLIDAY_DAY', value: '2026-09-07' },
  },
  {
    service: 'Elide',
    source: 'https://github.com/yahoo/elide/issues/609',
    status: 423,
    request: POST,
    body: {
      errors: [
        'TransactionException: ERROR: duplicate key value violates unique constraint "topics_name_unique"\n  Detail: Key (name)=(Testing) already exists.',
      ],
    },
    expect: { kind: 'duplicate', field: 'name', value: 'Testing' },
  },
  {
    service: 'Matrix Synapse',
    source: 'https://github.com/matrix-org/matrix-appservice-slack/issues/711',
    status: 400,
    request: POST,
    body: { errcode: 'M_USER_IN_USE', error: 'User ID already taken.' },
    expect: { kind: 'duplicate' },
  },
  {
    service: 'Matrix Synapse',
    source: 'https://github.com/element-hq/element-web/issues/23161',
    status: 400,
    request: { method: 'GET' },
    body: { errcode: 'M_INVALID_USERNAME', error: 'User ID may not begin with _' },
    expect: { kind: 'validation' },
  },
  {
    service: 'Kubernetes API',
    source: 'https://github.com/keycloak/keycloak/issues/48720',
    status: 409,
    request: { method: 'PATCH' },
    body: {
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message:
        'Operation cannot be fulfilled on statefulsets.apps "keycloak": the object has been modified; please apply your changes to the latest version and try again',
      reason: 'Conflict',
      details: { name: 'keycloak', group: 'apps', kind: 'statefulsets', causes: [] },
      code: 409,
    },
    expect: { kind: 'stale' },
  },
  {
    service: 'Kubernetes API',
    source: 'https://github.com/redpanda-data/redpanda/issues/6477',
    status: 409,
    request: { method: 'PUT' },
    body: {
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message:
        'Operation cannot be fulfilled on consoles.redpanda.vectorized.io "test-console": the object has been modified; please apply your changes to the latest version and try again',
      reason: 'Conflict',
      details: { name: 'test-console', group: 'redpanda.vectorized.io', kind: 'consoles' },
      code: 409,
    },
    expect: { kind: 'stale' },
  },
  {
    service: 'Confluence REST API',
    source: 'https://github.com/duo-labs/markdown-to-confluence/issues/6',
    status: 409,
    request: POST,
    body: {
      statusCode: 409,
      data: { authorized: false, valid: true, errors: [], successful: false },
      message:
        'com.atlassian.confluence.api.service.exceptions.ConflictException: javax.persistence.OptimisticLockException: Batch update returned unexpected row count from update [0]; actual row count: 0; expected: 1',
    },
    expect: { kind: 'stale' },
  },
  {
    service: 'Confluence REST API',
    source: 'https://github.com/justmiles/go-markdown2confluence/issues/43',
    status: 409,
    request: { method: 'PUT' },
    body: {
      statusCode: 409,
      data: { authorized: true, valid: true, errors: [], successful: false },
      message: 'Version must be incremented on update. Current version is: 5',
    },
    expect: { kind: 'stale' },
  },
  {
    service: 'Confluent Schema Registry',
    source: 'https://github.com/confluentinc/schema-registry/pull/2166',
    status: 409,
    request: POST,
    body: {
      error_code: 409,
      message:
        'Schema being registered is incompatible with an earlier schema for subject "test-topic-2-value"',
    },
    expect: { kind: 'state' },
  },
  {
    service: 'Confluent Schema Registry',
    source: 'https://github.com/confluentinc/schema-registry/pull/2166',
    status: 409,
    request: POST,
    body: {
      error_code: 409,
      message:
        'Schema being registered is incompatible with an earlier schema for subject "test-topic-2-value", details: [Incompatibility{type:TYPE_MISMATCH, location:/fields/2/type, message:reader type: DOUBLE not compatible with writer type: STRING, reader:"double", writer:"string"}]',
    },
    expect: { kind: 'state' },
  },
  {
    service: 'GitHub REST API',
    source: 'https://github.com/tiledocs-dev/tiledocs-editor/issues/3',
    status: 409,
    request: POST,
    body: {
      message: 'Git Repository is empty.',
      documentation_url: 'https://docs.github.com/rest/git/refs#get-a-reference',
    },
    expect: { kind: 'state' },
  },
  {
    service: 'ownCloud WebDAV',
    source: 'https://github.com/owncloud/core/issues/24203',
    status: 423,
    request: { method: 'PUT' },
    headers: { 'content-type': 'application/xml; charset=utf-8' },
    body: '<?xml version="1.0" encoding="utf-8"?>\n<d:error xmlns:d="DAV:" xmlns:s="http://sabredav.org/ns">\n  <s:exception>OCA\\DAV\\Connector\\Sabre\\Exception\\FileLocked</s:exception>\n  <s:message>"videos/WellsFamily.m4v" is locked</s:message>\n</d:error>\n',
    expect: { kind: 'busy' },
  },
  {
    service: 'Supabase Storage',
    source: 'https://github.com/supabase/supabase-py/issues/1254',
    status: 409,
    request: { method: 'PUT' },
    body: { statusCode: '409', error: 'Duplicate', message: 'The resource already exists' },
    expect: { kind: 'duplicate' },
  },
  {
    service: 'Meilisearch',
    source: 'https://github.com/meilisearch/meilisearch-rails/issues/322',
    status: 409,
    request: POST,
    body: {
      message: 'Index `Car_production` already exists.',
      code: 'index_already_exists',
      type: 'invalid_request',
      link: 'https://docs.meilisearch.com/errors#index_already_exists',
    },
    expect: { kind: 'duplicate' },
  },
  {
    service: 'Sentry API',
    source: 'https://github.com/jianyuan/terraform-provider-sentry/issues/274',
    status: 409,
    request: POST,
    body: { detail: 'Max allowed ID retry reached. Please try again in a second' },
    expect: { kind: 'busy' },
  },
  {
    service: 'Sentry API',
    source: 'https://github.com/alismith-dev/webpack-sentry-plugin/issues/56',
    status: 400,
    request: POST,
    body: { projects: ['Invalid project slugs'] },
    expect: { kind: 'validation', field: 'projects' },
  },
  {
    service: 'Grafana HTTP API',
    source: 'https://github.com/daq-tools/kotori/issues/50',
    status: 412,
    request: POST,
    body: { status: 'version-mismatch', message: 'The dashboard has been changed by someone else' },
    expect: { kind: 'stale' },
  },
  {
    service: 'WordPress REST API',
    source: 'https://github.com/PubToolBox/wp-api-v2-client-java/issues/9',
    status: 500,
    request: POST,
    body: {
      code: 'existing_user_login',
      message: 'Sorry, that username already exists!',
      data: null,
    },
    expect: { kind: 'duplicate', field: 'username' },
  },
  {
    service: 'WordPress REST API',
    source: 'https://github.com/WP-API/WP-API/issues/2612',
    status: 401,
    request: POST,
    body: {
      code: 'rest_cannot_create_user',
      message: 'Sorry, you are not allowed to create resource.',
      data: { status: 401 },
    },
    expect: { kind: 'other' },
  },
  {
    service: 'wp-rest-user',
    source: 'https://github.com/SK8-PTY-LTD/wp-rest-user/issues/4',
    status: 400,
    request: POST,
    body: { code: 400, message: "Username field 'username' is required.", data: { status: 400 } },
    expect: { kind: 'validation', field: 'username' },
  },
  {
    service: 'Ghost Admin API',
    source: 'https://github.com/TryGhost/Ghost/pull/15362',
    status: 422,
    request: POST,
    body: {
      errors: [
        {
          message: 'Validation error, cannot save member.',
          context: 'Member already exists. Attempting to add member with existing email address',
          type: 'ValidationError',
          details: null,
          property: 'email',
          help: null,
          code: null,
          id: 'a1b2c3d0-2c39-11ed-8a5d-5b0f4d0b9c11',
          ghostErrorCode: null,
        },
      ],
    },
    expect: { kind: 'duplicate', field: 'email' },
  },
  {
    service: 'HubSpot CRM API',
    source: 'https://github.com/HubSpot/hubspot-api-nodejs/issues/545',
    status: 409,
    request: POST,
    body: {
      status: 'error',
      message: 'Contact already exists. Existing ID: 37765128953',
      correlationId: '2dea5219-07f2-40ce-82ec-9c2e302317a4',
      category: 'CONFLICT',
    },
    expect: { kind: 'duplicate' },
  },
  {
    service: 'HubSpot CRM API',
    source: 'https://github.com/stape-io/hubspot-tag/issues/7',
    status: 409,
    request: { method: 'PATCH' },
    body: {
      status: 'error',
      message: 'Contact already exists. Existing ID: 12345',
      correlationId: 'xxxx',
      category: 'CONFLICT',
    },
    expect: { kind: 'duplicate' },
  },
  {
    service: 'Chatwoot',
    source: 'https://github.com/chatwoot/chatwoot/issues/15917',
    status: 422,
    request: POST,
    body: { message: 'Phone number has already been taken', attributes: ['phone_number'] },
    expect: { kind: 'duplicate', field: 'phone_number' },
  },
  {
    service: 'Salesforce REST API',
    source: 'https://github.com/restforce/restforce/issues/347',
    status: 400,
    request: POST,
    body: [
      {
        message:
          "You're creating a duplicate record. We recommend you use an existing record instead.",
        errorCode: 'DUPLICATES_DETECTED',
        fields: [],
      },
    ],
    expect: { kind: 'duplicate' },
  },
  {
    service: 'Salesforce REST API',
    source: 'https://github.com/gravityplus/Gravity-Forms-Salesforce/issues/163',
    status: 400,
    request: POST,
    body: [
      {
        message:
          'duplicate value found: Email_2__c duplicates value on record with id: 00Q5e00000AbCdE',
        errorCode: 'DUPLICATE_VALUE',
        fields: [],
      },
    ],
    expect: { kind: 'duplicate', field: 'Email_2__c' },
  },
  {
    service: 'Shopify Admin REST API',
    source: 'https://github.com/phpclassic/php-shopify/issues/252',
    status: 422,
    request: POST,
    body: { errors: { email: ['has already been taken'] } },
    expect: { kind: 'duplicate', field: 'email' },
  },
  {
    service: 'Shopify Admin REST API',
    source: 'https://github.com/phpclassic/php-shopify/issues/170',
    status: 422,
    request: POST,
    body: { errors: { base: ['Customer must have a name, phone number or email address'] } },
    expect: { kind: 'validation' },
  },
  {
    service: 'Pindo SMS API',
    source: 'https://github.com/pindoio/pindo-cli/pull/58',
    status: 409,
    request: POST,
    body: { error: 'Unknown sender id  E****', message: 'Unknown sender id E*****', status: 409 },
    expect: { kind: 'unknown' },
  },
  {
    service: 'Cloudflare API',
    source: 'https://github.com/NewFuture/DDNS/issues/21',
    status: 400,
    request: POST,
    body: {
      success: false,
      errors: [{ code: 81057, message: 'The record already exists.' }],
      messages: [],
      result: null,
    },
    expect: { kind: 'duplicate' },
  },
  {
    service: 'Cloudflare API',
    source: 'https://github.com/cloudflare/terraform-provider-cloudflare/issues/1247',
    status: 400,
    request: POST,
    body: {
      result: null,
      success: false,
      errors: [
        { code: 81053, message: 'An A, AAAA, or CNAME record with that host already exists.' },
      ],
      messages: [],
    },
    expect: { kind: 'duplicate' },
  },
  {
    service: 'DigitalOcean API',
    source: 'https://github.com/digitalocean/doctl/issues/257',
    status: 422,
    request: POST,
    body: {
      id: 'unprocessable_entity',
      message: 'Only valid hostname characters are allowed. (a-z, A-Z, 0-9, . and -)',
    },
    expect: { kind: 'validation' },
  },
  {
    service: 'mod.io API',
    source: 'https://github.com/modio/modio-sdk-legacy/issues/11',
    status: 500,
    request: POST,
    body: {
      error: {
        code: 500,
        message:
          'We experienced a server error attempting to complete your request. The issue has been logged and will be investigated, please try again later.',
      },
    },
    expect: { kind: 'other' },
  },
  {
    service: 'pinpoint (UBC Launch Pad)',
    source: 'https://github.com/ubclaunchpad/pinpoint/issues/78',
    status: 400,
    request: POST,
    body: {
      code: 400,
      request_id: 'dhcp-128-189-197-104.ubcsecure.wireless.ubc.ca/MV2g7MkcY6-000013',
      message: 'unable to validate credentials: email does not appear to be a valid email',
    },
    expect: { kind: 'validation' },
  },
  {
    service: 'Ory Kratos',
    source: 'https://github.com/ory/kratos/issues/2538',
    status: 400,
    request: POST,
    body: {
      id: '5a1e2f4c-3b2d-4e6f-9a8b-7c6d5e4f3a2b',
      type: 'api',
      ui: {
        action: 'https://auth.example.com/self-service/registration?flow=5a1e2f4c',
        method: 'POST',
        nodes: [],
        messages: [
          {
            id: 4000007,
            text: 'An account with the same identifier (email, phone, username, ...) exists already.',
            type: 'error',
            context: {},
          },
        ],
      },
    },
    expect: { kind: 'duplicate' },
  },
  {
    service: 'Parse Server',
    source: 'https://github.com/parse-community/parse-server/issues/2754',
    status: 400,
    request: POST,
    body: { code: 202, error: 'Account already exists for this username.' },
    expect: { kind: 'duplicate', field: 'username' },
  },
  {
    service: 'Parse Server',
    source: 'https://github.com/parse-community/parse-server/issues/5314',
    status: 400,
    request: POST,
    body: { code: 203, error: 'Account already exists for this email address.' },
    expect: { kind: 'duplicate', field: 'email' },
  },
  {
    service: 'Firefox Accounts auth server',
    source: 'https://github.com/mozilla/fxa-auth-server/issues/89',
    status: 500,
    request: POST,
    body: { code: 500, error: 'Internal Server Error', message: 'AccountExists' },
    expect: { kind: 'duplicate' },
  },
  {
    service: 'Phira API',
    source: 'https://github.com/TeamFlos/phira/issues/548',
    status: 400,
    request: POST,
    body: { error: 'Email occupied' },
    expect: { kind: 'duplicate', field: 'email' },
  },
  {
    service: 'Amazon Cognito',
    source: 'https://github.com/NabuCasa/hass-nabucasa/issues/19',
    status: 400,
    request: POST,
    headers: {
      'content-type': 'application/x-amz-json-1.1',
      'x-amzn-errortype': 'UsernameExistsException:',
    },
    body: '{"__type":"UsernameExistsException","message":"An account with the given email already exists."}',
    expect: { kind: 'duplicate', field: 'email' },
  },
  {
    service: 'Amazon DynamoDB',
    source: 'https://github.com/aws/aws-sdk-java/issues/1945',
    status: 400,
    request: POST,
    headers: { 'content-type': 'application/x-amz-json-1.0' },
    body: '{"__type":"com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException","message":"The conditional request failed"}',
    expect: { kind: 'stale' },
  },
  {
    service: 'Amazon S3',
    source: 'https://github.com/ceph/s3-tests/pull/30',
    status: 409,
    request: { method: 'PUT' },
    headers: { 'content-type': 'application/xml' },
    body: '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>BucketAlreadyOwnedByYou</Code><Message>Your previous request to create the named bucket succeeded and you already own it.</Message><BucketName>gaul-uswest</BucketName><RequestId>24B6DC3170365CD7</RequestId><HostId>hUynMTyqc9WZFxAJ2RFK6P7BqmmeHHlMl9xL2NOy56xBUnOZCAlHqGvtMeGeAfVs</HostId></Error>',
    expect: { kind: 'duplicate' },
  },
  {
    service: 'Amazon S3',
    source: 'https://github.com/s3tools/s3cmd/issues/1079',
    status: 409,
    request: { method: 'PUT' },
    headers: { 'content-type': 'application/xml' },
    body: '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>BucketAlreadyExists</Code><Message>The requested bucket name is not available. The bucket namespace is shared by all users of the system. Please select a different name and try again.</Message><BucketName>mybucket</BucketName><RequestId>4442587FB7D0A2F9</RequestId></Error>',
    expect: { kind: 'duplicate' },
  },
  {
    service: 'Scality S3 (Arsenal)',
    source: 'https://github.com/scality/Arsenal/pull/1756',
    status: 409,
    request: { method: 'PUT' },
    headers: { 'content-type': 'application/xml' },
    body: '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>BucketAlreadyOwnedByYou</Code><Message>A bucket with this name exists and is already owned by you</Message><Resource></Resource><RequestId>7a3c1f0e9b2d4e6a</RequestId></Error>',
    expect: { kind: 'duplicate' },
  },
  {
    service: 'Google BigQuery API',
    source: 'https://github.com/GoogleCloudPlatform/agent-starter-pack/issues/196',
    status: 409,
    request: POST,
    body: {
      error: {
        code: 409,
        message: 'Already Exists: Dataset resume-builder-462618:resume_parser_agent_feedback',
        errors: [
          {
            message: 'Already Exists: Dataset resume-builder-462618:resume_parser_agent_feedback',
            domain: 'global',
            reason: 'duplicate',
          },
        ],
        status: 'ALREADY_EXISTS',
      },
    },
    expect: { kind: 'duplicate' },
  },
  {
    service: 'Google Cloud Resource Manager',
    source: 'https://github.com/terraform-google-modules/terraform-example-foundation/issues/494',
    status: 409,
    request: POST,
    body: {
      error: {
        code: 409,
        message: 'Requested entity already exists',
        errors: [
          { message: 'Requested entity already exists', domain: 'global', reason: 'alreadyExists' },
        ],
        status: 'ALREADY_EXISTS',
      },
    },
    expect: { kind: 'duplicate' },
  },
  {
    service: 'Google Workspace Admin SDK',
    source: 'https://github.com/googleapis/google-api-python-client/issues/949',
    status: 409,
    request: { method: 'PUT' },
    body: {
      error: {
        code: 409,
        message: 'Entity already exists.',
        errors: [{ message: 'Entity already exists.', domain: 'global', reason: 'duplicate' }],
      },
    },
    expect: { kind: 'duplicate' },
  },
  {
    service: 'Google Drive API',
    source: 'https://github.com/vitalif/grive2/issues/21',
    status: 412,
    request: { method: 'PUT', headers: { 'If-Match': '"MTQzOTM5NjAwMDAwMA"' } },
    body: {
      error: {
        errors: [
          {
            domain: 'global',
            reason: 'conditionNotMet',
            message: 'Precondition Failed',
            locationType: 'header',
            location: 'If-Match',
          },
        ],
        code: 412,
        message: 'Precondition Failed',
      },
    },
    expect: { kind: 'stale' },
  },
  {
    service: 'Azure DNS',
    source: 'https://github.com/DNSControl/dnscontrol/issues/4363',
    status: 409,
    request: { method: 'PUT' },
    body: {
      code: 'Conflict',
      message:
        "Another operation is pending for requested object. Operation group '/operations/groups/id/|subscriptions|***|resourceGroups|***|dnsZones|***-azure.com|A|bar.a' already has 1 operations like '/operations/type/DeleteAliasRecordSet/id/c2396006-9eb3-4e05-bdb7-f287dded3cd3' queued.",
    },
    expect: { kind: 'busy' },
  },
  {
    service: 'Azure App Service',
    source: 'https://github.com/Azure/azure-sdk-for-java/issues/1827',
    status: 409,
    request: { method: 'PUT' },
    body: {
      Code: 'Conflict',
      Message:
        'Cannot modify this web hosting plan because another operation is in progress. Details: Id: e2440937-ae53-41f4-b013-09884e027c45, OperationName: Create, CreatedTime: 7/20/2017 8:01:21 PM, RequestId: c4bcc3d5-418b-4ca3-b9e3-ac601e74ee49, EntityType: 9',
      Target: null,
      Details: [
        {
          Message: 'Cannot modify this web hosting plan because another operation is in progress.',
        },
        { Code: 'Conflict' },
        {
          ErrorEntity: {
            ExtendedCode: '59205',
            MessageTemplate:
              'Cannot modify this web hosting plan because another operation is in progress. Details: {0}',
            Code: 'Conflict',
          },
        },
      ],
      Innererror: null,
    },
    expect: { kind: 'busy' },
  },
  {
    service: 'Azure Resource Manager',
    source: 'https://github.com/Azure/modern-web-app-pattern-dotnet/issues/143',
    status: 409,
    request: { method: 'PUT' },
    body: {
      error: {
        code: 'DeploymentActive',
        message:
          "Unable to edit or replace deployment '***': previous deployment from '4/18/2023 9:04:41 PM' is still active (expiration time is '4/25/2023 9:04:06 PM'). Please see https://aka.ms/arm-deploy-resources for usage details.",
      },
    },
    expect: { kind: 'busy' },
  },
  {
    service: 'Azure API Management',
    source: 'https://github.com/MLogdberg/APIManagementARMTemplateCreator/issues/85',
    status: 409,
    request: { method: 'PUT' },
    body: {
      error: {
        code: 'PessimisticConcurrencyConflict',
        message: 'Operation on the API is in progress',
        details: null,
      },
    },
    expect: { kind: 'busy' },
  },
  {
    service: 'GitHub REST API',
    source: 'https://github.com/SierraSoftworks/git-tool/issues/84',
    status: 422,
    request: POST,
    body: {
      message: 'Repository creation failed.',
      errors: [
        {
          resource: 'Repository',
          code: 'custom',
          field: 'name',
          message: 'name already exists on this account',
        },
      ],
      documentation_url: 'https://developer.github.com/v3/repos/#create',
    },
    expect: { kind: 'duplicate', field: 'name' },
  },
  {
    service: 'Gitea API',
    source: 'https://github.com/go-gitea/gitea/issues/6329',
    status: 409,
    request: POST,
    body: {
      message: 'The repository with the same name already exists.',
      url: 'https://try.gitea.io/api/swagger',
    },
    expect: { kind: 'duplicate', field: 'name' },
  },
  {
    service: 'Rocket.Chat REST API',
    source: 'https://github.com/RocketChat/Rocket.Chat/issues/12190',
    status: 400,
    request: POST,
    body: {
      success: false,
      error: '<strong>easylite376</strong> is already in use :( [error-field-unavailable]',
      errorType: 'error-field-unavailable',
    },
    expect: { kind: 'duplicate' },
  },
  {
    service: 'Mastodon API',
    source: 'https://github.com/mastodon/mastodon/pull/15803',
    status: 422,
    request: POST,
    body: {
      error:
        "Validation failed: Password can't be blank, Username must contain only letters, numbers and underscores, Agreement must be accepted",
      details: {
        password: [{ error: 'ERR_BLANK', description: "can't be blank" }],
        username: [
          {
            error: 'ERR_INVALID',
            description: 'must contain only letters, numbers and underscores',
          },
        ],
        agreement: [{ error: 'ERR_ACCEPTED', description: 'must be accepted' }],
      },
    },
    expect: { kind: 'validation', field: 'password' },
  },
  {
    service: 'Jira Cloud REST API',
    source: 'https://github.com/lesstif/php-JiraCloud-RESTAPI/issues/99',
    status: 400,
    request: POST,
    body: {
      errorMessages: [
        'User could not be created: Failed to add user HttpErrorCode 404 - User not found',
      ],
      errors: {},
    },
    expect: { kind: 'validation' },
  },
  {
    service: 'Jan Server',
    source: 'https://github.com/janhq/server/pull/346',
    status: 409,
    request: POST,
    body: {
      code: 'proj_abc123xyz',
      error: 'Failed to create project',
      message: 'Project name already exists',
    },
    expect: { kind: 'duplicate', field: 'name' },
  },
  {
    service: 'Echo Pro (labstack)',
    source: 'https://echo.labstack.com/pro/problems/idempotency-key-reused',
    status: 422,
    request: POST,
    headers: PROBLEM,
    body: {
      code: 'idempotency_key_reused',
      operation_ref: '',
      operation_state: '',
      safe_new_key: false,
      status: 422,
      title: 'Unprocessable Entity',
      type: 'https://echo.labstack.com/pro/problems/idempotency-key-reused',
    },
    expect: { kind: 'validation' },
  },
  {
    service: 'Kestra API',
    source: 'https://kestra.io/docs/api-reference/problems/locked',
    status: 423,
    request: { method: 'PUT' },
    headers: PROBLEM,
    body: {
      type: 'https://kestra.io/docs/api-reference/problems/locked',
      title: 'Resource is locked',
      status: 423,
      detail: 'Resource is locked',
      instance: '/api/v1/main/flows',
    },
    expect: { kind: 'busy' },
  },
  {
    service: 'RFC 4918 WebDAV',
    source: 'https://developer.mozilla.org/docs/Web/HTTP/Status/423 (RFC 4918 section 11.3)',
    status: 423,
    request: { method: 'PUT' },
    headers: { 'content-type': 'application/xml; charset="utf-8"' },
    body: '<?xml version="1.0" encoding="utf-8" ?>\n<D:error xmlns:D="DAV:">\n  <D:lock-token-submitted>\n    <D:href>/workspace/web-dav/</D:href>\n  </D:lock-token-submitted>\n</D:error>\n',
    expect: { kind: 'busy' },
  },
  {
    service: 'hapi Boom',
    source: 'https://github.com/hapijs/boom/pull/112',
    status: 423,
    request: POST,
    body: {
      statusCode: 423,
      error: 'Locked',
      message: 'this account has been locked and it is your fault',
    },
    expect: { kind: 'busy' },
  },
  {
    service: 'Akamai APIs',
    source: 'https://techdocs.akamai.com/mtls-edge-truststore/reference/429',
    status: 429,
    request: POST,
    headers: PROBLEM,
    body: {
      rateLimitNext: '2023-11-08T05:49:55.123456Z',
      instance:
        '/mtls-edge-truststore/error-types/account-rate-limit-exceeded?traceId=-8494562331894707338',
      rateLimit: 2,
      detail: 'Quota has been exhausted. You can submit the request after 49 seconds',
      type: '/mtls-edge-truststore/error-types/account-rate-limit-exceeded',
      title: 'Account Rate Limit Exceeded',
      rateLimitRemaining: 0,
      status: 429,
    },
    expect: { kind: 'busy' },
  },
  {
    service: 'RFC 6585 (MDN example)',
    source: 'https://developer.mozilla.org/docs/Web/HTTP/Status/429',
    status: 429,
    request: { method: 'GET' },
    headers: { 'content-type': 'text/html', 'retry-after': '3600' },
    body: '<html lang="en-US">\n<head>\n<title>Too Many Requests</title>\n</head>\n<body>\n<h1>Too Many Requests</h1>\n<p>You\'re doing that too often! Try again later.</p>\n</body>\n</html>\n',
    expect: { kind: 'busy' },
  },
  {
    service: 'MetaApi',
    source: 'https://metaapi.cloud/docs/provisioning/models/tooManyRequestsError/',
    status: 429,
    request: { method: 'GET' },
    body: {
      id: 1,
      error: 'TooManyRequestsError',
      message:
        'The /users/current/accounts API allows 10 requests per 60s to avoid overloading our servers. Please wait some time and retry your request or contact support to extend your quota.',
      metadata: {
        total: 10,
        available: 0,
        needed: 1,
        resourceId: 'user:userId',
        multiplierId: 'accountCount:userId',
        exceededConfig: 'perAccount',
        exceededPeriod: '60s',
        recommendedRetryTime: '2022-05-31T09:00:52.361Z',
        method: 'getAccounts',
        path: '/users/current/accounts',
      },
    },
    expect: { kind: 'busy' },
  },
  {
    service: 'Print.App API',
    source: 'https://print.app/docs/api-reference/v2/errors',
    status: 429,
    request: POST,
    body: { message: 'Too Many Requests' },
    expect: { kind: 'busy' },
  },
  {
    service: 'RFC 6585 (MDN example)',
    source: 'https://developer.mozilla.org/zh-TW/docs/Web/HTTP/Status/428',
    status: 428,
    request: { method: 'PUT' },
    body: { code: 'MissingPrecondition', message: '更新文件時需要包含先決條件標頭。' },
    expect: { kind: 'precondition-required' },
  },
  {
    service: 'Auth0 Authentication API',
    source: 'https://github.com/auth0/lock/issues/2321',
    status: 400,
    request: POST,
    body: {
      name: 'BadRequestError',
      code: 'user_exists',
      description: 'The user already exists (username: test123).',
      statusCode: 400,
    },
    expect: { kind: 'duplicate', field: 'username', value: 'test123' },
  },
  {
    service: 'Auth0 Authentication API',
    source: 'https://github.com/auth0/node-auth0/pull/886',
    status: 400,
    request: POST,
    body: {
      name: 'BadRequestError',
      code: 'invalid_signup',
      description: 'Invalid sign up',
      statusCode: 400,
    },
    expect: { kind: 'duplicate' },
  },
  {
    service: 'Supabase Auth (GoTrue)',
    source: 'https://github.com/stackblitz/bolt.new/issues/7452',
    status: 422,
    request: POST,
    body: { code: 'user_already_exists', message: 'User already registered' },
    expect: { kind: 'duplicate' },
  },
  {
    service: 'Strapi',
    source:
      'vlfrsl/react-task-manager-team-project: yet-another-task-manager-master/src/tests/mock/register_fail_400.js',
    status: 400,
    request: POST,
    body: {
      statusCode: 400,
      error: 'Bad Request',
      message: [
        { messages: [{ id: 'Auth.form.error.email.taken', message: 'Email is already taken.' }] },
      ],
      data: [
        { messages: [{ id: 'Auth.form.error.email.taken', message: 'Email is already taken.' }] },
      ],
    },
    expect: { kind: 'duplicate', field: 'email' },
  },
  {
    service: 'laravel.mytm',
    source: 'z-ev/laravel.mytm: app/Exceptions/UserIsAlreadyExists.php',
    status: 422,
    request: POST,
    body: {
      data: {
        errors: {
          code: 422,
          title: "The user can't be created",
          detail: 'The user with this email is already exists',
        },
      },
    },
    expect: { kind: 'duplicate', field: 'email' },
  },
  {
    service: 'FPOLYTHESIS-API',
    source: 'phnglh/FPOLYTHESIS-API: app/Http/Requests/RegisterRequest.php',
    status: 422,
    request: POST,
    body: { email: ['Email already in use.'] },
    expect: { kind: 'duplicate', field: 'email' },
  },
  {
    service: 'Iot-Device-Management-System',
    source: 'ArYann-13/Iot-Device-Management-System: backend/routes/auth.js',
    status: 400,
    request: POST,
    body: { message: 'Email already exists' },
    expect: { kind: 'duplicate', field: 'email' },
  },
  {
    service: 'projeto14-mywallet-back',
    source: 'MarkDiasBR/projeto14-mywallet-back: src/middlewares/signupConflictValidation.js',
    status: 409,
    request: POST,
    headers: { 'content-type': 'text/html; charset=utf-8' },
    body: '🚫 E-mail already registered!',
    expect: { kind: 'duplicate', field: 'email' },
  },
  {
    service: 'RecipeBookWeb',
    source: 'HairyGnome/RecipeBookWeb: backend/middlewares/users/register/CheckAvailabilityMW.js',
    status: 409,
    request: POST,
    body: { error: 'User already exists' },
    expect: { kind: 'duplicate' },
  },
  {
    service: 'project-blogs-api',
    source: 'victor-s-salles/project-blogs-api: src/middlewares/validateExistingUser.js',
    status: 409,
    request: POST,
    body: { message: 'User already registered' },
    expect: { kind: 'duplicate' },
  },
  {
    service: 'Downlist',
    source: 'Anirban-1490/Downlist: backend/middleware/duplicateError.js',
    status: 409,
    request: POST,
    body: { message: 'An account with that email already exists', field: 'email' },
    expect: { kind: 'duplicate', field: 'email' },
  },
  {
    service: 'latex-templates-online (FastAPI)',
    source: 'mihail8531/latex-templates-online: src/exceptions/user.py',
    status: 409,
    request: POST,
    body: { detail: 'User already exists' },
    expect: { kind: 'duplicate' },
  },
  {
    service: 'fastapireg (FastAPI)',
    source: 'Erusagi/fastapireg: regi.py',
    status: 409,
    request: POST,
    body: { detail: 'Email already registered' },
    expect: { kind: 'duplicate', field: 'email' },
  },
  {
    service: 'fake-store-restful (FastAPI)',
    source: 'katsuyorii/fake-store-restful: backend/core/utils/exceptions.py',
    status: 409,
    request: POST,
    body: { detail: 'Email is already registered' },
    expect: { kind: 'duplicate', field: 'email' },
  },
  {
    service: 'cism-tech-task (FastAPI)',
    source: 'abcen7/cism-tech-task: api/users/exceptions.py',
    status: 409,
    request: POST,
    body: { detail: 'User with such email already exists' },
    expect: { kind: 'duplicate', field: 'email' },
  },
  {
    service: 'pmd-code (Spring)',
    source:
      'rezacr588/pmd-code: project_management_dashboard/backend/pmd/src/main/java/com/pmd/app/exception/RestResponseEntityExceptionHandler.java',
    status: 409,
    headers: TEXT,
    body: 'This username does not exist',
    expect: { kind: 'unknown' },
  },
]
