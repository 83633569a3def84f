// The only network calls the page makes: to this service's own API.

export class ServiceError extends Error {
  constructor(status, body) {
    super(`service answered ${status}`);
    this.status = status;
    this.body = body;
  }
}

async function call(path, options = {}) {
  const response = await fetch(path, { credentials: "omit", cache: "no-store", ...options });
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new ServiceError(response.status, body);
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
