import type { StatusEntry } from '../types';

export const unofficial: StatusEntry[] = [];
