import { clientError } from './codes/client-error';
import { informational } from './codes/informational';
import { noResponse } from './codes/no-response';
import { redirection } from './codes/redirection';
import { serverError } from './codes/server-error';
import { success } from './codes/success';
import { unofficial } from './codes/unofficial';
import type { StatusEntry } from './types';

/**
 * Every entry of the reference, in code order; where one number has several entries the
 * official one comes first, then vendors in the order their file lists them.
 */
export const reference: readonly StatusEntry[] = [
  ...noResponse,
  ...informational,
  ...success,
  ...redirection,
  ...clientError,
  ...serverError,
  ...unofficial,
]
  .map((entry, index) => ({ entry, index }))
  .sort(
    (a, b) =>
      a.entry.code - b.entry.code ||
      Number(a.entry.origin.kind === 'vendor') - Number(b.entry.origin.kind === 'vendor') ||
      a.index - b.index,
  )
  .map(({ entry }) => entry);
