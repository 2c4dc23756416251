/**
 * Signatures: the exact messages that software prints for a status, so that a pasted error-log
 * line, error page, console message or exception finds its entry. They are searched, never shown.
 * Keys are entry ids: the code, or code-vendor ("522-cloudflare"); "0" is "no response". Every
 * message is quoted from the software's own source or documentation named on its set (a part
 * that varies, such as a host or a size, is left out). A message listed under several entries
 * leads to each of them.
 */
export interface SignatureSet {
  /** Where the messages were taken from. */
  source: string;
  messages: Readonly<Record<string, readonly string[]>>;
}

export const signatureSets: readonly SignatureSet[] = [
  {
    source:
      'nginx source: src/http/ngx_http_upstream.c, ngx_http_request.c, ngx_http_request_body.c, ngx_http_core_module.c, ngx_http_special_response.c, modules/ngx_http_limit_req_module.c, ngx_http_access_module.c, ngx_http_auth_basic_module.c, ngx_http_index_module.c; event/ngx_event_connect.c',
    messages: {
      '502': [
        'upstream sent too big header while reading response header from upstream',
        'connect() failed (111: Connection refused) while connecting to upstream',
        'no live upstreams while connecting to upstream',
        'upstream prematurely closed connection while reading response header from upstream',
        'recv() failed (104: Connection reset by peer) while reading response header from upstream',
        'upstream sent invalid header while reading response header from upstream',
        'upstream sent invalid status',
        'upstream sent no valid HTTP/1.0 header',
        'SSL_do_handshake() failed while SSL handshaking to upstream',
        'upstream SSL certificate verify error',
        'upstream SSL certificate does not match',
      ],
      '504': [
        'upstream timed out (110: Connection timed out) while reading response header from upstream',
        'upstream timed out (110: Connection timed out) while connecting to upstream',
      ],
      '413': [
        'client intended to send too large body',
        'client intended to send too large chunked body',
      ],
      '403': ['directory index of is forbidden', 'access forbidden by rule'],
      '404': ['open() failed (2: No such file or directory)'],
      '401': ['no user/password was provided for basic authentication', 'password mismatch'],
      '503': ['limiting requests, excess by zone'],
      '429': ['limiting requests, excess by zone'],
      '500': ['rewrite or internal redirection cycle while processing'],
      '497-nginx': [
        'client sent plain HTTP request to HTTPS port while reading client request headers',
        'The plain HTTP request was sent to HTTPS port',
      ],
      '494-nginx': ['client sent too long header line', 'Request Header Or Cookie Too Large'],
      '495-nginx': ['The SSL certificate error', 'client SSL certificate verify error'],
      '496-nginx': [
        'No required SSL certificate was sent',
        'client sent no required SSL certificate',
      ],
      '499-nginx': [
        'client prematurely closed connection',
        'epoll_wait() reported that client prematurely closed connection',
      ],
      '408': ['client timed out (110: Connection timed out) while reading client request headers'],
    },
  },
  {
    source:
      'Apache httpd source: modules/proxy/mod_proxy_http.c (AH01102, AH01114), proxy_util.c (AH00898, AH00957), mod_proxy_fcgi.c (AH01071, AH01075), aaa/mod_authz_core.c (AH01630), aaa/mod_access_compat.c (AH01797), generators/mod_autoindex.c (AH01276), server/core.c (AH00124, AH00126, AH00128), server/util_script.c, filters/mod_reqtimeout.c (AH01382), http/http_filters.c (AH02429), mappers/mod_negotiation.c (AH00690), and the default error pages of modules/http/http_protocol.c',
    messages: {
      '502': [
        'AH01102: error reading status line from remote server',
        'AH00898: Error reading from remote server returned by',
        'The proxy server received an invalid response from an upstream server',
      ],
      '503': [
        'AH01114: HTTP: failed to make connection to backend',
        'AH00957: HTTP: attempt to connect to failed',
        'The server is temporarily unable to service your request due to maintenance downtime or capacity problems',
      ],
      '504': [
        'AH01075: Error dispatching request to',
        'The gateway did not receive a timely response from the upstream server or application',
      ],
      '403': [
        'AH01630: client denied by server configuration',
        'AH01797: client denied by server configuration',
        'AH01276: Cannot serve directory: No matching DirectoryIndex found, and server-generated directory index forbidden by Options directive',
        "You don't have permission to access this resource",
      ],
      '404': [
        'AH00128: File does not exist',
        "AH01071: Got error 'Primary script unknown'",
        'The requested URL was not found on this server',
      ],
      '500': [
        'AH00124: Request exceeded the limit of 10 internal redirects due to probable configuration error',
        'Premature end of script headers',
        'End of script output before headers',
        'AH02429: Response header name contains invalid characters, aborting request',
        'The server encountered an internal error or misconfiguration and was unable to complete your request',
      ],
      '400': [
        'AH00126: Invalid URI in request',
        'Your browser sent a request that this server could not understand',
      ],
      '408': [
        'AH01382: Request header read timeout',
        'Server timeout waiting for the HTTP request from the client',
      ],
      '406': [
        'AH00690: no acceptable variant',
        'An appropriate representation of the requested resource could not be found on this server',
      ],
      '401': [
        'This server could not verify that you are authorized to access the document requested',
      ],
      '405': ['is not allowed for this URL'],
      '410': [
        'The requested resource is no longer available on this server and there is no forwarding address',
      ],
      '412': ['The precondition on the request for this URL evaluated to false'],
      '413': [
        'The requested resource does not allow request data with requests, or the amount of data provided in the request exceeds the capacity limit',
      ],
      '414': ["The requested URL's length exceeds the capacity limit for this server"],
      '415': [
        'The supplied request data is not in a format acceptable for processing by this resource',
      ],
      '429': ['The user has sent too many requests in a given amount of time'],
      '431': ['The server refused this request because the request header fields are too large'],
    },
  },
  {
    source: 'HAProxy source: src/http.c (the default error pages)',
    messages: {
      '400': ['Your browser sent an invalid request'],
      '401': ['You need a valid user and password to access this content'],
      '407': ['You need a valid user and password to access this content'],
      '403': ['Request forbidden by administrative rules'],
      '404': ['The resource could not be found'],
      '405': [
        'A request was made of a resource using a request method not supported by that resource',
      ],
      '408': ["Your browser didn't send a complete request in time"],
      '410': ['The resource is no longer available and will not be available again'],
      '413': ['The request entity exceeds the maximum allowed'],
      '414': ['The URI provided was too long for the server to process'],
      '421': ['Request sent to a non-authoritative server'],
      '425': ['Your browser sent early data'],
      '429': ['You have sent too many requests in a given amount of time'],
      '500': ['An internal server error occurred'],
      '501': ['The server does not support the functionality required to fulfill the request'],
      '502': ['The server returned an invalid or incomplete response'],
      '503': ['No server is available to handle this request'],
      '504': ["The server didn't respond in time"],
    },
  },
  {
    source:
      'Envoy documentation: access log response flags and local replies (UH and UF with 503, UT with 504, NR with 404, RL with 429), and Envoy’s own messages as its users report them (envoyproxy/envoy issues 4567, 9050, 18511, 38577)',
    messages: {
      '503': [
        'no healthy upstream',
        'no_healthy_upstream',
        'upstream connect error or disconnect/reset before headers',
        'reset reason: connection failure',
        'reset reason: connection termination',
        'reset reason: remote reset',
        'reset reason: overflow',
        'upstream_reset_before_response_started',
      ],
      '504': ['upstream request timeout'],
      '404': ['route_not_found'],
      '429': ['local_rate_limited'],
    },
  },
  {
    source:
      'Traefik source: pkg/server/service/loadbalancer (no available server, answered with 503)',
    messages: { '503': ['no available server'] },
  },
  {
    source:
      'Caddy source: modules/caddyhttp/reverseproxy/reverseproxy.go; Go net/http and net error texts that Caddy and Traefik log with the status they answer',
    messages: {
      '503': ['no upstreams available'],
      '502': [
        'dial tcp: connect: connection refused',
        'aborting with incomplete response',
        'reverseproxy.statusError',
      ],
      '0': [
        'dial tcp: connect: connection refused',
        'dial tcp: lookup: no such host',
        'net/http: request canceled',
        'Client.Timeout exceeded while awaiting headers',
        'context deadline exceeded',
        'dial tcp: i/o timeout',
        'x509: certificate signed by unknown authority',
        'tls: failed to verify certificate',
        'http: server gave HTTP response to HTTPS client',
      ],
      '504': ['context deadline exceeded', 'Client.Timeout exceeded while awaiting headers'],
      '404': ['404 page not found'],
      '413': ['http: request body too large'],
    },
  },
  {
    source:
      'Microsoft IIS, HTTP.sys and the ASP.NET Core Module. ANCM: dotnet/aspnetcore src/Servers/IIS/AspNetCoreModuleV2 (InProcessRequestHandler/dllmain.cpp and InProcessRhStaticHtml.htm: 500.30; AspNetCore/InProcessShimStaticHtml.htm: 500.0; OutOfProcessRequestHandler/forwardinghandler.cpp: 502.5; CommonLib/resources.h: exited from Program.Main). IIS and HTTP.sys pages: AspNetCore.Docs “Troubleshoot ASP.NET Core on Azure App Service and IIS” (403.14, 403, 500.19, 500.31, 502.5 Process Failure) and “Upload files in ASP.NET Core” (404.13 is a 404); HTTP.sys invalid hostname as dotnet/aspnetcore HostFilteringMiddleware.cs copies it; the other IIS substatus pages (404.3, 404.15, 404.0, 401.2, HTTP.sys 503 and 400 Request Too Long) as IIS prints them, quoted verbatim in public issue threads and code',
    messages: {
      '403': [
        'The Web server is configured to not list the contents of this directory',
        'You do not have permission to view this directory or page',
        'Access is denied',
      ],
      '404': [
        'The page you are requesting cannot be served because of the extension configuration',
        'The request filtering module is configured to deny a request where the query string is too long',
        'The resource you are looking for has been removed, had its name changed, or is temporarily unavailable',
        'The request filtering module is configured to deny a request that exceeds the request content length',
      ],
      '500': [
        'The requested page cannot be accessed because the related configuration data for the page is invalid',
        'ASP.NET Core app failed to start',
        'ANCM In-Process Start Failure',
        'ANCM In-Process Handler Load Failure',
        'ANCM Failed to Find Native Dependencies',
        'has exited from Program.Main with exit code',
      ],
      '502': ['ANCM Out-Of-Process Startup Failure', 'Process Failure'],
      '503': ['The service is unavailable'],
      '401': ['You are not authorized to view this page due to invalid authentication headers'],
      '400': ['The request hostname is invalid', 'The size of the request headers is too long'],
    },
  },
  {
    source:
      'Cloudflare documentation: the 1xxx and 5xx error pages (support/troubleshooting/http-status-codes) and custom error page types',
    messages: {
      '403': [
        'Sorry, you have been blocked',
        'The owner of this website has banned your IP address',
        'has banned your access based on your browser’s signature',
        'Direct IP access not allowed',
        'Country or region banned',
        'CNAME Cross-User Banned',
        'Edge IP Restricted',
        'DNS points to prohibited IP',
        'HTTP hostname and TLS SNI hostname mismatch',
      ],
      '409': ['DNS resolution error'],
      '429': [
        'You are being rate limited',
        'has banned you temporarily from accessing this website',
      ],
      '530-cloudflare': ['Origin DNS error', 'Argo Tunnel error'],
      '500': ['Worker threw exception', 'Worker threw a JavaScript exception'],
      '503': ['Worker exceeded resource limits', 'Worker exceeded CPU time limit'],
    },
  },
  {
    source:
      'AWS documentation: API Gateway “Gateway response types for API Gateway” (types and default statuses) and its messages and execution-log lines (Missing Authentication Token, Endpoint request timed out, Limit Exceeded, Malformed Lambda proxy response, Invalid permissions on Lambda function, the Lambda authorizer’s explicit deny); CloudFront error pages (“The request could not be satisfied”, with their 403/502/504 texts and the Lambda@Edge invalid-JSON page); “Troubleshoot your Application Load Balancers” (HTTP 503: no registered targets); Amazon S3 “Error responses” (error codes and their statuses: EntityTooLarge is a 400); the AWS API errors UnrecognizedClientException and ThrottlingException',
    messages: {
      '403': [
        'Missing Authentication Token',
        'MISSING_AUTHENTICATION_TOKEN',
        'ACCESS_DENIED',
        'EXPIRED_TOKEN',
        'INVALID_API_KEY',
        'INVALID_SIGNATURE',
        'WAF_FILTERED',
        'User is not authorized to access this resource with an explicit deny',
        'The security token included in the request is invalid',
        'This distribution is not configured to allow the HTTP request method that was used for this request',
        'Request blocked',
        'AccessDenied',
        'SignatureDoesNotMatch',
        'RequestTimeTooSkewed',
        'InvalidAccessKeyId',
      ],
      '504': [
        'Endpoint request timed out',
        'INTEGRATION_TIMEOUT',
        'INTEGRATION_FAILURE',
        'CloudFront attempted to establish a connection with the origin, but either the attempt failed or the origin closed the connection',
      ],
      '502': [
        'Malformed Lambda proxy response',
        "CloudFront wasn't able to connect to the origin",
        'CloudFront attempted to establish a connection with the origin, but either the attempt failed or the origin closed the connection',
        'The Lambda function returned invalid JSON',
        'The request could not be satisfied',
      ],
      '500': [
        'API_CONFIGURATION_ERROR',
        'AUTHORIZER_CONFIGURATION_ERROR',
        'AUTHORIZER_FAILURE',
        'Execution failed due to configuration error',
        'Invalid permissions on Lambda function',
      ],
      '400': ['BAD_REQUEST_PARAMETERS', 'BAD_REQUEST_BODY', 'EntityTooLarge'],
      '404': ['RESOURCE_NOT_FOUND', 'NoSuchKey', 'NoSuchBucket'],
      '413': ['REQUEST_TOO_LARGE'],
      '415': ['UNSUPPORTED_MEDIA_TYPE'],
      '429': ['QUOTA_EXCEEDED', 'THROTTLED', 'Limit Exceeded', 'Rate exceeded'],
      '503': ['The target groups for the load balancer have no registered targets', 'SlowDown'],
      '412': ['PreconditionFailed'],
      '416': ['InvalidRange'],
      '301': ['PermanentRedirect'],
      '307': ['TemporaryRedirect'],
    },
  },
  {
    source:
      'Chromium: cross-origin (CORS) and loading messages of its console (third_party/blink/renderer/platform/loader/cors/cors_error_string.cc) and its network error pages',
    messages: {
      '0': [
        'has been blocked by CORS policy',
        "No 'Access-Control-Allow-Origin' header is present on the requested resource",
        "Response to preflight request doesn't pass access control check",
        'It does not have HTTP ok status',
        'Redirect is not allowed for a preflight request',
        'is not allowed by Access-Control-Allow-Headers in preflight response',
        'is not allowed by Access-Control-Allow-Methods in preflight response',
        "The value of the 'Access-Control-Allow-Origin' header in the response must not be the wildcard '*' when the request's credentials mode is 'include'",
        "The 'Access-Control-Allow-Origin' header contains multiple values",
        "The 'Access-Control-Allow-Origin' header has a value that is not equal to the supplied origin",
        'Failed to fetch',
        'Failed to load resource: net::ERR_FAILED',
        'Mixed Content: The page was loaded over HTTPS, but requested an insecure resource',
        'This site can’t be reached',
        'refused to connect',
        'took too long to respond',
        'redirected you too many times',
        'Your connection is not private',
        'didn’t send any data',
        'unexpectedly closed the connection',
      ],
      '301': ['redirected you too many times'],
      '302': ['redirected you too many times'],
      '500': ['is currently unable to handle this request'],
    },
  },
  {
    source:
      'Firefox: its console’s CORS reasons (dom/locales: security.properties) and network error pages; NSS error names (lib/ssl/sslerr.h, lib/util/secerr.h) and mozilla::pkix’s (MOZILLA_PKIX_ERROR_…, security/manager/ssl)',
    messages: {
      '0': [
        'Cross-Origin Request Blocked: The Same Origin Policy disallows reading the remote resource',
        'CORS header ‘Access-Control-Allow-Origin’ missing',
        'CORS header ‘Access-Control-Allow-Origin’ does not match',
        'CORS request did not succeed',
        'CORS preflight response did not succeed',
        'CORS request not HTTP',
        'Credential is not supported if the CORS header ‘Access-Control-Allow-Origin’ is ‘*’',
        'Did not find method in CORS header ‘Access-Control-Allow-Methods’',
        'missing token in CORS header ‘Access-Control-Allow-Headers’ from CORS preflight channel',
        'Multiple CORS header ‘Access-Control-Allow-Origin’ not allowed',
        'NetworkError when attempting to fetch resource',
        'Firefox can’t establish a connection to the server',
        'We’re having trouble finding that site',
        'The connection has timed out',
        'The connection was reset',
        'Secure Connection Failed',
        'Warning: Potential Security Risk Ahead',
        'The page isn’t redirecting properly',
        'SSL_ERROR_NO_CYPHER_OVERLAP',
        'SSL_ERROR_UNSUPPORTED_VERSION',
        'SSL_ERROR_HANDSHAKE_FAILURE_ALERT',
        'SSL_ERROR_BAD_CERT_DOMAIN',
        'SSL_ERROR_RX_RECORD_TOO_LONG',
        'SEC_ERROR_UNKNOWN_ISSUER',
        'SEC_ERROR_EXPIRED_CERTIFICATE',
        'MOZILLA_PKIX_ERROR_SELF_SIGNED_CERT',
      ],
      '301': ['The page isn’t redirecting properly'],
      '302': ['The page isn’t redirecting properly'],
    },
  },
  {
    source:
      'Safari and WebKit: console messages for cross-origin and failed loads (Source/WebCore/loader: CrossOriginAccessControl, CrossOriginPreflightChecker; fetch’s TypeError “Load failed”), the errors of Apple’s URL loading system (NSURLErrorDomain descriptions), and Safari’s error page titles',
    messages: {
      '0': [
        'Load failed',
        'due to access control checks',
        'is not allowed by Access-Control-Allow-Origin',
        'Preflight response is not successful',
        'is not allowed by Access-Control-Allow-Headers',
        'The network connection was lost',
        'A server with the specified hostname could not be found',
        'The request timed out',
        'Could not connect to the server',
        'Safari can’t open the page',
        'Safari can’t establish a secure connection',
      ],
    },
  },
  {
    source:
      'Node.js error codes (doc/api/errors.md, os errno names), undici (the fetch of Node), and Node’s http server (header overflow answered with 431)',
    messages: {
      '0': [
        'ECONNREFUSED',
        'ECONNRESET',
        'ETIMEDOUT',
        'ENOTFOUND',
        'EAI_AGAIN',
        'EPIPE',
        'EHOSTUNREACH',
        'ENETUNREACH',
        'ECONNABORTED',
        'socket hang up',
        'getaddrinfo ENOTFOUND',
        'connect ECONNREFUSED',
        'read ECONNRESET',
        'write EPIPE',
        'fetch failed',
        'UND_ERR_CONNECT_TIMEOUT',
        'UND_ERR_HEADERS_TIMEOUT',
        'UND_ERR_SOCKET',
        'Connect Timeout Error',
        'self signed certificate in certificate chain',
        'SELF_SIGNED_CERT_IN_CHAIN',
        'DEPTH_ZERO_SELF_SIGNED_CERT',
        'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
        'unable to verify the first certificate',
        'CERT_HAS_EXPIRED',
        'certificate has expired',
        'ERR_TLS_CERT_ALTNAME_INVALID',
        "Hostname/IP does not match certificate's altnames",
      ],
      '502': ['socket hang up', 'ECONNREFUSED', 'ECONNRESET', 'EPIPE'],
      '504': ['ETIMEDOUT', 'UND_ERR_HEADERS_TIMEOUT'],
      '431': ['HPE_HEADER_OVERFLOW', 'Parse Error: Header overflow'],
      '500': ['ERR_HTTP_HEADERS_SENT', 'Cannot set headers after they are sent to the client'],
    },
  },
  {
    source:
      'HTTP clients: axios (lib/adapters, lib/core/AxiosError.js); Python urllib3 (src/urllib3/exceptions.py, connection.py, connectionpool.py), CPython http/client.py (RemoteDisconnected) and ssl (CERTIFICATE_VERIFY_FAILED); Java (java.net ConnectException, SocketTimeoutException, UnknownHostException; javax.net.ssl.SSLHandshakeException; sun.security.validator PKIX path building failed); curl (lib/vdns/hostip.c, lib/cf-ip-happy.c, lib/http.c, lib/cf-socket.c, lib/vtls/openssl.c, lib/multi.c); .NET HttpClient and Windows socket errors (HttpRequestException, SocketsHttpHandler, HttpClient.Timeout)',
    messages: {
      '0': [
        'Network Error',
        'ERR_NETWORK',
        'timeout of 0ms exceeded',
        'Request aborted',
        'Max retries exceeded with url',
        'Failed to establish a new connection',
        'NewConnectionError',
        'ConnectTimeoutError',
        'Read timed out',
        "RemoteDisconnected('Remote end closed connection without response')",
        'CERTIFICATE_VERIFY_FAILED',
        'No route to host',
        'Network is unreachable',
        'No connection could be made because the target machine actively refused it',
        'java.net.ConnectException: Connection refused',
        'java.net.SocketTimeoutException: Read timed out',
        'java.net.UnknownHostException',
        'javax.net.ssl.SSLHandshakeException',
        'PKIX path building failed',
        'Failed to connect to',
        'Could not resolve host',
        'Empty reply from server',
        'Recv failure: Connection reset by peer',
        'SSL certificate problem: unable to get local issuer certificate',
        'Operation timed out after',
        'The SSL connection could not be established',
        'No such host is known',
        'An error occurred while sending the request',
        'The request was canceled due to the configured HttpClient.Timeout',
      ],
      '444-nginx': ['Empty reply from server', 'Remote end closed connection without response'],
      '504': ['Read timed out', 'Operation timed out after'],
    },
  },
  {
    source:
      'Frameworks: Laravel (src/Illuminate: ThrottleRequests, AuthenticationException, AuthorizationException, PreventRequestForgery, AbstractRouteCollection, ModelNotFoundException, ValidationException, PostTooLargeException, InvalidSignatureException); Symfony HttpKernel exceptions',
    messages: {
      '429': ['Too Many Attempts', 'ThrottleRequestsException', 'TooManyRequestsHttpException'],
      '401': ['Unauthenticated', 'AuthenticationException'],
      '403': [
        'This action is unauthorized',
        'AuthorizationException',
        'Invalid signature',
        'AccessDeniedHttpException',
      ],
      '419-laravel': ['CSRF token mismatch', 'TokenMismatchException'],
      '405': [
        'method is not supported for this route. Supported methods',
        'MethodNotAllowedHttpException',
      ],
      '404': ['No query results for model', 'NotFoundHttpException', 'ModelNotFoundException'],
      '422': ['The given data was invalid', 'ValidationException'],
      '413': ['PostTooLargeException'],
      '503': ['ServiceUnavailableHttpException'],
    },
  },
  {
    source:
      'Django (django/middleware/csrf.py, django/http/request.py, django/core/exceptions.py) and Django REST framework (rest_framework/exceptions.py)',
    messages: {
      '403': [
        'CSRF verification failed. Request aborted',
        'CSRF cookie not set',
        'CSRF token missing or incorrect',
        'Origin checking failed',
        'does not match any trusted origins',
        'PermissionDenied',
        'You do not have permission to perform this action',
      ],
      '400': [
        'DisallowedHost',
        'Invalid HTTP_HOST header',
        'You may need to add to ALLOWED_HOSTS',
        'SuspiciousOperation',
        'TooManyFieldsSent',
        'RequestDataTooBig',
        'Malformed request',
      ],
      '413': ['RequestDataTooBig', 'Request body exceeded settings.DATA_UPLOAD_MAX_MEMORY_SIZE'],
      '401': [
        'Authentication credentials were not provided',
        'Incorrect authentication credentials',
      ],
      '404': ['Not found', 'Http404'],
      '406': ['Could not satisfy the request Accept header'],
      '415': ['Unsupported media type in request'],
      '429': ['Request was throttled', 'Expected available in seconds'],
      '500': ['A server error occurred'],
    },
  },
  {
    source:
      'Ruby on Rails: ActionDispatch::ExceptionWrapper.rescue_responses (the status each exception is answered with) and the public error pages of a new application',
    messages: {
      '404': [
        'ActionController::RoutingError',
        'No route matches',
        'AbstractController::ActionNotFound',
        'ActiveRecord::RecordNotFound',
        "The page you were looking for doesn't exist",
      ],
      '405': ['ActionController::MethodNotAllowed', 'ActionController::UnknownHttpMethod'],
      '501': ['ActionController::NotImplemented'],
      '406': [
        'ActionController::UnknownFormat',
        'ActionDispatch::Http::MimeNegotiation::InvalidType',
        'ActionController::MissingExactTemplate',
      ],
      '422': [
        'ActionController::InvalidAuthenticityToken',
        "Can't verify CSRF token authenticity",
        'ActionController::InvalidCrossOriginRequest',
        'ActiveRecord::RecordInvalid',
        'ActiveRecord::RecordNotSaved',
        'The change you wanted was rejected',
      ],
      '400': [
        'ActionDispatch::Http::Parameters::ParseError',
        'ActionController::BadRequest',
        'ActionController::ParameterMissing',
        'param is missing or the value is empty',
      ],
      '409': ['ActiveRecord::StaleObjectError'],
      '403': ['Blocked hosts'],
      '500': ["We're sorry, but something went wrong"],
    },
  },
  {
    source:
      'Spring Framework: DefaultHandlerExceptionResolver (the status of each exception) and the exceptions’ messages (spring-web: HttpRequestMethodNotSupportedException.java, HttpMediaTypeNotAcceptableException.java, bind/MissingServletRequestParameterException.java, multipart/MaxUploadSizeExceededException.java, cors/DefaultCorsProcessor.java, server/UnsupportedMediaTypeStatusException.java, server/NotAcceptableStatusException.java; spring-webmvc: RequestResponseBodyMethodProcessor.java, resource/NoResourceFoundException.java); Spring Boot’s default error page (ErrorMvcAutoConfiguration.java); Spring Security (InvalidCsrfTokenException, ExceptionTranslationFilter’s insufficientAuthentication message)',
    messages: {
      '405': ['HttpRequestMethodNotSupportedException', 'Request method is not supported'],
      '415': ['HttpMediaTypeNotSupportedException', 'Content type not supported'],
      '406': [
        'HttpMediaTypeNotAcceptableException',
        'Could not find acceptable representation',
        'No acceptable representation',
      ],
      '400': [
        'MissingServletRequestParameterException',
        'Required request parameter for method parameter type is not present',
        'HttpMessageNotReadableException',
        'Required request body is missing',
        'MethodArgumentNotValidException',
        'MethodArgumentTypeMismatchException',
      ],
      '413': ['MaxUploadSizeExceededException', 'Maximum upload size exceeded'],
      '404': [
        'NoHandlerFoundException',
        'NoResourceFoundException',
        'No static resource',
        'Whitelabel Error Page',
        'This application has no explicit mapping for /error',
      ],
      '500': ['Whitelabel Error Page', 'This application has no explicit mapping for /error'],
      '403': ['Invalid CORS request', 'AccessDeniedException', 'Invalid CSRF Token'],
      '401': ['Full authentication is required to access this resource'],
    },
  },
  {
    source:
      'ASP.NET (System.Web reference source: SR Dangerous_input_detected, Max_request_length_exceeded; the yellow error page, “Server Error in … Application”, with its “The resource cannot be found” 404) and ASP.NET Core (dotnet/aspnetcore: Kestrel BadHttpRequestException and CoreStrings, DeveloperExceptionPage ErrorPageHtml_UnhandledException, Routing AmbiguousMatchException, AuthenticationService, Antiforgery resources, JwtBearerHandler’s WWW-Authenticate error_description; IdentityModel LogMessages IDX10223)',
    messages: {
      '500': [
        'A potentially dangerous Request.Form value was detected from the client',
        'An unhandled exception occurred while processing the request',
        'The request matched multiple endpoints',
        'No authenticationScheme was specified, and there was no DefaultChallengeScheme found',
        "Server Error in '/' Application",
        'Maximum request length exceeded',
      ],
      '413': [
        'Maximum request length exceeded',
        'Request body too large. The max request body size is',
      ],
      '408': ['Reading the request body timed out due to data arriving too slowly'],
      '431': ['Request headers too long'],
      '414': ['Request line too long'],
      '400': [
        'The antiforgery token could not be decrypted',
        'The required antiforgery cookie is not present',
        'AntiforgeryValidationException',
      ],
      '401': [
        'Bearer error="invalid_token"',
        'The token expired at',
        'IDX10223: Lifetime validation failed',
      ],
      '404': ['The resource cannot be found'],
    },
  },
  {
    source:
      'Express and its middleware: finalhandler index.js (Cannot GET), raw-body (request entity too large, request aborted) with http-errors class names (PayloadTooLargeError, BadRequestError), body-parser lib/read.js (unsupported charset), router layer decode_param (Failed to decode param), csurf index.js (invalid csrf token), express-jwt (No authorization token was found) and jsonwebtoken (jwt expired, invalid signature), express-rate-limit (default message)',
    messages: {
      '404': ['Cannot GET', 'Cannot POST'],
      '413': ['PayloadTooLargeError: request entity too large', 'request entity too large'],
      '403': ['ForbiddenError: invalid csrf token', 'invalid csrf token'],
      '401': [
        'UnauthorizedError: No authorization token was found',
        'jwt expired',
        'invalid signature',
      ],
      '400': ['URIError: Failed to decode param', 'BadRequestError: request aborted'],
      '415': ['UnsupportedMediaTypeError: unsupported charset'],
      '429': ['Too many requests, please try again later'],
    },
  },
];

/**
 * Chromium's network error names (net/base/net_error_list.h), each a request the page saw no
 * response to: "no response" (0). Written without the net::ERR_ prefix every one shares.
 */
export const chromiumNetErrors = `
  FAILED ABORTED INVALID_ARGUMENT INVALID_HANDLE FILE_NOT_FOUND TIMED_OUT FILE_TOO_BIG UNEXPECTED
  ACCESS_DENIED NOT_IMPLEMENTED INSUFFICIENT_RESOURCES OUT_OF_MEMORY UPLOAD_FILE_CHANGED
  SOCKET_NOT_CONNECTED FILE_EXISTS FILE_PATH_TOO_LONG FILE_NO_SPACE FILE_VIRUS_INFECTED
  BLOCKED_BY_CLIENT NETWORK_CHANGED BLOCKED_BY_ADMINISTRATOR SOCKET_IS_CONNECTED
  UPLOAD_STREAM_REWIND_NOT_SUPPORTED CONTEXT_SHUT_DOWN BLOCKED_BY_RESPONSE
  CLEARTEXT_NOT_PERMITTED BLOCKED_BY_CSP H2_OR_QUIC_REQUIRED BLOCKED_BY_ORB CONNECTION_CLOSED
  CONNECTION_RESET CONNECTION_REFUSED CONNECTION_ABORTED CONNECTION_FAILED NAME_NOT_RESOLVED
  INTERNET_DISCONNECTED SSL_PROTOCOL_ERROR ADDRESS_INVALID ADDRESS_UNREACHABLE
  SSL_CLIENT_AUTH_CERT_NEEDED TUNNEL_CONNECTION_FAILED NO_SSL_VERSIONS_ENABLED
  SSL_VERSION_OR_CIPHER_MISMATCH SSL_RENEGOTIATION_REQUESTED PROXY_AUTH_UNSUPPORTED
  BAD_SSL_CLIENT_AUTH_CERT CONNECTION_TIMED_OUT HOST_RESOLVER_QUEUE_TOO_LARGE
  SOCKS_CONNECTION_FAILED SOCKS_CONNECTION_HOST_UNREACHABLE ALPN_NEGOTIATION_FAILED
  SSL_NO_RENEGOTIATION WINSOCK_UNEXPECTED_WRITTEN_BYTES SSL_DECOMPRESSION_FAILURE_ALERT
  SSL_BAD_RECORD_MAC_ALERT PROXY_AUTH_REQUESTED PROXY_CONNECTION_FAILED
  MANDATORY_PROXY_CONFIGURATION_FAILED PRECONNECT_MAX_SOCKET_LIMIT
  SSL_CLIENT_AUTH_PRIVATE_KEY_ACCESS_DENIED SSL_CLIENT_AUTH_CERT_NO_PRIVATE_KEY
  PROXY_CERTIFICATE_INVALID NAME_RESOLUTION_FAILED NETWORK_ACCESS_DENIED TEMPORARILY_THROTTLED
  HTTPS_PROXY_TUNNEL_RESPONSE_REDIRECT SSL_CLIENT_AUTH_SIGNATURE_FAILED MSG_TOO_BIG
  WS_PROTOCOL_ERROR ADDRESS_IN_USE SSL_HANDSHAKE_NOT_COMPLETED SSL_BAD_PEER_PUBLIC_KEY
  SSL_PINNED_KEY_NOT_IN_CERT_CHAIN CLIENT_AUTH_CERT_TYPE_UNSUPPORTED SSL_DECRYPT_ERROR_ALERT
  WS_THROTTLE_QUEUE_TOO_LARGE SSL_SERVER_CERT_CHANGED SSL_UNRECOGNIZED_NAME_ALERT
  SOCKET_SET_RECEIVE_BUFFER_SIZE_ERROR SOCKET_SET_SEND_BUFFER_SIZE_ERROR
  SOCKET_RECEIVE_BUFFER_SIZE_UNCHANGEABLE SOCKET_SEND_BUFFER_SIZE_UNCHANGEABLE
  SSL_CLIENT_AUTH_CERT_BAD_FORMAT ICANN_NAME_COLLISION SSL_SERVER_CERT_BAD_FORMAT
  CT_STH_PARSING_FAILED CT_STH_INCOMPLETE UNABLE_TO_REUSE_CONNECTION_FOR_PROXY_AUTH
  CT_CONSISTENCY_PROOF_PARSING_FAILED SSL_OBSOLETE_CIPHER WS_UPGRADE
  READ_IF_READY_NOT_IMPLEMENTED NO_BUFFER_SPACE SSL_CLIENT_AUTH_NO_COMMON_ALGORITHMS
  EARLY_DATA_REJECTED WRONG_VERSION_ON_EARLY_DATA TLS13_DOWNGRADE_DETECTED
  SSL_KEY_USAGE_INCOMPATIBLE INVALID_ECH_CONFIG_LIST ECH_NOT_NEGOTIATED
  ECH_FALLBACK_CERTIFICATE_INVALID CERT_COMMON_NAME_INVALID CERT_DATE_INVALID
  CERT_AUTHORITY_INVALID CERT_CONTAINS_ERRORS CERT_NO_REVOCATION_MECHANISM
  CERT_UNABLE_TO_CHECK_REVOCATION CERT_REVOKED CERT_INVALID CERT_WEAK_SIGNATURE_ALGORITHM
  CERT_NON_UNIQUE_NAME CERT_WEAK_KEY CERT_NAME_CONSTRAINT_VIOLATION CERT_VALIDITY_TOO_LONG
  CERTIFICATE_TRANSPARENCY_REQUIRED CERT_SYMANTEC_LEGACY CERT_KNOWN_INTERCEPTION_BLOCKED
  INVALID_URL DISALLOWED_URL_SCHEME UNKNOWN_URL_SCHEME INVALID_REDIRECT TOO_MANY_REDIRECTS
  UNSAFE_REDIRECT UNSAFE_PORT INVALID_RESPONSE INVALID_CHUNKED_ENCODING METHOD_NOT_SUPPORTED
  UNEXPECTED_PROXY_AUTH EMPTY_RESPONSE RESPONSE_HEADERS_TOO_BIG PAC_SCRIPT_FAILED
  REQUEST_RANGE_NOT_SATISFIABLE MALFORMED_IDENTITY CONTENT_DECODING_FAILED NETWORK_IO_SUSPENDED
  SYN_REPLY_NOT_RECEIVED ENCODING_CONVERSION_FAILED UNRECOGNIZED_FTP_DIRECTORY_LISTING_FORMAT
  NO_SUPPORTED_PROXIES HTTP2_PROTOCOL_ERROR INVALID_AUTH_CREDENTIALS UNSUPPORTED_AUTH_SCHEME
  ENCODING_DETECTION_FAILED MISSING_AUTH_CREDENTIALS UNEXPECTED_SECURITY_LIBRARY_STATUS
  MISCONFIGURED_AUTH_ENVIRONMENT UNDOCUMENTED_SECURITY_LIBRARY_STATUS
  RESPONSE_BODY_TOO_BIG_TO_DRAIN RESPONSE_HEADERS_MULTIPLE_CONTENT_LENGTH
  INCOMPLETE_HTTP2_HEADERS PAC_NOT_IN_DHCP RESPONSE_HEADERS_MULTIPLE_CONTENT_DISPOSITION
  RESPONSE_HEADERS_MULTIPLE_LOCATION HTTP2_SERVER_REFUSED_STREAM HTTP2_PING_FAILED
  CONTENT_LENGTH_MISMATCH INCOMPLETE_CHUNKED_ENCODING QUIC_PROTOCOL_ERROR
  RESPONSE_HEADERS_TRUNCATED QUIC_HANDSHAKE_FAILED HTTP2_INADEQUATE_TRANSPORT_SECURITY
  HTTP2_FLOW_CONTROL_ERROR HTTP2_FRAME_SIZE_ERROR HTTP2_COMPRESSION_ERROR
  PROXY_AUTH_REQUESTED_WITH_NO_CONNECTION HTTP_1_1_REQUIRED PROXY_HTTP_1_1_REQUIRED
  PAC_SCRIPT_TERMINATED INVALID_HTTP_RESPONSE CONTENT_DECODING_INIT_FAILED
  HTTP2_RST_STREAM_NO_ERROR_RECEIVED HTTP2_PUSHED_STREAM_NOT_AVAILABLE
  HTTP2_CLAIMED_PUSHED_STREAM_RESET_BY_SERVER TOO_MANY_RETRIES HTTP2_STREAM_CLOSED
  HTTP2_CLIENT_REFUSED_STREAM HTTP2_PUSHED_RESPONSE_DOES_NOT_MATCH HTTP_RESPONSE_CODE_FAILURE
  QUIC_CERT_ROOT_NOT_KNOWN QUIC_GOAWAY_REQUEST_CAN_BE_RETRIED TOO_MANY_ACCEPT_CH_RESTARTS
  INCONSISTENT_IP_ADDRESS_SPACE CACHED_IP_ADDRESS_SPACE_BLOCKED_BY_LOCAL_NETWORK_ACCESS_POLICY
  CACHE_MISS CACHE_READ_FAILURE CACHE_WRITE_FAILURE CACHE_OPERATION_NOT_SUPPORTED
  CACHE_OPEN_FAILURE CACHE_CREATE_FAILURE CACHE_RACE CACHE_CHECKSUM_READ_FAILURE
  CACHE_CHECKSUM_MISMATCH CACHE_LOCK_TIMEOUT CACHE_AUTH_FAILURE_AFTER_READ
  CACHE_ENTRY_NOT_SUITABLE CACHE_DOOM_FAILURE CACHE_OPEN_OR_CREATE_FAILURE INSECURE_RESPONSE
  NO_PRIVATE_KEY_FOR_CERT ADD_USER_CERT_FAILED INVALID_SIGNED_EXCHANGE INVALID_WEB_BUNDLE
  TRUST_TOKEN_OPERATION_FAILED TRUST_TOKEN_OPERATION_SUCCESS_WITHOUT_SENDING_REQUEST FTP_FAILED
  FTP_SERVICE_UNAVAILABLE FTP_TRANSFER_ABORTED FTP_FILE_BUSY FTP_SYNTAX_ERROR
  FTP_COMMAND_NOT_SUPPORTED FTP_BAD_COMMAND_SEQUENCE PKCS12_IMPORT_BAD_PASSWORD
  PKCS12_IMPORT_FAILED IMPORT_CA_CERT_NOT_CA IMPORT_CERT_ALREADY_EXISTS IMPORT_CA_CERT_FAILED
  IMPORT_SERVER_CERT_FAILED PKCS12_IMPORT_INVALID_MAC PKCS12_IMPORT_INVALID_FILE
  PKCS12_IMPORT_UNSUPPORTED KEY_GENERATION_FAILED PRIVATE_KEY_EXPORT_FAILED
  SELF_SIGNED_CERT_GENERATION_FAILED CERT_DATABASE_CHANGED CERT_VERIFIER_CHANGED
  DNS_MALFORMED_RESPONSE DNS_SERVER_REQUIRES_TCP DNS_SERVER_FAILED DNS_TIMED_OUT DNS_CACHE_MISS
  DNS_SEARCH_EMPTY DNS_SORT_ERROR DNS_SECURE_RESOLVER_HOSTNAME_RESOLUTION_FAILED
  DNS_NAME_HTTPS_ONLY DNS_REQUEST_CANCELLED DNS_NO_MATCHING_SUPPORTED_ALPN`;

/**
 * Firefox's network error names (xpcom/base/ErrorList.py, the NETWORK module), "no response"
 * (0); the NS_ERROR_PROXY_… names carry the status a proxy answered a CONNECT with.
 */
export const firefoxNetErrors = `
  NS_BINDING_FAILED NS_BINDING_ABORTED NS_BINDING_REDIRECTED NS_BINDING_RETARGETED
  NS_ERROR_MALFORMED_URI NS_ERROR_ALREADY_CONNECTED NS_ERROR_NOT_CONNECTED
  NS_ERROR_CONNECTION_REFUSED NS_ERROR_NET_TIMEOUT NS_ERROR_OFFLINE NS_ERROR_PORT_ACCESS_NOT_ALLOWED
  NS_ERROR_NET_RESET NS_ERROR_NET_ERROR_RESPONSE NS_ERROR_NET_EMPTY_RESPONSE NS_ERROR_NET_INTERRUPT
  NS_ERROR_PROXY_CONNECTION_REFUSED NS_ERROR_NET_PARTIAL_TRANSFER NS_ERROR_NET_INADEQUATE_SECURITY
  NS_ERROR_NET_HTTP2_SENT_GOAWAY NS_ERROR_NET_HTTP3_PROTOCOL_ERROR NS_ERROR_NET_TIMEOUT_EXTERNAL
  NS_ERROR_HTTPS_ONLY NS_ERROR_WEBSOCKET_CONNECTION_REFUSED NS_ERROR_NON_LOCAL_CONNECTION_REFUSED
  NS_ERROR_BAD_HSTS_CERT NS_ERROR_PARSING_HTTP_STATUS_LINE NS_ERROR_SUPERFLUOS_AUTH
  NS_ERROR_NOT_RESUMABLE NS_ERROR_REDIRECT_LOOP NS_ERROR_ENTITY_CHANGED NS_ERROR_UNSAFE_CONTENT_TYPE
  NS_ERROR_LOAD_SHOWED_ERRORPAGE NS_ERROR_DOCSHELL_DYING NS_ERROR_UNKNOWN_HOST
  NS_ERROR_DNS_LOOKUP_QUEUE_FULL NS_ERROR_UNKNOWN_PROXY_HOST NS_ERROR_DEFINITIVE_UNKNOWN_HOST
  NS_ERROR_UNKNOWN_SOCKET_TYPE NS_ERROR_SOCKET_CREATE_FAILED NS_ERROR_SOCKET_ADDRESS_NOT_SUPPORTED
  NS_ERROR_SOCKET_ADDRESS_IN_USE NS_ERROR_DOCUMENT_NOT_CACHED NS_ERROR_INTERCEPTION_FAILED
`;

/** Firefox's NS_ERROR_PROXY_… names by the status they stand for (xpcom/base/ErrorList.py). */
export const firefoxProxyErrors: Readonly<Record<string, string>> = {
  '300': 'MULTIPLE_CHOICES',
  '301': 'MOVED_PERMANENTLY',
  '302': 'FOUND',
  '303': 'SEE_OTHER',
  '304': 'NOT_MODIFIED',
  '307': 'TEMPORARY_REDIRECT',
  '308': 'PERMANENT_REDIRECT',
  '400': 'BAD_REQUEST',
  '401': 'UNAUTHORIZED',
  '402': 'PAYMENT_REQUIRED',
  '403': 'FORBIDDEN',
  '404': 'NOT_FOUND',
  '405': 'METHOD_NOT_ALLOWED',
  '406': 'NOT_ACCEPTABLE',
  '407': 'AUTHENTICATION_FAILED',
  '408': 'REQUEST_TIMEOUT',
  '409': 'CONFLICT',
  '410': 'GONE',
  '411': 'LENGTH_REQUIRED',
  '412': 'PRECONDITION_FAILED',
  '413': 'REQUEST_ENTITY_TOO_LARGE',
  '414': 'REQUEST_URI_TOO_LONG',
  '415': 'UNSUPPORTED_MEDIA_TYPE',
  '416': 'REQUESTED_RANGE_NOT_SATISFIABLE',
  '417': 'EXPECTATION_FAILED',
  '421': 'MISDIRECTED_REQUEST',
  '425': 'TOO_EARLY',
  '426': 'UPGRADE_REQUIRED',
  '428': 'PRECONDITION_REQUIRED',
  '429': 'TOO_MANY_REQUESTS',
  '431': 'REQUEST_HEADER_FIELDS_TOO_LARGE',
  '451': 'UNAVAILABLE_FOR_LEGAL_REASONS',
  '500': 'INTERNAL_SERVER_ERROR',
  '501': 'NOT_IMPLEMENTED',
  '502': 'BAD_GATEWAY',
  '503': 'SERVICE_UNAVAILABLE',
  '504': 'GATEWAY_TIMEOUT',
  '505': 'VERSION_NOT_SUPPORTED',
  '506': 'VARIANT_ALSO_NEGOTIATES',
  '510': 'NOT_EXTENDED',
  '511': 'NETWORK_AUTHENTICATION_REQUIRED',
};

/**
 * Cloudflare's 1xxx error numbers, by the HTTP status their page comes with (Cloudflare
 * documentation: Error 403 says most 1xxx errors come with 403, among them the SNI mismatch
 * (1013); Error 409 names 1001; Error 530 comes with the 1xxx errors of an origin whose name does
 * not resolve (1016, 1033); the rate limiting page (1015) is a 429; Error 1101 and 1102 refer to
 * Error 500 and Error 503). "Error 1020", "error code: 1020" and "cloudflare 1020" find them; a
 * number alone does not (WebSocket close codes share 1000–1015).
 */
export const cloudflareErrorNumbers: Readonly<Record<string, readonly number[]>> = {
  '403': [
    1000, 1002, 1003, 1005, 1006, 1007, 1008, 1009, 1010, 1011, 1012, 1013, 1014, 1020, 1034, 1106,
  ],
  '409': [1001],
  '429': [1015],
  '530-cloudflare': [1016, 1033],
  '500': [1101],
  '503': [1102],
};
