import type { FaqItem } from './types';

export const faq: FaqItem[] = [];
