const platformClient = require('@genesyscloud/genesyscloud');

const primary = new platformClient.ApiClient();
const backup = new platformClient.ApiClient();

async function loginPrimary() {
  await primary.postOAuthApiToken({ credentials: { username: process.env.GC_USER, password: process.env.GC_PASS } });
}

async function loginBackup() {
  await backup.postOAuthApiToken({ grant_type: 'password', username: process.env.GC_USER, password: process.env.GC_PASS });
}

module.exports = { loginPrimary, loginBackup };
