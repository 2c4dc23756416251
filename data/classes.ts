/** The five classes of status codes (RFC 9110 §15), in our own words. */
export interface StatusClassInfo {
  /** 1 to 5: the first digit. */
  digit: number;
  key: '1xx' | '2xx' | '3xx' | '4xx' | '5xx';
  name: string;
  /** What any code of the class means, used for codes the reference does not know. */
  meaning: string;
  /** The code a client falls back to when it does not recognise one of this class. */
  fallback: number;
}

export const statusClasses: readonly StatusClassInfo[] = [
  {
    digit: 1,
    key: '1xx',
    name: 'Informational',
    meaning: 'An interim answer: the server is still working and a final response will follow.',
    fallback: 100,
  },
  {
    digit: 2,
    key: '2xx',
    name: 'Success',
    meaning: 'The server received, understood and carried out the request.',
    fallback: 200,
  },
  {
    digit: 3,
    key: '3xx',
    name: 'Redirection',
    meaning: 'The client has to take a further step, usually follow another URL, to finish.',
    fallback: 300,
  },
  {
    digit: 4,
    key: '4xx',
    name: 'Client error',
    meaning: 'The request itself is at fault: fix it before sending it again.',
    fallback: 400,
  },
  {
    digit: 5,
    key: '5xx',
    name: 'Server error',
    meaning: 'The request looked fine, but the server or something behind it failed to answer it.',
    fallback: 500,
  },
];

/** Where the rule for unknown codes comes from. */
export const unknownCodeRule = {
  title: 'RFC 9110 §15',
  url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15',
};
