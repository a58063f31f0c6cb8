export { detectPasswordGrants, findGrantSites, TOKEN_METHOD, type LocatedGrantSite } from './detect-password-grants';
export { detectInSource } from './detect-in-source';
export * from './types';
