const platformClient = require('purecloud-platform-client-v2');

// The client is created in the call itself: still a password grant, but not rewritten.
new platformClient.ApiClient().postOAuthApiToken({ credentials: { username: 'u', password: 'p' } }); // expect: sdk-password-grant manual
