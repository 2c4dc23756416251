import type { StatusEntry } from '../types';

export const serverError: StatusEntry[] = [];
