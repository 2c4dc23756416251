import type { StatusEntry } from '../types';

export const noResponse: StatusEntry[] = [];
