// The only network calls the page makes: to this service's own API.

export class ServiceError extends Error {
  constructor(status, body, retryAfter = null) {
    super(`service answered ${status}`);
    this.status = status;
    this.body = body;
    this.retryAfter = retryAfter; // seconds the service asks to wait before trying again (a 429's Retry-After), or null
  }
}

// A Retry-After in whole seconds (the rate limit's form, api/rate_limit.py), or null.
function retryAfterSeconds(response) {
  const value = response.headers.get("retry-after");
  return /^\d+$/.test(value ?? "") ? Number(value) : null;
}

async function call(path, options = {}) {
  const response = await fetch(path, { credentials: "omit", cache: "no-store", ...options });
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new ServiceError(response.status, body, retryAfterSeconds(response));
  return body;
}

function post(path, payload) {
  return call(path, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(payload) });
}

export function fetchFacts(date) {
  return call(`/v1/facts?date=${encodeURIComponent(date)}`);
}

export function fetchBenefits() {
  return call("/v1/benefits");
}

export function fetchExamples() {
  return call("/v1/examples");
}

export function fetchKommuner() {
  return call("/v1/kommuner");
}

export function fetchVersion() {
  return call("/v1/version");
}

export function fetchParameter(path) {
  return call(`/v1/parameters/${encodeURIComponent(path)}`);
}

// One step of the interview: the answer so far and the next questions, in one call.
export function fetchInterview(request) {
  return post("/v1/interview", request);
}

export function fetchEntitlements(request) {
  return post("/v1/entitlements", request);
}

export function fetchApplications(request) {
  return post("/v1/applications", request);
}

export function fetchDecisionCheck(request) {
  return post("/v1/decisions/check", request);
}

export function fetchTimeline(request) {
  return post("/v1/timeline", request);
}
