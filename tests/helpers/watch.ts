import type { Page } from 'playwright-core';

/** What went wrong while a page was open: console errors, failed and off-site requests. */
export interface PageProblems {
  consoleErrors: string[];
  failedRequests: string[];
  offsiteRequests: string[];
}

/** Start recording a page's problems; the returned object fills in as the page runs. */
export function watchPage(page: Page, siteUrl: string): PageProblems {
  const problems: PageProblems = { consoleErrors: [], failedRequests: [], offsiteRequests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => problems.consoleErrors.push(error.message));
  // A request the page itself abandoned by navigating away (a reload mid-load) did not fail.
  page.on('requestfailed', (request) => {
    if (request.failure()?.errorText !== 'net::ERR_ABORTED') problems.failedRequests.push(request.url());
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.failedRequests.push(`${response.status()} ${response.url()}`);
  });
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(siteUrl) && !url.startsWith('data:') && !url.startsWith('about:')) {
      problems.offsiteRequests.push(url);
    }
  });
  return problems;
}
