// ky, needle, undici and wretch.
import ky from 'ky';
import needle from 'needle';
import { request } from 'undici';
import wretch from 'wretch';
import qs from 'qs';

const issuer = process.env.ISSUER;

export const withKy = (u, p) => ky.post(`${issuer}/oauth2/v1/token`, { body: new URLSearchParams({ grant_type: 'password', username: u, password: p }) }).json(); // expect: http-password-grant
export const withNeedle = (u, p) => needle('post', `${issuer}/services/oauth2/token`, { grant_type: 'password', username: u, password: p }); // expect: http-password-grant
export const withUndici = (u, p) => request(`${issuer}/auth/oauth/v2/token`, { method: 'POST', body: qs.stringify({ grant_type: 'password', username: u, password: p }) }); // expect: http-password-grant
export const withWretch = (u, p) => wretch(`${issuer}/oauth/v1/tokens`).formUrl({ grant_type: 'password', username: u, password: p }).post().json(); // expect: http-password-grant
