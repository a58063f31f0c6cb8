const axios = require('axios');
const platformClient = require('@genesyscloud/genesyscloud');
const client = platformClient.ApiClient.instance;

// password-grant-codemod-ignore-next-line legacy batch job, retired in JIRA-123
client.postOAuthApiToken({ credentials: { username: 'u', password: 'p' } });

/* password-grant-codemod-ignore-next-line -- sandbox only */
axios.post('https://login.inindca.com/oauth/token', 'grant_type=password&username=u&password=p');

// Only the next line is suppressed: this one is two lines below the comment.
// password-grant-codemod-ignore-next-line reviewed
const unrelated = 1;
client.postOAuthApiToken({ credentials: { username: 'u2', password: 'p2' } }); // expect: sdk-password-grant fixable

// The marker inside a string is not a suppression.
const text = '// password-grant-codemod-ignore-next-line not a comment';
client.postOAuthApiToken({ credentials: { username: 'u3', password: 'p3' } }); // expect: sdk-password-grant fixable
module.exports = { unrelated, text };
