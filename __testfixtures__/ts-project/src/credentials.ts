// Service-account settings, shared by several modules.
export const serviceAccount = {
  credentials: {
    username: process.env.SVC_USERNAME ?? '',
    password: process.env.SVC_PASSWORD ?? '',
  },
};

export const legacyGrant = {
  grant_type: 'password',
  username: 'svc-legacy',
  password: 'legacy-secret',
};
