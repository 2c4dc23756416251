import type { StatusEntry } from '../types';

export const clientError: StatusEntry[] = [];
