import { hostileValue } from '@saffron/service/testing';
import { FILES_PREFIX } from '@saffron/shared';
import fc from 'fast-check';

/** Every route of the service under FILES_PREFIX; `:id` is filled in by the generator. */
export const FILES_ROUTES = [
  { method: 'POST', path: '/recipes/:id/attachments' },
  { method: 'POST', path: '/recipes/:id/attachments/from-url' },
  { method: 'GET', path: '/attachments/:id' },
  { method: 'GET', path: '/attachments/:id/thumbnail' },
  { method: 'DELETE', path: '/attachments/:id' },
  { method: 'POST', path: '/imports' },
  { method: 'GET', path: '/export' },
] as const;

/** Ids the test replaces with real rows of the caller, so some requests reach the handlers. */
export const OWN_RECIPE = 'OWN-RECIPE';
export const OWN_ATTACHMENT = 'OWN-ATTACHMENT';

const BOUNDARY = 'fuzz-boundary';

const id = fc.oneof(
  fc.constantFrom(OWN_RECIPE, OWN_ATTACHMENT),
  fc.uuid(),
  fc.constantFrom('..', '%2e%2e', '%00', '%zz', '%', '0', "'", '%F0%9F%8D%85', 'x'.repeat(3_000)),
  fc.string({ maxLength: 40 }).map(encodeURIComponent),
);

const part = (headers: string, content: string) =>
  `--${BOUNDARY}\r\n${headers}\r\n\r\n${content}\r\n`;
const fileHeaders = (field: string, filename: string) =>
  `Content-Disposition: form-data; name="${field}"; filename="${filename}"\r\nContent-Type: image/png`;

const wellFormed = fc
  .record({
    field: fc.constantFrom('file', 'files', '__proto__', 'constructor', ''),
    filename: fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('../x', 'a"b', '\u0000')),
    content: fc.string({ unit: 'binary', maxLength: 200 }),
  })
  .map(
    ({ field, filename, content }) =>
      part(fileHeaders(field, filename), content) + `--${BOUNDARY}--\r\n`,
  );

/** Multipart bodies a browser never sends: cut short, unterminated, with broken part headers. */
const multipartBody = fc.oneof(
  wellFormed,
  fc
    .tuple(wellFormed, fc.nat())
    .map(([body, cut]) => body.slice(0, Math.max(1, cut % body.length))),
  fc.constant(part(fileHeaders('file', 'a.png'), 'unterminated')),
  fc.constant(`--${BOUNDARY}\r\n\r\nno headers\r\n--${BOUNDARY}--\r\n`),
  fc.constant(part('Content-Disposition form-data name=file', 'x') + `--${BOUNDARY}--\r\n`),
  fc.constant(
    part(
      `Content-Disposition: form-data; name="file"; filename="a"\r\n${'x'.repeat(90_000)}: y`,
      'x',
    ),
  ),
  fc.constant(`--other\r\n${fileHeaders('file', 'a.png')}\r\n\r\nx\r\n--other--\r\n`),
  fc.constant(
    Array.from({ length: 60 }, (_, i) =>
      part(`Content-Disposition: form-data; name="f${i}"`, 'v'),
    ).join('') + `--${BOUNDARY}--\r\n`,
  ),
  fc.string({ unit: 'binary', maxLength: 300 }),
);

const jsonBody = hostileValue.map((value) => JSON.stringify({ url: value }));

const contentType = fc.constantFrom(
  `multipart/form-data; boundary=${BOUNDARY}`,
  'multipart/form-data',
  'multipart/form-data; boundary=',
  `multipart/form-data; boundary="${'b'.repeat(300)}"`,
  `multipart/mixed; boundary=${BOUNDARY}`,
  'application/json',
  'application/json; charset=utf-16',
  'text/plain',
  'application/x-www-form-urlencoded',
  '\u0001',
  undefined,
);

/** Headers that are legal to send, and some that are not. */
const oddHeaders = fc.array(
  fc.constantFrom(
    `X-Pad: ${'a'.repeat(20_000)}\r\n`,
    Array.from({ length: 150 }, (_, i) => `X-H${i}: v\r\n`).join(''),
    'X-Odd: \u0001\u00ff\r\n',
    'Range: bytes=abc\r\n',
    'Range: bytes=99999999999999999999-\r\n',
    'Range: bytes=0-0,1-1,2-2,3-3,4-4,5-5,6-6,7-7\r\n',
    'If-None-Match: "\u0000"\r\n',
    'If-Modified-Since: yesterday\r\n',
    'Origin: null\r\n',
    'Origin: https://evil.example\r\n',
    'Cookie: saffron_session=%zz; __Host-saffron_session=\r\n',
    'Accept-Encoding: \u00ff\r\n',
    'X-Forwarded-For: not-an-ip\r\n',
  ),
  { maxLength: 2 },
);

const token = fc.constantFrom('valid', 'none', 'garbage');

export interface BadRequest {
  method: string;
  path: string;
  token: 'valid' | 'none' | 'garbage';
  contentType: string | undefined;
  headers: string[];
  body: string;
  /** How the body is framed: by its true length, a lying length, or chunks (some broken). */
  framing: 'length' | 'short-length' | 'chunked' | 'broken-chunked';
}

export const badRequest: fc.Arbitrary<BadRequest> = fc
  .record({
    method: fc.oneof(
      { weight: 1, arbitrary: fc.constantFrom('PUT', 'PATCH', 'OPTIONS', 'HEAD', 'BREW') },
      { weight: 4, arbitrary: fc.constant('') }, // the route's own method
    ),
    route: fc.constantFrom(...FILES_ROUTES),
    id,
    token,
    contentType,
    headers: oddHeaders,
    body: fc.oneof(multipartBody, jsonBody, fc.constant('')),
    framing: fc.constantFrom('length', 'length', 'short-length', 'chunked', 'broken-chunked'),
  })
  .map(({ method, route, id: routeId, ...rest }) => ({
    ...rest,
    method: method || route.method,
    path: FILES_PREFIX + route.path.replace(':id', routeId),
  }));

/** The request as bytes on the wire (latin1: one byte per character, as generated). */
export function requestBytes(
  request: BadRequest,
  ids: { recipeId: string; attachmentId: string; token: string },
): Buffer {
  const path = request.path
    .replace(OWN_RECIPE, ids.recipeId)
    .replace(OWN_ATTACHMENT, ids.attachmentId);
  const body = Buffer.from(request.body, 'latin1');
  const auth = { valid: `Bearer ${ids.token}`, garbage: 'Bearer %%%', none: undefined }[
    request.token
  ];
  const framing = {
    length: { header: `Content-Length: ${body.length}\r\n`, payload: body },
    'short-length': { header: `Content-Length: ${Math.floor(body.length / 2)}\r\n`, payload: body },
    chunked: {
      header: 'Transfer-Encoding: chunked\r\n',
      payload: Buffer.concat([
        Buffer.from(`${body.length.toString(16)}\r\n`),
        body,
        Buffer.from('\r\n0\r\n\r\n'),
      ]),
    },
    'broken-chunked': {
      header: 'Transfer-Encoding: chunked\r\n',
      payload: Buffer.concat([Buffer.from('zz\r\n'), body]),
    },
  }[request.framing];
  const head =
    `${request.method} ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n` +
    (auth ? `Authorization: ${auth}\r\n` : '') +
    (request.contentType === undefined ? '' : `Content-Type: ${request.contentType}\r\n`) +
    request.headers.join('') +
    framing.header +
    '\r\n';
  return Buffer.concat([Buffer.from(head, 'latin1'), framing.payload]);
}
