import type { StatusEntry } from '../types';

export const informational: StatusEntry[] = [];
