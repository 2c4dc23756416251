import type { FaqItem } from './types';

export const faq: FaqItem[] = [
  {
    id: '401-vs-403',
    question: 'What is the difference between 401 Unauthorized and 403 Forbidden?',
    answer: [
      'Despite its name, 401 is about authentication: the server does not know who is calling, because credentials are missing, expired or wrong. It must come with a WWW-Authenticate header naming the scheme to use, and logging in again may fix it.',
      'A 403 means the caller was recognised, or identity does not matter, and the answer is still no. Fresh credentials for the same account will not change the outcome; only different permissions will.',
      'A quick test: if sending a valid token could turn the reply into a success, use 401. If the user is signed in and simply lacks the role, scope or ownership, use 403, or 404 when even the existence of the resource should stay hidden.',
    ],
    codes: [401, 403, 404],
  },
  {
    id: '400-vs-422',
    question: 'When should an API return 400 Bad Request and when 422 Unprocessable Content?',
    answer: [
      'Use 400 when the server cannot even read the request: broken JSON, a wrong Content-Type, a missing required header or a query string it fails to parse.',
      'Use 422 when the body parses fine and has the expected media type, yet its values break the rules: an end date before the start date, an email field holding no email, an unknown product ID.',
      'Many APIs send 400 for both, and that is allowed. Whichever you choose, apply it consistently and list the offending fields in the error body so clients can show them next to the right input.',
    ],
    codes: [400, 422],
  },
  {
    id: '301-vs-308',
    question: 'What is the difference between 301 Moved Permanently and 308 Permanent Redirect?',
    answer: [
      'Both say the resource has a new permanent home given in the Location header, and both let caches and search engines update their links.',
      'The difference is the method. Because of old browser habits, clients may turn a POST that meets a 301 into a GET at the new URL, dropping the body; a 308 forbids that, so the follow-up request uses the same method and body.',
      'For ordinary page moves 301 is fine and understood by every client. For API endpoints that take POST, PUT or PATCH, choose 308 so the write is not silently lost.',
    ],
    codes: [301, 308],
  },
  {
    id: '302-vs-307',
    question: 'Should I use 302 Found or 307 Temporary Redirect?',
    answer: [
      'Both send the client to another URL for now while the original stays the one to bookmark. Some servers, nginx among them, still print its HTTP/1.0 name, Moved Temporarily.',
      'Browsers long ago started to follow a 302 after a POST with a GET, and the spec now tolerates that. A 307 rules it out: the method and body are kept exactly as sent.',
      'Pick 307 whenever a non-GET request may be redirected. If you actually want the switch to GET, as after a form submission, send 303 See Other, which says so plainly.',
    ],
    codes: [302, 307, 303],
  },
  {
    id: '404-vs-410',
    question: 'Should a removed page return 404 Not Found or 410 Gone?',
    answer: [
      'A 404 only says nothing is there right now; it makes no promise about tomorrow. It is the right default when you do not know, or do not want to say, why a URL is empty.',
      'A 410 is a deliberate statement that the resource existed and was removed on purpose with no forwarding address. Crawlers and link checkers can take that as final and stop asking.',
      'Use 410 for retired products, deleted accounts or expired offers when you are sure they will not return. If the content moved somewhere else, neither fits: redirect with 301 or 308.',
    ],
    codes: [404, 410, 301, 308],
  },
  {
    id: '500-vs-503',
    question:
      'What is the difference between 500 Internal Server Error and 503 Service Unavailable?',
    answer: [
      'A 500 is an unplanned failure: the code hit a bug or an error nobody handled, and the server cannot say when things will work.',
      'A 503 is a controlled, temporary state the operator knows about, such as maintenance, a deploy or deliberate load shedding. Pair it with Retry-After so clients, monitors and crawlers back off for the right amount of time.',
      'The split also helps whoever is on call: a 503 with Retry-After during a maintenance window is expected, while a burst of 500s is a bug to chase. Keep 500 for real surprises and log enough to find their cause.',
    ],
    codes: [500, 503],
  },
  {
    id: '502-vs-504',
    question: 'What is the difference between 502 Bad Gateway and 504 Gateway Timeout?',
    answer: [
      'Both come from a proxy, load balancer or CDN standing in front of your application, not from the application itself.',
      'With 502 the gateway got an answer it could not use: the connection was refused or reset, or the bytes were not valid HTTP. With 504 it got nothing back before its own timer expired.',
      'So a 502 usually points to a crashed or misconfigured backend, while a 504 points to one that is alive but too slow. Check the proxy log for the upstream address, then the backend log for the same moment.',
    ],
    codes: [502, 504],
  },
  {
    id: 'common-rest-errors',
    question: 'What are the most common REST API error codes?',
    answer: [
      'These eleven cover nearly every failure a typical JSON API needs to report:',
      '400 Bad Request: the request could not be parsed or is missing something basic.',
      '401 Unauthorized: no valid credentials were sent; authenticate and try again.',
      '403 Forbidden: the caller is known but lacks permission for this action.',
      '404 Not Found: no resource lives at this path or with this ID.',
      '409 Conflict: the change clashes with the current state, like a duplicate key or an edit race.',
      '422 Unprocessable Content: well-formed input that fails validation rules.',
      '429 Too Many Requests: the client hit a rate limit; wait as Retry-After says.',
      '500 Internal Server Error: an unexpected bug on the server side.',
      '502 Bad Gateway: a proxy in front of the API got a broken reply from it.',
      '503 Service Unavailable: the API is down for maintenance or overloaded for a while.',
      '504 Gateway Timeout: a proxy waited too long for the API to answer.',
    ],
    codes: [400, 401, 403, 404, 409, 422, 429, 500, 502, 503, 504],
  },
  {
    id: 'code-and-error-body',
    question: 'Should every API response carry both a status code and an error body?',
    answer: [
      'Yes. The status code states the outcome at the HTTP level, so proxies, caches, retry logic and monitoring can act on it without reading the body. Never send 200 with an error hidden inside the payload.',
      'The body explains the details for the program and the person calling: which field was wrong, which limit was hit, what to do next. Make it machine-readable with stable fields rather than only a prose message.',
      'RFC 9457 problem details offer a ready format for this, served as application/problem+json with members such as type, title, status, detail and instance, plus any extension fields you need. Using one shape for every error lets clients handle them with a single code path.',
    ],
    codes: [200, 400, 422, 500],
  },
];
