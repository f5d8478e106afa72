/**
 * Public: every exception the SDK throws. All are unchecked and extend {@link
 * io.platformexample.sdk.errors.SdkException}.
 *
 * <pre>
 * SdkException
 * ├── InvalidArgumentException            refused before anything was sent
 * ├── ApiConnectionException              no response (connect, read, interrupted)
 * │   └── ApiTimeoutException
 * ├── ApiStatusException                  a non-2xx, non-3xx response
 * │   ├── ClientErrorException            any other 4xx
 * │   │   ├── BadRequestException 400, AuthenticationException 401,
 * │   │   ├── PermissionDeniedException 403, NotFoundException 404,
 * │   │   ├── ConflictException 409, PreconditionFailedException 412,
 * │   │   ├── UnprocessableEntityException 422,
 * │   │   └── PreconditionRequiredException 428, RateLimitException 429
 * │   └── ServerErrorException            any other 5xx
 * │       └── InternalServerErrorException 500
 * ├── ResponseDecodeException             a 2xx whose body is not what it says
 * └── WaiterTimeoutException              a waiter ran out of time
 * </pre>
 */
package io.platformexample.sdk.errors;
