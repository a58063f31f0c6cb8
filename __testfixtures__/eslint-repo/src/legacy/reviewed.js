const { ApiClient } = require('@genesyscloud/genesyscloud');
const request = require('superagent');

const client = ApiClient.instance;

// The request body comes from the vault at run time.
exports.loginWith = (tokenRequest) => client.postOAuthApiToken(tokenRequest);

// password-grant-codemod-ignore-next-line
exports.sandbox = () => request.post('https://login.inindca.com/oauth/token').send('grant_type=password&username=qa&password=qa');

// password-grant-codemod-ignore-next-line sandbox tenant, removed with ticket BILL-77
exports.sandbox2 = () => request.post('https://login.inindca.com/oauth/token').send('grant_type=password&username=qa&password=qa');

exports.inline = () => new (require('purecloud-platform-client-v2').ApiClient)().postOAuthApiToken({ credentials: { username: 'a', password: 'b' } });
