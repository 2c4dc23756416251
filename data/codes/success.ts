import type { StatusEntry } from '../types';

export const success: StatusEntry[] = [];
