export const id = 943;
export const ids = [943];
export const modules = {

/***/ 8943:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_REQUEST_TIMEOUT_MS: () => (/* binding */ DEFAULT_REQUEST_TIMEOUT_MS),
/* harmony export */   changeApi: () => (/* binding */ changeApi),
/* harmony export */   checkRunApi: () => (/* binding */ checkRunApi),
/* harmony export */   createOctokit: () => (/* binding */ createOctokit),
/* harmony export */   fetchWithTimeout: () => (/* binding */ fetchWithTimeout),
/* harmony export */   reviewCommentsApi: () => (/* binding */ reviewCommentsApi)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1351);
/* harmony import */ var _actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5555);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6856);




/**
 * A primary rate limit resets on the hour: better to finish without the check run (the job
 * summary and annotations still report) than to hold the runner that long.
 */
const MAX_RATE_LIMIT_WAIT_S = 90;
/**
 * plugin-retry retries only 5xx and network failures: a 403 or 422 would only repeat the refusal.
 * Rate limits (403/429 saying so) are the throttling plugin's, which waits as GitHub asks. A bare
 * 429 (no Retry-After, no rate-limit headers) is retried here with the usual backoff: GitHub's
 * docs say to retry rate-limited requests, and the throttling plugin leaves it alone.
 */
const DO_NOT_RETRY = Array.from({ length: 100 }, (_, i) => 400 + i).filter((status) => status !== 429);
/**
 * An API that accepts the connection and never answers would hold the job until its own timeout
 * (6 hours by default), with the check run left in progress. Each attempt gets this long; a
 * timed-out attempt is a network failure, which plugin-retry retries, and then the usual
 * degraded reporting takes over.
 */
const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;
/**
 * Wraps @actions/github's own fetch (it carries the runner's proxy settings) with a per-attempt
 * timeout. The timeout surfaces as a TypeError, not an AbortError: Octokit rethrows an
 * AbortError as it is, which plugin-retry does not recognise, while any other fetch failure
 * becomes a retried 500.
 */
function fetchWithTimeout(fetchImpl, timeoutMs) {
    return async (url, init = {}) => {
        const timeout = AbortSignal.timeout(timeoutMs);
        const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
        try {
            return await fetchImpl(url, { ...init, signal });
        }
        catch (error) {
            if (timeout.aborted)
                throw new TypeError(`no answer from the GitHub API within ${Math.round(timeoutMs / 100) / 10} s`);
            throw error;
        }
    };
}
/**
 * Octokit with the retry and throttling plugins. `request` keeps @actions/github's proxy agent and
 * fetch (@octokit/core merges defaults shallowly, so they are passed on explicitly), the fetch
 * wrapped with a timeout; `request.retries` is not set, as it would make plugin-retry retry 4xx too.
 */
function createOctokit(options) {
    const retries = options.retries ?? 3;
    const base = options.retryBaseMs ?? 1000;
    const waitOrGiveUp = (limit, after, request, retryCount) => {
        const retry = retryCount < retries && after <= MAX_RATE_LIMIT_WAIT_S;
        options.warn(`GitHub ${limit} on ${request.method} ${request.url}: ${retry ? `retrying in ${after}s` : `not waiting ${after}s`}`);
        return retry;
    };
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(options.token, {
        request: {
            ..._actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_1__/* .defaults */ .NT.request,
            fetch: fetchWithTimeout((_actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_1__/* .defaults */ .NT.request?.fetch ?? fetch), options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS),
        },
        retry: { retries, doNotRetry: DO_NOT_RETRY, retryAfterBaseValue: base },
        throttle: {
            retryAfterBaseValue: base,
            onRateLimit: (after, request, _octokit, retryCount) => waitOrGiveUp('rate limit', after, request, retryCount),
            onSecondaryRateLimit: (after, request, _octokit, retryCount) => waitOrGiveUp('secondary rate limit', after, request, retryCount),
        },
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__/* .throttling */ .A);
}
function changeApi(octokit, owner, repo) {
    return {
        listPullFiles: async (number) => (await octokit.paginate(octokit.rest.pulls.listFiles, { owner, repo, pull_number: number, per_page: 100 })),
        compareFiles: async (base, head) => {
            const { data } = await octokit.rest.repos.compareCommitsWithBasehead({ owner, repo, basehead: `${base}...${head}` });
            return (data.files ?? []);
        },
    };
}
function checkRunApi(octokit, owner, repo) {
    return {
        create: async (body) => {
            const { data } = await octokit.rest.checks.create({ owner, repo, ...body });
            return { id: data.id, url: data.html_url ?? undefined };
        },
        update: async (id, body) => {
            await octokit.rest.checks.update({ owner, repo, check_run_id: id, ...body });
        },
    };
}
function reviewCommentsApi(octokit, owner, repo) {
    return {
        list: async (pull) => (await octokit.paginate(octokit.rest.pulls.listReviewComments, { owner, repo, pull_number: pull, per_page: 100 })).map((c) => ({
            id: c.id,
            body: c.body,
        })),
        createReview: async (pull, review) => {
            await octokit.rest.pulls.createReview({ owner, repo, pull_number: pull, ...review, comments: review.comments.map((c) => ({ ...c })) });
        },
        update: async (commentId, body) => {
            await octokit.rest.pulls.updateReviewComment({ owner, repo, comment_id: commentId, body });
        },
    };
}


/***/ })

};
