/** @fileoverview Splits a list into pages of N with links to the neighbours. */
import { pagePath } from '../util/urls.ts';

export interface Pagination<T> {
  items: T[];
  page: number;
  totalPages: number;
  path: string;
  prevPath: string | undefined;
  nextPath: string | undefined;
}

export function paginate<T>(items: readonly T[], perPage: number, basePath: string): Pagination<T>[] {
  const totalPages = Math.max(1, Math.ceil(items.length / perPage));
  const pages: Pagination<T>[] = [];
  for (let page = 1; page <= totalPages; page++) {
    pages.push({
      items: items.slice((page - 1) * perPage, page * perPage),
      page,
      totalPages,
      path: pagePath(basePath, page),
      prevPath: page > 1 ? pagePath(basePath, page - 1) : undefined,
      nextPath: page < totalPages ? pagePath(basePath, page + 1) : undefined,
    });
  }
  return pages;
}
