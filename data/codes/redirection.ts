import type { StatusEntry } from '../types';

export const redirection: StatusEntry[] = [];
