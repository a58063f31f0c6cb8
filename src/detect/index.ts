export { detectPasswordGrants, findGrantSites, type LocatedGrantSite } from './detect-password-grants';
export { detectInSource } from './detect-in-source';
export * from './types';
