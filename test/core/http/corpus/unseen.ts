// A second out-of-sample set, gathered in one sitting before the reading of bodies was rewritten
// and never used to change it: real responses of services that appear nowhere in responses.ts or
// later.ts, each naming where it was published (API references, SDK and server sources, issue
// threads, locale files). Bodies are kept as published; where a source shows only the message a
// client printed, the entry says so next to it. `expect` is what the source says the response
// means (its documentation, its own code, or the thread's maintainers), not what the classifier
// answers; `kind: null` marks a 2xx that is not an error and must read as no problem at all.
//
// Baseline, measured when this set was committed and before any reading changed
// (`npm run classify-report`): kinds 42/82 (51.2%), fields 8/32 (25.0%), 68 services.
import type { ProblemKind } from '../../../../src/core/http/types'
import type { CorpusEntry } from './responses'

/** One published response, its reason phrase when the server put the message there, and its meaning. */
export interface UnseenEntry extends Omit<CorpusEntry, 'expect'> {
  /** The reason phrase, when the server sent its message there (NuGet, EventStoreDB). */
  statusText?: string
  expect: { kind: ProblemKind | null; field?: string; value?: unknown }
}

const POST = { method: 'POST' }
const PUT = { method: 'PUT' }
const DELETE = { method: 'DELETE' }
const TEXT = { 'content-type': 'text/plain; charset=utf-8' }
const PROBLEM = { 'content-type': 'application/problem+json' }

// NestJS serialises `new ConflictException(message)` as { statusCode, message, error }.
const nest = (message: string) => ({ statusCode: 409, message, error: 'Conflict' })

export const unseen: UnseenEntry[] = [
  // --- 2xx error envelopes -------------------------------------------------------------------
  {
    service: 'Slack Web API',
    source: 'https://docs.slack.dev/reference/methods/conversations.create/',
    status: 200,
    request: POST,
    body: { ok: false, error: 'name_taken' },
    expect: { kind: 'duplicate', field: 'name' },
  },
  {
    service: 'Infrahub',
    source: 'https://github.com/opsmill/infrahub/pull/10228',
    status: 200,
    request: POST,
    body: {
      data: { TestingTagCreate: null },
      errors: [
        {
          message: "Violates uniqueness constraint 'name'",
          path: ['TestingTagCreate'],
          extensions: {
            code: 'UNIQUENESS_VIOLATION',
            http_status: 422,
            data: { node_kind: 'TestingTag', fields: ['name'] },
          },
        },
      ],
    },
    expect: { kind: 'duplicate', field: 'name' },
  },
  {
    service: 'Hasura GraphQL Engine',
    source: 'https://github.com/hasura/graphql-engine/issues/4091',
    status: 200,
    request: POST,
    body: {
      errors: [
        {
          extensions: { path: '$', code: 'permission-error' },
          message:
            'Check constraint violation. new row for relation "user" violates check constraint "CHK_user_name_isValid"',
        },
      ],
    },
    expect: { kind: 'validation' },
  },
  {
    service: 'Astronomer Houston API',
    source: 'https://github.com/astronomer/houston-api/pull/66',
    status: 200,
    request: POST,
    body: {
      errors: [
        {
          message: 'Email address in use',
          locations: [{ line: 2, column: 3 }],
          path: ['createUser'],
          extensions: { code: 'DUPLICATE_EMAIL' },
        },
      ],
    },
    expect: { kind: 'duplicate', field: 'email' },
  },
  {
    // The thread shows the message flyctl printed; the GraphQL envelope is the spec's.
    service: 'Fly.io Machines GraphQL API',
    source: 'https://github.com/superfly/flyctl/issues/1102',
    status: 200,
    request: POST,
    body: {
      data: { createApp: null },
      errors: [{ message: 'Validation failed: Name has already been taken', path: ['createApp'] }],
    },
    expect: { kind: 'duplicate', field: 'name' },
  },
  {
    service: 'Fauna',
    source: 'https://github.com/web3-storage/web3.storage/issues/270',
    status: 200,
    request: POST,
    body: {
      errors: [
        {
          message: 'Transaction was aborted due to detection of concurrent modification.',
          extensions: { code: 'contended transaction' },
        },
      ],
    },
    expect: { kind: 'busy' },
  },
  {
    service: 'Lago',
    source: 'https://github.com/getlago/lago-api/pull/102',
    status: 200,
    request: POST,
    body: {
      data: { createCustomer: null },
      errors: [
        {
          message: 'Validation error on the record',
          locations: [{ line: 2, column: 5 }],
          path: ['createCustomer'],
          extensions: {
            status: 422,
            code: 'unprocessable_entity',
            details: { customerId: ['value_already_exsit'] },
          },
        },
      ],
    },
    expect: { kind: 'duplicate', field: 'customerId' },
  },
  {
    service: 'Octopus Energy Kraken API',
    source: 'https://developer.octopus.energy/graphql/reference/error-codes/kt-ct-10322/',
    status: 200,
    request: POST,
    body: {
      errors: [
        {
          message: 'A user with this email address already exists.',
          extensions: {
            errorType: 'VALIDATION',
            errorDescription:
              'Attempted to create a new user but the email address is already in use.',
            errorCode: 'KT-CT-10322',
          },
        },
      ],
    },
    expect: { kind: 'duplicate', field: 'email' },
  },
  {
    service: 'Neo4j HTTP API',
    source: 'https://github.com/Rhizi/rhizi/issues/424',
    status: 200,
    request: POST,
    body: {
      results: [],
      errors: [
        {
          code: 'Neo.ClientError.Schema.ConstraintViolation',
          message: 'Node 1081 already exists with label Person and property "name"=[test]',
        },
      ],
    },
    expect: { kind: 'duplicate', field: 'name' },
  },
  {
    service: 'crates.io',
    source: 'https://github.com/pksunkara/cargo-workspaces/issues/25',
    status: 200,
    request: PUT,
    body: { errors: [{ detail: 'crate version `0.12.0` is already uploaded' }] },
    expect: { kind: 'duplicate' },
  },
  {
    service: 'WeChat Official Accounts API',
    source: 'https://developers.weixin.qq.com/doc/oplatform/developers/errCode/errCode.html',
    status: 200,
    request: POST,
    body: {
      errcode: 45011,
      errmsg: 'api minute-quota reach limit, must slower, retry next minute',
    },
    expect: { kind: 'busy' },
  },
  {
    service: 'weibo-demo (Koa2)',
    source: 'https://github.com/load-more/weibo-demo/blob/HEAD/src/model/ErrorInfo.js',
    status: 200,
    request: POST,
    body: { errno: 10001, message: '用户名已存在' },
    expect: { kind: 'duplicate', field: 'username' },
  },
  {
    service: 'koa2 (insane018)',
    source: 'https://github.com/insane018/koa2/blob/HEAD/src/model/ErrorInfo.js',
    status: 200,
    request: POST,
    body: { errno: 10003, message: '用户名已存在' },
    expect: { kind: 'duplicate', field: 'username' },
  },
  {
    service: 'chatting-server (Express)',
    source: 'https://github.com/KyleMa-Metime/chatting-server/blob/HEAD/routes/index.js',
    status: 200,
    request: POST,
    body: { code: 1, msg: '此用户已存在!!!' },
    expect: { kind: 'duplicate' },
  },
  // --- 2xx that are not errors --------------------------------------------------------------
  {
    service: 'Nextcloud OCS API',
    source: 'https://github.com/nextcloud/integration_openproject/pull/67',
    status: 200,
    body: {
      ocs: {
        meta: { status: 'ok', statuscode: 200, message: 'OK' },
        data: { id: 2, name: 'files', mimetype: 'httpd/unix-directory', path: '/', trashed: false },
      },
    },
    expect: { kind: null },
  },
  {
    service: 'Mangopay API',
    source: 'https://docs.mangopay.com/errors/codes/001805',
    status: 200,
    body: {
      Scheme: 'SEPA',
      Id: '156620699',
      Status: 'FAILED',
      MandateType: 'DIRECT_DEBIT',
      ResultCode: '001805',
      ResultMessage: 'The user has cancelled the mandate',
    },
    expect: { kind: null },
  },
  {
    service: 'Zid API',
    source: 'https://docs.zid.sa/responses.md',
    status: 200,
    body: {
      status: 200,
      success: true,
      data: { message: 'Request processed successfully.', code: 200 },
    },
    expect: { kind: null },
  },
  {
    service: 'Grupo_9_SiempreLimpio (Express)',
    source:
      'https://github.com/Laza223/Grupo_9_SiempreLimpio/blob/HEAD/site/src/controllers/api/cart/canceledOrder.controller.api.js',
    status: 200,
    request: POST,
    body: { ok: true, msg: 'Orden cancelada con éxito' },
    expect: { kind: null },
  },
  {
    service: 'op-be-graphql',
    source: 'https://github.com/octoposprime/op-be-graphql/issues/26',
    status: 200,
    request: POST,
    body: {
      data: {
        createUser: {
          Id: '60db1db6-c3be-47bc-a90f-82f1e216d97f',
          UserName: 'ebrarkesici2',
          Email: 'ebrar2@ebrar.com',
          Role: 'USER',
          UserType: 'USER',
          UserStatus: 'ACTIVE',
        },
      },
    },
    expect: { kind: null },
  },
  // --- duplicates -----------------------------------------------------------------------------
  {
    service: 'Mathesar',
    source: 'https://github.com/mathesar-foundation/mathesar/pull/1746',
    status: 400,
    request: POST,
    body: [
      {
        code: 4208,
        message: 'The requested update violates a uniqueness constraint',
        field: null,
        detail: {
          constraint: 8,
          constraint_columns: [16],
          original_details: 'Key ("Email")=(alexander.phillips38@alvarez.com) already exists.',
        },
      },
    ],
    expect: { kind: 'duplicate', field: 'Email' },
  },
  {
    service: 'RubyGems.org',
    source: 'https://github.com/rubygems/rubygems.org/pull/2317',
    status: 409,
    request: POST,
    headers: TEXT,
    body: 'Repushing of gem versions is not allowed.\nPlease use `gem yank` to remove bad gem releases.',
    expect: { kind: 'duplicate' },
  },
  {
    service: 'RubyGems.org',
    source: 'https://github.com/Shopify/app_profiler/pull/9',
    status: 409,
    request: POST,
    headers: TEXT,
    body: 'A yanked version already exists (app_profiler-0.0.2).\nRepushing of gem versions is not allowed. Please use a new version and retry',
    expect: { kind: 'duplicate' },
  },
  {
    service: 'ArangoDB',
    source: 'https://github.com/arangodb/arangodb/issues/19185',
    status: 409,
    request: POST,
    body: {
      error: true,
      errorNum: 1210,
      errorMessage:
        "unique constraint violated - in index primary of type primary over '_key'; conflicting key: 2126305665",
      code: 409,
    },
    expect: { kind: 'duplicate', field: '_key' },
  },
  {
    service: 'Facette',
    source: 'https://github.com/facette/facette/issues/134',
    status: 409,
    request: POST,
    body: {
      message: 'A resource conflict has occured',
      item: 'c4f2d843-e9dc-4d7c-7949-bfb5bb077c31',
    },
    expect: { kind: 'duplicate' },
  },
  {
    service: 'crates.io',
    source: 'https://github.com/apache/opendal/issues/4719',
    status: 400,
    request: PUT,
    body: { errors: [{ detail: 'crate version `0.0.2` is already uploaded' }] },
    expect: { kind: 'duplicate' },
  },
  {
    service: 'Nextcloud WebDAV (sabre/dav)',
    source: 'https://github.com/owncloud/ios-legacy/issues/761',
    status: 405,
    request: { method: 'MKCOL' },
    headers: { 'content-type': 'application/xml; charset=utf-8' },
    body: '<?xml version="1.0" encoding="utf-8"?>\n<d:error xmlns:d="DAV:" xmlns:s="http://sabredav.org/ns">\n  <s:exception>Sabre\\DAV\\Exception\\MethodNotAllowed</s:exception>\n  <s:message>The resource you tried to create already exists</s:message>\n</d:error>',
    expect: { kind: 'duplicate' },
  },
  {
    service: 'Logto',
    source:
      'https://github.com/logto-io/logto/blob/HEAD/packages/phrases/src/locales/de/errors/user.ts',
    status: 422,
    request: POST,
    body: {
      code: 'user.username_already_in_use',
      message: 'Dieser Benutzername wird bereits verwendet.',
    },
    expect: { kind: 'duplicate', field: 'username' },
  },
  {
    service: 'Logto',
    source:
      'https://github.com/logto-io/logto/blob/HEAD/packages/phrases/src/locales/fr/errors/user.ts',
    status: 422,
    request: POST,
    body: {
      code: 'user.email_already_in_use',
      message: 'Cet e-mail est associé à un compte existant.',
    },
    expect: { kind: 'duplicate', field: 'email' },
  },
  {
    service: 'Logto',
    source:
      'https://github.com/logto-io/logto/blob/HEAD/packages/phrases/src/locales/ja/errors/user.ts',
    status: 422,
    request: POST,
    body: {
      code: 'user.username_already_in_use',
      message: 'このユーザー名はすでに使用されています。',
    },
    expect: { kind: 'duplicate', field: 'username' },
  },
  {
    service: 'Logto',
    source:
      'https://github.com/logto-io/logto/blob/HEAD/packages/phrases/src/locales/zh-cn/errors/user.ts',
    status: 422,
    request: POST,
    body: { code: 'user.email_already_in_use', message: '该邮箱地址已被使用。' },
    expect: { kind: 'duplicate', field: 'email' },
  },
  {
    service: 'Logto',
    source:
      'https://github.com/logto-io/logto/blob/HEAD/packages/phrases/src/locales/ru/errors/user.ts',
    status: 422,
    request: POST,
    body: {
      code: 'user.email_already_in_use',
      message: 'Этот адрес электронной почты связан с существующей учетной записью.',
    },
    expect: { kind: 'duplicate', field: 'email' },
  },
  {
    service: 'Heroku Platform API',
    source: 'https://github.com/heroku/legacy-cli/issues/1732',
    status: 422,
    request: POST,
    body: { id: 'invalid_params', message: 'Name is already taken' },
    expect: { kind: 'duplicate', field: 'name' },
  },
  {
    service: 'Tsuru',
    source: 'https://github.com/tsuru/tsuru-dashboard/issues/55',
    status: 409,
    request: POST,
    headers: TEXT,
    body: 'there is already an app with this name',
    expect: { kind: 'duplicate', field: 'name' },
  },
  {
    service: 'Bitbucket API 1.0',
    source: 'https://github.com/gushphp/gush/issues/580',
    status: 400,
    request: POST,
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: '<ul class="errorlist"><li>name<ul class="errorlist"><li>You already have a repository with this name.</li></ul></li></ul>',
    expect: { kind: 'duplicate', field: 'name' },
  },
  {
    // twine prints the reason phrase; PyPI (Warehouse) puts the same sentence in the body.
    service: 'PyPI (Warehouse)',
    source: 'https://github.com/rgregg/meshcore-proxy/issues/5',
    status: 400,
    request: POST,
    headers: TEXT,
    body: "File already exists ('meshcore_proxy-0.1.0-py3-none-any.whl', with blake2_256 hash '9db71050bd8a32301af3c3a441f93b72315ee0318ca37e89f2e19c2634feadef'). See https://pypi.org/help/#file-name-reuse for more information.",
    expect: { kind: 'duplicate' },
  },
  {
    service: 'PyPI (Warehouse)',
    source: 'https://github.com/pypi/warehouse/issues/8558',
    status: 400,
    request: POST,
    headers: TEXT,
    body: 'This filename has already been used, use a different version. See https://pypi.org/help/#file-name-reuse for more information.',
    expect: { kind: 'duplicate' },
  },
  {
    service: 'npm registry',
    source: 'https://github.com/honeycombio/beeline-nodejs/pull/682',
    status: 403,
    request: PUT,
    body: { error: 'You cannot publish over the previously published versions: 3.4.0-outreach4.' },
    expect: { kind: 'duplicate' },
  },
  {
    // nuget.org sends the sentence as the reason phrase; the client prints it in parentheses.
    service: 'nuget.org',
    source: 'https://github.com/NuGet/Home/issues/5473',
    status: 409,
    statusText:
      "A package with ID 'OpenTok' and version '2.4.1' already exists and cannot be modified.",
    request: PUT,
    expect: { kind: 'duplicate' },
  },
  {
    service: 'GluuFederation Flex config API',
    source: 'https://github.com/GluuFederation/flex/pull/1726',
    status: 500,
    request: POST,
    body: {
      code: '500',
      message:
        'ERROR: duplicate key value violates unique constraint "jansperson_uid_unique_idx"\n  Detail: Key (uid)=(admin) already exists.',
    },
    expect: { kind: 'duplicate', field: 'uid' },
  },
  {
    service: 'Kutt',
    source: 'https://github.com/thedevs-network/kutt/issues/975',
    status: 500,
    request: POST,
    body: { error: 'Custom URL is already in use.' },
    expect: { kind: 'duplicate', field: 'customurl' },
  },
  {
    service: 'OpenML',
    source: 'https://github.com/openml/OpenML/issues/359',
    status: 450,
    request: POST,
    headers: { 'content-type': 'text/xml; charset=utf-8' },
    body: '<oml:error xmlns:oml="http://openml.org/openml">\n\t<oml:code>171</oml:code>\n\t<oml:message>flow already exists</oml:message>\n\t\t<oml:additional_information>implementation_id:8845</oml:additional_information>\n\t</oml:error>',
    expect: { kind: 'duplicate' },
  },
  {
    service: 'BuzonCiudadanoUy-Server (NestJS)',
    source:
      'https://github.com/Open-Source-Uruguay/BuzonCiudadanoUy-Server/blob/HEAD/src/user/domain/exceptions/user-already-exists.exception.ts',
    status: 409,
    request: POST,
    body: nest('Ya existe una cuenta con este correo electrónico'),
    expect: { kind: 'duplicate', field: 'email' },
  },
  {
    service: 'desarrollo-apps-1-back-end (NestJS)',
    source:
      'https://github.com/diaznicolasandres1/desarrollo-apps-1-back-end/blob/HEAD/src/user/exceptions/email-exists.exception.ts',
    status: 409,
    request: POST,
    body: nest('El email ana@example.com ya está registrado'),
    expect: { kind: 'duplicate', field: 'email' },
  },
  {
    // HttpException(message, status) serialises as { statusCode, message }.
    service: 'template-node-angular (NestJS)',
    source:
      'https://github.com/kev59420/template-node-angular/blob/HEAD/backend/src/core/exceptions/EmailAlreadyExist.ts',
    status: 409,
    request: POST,
    body: { statusCode: 409, message: "L'email jean@example.com exists déja" },
    expect: { kind: 'duplicate', field: 'email' },
  },
  {
    service: 'backend-alumni (Express)',
    source:
      'https://github.com/fsmith01539/backend-alumni/blob/HEAD/src/middlewares/error.middleware.js',
    status: 409,
    request: POST,
    body: { message: 'Email já cadastrado.' },
    expect: { kind: 'duplicate', field: 'email' },
  },
  {
    service: 'The-Social-Network (Next.js)',
    source: 'https://github.com/ItsManuP/The-Social-Network/blob/HEAD/src/pages/api/register.js',
    status: 400,
    request: POST,
    body: { success: false, message: 'Nome utente già esistente' },
    expect: { kind: 'duplicate', field: 'username' },
  },
  {
    service: 'canIBuyCar (Express)',
    source:
      'https://github.com/planethoon/canIBuyCar/blob/HEAD/server/controllers/auth/emailValidate.js',
    status: 409,
    request: POST,
    body: { message: '이미 존재하는 이메일입니다.' },
    expect: { kind: 'duplicate', field: 'email' },
  },
  {
    service: 'Zeonlb426 api (Express)',
    source: 'https://github.com/Zeonlb426/api/blob/HEAD/middlewares/hasUser.js',
    status: 409,
    request: POST,
    body: { message: 'Такой пользователь уже существует' },
    expect: { kind: 'duplicate' },
  },
  {
    service: 'express-mesto-gha (Express)',
    source: 'https://github.com/FrantsuzovaTamara/express-mesto-gha/blob/HEAD/middlewares/error.js',
    status: 409,
    request: POST,
    body: { message: 'Пользователь с такой почтой уже зарегистрирован' },
    expect: { kind: 'duplicate', field: 'email' },
  },
  {
    service: 'iot-raspberry (Express)',
    source: 'https://github.com/ilijanovic/iot-raspberry/blob/HEAD/api/helper/errors.js',
    status: 409,
    request: POST,
    body: { message: 'Der Benutzer existiert bereits. Bitte wählen Sie einen anderen Namen aus' },
    expect: { kind: 'duplicate' },
  },
  {
    service: 'Bame-Backend (Express)',
    source: 'https://github.com/mohamad-mansor/Bame-Backend/blob/HEAD/routes/sigupRoute.js',
    status: 400,
    request: POST,
    body: { message: 'User already exists.' },
    expect: { kind: 'duplicate' },
  },
  {
    service: 'Lago',
    source: 'https://github.com/getlago/lago-api/issues/502',
    status: 422,
    request: POST,
    body: {
      status: 422,
      error: 'Unprocessable entity',
      code: 'validation_errors',
      error_details: { external_id: ['value_already_exists'] },
    },
    expect: { kind: 'duplicate', field: 'external_id' },
  },
  // --- stale ---------------------------------------------------------------------------------
  {
    // The SDK error lists the body's members; Contentful sends the version in X-Contentful-Version.
    service: 'Contentful Management API',
    source: 'https://github.com/contentful/contentful-management.js/issues/2326',
    status: 409,
    request: { method: 'PUT', headers: { 'X-Contentful-Version': '0' } },
    headers: { 'content-type': 'application/vnd.contentful.management.v1+json' },
    body: {
      sys: { type: 'Error', id: 'VersionMismatch' },
      message: '',
      details: {},
      requestId: 'b6dd5202',
    },
    expect: { kind: 'stale' },
  },
  {
    service: 'Apache Solr',
    source: 'https://github.com/yougov/mongo-connector/issues/281',
    status: 409,
    request: POST,
    body: {
      responseHeader: { status: 409, QTime: 1 },
      error: {
        metadata: ['error-class', 'org.apache.solr.common.SolrException'],
        msg: 'version conflict for 36302267 expected=1 actual=-1',
        code: 409,
      },
    },
    expect: { kind: 'stale' },
  },
  {
    service: 'unpm',
    source: 'https://github.com/hayes/unpm/blob/HEAD/lib/respond/409.js',
    status: 409,
    request: PUT,
    body: { error: 'conflict', reason: 'Document update conflict.' },
    expect: { kind: 'stale' },
  },
  {
    // EventStoreDB answers a wrong ES-ExpectedVersion with this reason phrase, no body, and the
    // stream's current version in a header.
    service: 'EventStoreDB (KurrentDB) HTTP API',
    source: 'https://github.com/kurrent-io/KurrentDB/pull/960',
    status: 400,
    statusText: 'Wrong expected EventNumber',
    request: { method: 'POST', headers: { 'ES-ExpectedVersion': '3' } },
    headers: { 'ES-CurrentVersion': '5' },
    expect: { kind: 'stale' },
  },
  {
    service: 'Trento Web',
    source:
      'https://github.com/trento-project/web/blob/HEAD/lib/trento_web/openapi/v1/schema/precondition_failed.ex',
    status: 412,
    request: { method: 'PUT', headers: { 'If-Match': '"3"' } },
    body: {
      errors: [
        {
          detail:
            'Mid-air collision detected, please refresh the resource you are trying to update.',
          title: 'Precondition Failed',
        },
      ],
    },
    expect: { kind: 'stale' },
  },
  // --- precondition required -----------------------------------------------------------------
  {
    service: 'Trento Web',
    source:
      'https://github.com/trento-project/web/blob/HEAD/lib/trento_web/openapi/v1/schema/precondition_required.ex',
    status: 428,
    request: PUT,
    body: {
      errors: [
        {
          detail: 'Request needs to be conditional, please provide If-Match header.',
          title: 'Precondition Required',
        },
      ],
    },
    expect: { kind: 'precondition-required' },
  },
  // --- state ---------------------------------------------------------------------------------
  {
    service: 'Toss Payments',
    source: 'https://docs.tosspayments.com/reference/error-codes',
    status: 400,
    request: POST,
    body: { code: 'ALREADY_PROCESSED_PAYMENT', message: '이미 처리된 결제 입니다.' },
    expect: { kind: 'state' },
  },
  {
    service: 'PortOne V2 API',
    source: 'https://server-sdk-js.portone.io/types/Schema.AlreadyPaidError.html',
    status: 409,
    request: POST,
    body: { type: 'ALREADY_PAID' },
    expect: { kind: 'state' },
  },
  {
    service: 'Mollie API',
    source: 'https://github.com/mollie/mollie-api-node/issues/477',
    status: 422,
    request: DELETE,
    headers: { 'content-type': 'application/hal+json' },
    body: {
      status: 422,
      title: 'Unprocessable Entity',
      detail: 'The payment cannot be cancelled',
      _links: {
        documentation: {
          href: 'https://docs.mollie.com/reference/handling-errors',
          type: 'text/html',
        },
      },
    },
    expect: { kind: 'state' },
  },
  {
    service: 'Mollie API',
    source: 'https://github.com/mollie/Shopware6/issues/575',
    status: 422,
    request: POST,
    headers: { 'content-type': 'application/hal+json' },
    body: {
      status: 422,
      title: 'Unprocessable Entity',
      detail:
        'Cannot create a new payment for order ord_6ljr39 when the order status is "canceled".',
      _links: {
        documentation: {
          href: 'https://docs.mollie.com/reference/handling-errors',
          type: 'text/html',
        },
      },
    },
    expect: { kind: 'state' },
  },
  {
    // Envelope as in GoCardless's API reference; the sentence as the PHP client raised it.
    service: 'GoCardless API',
    source: 'https://github.com/ArthurGuy/BBMembershipSystem/issues/231',
    status: 422,
    request: POST,
    body: {
      error: {
        message: 'Mandate is failed, cancelled or expired',
        documentation_url: 'https://developer.gocardless.com/api-reference#mandate_is_inactive',
        type: 'invalid_state',
        request_id: 'deadbeef',
        errors: [
          { reason: 'mandate_is_inactive', message: 'Mandate is failed, cancelled or expired' },
        ],
        code: 422,
      },
    },
    expect: { kind: 'state' },
  },
  {
    service: 'Omise API',
    source: 'https://docs.omise.co/api-errors',
    status: 400,
    request: POST,
    body: {
      object: 'error',
      location: 'https://www.omise.co/api-errors#expired-charge',
      code: 'expired_charge',
      message: 'charge expired',
    },
    expect: { kind: 'state' },
  },
  {
    service: 'kookies-kitchen-backend (Express)',
    source:
      'https://github.com/Claudia-Lemos/kookies-kitchen-backend/blob/HEAD/controllers/orderController.js',
    status: 400,
    request: POST,
    body: { message: 'Order is already cancelled' },
    expect: { kind: 'state' },
  },
  {
    service: 'Atramhasis',
    source: 'https://github.com/OnroerendErfgoed/atramhasis/issues/111',
    status: 409,
    request: DELETE,
    body: {
      message:
        "Sorry, you can not perform this operation on this concept because it's still in use somewhere else.",
      referenced_in: [
        'http://id.python.org/birds/swallow/african',
        'http://id.python.org/birds/swallow/european',
      ],
    },
    expect: { kind: 'state' },
  },
  {
    service: 'EdgeX Foundry core-metadata',
    source: 'https://github.com/edgexfoundry/edgex-go/pull/3088',
    status: 409,
    request: DELETE,
    body: {
      apiVersion: 'v2',
      message: 'fail to delete the device profile when associated device exists',
      statusCode: 409,
    },
    expect: { kind: 'state' },
  },
  // --- busy ----------------------------------------------------------------------------------
  {
    service: 'Fauna',
    source: 'https://github.com/gahabeen/biota/issues/4',
    status: 409,
    request: POST,
    body: {
      errors: [
        {
          code: 'contended transaction',
          description: 'Transaction was aborted due to detection of concurrent modification.',
        },
      ],
    },
    expect: { kind: 'busy' },
  },
  {
    service: 'Amazon Neptune',
    source: 'https://github.com/babbel/grumlin/issues/97',
    status: 500,
    request: POST,
    body: {
      detailedMessage:
        'Failed to complete operation due to conflicting concurrent operations. Please retry. 0 transactions are currently rolling back.',
      requestId: 'caf56fe0-288a-4ddc-a5c1-40b058ac8202',
      code: 'ConcurrentModificationException',
    },
    expect: { kind: 'busy' },
  },
  {
    service: 'Mollie API',
    source: 'https://github.com/Viincenttt/MollieApi/issues/302',
    status: 400,
    request: DELETE,
    headers: { 'content-type': 'application/hal+json' },
    body: {
      status: 400,
      title: 'Bad Request',
      detail: 'Unable to cancel order at this moment, please try again later',
    },
    expect: { kind: 'busy' },
  },
  {
    service: 'Toss Payments',
    source: 'https://docs.tosspayments.com/reference/error-codes',
    status: 400,
    request: POST,
    body: {
      code: 'PROVIDER_ERROR',
      message: '일시적인 오류가 발생했습니다. 잠시 후 다시 시도해주세요.',
    },
    expect: { kind: 'busy' },
  },
  {
    // The thread quotes the client's "[409]message"; the envelope is not shown.
    service: 'NAVER Search Ad API',
    source: 'https://github.com/naver/searchad-apidoc/issues/1316',
    status: 409,
    request: PUT,
    headers: TEXT,
    body: 'The resource you requested is handling another request. Please try again later.',
    expect: { kind: 'busy' },
  },
  {
    service: 'adforge (Express)',
    source: 'https://github.com/sattycoder/adforge/blob/HEAD/server/src/middleware/singleFlight.js',
    status: 429,
    request: POST,
    body: {
      success: false,
      message: 'Request for desktop already in progress. Try again shortly.',
    },
    expect: { kind: 'busy' },
  },
  {
    service: 'TrueLayer Payments API v3',
    source: 'https://docs.truelayer.com/docs/error-types',
    status: 409,
    request: POST,
    headers: PROBLEM,
    body: {
      type: 'https://docs.truelayer.com/docs/error-types#concurrency-conflict',
      title: 'Concurrency Conflict',
      status: 409,
      trace_id: '6a6d5a9c',
      detail: 'This resource is already being used in another request.',
    },
    expect: { kind: 'busy' },
  },
  // --- validation and other -----------------------------------------------------------------
  {
    service: 'Telegram Bot API',
    source: 'https://github.com/yi-jiayu/bus-eta-bot/issues/6',
    status: 400,
    request: POST,
    body: { ok: false, error_code: 400, description: 'Bad Request: message is not modified' },
    expect: { kind: 'validation' },
  },
  {
    service: 'Zulip API',
    source: 'https://Zulip.com/api/rest-error-handling',
    status: 400,
    request: POST,
    body: {
      code: 'REQUEST_VARIABLE_MISSING',
      msg: "Missing 'content' argument",
      result: 'error',
      var_name: 'content',
    },
    expect: { kind: 'validation', field: 'content' },
  },
  {
    service: 'Zulip API',
    source: 'https://Zulip.com/api/rest-error-handling',
    status: 401,
    body: { code: 'INVALID_API_KEY', msg: 'Invalid API key', result: 'error' },
    expect: { kind: 'other' },
  },
  {
    service: 'iugu API',
    source: 'https://dev.iugu.com/reference/erros',
    status: 422,
    request: POST,
    body: { errors: { due_date: ['não pode estar no passado'] } },
    expect: { kind: 'validation', field: 'due_date' },
  },
  {
    service: 'Asaas API',
    source: 'https://docs.asaas.com/reference/http-response-codes',
    status: 400,
    request: POST,
    body: {
      errors: [
        { code: 'invalid_value', description: 'The value field must be informed' },
        { code: 'invalid_dueDate', description: 'The due date cannot be earlier than today' },
      ],
    },
    expect: { kind: 'validation', field: 'value' },
  },
  {
    service: 'PowerCMS X RESTful API',
    source: 'https://powercmsx.jp/about/restful_api_errors.html',
    status: 400,
    body: { status: 400, message: "Version 'v9' is not supported." },
    expect: { kind: 'validation' },
  },
  {
    service: 'Vipps eCom API',
    source: 'https://github.com/vippsas/vipps-ecom-api/issues/198',
    status: 500,
    request: PUT,
    body: {
      responseInfo: {
        responseCode: 500,
        responseMessage: 'Something went wrong, please try again later.',
      },
    },
    expect: { kind: 'other' },
  },
  {
    service: 'debattle-be (Express)',
    source: 'https://github.com/Ramonk123/debattle-be/blob/HEAD/middleware/ErrorHandler.js',
    status: 500,
    request: POST,
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: JSON.stringify('Er is iets misgegaan op de server, probeer het later opnieuw.'),
    expect: { kind: 'other' },
  },
]
