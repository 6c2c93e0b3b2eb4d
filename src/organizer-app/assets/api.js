// The API client: every call carries the organizer key and the page's language (the API words its
// messages in it); errors come back in the API's one shape.
import { getLang } from './i18n.js';

const KEY = 'carrousel.organizerKey';
let unauthorized = () => {};

export class ApiError extends Error {
  constructor(status, body) {
    const error = body?.error ?? {};
    super(error.message || `HTTP ${status}`);
    this.status = status;
    this.code = error.code || `http_${status}`;
    this.fields = error.fields || [];
  }
}

export const getKey = () => sessionStorage.getItem(KEY);
export const setKey = (key) => sessionStorage.setItem(KEY, key);
export const clearKey = () => sessionStorage.removeItem(KEY);

/** What to do when the key is refused (the app shows the sign-in screen with the API's message). */
export function onUnauthorized(handler) {
  unauthorized = handler;
}

async function send(method, path, body, extraHeaders = {}) {
  const headers = { Authorization: `Bearer ${getKey() ?? ''}`, 'Accept-Language': getLang(), ...extraHeaders };
  let payload;
  if (body instanceof FormData) payload = body;
  else if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  const response = await fetch(path, { method, headers, body: payload });
  if (response.ok) return response;
  const error = new ApiError(response.status, await response.json().catch(() => null));
  if (response.status === 401) {
    clearKey();
    unauthorized(error.message);
  }
  throw error;
}

/** A JSON call: api('GET', '/api/events'), api('POST', path, body), with `headers` if given. */
export async function api(method, path, body, headers) {
  const response = await send(method, path, body, headers);
  return response.status === 204 ? null : response.json();
}

/** Downloads a file the API serves (exports, badge sheets): fetched with the key, then saved. */
export async function download(path, fallbackName) {
  const response = await send('GET', path);
  const disposition = response.headers.get('Content-Disposition') || '';
  const name = /filename="?([^";]+)"?/.exec(disposition)?.[1] || fallbackName;
  const url = URL.createObjectURL(await response.blob());
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return name;
}
